"""parse_query: words, phrases, exclusions, and no exception for any input."""

from __future__ import annotations

import random

import pytest

from service.models import ParsedQuery, QueryTerm
from service.query import MAX_TERMS, parse_query


@pytest.mark.parametrize(("q", "expected"), [
    ("rocket attack", ParsedQuery(terms=(QueryTerm("rocket"), QueryTerm("attack")))),
    ('"air base" rocket', ParsedQuery(terms=(QueryTerm("rocket"),), phrases=("air base",))),
    ("rocket -drone", ParsedQuery(terms=(QueryTerm("rocket"),), excluded=("drone",))),
    ('harbor -"port authority"', ParsedQuery(terms=(QueryTerm("harbor"),), excluded=("port authority",))),
    ("Ain Al-Assad", ParsedQuery(terms=(QueryTerm("Ain"), QueryTerm("Assad")))),  # "al" alone finds too much
    ("El-Arish al", ParsedQuery(terms=(QueryTerm("Arish"),))),
    ("al", ParsedQuery(terms=(QueryTerm("al"),))),  # nothing else: still searched for
    ('"Jurf al-Sakhar"', ParsedQuery(phrases=("Jurf al Sakhar",))),
    ("strike -al-Asad", ParsedQuery(terms=(QueryTerm("strike"),), excluded=("al Asad",))),
    ("“curly quotes” test", ParsedQuery(terms=(QueryTerm("test"),), phrases=("curly quotes",))),
    ('"unbalanced quote', ParsedQuery(terms=(QueryTerm("unbalanced"), QueryTerm("quote")))),
    ("the rocket of the army", ParsedQuery(terms=(QueryTerm("rocket"), QueryTerm("army")))),
    ("the of", ParsedQuery(terms=(QueryTerm("the"), QueryTerm("of")))),  # only function words: keep them
    ("Rocket rocket ROCKET", ParsedQuery(terms=(QueryTerm("Rocket"),))),
    ("rock\u200bet\x00launch", ParsedQuery(terms=(QueryTerm("rocket"), QueryTerm("launch")))),
    ("10,000 troops", ParsedQuery(terms=(QueryTerm("10"), QueryTerm("000"), QueryTerm("troops")))),
])
def test_parse(q: str, expected: ParsedQuery) -> None:
    assert parse_query(q) == expected


@pytest.mark.parametrize("q", ["", "   ", ")(*&^", '"', '""', "-", "- -", '-""', "\x00\x1f\x7f", "\u202e",
                               "!!!", "***", "\\", "()[]{}"])
def test_queries_without_words_are_empty(q: str) -> None:
    parsed = parse_query(q)
    assert parsed.is_empty and parsed == ParsedQuery()


def test_long_queries_are_capped() -> None:
    parsed = parse_query(" ".join(f"word{n}" for n in range(500)))
    assert len(parsed.terms) == MAX_TERMS


def test_random_strings_never_raise() -> None:
    rng = random.Random(7)
    alphabet = 'ab -"\'()*&^%$#@!\\/\x00\x01\n\t\u202e\u200b\u00e9\u0647\U0001F600:~?'
    for _ in range(3000):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        parsed = parse_query(q)
        for term in parsed.terms:
            assert term.text.strip() and '"' not in term.text
