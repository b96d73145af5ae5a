"""highlight: stems decide what is marked; hostile text stays inert."""

from __future__ import annotations

import html
import re

import pytest

from service.highlight import highlight
from service.models import ParsedQuery, QueryTerm
from service.query import parse_query


def unmarked(fragment: str) -> str:
    return html.unescape(fragment.replace("<mark>", "").replace("</mark>", ""))


@pytest.mark.parametrize(("text", "q", "marked"), [
    ("Rockets struck the base.", "rocket", ["Rockets"]),
    ("The strikes were striking, not struck.", "strike", ["strikes", "striking"]),
    ("Near Ain al-Asad today.", '"al-Asad"', ["al", "Asad"]),
    ("Ḥasakah’s governor spoke.", "hasakah", ["Ḥasakah’s"]),
    ("Nothing here.", "rocket", []),
    ("Nothing here.", "", []),
])
def test_marks_words_with_the_query_stems(text: str, q: str, marked: list[str]) -> None:
    result = highlight(text, parse_query(q))
    assert re.findall(r"<mark>(.*?)</mark>", result) == [html.escape(m) for m in marked]
    assert unmarked(result) == text


def test_variants_are_marked_and_excluded_words_are_not() -> None:
    query = ParsedQuery(terms=(QueryTerm("Assad", variants=("asad",)),), excluded=("base",))
    assert highlight("Ain al-Asad base", query) == "Ain al-<mark>Asad</mark> base"


@pytest.mark.parametrize("text", [
    '<script>alert("x")</script> rocket',
    "rocket <img src=x onerror=alert(1)>",
    "a 'quoted' & \"double\" rocket",
    "rocket </mark><mark> rocket",
    "&lt;already escaped&gt; rocket",
    "r\u200bocket rocket \u200d",
])
def test_hostile_text_is_escaped(text: str) -> None:
    result = highlight(text, parse_query("rocket"))
    without_marks = result.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks and '"' not in without_marks
    assert result.count("<mark>") == result.count("</mark>") >= 1
    assert unmarked(result) == text


def test_bidi_overrides_and_control_characters_are_dropped() -> None:
    result = highlight("rocket \u202eevil\u202c \x07bell", parse_query("rocket"))
    assert result == "<mark>rocket</mark> evil bell"
