"""`service.ingest.prepare_article` on the seed corpus: offsets, context, furniture, metadata, attributions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.ingest import prepare_article
from service.models import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STEMS = sorted(p.stem for p in SEEDS.glob("*.txt"))
FURNITURE = {"Logo", "Tags", "Share your opinion", "Leave a Comment", "ARAB AND WORLD", "(PC, Al-Mayadeen)"}


def prepare(stem: str) -> Article:
    fields = json.loads((SEEDS / f"{stem}.meta.json").read_text(encoding="utf-8"))
    fields["text"] = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    return prepare_article(fields)


def passage_texts(stem: str) -> list[str]:
    return [p.text for p in prepare(stem).passages]


def test_all_five_seeds_have_sidecars_keyed_by_stem() -> None:
    assert len(STEMS) == 5
    for stem in STEMS:
        assert json.loads((SEEDS / f"{stem}.meta.json").read_text(encoding="utf-8"))["external_id"] == stem


@pytest.mark.parametrize("stem", STEMS)
def test_offsets_and_context(stem: str) -> None:
    article = prepare(stem)
    passages = article.passages
    assert passages
    for ordinal, passage in enumerate(passages):
        assert passage.ordinal == ordinal
        assert article.text[passage.char_start:passage.char_end] == passage.text == passage.text.strip()
        assert passage.context.previous == (passages[ordinal - 1].text if ordinal else None)
        assert passage.context.next == (passages[ordinal + 1].text if ordinal + 1 < len(passages) else None)
        for attribution in passage.attributions:
            assert passage.text[attribution.char_start:attribution.char_end] == attribution.source
    starts = [p.char_start for p in passages]
    assert starts == sorted(starts)


@pytest.mark.parametrize("stem", STEMS)
def test_no_furniture_passage(stem: str) -> None:
    for text in passage_texts(stem):
        assert text not in FURNITURE
        assert "https://" not in text and "pic.twitter.com" not in text
        assert not text.startswith("By ") and "(@" not in text
        assert any(ch.isalpha() for ch in text)


def test_furniture_stays_in_the_article_text() -> None:
    article = prepare("003_7917b353078e3e9f")
    assert article.text.count("Logo") == 9
    assert passage_texts("003_7917b353078e3e9f").count("A new attack on the American Ain al-Asad base in Iraq") == 1


@pytest.mark.parametrize(
    ("stem", "fields"),
    [
        ("000_20e17650e3871600", {"outlet": "The Palestine Chronicle", "published_at": "2024-01-20",
                                  "author": None, "title": None}),
        ("001_37fc5140e05776e9", {"outlet": None, "published_at": None, "author": None, "title": None}),
        ("002_964a8d7c985385b3", {"author": "Alireza Akbari", "published_at": "2023-10-24T22:14:00",
                                  "outlet": None}),
        ("003_7917b353078e3e9f", {"outlet": "Jerusalem Time", "published_at": "2023-10-31T12:22:00",
                                  "title": "A new attack on the American Ain al-Asad base in Iraq"}),
        ("004_05e4b4d5185c1624", {"outlet": None, "published_at": None, "author": None, "language": None}),
    ],
)
def test_metadata(stem: str, fields: dict[str, str | None]) -> None:
    article = prepare(stem)
    assert article.external_id == stem
    assert {name: getattr(article, name) for name in fields} == fields


def test_sidecar_wins_over_the_text() -> None:
    text = (SEEDS / "002_964a8d7c985385b3.txt").read_text(encoding="utf-8")
    article = prepare_article({"text": text, "author": "Desk", "published_at": "2023-10-25"})
    assert (article.author, article.published_at) == ("Desk", "2023-10-25")


def test_004_anonymous_officials_sentence_is_one_passage_with_two_sources() -> None:
    sentence = ("US officials, speaking on condition of anonymity, told Reuters that one of the injured "
                "Americans sustained serious injuries.")
    matching = [p for p in prepare("004_05e4b4d5185c1624").passages if p.text == sentence]
    assert len(matching) == 1
    assert {(a.source, a.kind) for a in matching[0].attributions} == {
        ("US officials", "anonymous"), ("Reuters", "news_agency")}


@pytest.mark.parametrize(
    ("stem", "starts_with", "expected"),
    [
        ("000_20e17650e3871600", "REUTERS:", {("REUTERS", "news_agency")}),
        ("000_20e17650e3871600", "In a statement, cited by", {("Al-Mayadeen", "media"),
                                                              ("the Iraqi Resistance", "armed_group")}),
        ("002_964a8d7c985385b3", "An Iraqi security source", {("An Iraqi security source", "anonymous"),
                                                             ("Baghdad Al-Youm", "media")}),
        ("003_7917b353078e3e9f", "A security source and another", {
            ("A security source and another government source", "anonymous"), ("Reuters", "news_agency")}),
        ("004_05e4b4d5185c1624", "The attack, which comes", {("two Iraqi security sources", "anonymous"),
                                                            ("Reuters", "news_agency")}),
    ],
)
def test_attributions_where_expected(stem: str, starts_with: str, expected: set[tuple[str, str]]) -> None:
    [passage] = [p for p in prepare(stem).passages if p.text.startswith(starts_with)]
    assert {(a.source, a.kind) for a in passage.attributions} == expected


@pytest.mark.parametrize(
    ("stem", "starts_with"),
    [
        ("001_37fc5140e05776e9", "There were no immediate reports"),
        ("001_37fc5140e05776e9", "He said the strikes"),
        ("003_7917b353078e3e9f", "No party claimed responsibility"),
        ("004_05e4b4d5185c1624", "The attack was conducted"),
        ("004_05e4b4d5185c1624", "A Yemeni technical expert"),
    ],
)
def test_no_attribution_without_a_source(stem: str, starts_with: str) -> None:
    [passage] = [p for p in prepare(stem).passages if p.text.startswith(starts_with)]
    assert passage.attributions == ()
