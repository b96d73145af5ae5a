"""How many of a set a statement speaks of: all of it ("all the missiles struck", "every school"),
only part of it ("only some of the missiles", "not all of the homes", "only a few of the
shells") or none of it ("none of the rockets"). Two statements about one set that differ in
this contradict each other: "only some of the missiles hit the base" against "all the missiles
struck direct hits".

Read with a few English patterns; a parser would do no better on these fixed phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo
from service.tokens import stem

# the set's noun: a plural in lower case after up to two modifiers ("all US troops" → troops)
_NOUN = r"(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>(?-i:[a-z-]+s))\b"
_PATTERNS = (
    ("all", re.compile(r"\b(?:all|each)\s+(?:of\s+)?" + _NOUN, re.IGNORECASE)),
    ("all", re.compile(r"\bevery\s+(?:single\s+)?(?P<noun>(?-i:[a-z-]+))\b", re.IGNORECASE)),
    ("part", re.compile(r"\b(?:only|just)\s+(?:some|a\s+few|a\s+handful|part|a\s+fraction|a\s+minority)\s+of\s+"
                        + _NOUN, re.IGNORECASE)),
    ("part", re.compile(r"\bnot\s+(?:all|every|each)\s+(?:of\s+)?" + _NOUN, re.IGNORECASE)),
    ("none", re.compile(r"\bnone\s+of\s+" + _NOUN, re.IGNORECASE)),
)
SAYS = {"all": "all", "part": "only part", "none": "none"}


@dataclass(frozen=True)
class Quantifier:
    kind: str  # all | part | none
    noun: str  # the stem of the set's noun ("missil")
    text: str  # as written


@memo(16384)
def find_quantifiers(text: str) -> tuple[Quantifier, ...]:
    """The quantified sets of a text, in order; a phrase read by two patterns is kept once (the
    narrower reading: "not all" is part, not all)."""
    found: dict[int, Quantifier] = {}
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            at = m.start("noun")
            if kind != "all" or at not in found:
                found[at] = Quantifier(kind, stem(m.group("noun").lower()), m.group().strip())
    return tuple(found[at] for at in sorted(found))
