"""The search box's little language: plain words, "exact phrases" and -excluded words.

`parse_query` accepts any string and never raises: unbalanced quotes are ignored, control and
format characters are dropped, and a string with no words is the empty query. The result is a
`ParsedQuery` of words as written; each backend analyzes them with its own analyzer.
"""

from __future__ import annotations

import re

from service.models import ParsedQuery, QueryTerm
from service.tokens import STOPWORDS, normalize, words

MAX_TERMS = 64  # a pasted paragraph is still a query; beyond this, words add cost and no precision
MAX_PHRASES = 16
# Arabic's definite article, which the tokenizer makes a word of its own ("Ain al-Asad" → ain, al,
# asad), and its Egyptian spelling. In an archive about the region it is in a large share of
# passages (two in five of the benchmark corpus), so as a search word it matched them all:
# "Al-Tanf" found every "Al Jazeera" sentence, reported a total of 415,051 of 1M passages, and
# such searches were the slowest of the benchmark. It still counts inside "quoted phrases" and
# -exclusions, and a query of nothing else still searches for it.
NAME_ARTICLES = frozenset({"al", "el"})

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"',
                         "‐": "-", "‑": "-", "−": "-"})
# Control characters become spaces; format characters (zero-width, bidi) vanish inside words.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORMAT = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# A quoted phrase (optionally excluded) or a run of anything else but whitespace and quotes.
_PART = re.compile(r'(?P<neg>-?)"(?P<phrase>[^"]*)"|(?P<chunk>[^\s"]+)')


def parse_query(q: str) -> ParsedQuery:
    """Split a query string into SHOULD terms, MUST phrases and MUST_NOT words or phrases."""
    text = _FORMAT.sub("", _CONTROL.sub(" ", str(q or ""))).translate(_QUOTES)
    terms: dict[str, str] = {}
    phrases: dict[str, str] = {}
    excluded: dict[str, str] = {}
    for match in _PART.finditer(text):
        if match.group("chunk") is not None:
            chunk = match.group("chunk")
            if chunk.startswith("-") and len(chunk) > 1:
                _add(excluded, _joined(chunk.lstrip("-")))
            else:
                for word in words(chunk):
                    if len(terms) < MAX_TERMS:
                        terms.setdefault(normalize(word.text), word.text)
        else:
            target = excluded if match.group("neg") else phrases
            if target is excluded or len(phrases) < MAX_PHRASES:
                _add(target, _joined(match.group("phrase")))
    kept = [t for key, t in terms.items() if key not in STOPWORDS and key not in NAME_ARTICLES]
    if not kept and not phrases:  # a query of only function words still searches for them
        kept = list(terms.values())
    return ParsedQuery(
        terms=tuple(QueryTerm(t) for t in kept),
        phrases=tuple(phrases.values()),
        excluded=tuple(excluded.values()),
    )


def _joined(text: str) -> str:
    return " ".join(word.text for word in words(text))


def _add(target: dict[str, str], text: str) -> None:
    if text:
        target.setdefault(normalize(text), text)
