"""Highlights: a passage's text, HTML-escaped, with the words a query matched wrapped in <mark>.

A word matches when its Snowball stem equals the stem of a query term, a spelling variant or a
phrase word — the same stemmer the index uses, so the marked words are the ones that matched.
The text is escaped segment by segment around the marks, so hostile text cannot open a tag.
Bidirectional-override and C0 control characters are dropped from the highlight (not from the
passage): they would otherwise reorder or corrupt the page the highlight is shown in.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from service.models import ParsedQuery
from service.tokens import WORD_PATTERN, index_terms, stem, words

_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def highlight(text: str, query: ParsedQuery) -> str:
    """`text` escaped for HTML, with every word matching `query` inside <mark>…</mark>."""
    stems = query_stems(query)
    parts: list[str] = []
    position = 0
    if stems:
        for match in WORD_PATTERN.finditer(text):  # `words` without building a Word per word
            if not stems.isdisjoint(_stems(match.group())):
                parts.append(_escape(text[position:match.start()]))
                parts.append(f"<mark>{_escape(match.group())}</mark>")
                position = match.end()
    parts.append(_escape(text[position:]))
    return "".join(parts)


@lru_cache(maxsize=1024)
def query_stems(query: ParsedQuery) -> frozenset[str]:
    """Stems of the words a passage may be marked for (excluded words are never marked).

    Cached: a search highlights every hit against the same query (ParsedQuery is frozen)."""
    texts = [t.text for t in query.terms] + [v for t in query.terms for v in t.variants] + list(query.phrases)
    found: set[str] = set()
    for text in texts:
        for word in words(text):
            found |= _stems(word.text)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _stems(word: str) -> frozenset[str]:
    # The whole word and its apostrophe-split parts, as tantivy and Elasticsearch split them.
    return frozenset({stem(word)} | {stem(part) for part in index_terms(word)})


def _escape(segment: str) -> str:
    return html.escape(_UNSAFE.sub("", segment), quote=True)
