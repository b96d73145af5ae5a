"""`factcheck eval` on the seed-claims and AVeriTeC formats, and its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.averitec import read_averitec, run_averitec
from evaluation.formats import detect_format
from evaluation.seed_claims import format_seed_claims, run_seed_claims
from service.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_seed_claims_report_verdicts_and_evidence_found(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "claims.jsonl", [
        {"id": "a", "claim": "The Al-Tanf base is in Iraq's Anbar province.", "verdict": "refuted",
         "conflicting": ["002_964a8d7c985385b3"]},
        {"id": "b", "claim": "Ain al-Asad air base was closed in 2022.", "verdict": "unverified"},
        {"id": "c", "claim": "The Al-Tanf base is in Homs Governorate.", "verdict": "refuted",  # wrong on purpose
         "conflicting": ["004_05e4b4d5185c1624"]},
    ])
    assert detect_format(data) == "seed-claims"
    report = run_seed_claims(data, seeds=SEEDS, store_dir=tmp_path / "store")
    assert report["verdict"]["correct"] == 2 and report["claims"] == 3
    assert report["evidence"] == {"listed": 2, "found": 1, "claims_with_all_found": 2}
    [wrong] = [r for r in report["claims_detail"] if r["id"] == "c"]
    assert wrong["verdict"] == "supported" and wrong["missing"] == {"conflicting": ["004_05e4b4d5185c1624"]}
    assert "2/3 correct" in format_seed_claims(report)


def averitec(tmp_path: Path) -> Path:
    claims = [
        {"claim": "The Tessel bridge was closed in 2021.", "label": "Refuted", "questions": [
            {"question": "When was the Tessel bridge closed?", "answers": [
                {"answer": "The Tessel bridge was closed in 2019 for repairs.", "answer_type": "Extractive",
                 "source_url": "https://example.org/bridge"}]}]},
        {"claim": "The mayor of Marlow opened a library.", "label": "Not Enough Evidence", "questions": [
            {"question": "Did the mayor open a library?", "answers": [{"answer": "", "source_url": "Metadata"}]}]},
    ]
    path = tmp_path / "averitec.json"
    path.write_text(json.dumps(claims), encoding="utf-8")
    return path


def test_averitec_answers_become_articles_titled_by_their_question(tmp_path: Path) -> None:
    path = averitec(tmp_path)
    assert detect_format(path) == "averitec"
    first, second = read_averitec(path)
    assert first["label"] == "refuted" and second["articles"] == []  # an empty answer is no article
    [article] = first["articles"]
    assert article["title"] == "When was the Tessel bridge closed?" and article["url"] == "https://example.org/bridge"
    report = run_averitec(path, store_dir=tmp_path / "store")
    assert report["claims"] == 2 and report["answers"] == 1
    assert sum(sum(row.values()) for row in report["verdict"]["confusion"].values()) == 2
    assert report["verdict"]["confusion"]["unverified"]["unverified"] == 1  # no answer: nothing to read


def test_an_archive_carries_its_own_articles_and_claims(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from evaluation.archive_claims import run_archive

    path = tmp_path / "archive.json"
    path.write_text(json.dumps({
        "articles": [{"external_id": "a", "outlet": "Lake Post", "published_at": "2024-06-08",
                      "text": "Floods closed the Tolby bridge on Monday. Two drivers were rescued from the river."}],
        "claims": [
            {"id": "x1", "claim": "Two drivers were rescued from the river on Monday.",
             "verdict": "supported", "expect": {"Two drivers": "corroborating"}},
            {"id": "x2", "claim": "Five drivers were rescued from the river.", "verdict": "refuted",
             "expect": {"Two drivers": "conflicting"}},
            {"id": "x3", "claim": "The Tolby bridge reopened on Friday.", "verdict": "supported"},  # wrong on purpose
        ]}), encoding="utf-8")
    assert detect_format(path) == "archive"
    report = run_archive(path, store_dir=tmp_path / "store")
    assert report["claims"] == 3 and report["articles"] == 1
    assert report["right"] == 2 and report["verdict"]["correct"] == 2
    [wrong] = [r for r in report["claims_detail"] if r["id"] == "x3"]
    assert wrong["verdict"] != "supported"
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 0 and "right      2/3" in result.output


def test_an_archive_names_the_other_events_bucket_as_the_api_does(tmp_path: Path) -> None:
    # (the dossier's stance is "other_event"; the bucket an archive names is the API's `other_events`)
    from evaluation.archive_claims import run_archive

    path = tmp_path / "archive.json"
    path.write_text(json.dumps({
        "articles": [{"external_id": "a", "outlet": "Lake Post", "published_at": "2024-06-08",
                      "text": "A fire at the Tolby mill killed two workers on Monday, June 3, 2024."},
                     {"external_id": "b", "outlet": "Hill News", "published_at": "2023-02-10",
                      "text": "A fire at the Tolby mill killed five workers on Tuesday, February 7, 2023."}],
        "claims": [{"id": "x1", "claim": "A fire at the Tolby mill killed two workers on June 3, 2024.",
                    "verdict": "supported", "expect": {"two workers": "corroborating", "five workers": "other_events"}},
                   {"id": "x2", "claim": "A fire at the Tolby mill killed two workers on June 3, 2024.",
                    "verdict": "supported", "expect": {"five workers": "related"}}]}), encoding="utf-8")
    report = run_archive(path, store_dir=tmp_path / "store")
    right, wrong = report["claims_detail"]
    assert right["misplaced"] == {} and report["right"] == 1
    assert wrong["misplaced"] == {"five workers": "other_events"}


_ARCHIVES = Path(__file__).parent.parent / "evaluation" / "data" / "archives"


@pytest.mark.parametrize("path", sorted(_ARCHIVES.glob("*.json")), ids=lambda p: p.stem)
def test_the_shipped_archives_read(path: Path) -> None:
    from evaluation.archive_claims import read_archive

    assert detect_format(path) == "archive"
    articles, claims = read_archive(path)
    assert len(claims) == 40 and len({c["id"] for c in claims}) == 40 and articles


@pytest.mark.parametrize(("content", "message"), [
    ('{"claim": "x"}\n', "not a known format"),
    ("not json\n", "line 1 is not JSON"),
    ('{"claim": "x", "verdict": "maybe"}\n', "needs a string `claim` and a `verdict`"),
    ('[{"claim": "x", "label": "True"}]', "needs a string `claim` and a `label`"),
    ('{"articles": [{"text": "A."}], "claims": [{"claim": "x", "verdict": "supported", "expect": {"A": "kept"}}]}',
     "`expect` buckets among"),
    ('{"articles": [], "claims": 3}', "with an `articles` list and a `claims` list"),
])
def test_eval_on_a_bad_file_is_one_line_on_stderr(tmp_path: Path, content: str, message: str) -> None:
    from click.testing import CliRunner

    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
