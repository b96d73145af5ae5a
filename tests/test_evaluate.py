"""`factcheck eval` logic on a tiny made-up FEVER-style file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.climate_fever import confusion, format_eval_table, macro_f1, read_claims, run_eval, split_of


def claim(claim_id: str, text: str, label: str, evidence: list[tuple[str, str, str, str]]) -> dict[str, object]:
    return {"claim_id": claim_id, "claim": text, "claim_label": label,
            "evidences": [{"evidence_id": eid, "evidence_label": elabel, "article": article, "evidence": sentence}
                          for eid, elabel, article, sentence in evidence]}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    rows = [
        claim("1", "Sea levels rose by 20 centimetres during the twentieth century.", "SUPPORTS", [
            ("Sea level:1", "SUPPORTS", "Sea level", "Sea levels rose by 20 centimetres in the 20th century."),
            ("Sea level:2", "NOT_ENOUGH_INFO", "Sea level", "Tides are caused by the Moon."),
        ]),
        claim("2", "Arctic sea ice has not declined since 1979.", "REFUTES", [
            ("Arctic:1", "REFUTES", "Arctic", "Arctic sea ice extent has declined sharply since 1979."),
            ("Arctic:2", "NOT_ENOUGH_INFO", "Arctic", "Polar bears live in the Arctic."),
        ]),
        claim("3", "Volcanoes emit more carbon dioxide than humans.", "NOT_ENOUGH_INFO", [
            ("Volcano:1", "NOT_ENOUGH_INFO", "Volcano", "Tides are caused by the Moon."),  # same sentence again
        ]),
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_identical_sentences_are_loaded_once(data: Path) -> None:
    claims, sentences = read_claims(data)
    assert len(sentences) == 4
    assert claims[2].evidence == (("Sea level:2", "NOT_ENOUGH_INFO"),)
    assert sentences["Arctic:1"]["outlet"] == "Wikipedia" and sentences["Arctic:1"]["title"] == "Arctic"


def test_split_is_deterministic_and_roughly_thirty_percent() -> None:
    splits = [split_of(str(n)) for n in range(2000)]
    assert splits == [split_of(str(n)) for n in range(2000)]
    assert 0.25 < splits.count("tune") / len(splits) < 0.35


def test_run_eval_reports_every_measure(data: Path, tmp_path: Path) -> None:
    report = run_eval(data, split="all", store_dir=tmp_path / "store")
    assert report["claims"] == 3 and report["evidence_sentences_indexed"] == 4
    assert report["pair_stance"]["pairs"] == 5
    assert sum(sum(row.values()) for row in report["pair_stance"]["confusion"].values()) == 5
    assert sum(sum(row.values()) for row in report["verdict"]["confusion"].values()) == 3
    assert report["retrieval"]["claims_with_gold"] == 2
    assert report["retrieval"]["recall@20"] == 1.0  # both gold sentences are found among four
    assert 0 <= report["pair_stance"]["macro_f1"] <= 1 and report["latency_ms"]["p95"] > 0
    table = format_eval_table(report)
    assert "arXiv:2012.00614" in table and "recall@5" in table and "macro-F1" in table


def test_run_eval_limit_and_bad_split(data: Path, tmp_path: Path) -> None:
    assert run_eval(data, split="all", store_dir=tmp_path / "a", limit=1)["claims"] == 1
    with pytest.raises(ValueError):
        run_eval(data, split="dev", store_dir=tmp_path / "b")


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    (["a", "b"], ["a", "b"], 1.0),
    (["a", "b"], ["b", "a"], 0.0),
    (["a", "a", "b", "b"], ["a", "a", "a", "b"], (0.8 + 2 / 3) / 2),
])
def test_macro_f1(gold: list[str], predicted: list[str], expected: float) -> None:
    assert macro_f1(gold, predicted, ["a", "b"])[0] == pytest.approx(expected)


def test_confusion() -> None:
    assert confusion(["a", "b", "b"], ["a", "a", "b"], ["a", "b"]) == {"a": {"a": 1, "b": 0}, "b": {"a": 1, "b": 1}}
