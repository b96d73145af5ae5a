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

# the set's noun: a plural in lower case after up to two modifiers ("all US troops" → troops), none of
# them "of" (the modifiers of a noun, not a phrase of its own)
_MODIFIERS = r"(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?"
_NOUN = _MODIFIERS + r"(?P<noun>(?-i:[a-z-]+s))\b"
_SINGULAR = _MODIFIERS + r"(?P<noun>(?-i:[a-z-]+))\b"
_PATTERNS = (
    ("part", re.compile(r"\b(?:almost|nearly|virtually|not\s+quite)\s+(?:all|every|each)\s+(?:of\s+)?" + _SINGULAR,
                        re.IGNORECASE)),
    ("part", re.compile(r"\ball\s+but\s+\w+\s+(?:of\s+)?" + _NOUN, re.IGNORECASE)),
    ("part", re.compile(r"\b(?:only|just)\s+(?:some|a\s+few|a\s+handful|part|a\s+fraction|a\s+minority)\s+of\s+"
                        + _NOUN, re.IGNORECASE)),
    ("part", re.compile(r"\bnot\s+(?:all|every|each)\s+(?:of\s+)?" + _SINGULAR, re.IGNORECASE)),
    # ("had completed only 40 of the 60 kilometres of inspections ordered": a part of the inspections)
    ("part", re.compile(r"\b(?:only|just)\s+(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|its|their)\s+(?:\d[\d,.]*\s+)?"
                        r"(?:(?!of\b)[\w-]+\s+){0,2}?(?:[a-z-]+s\s+of\s+)?(?P<noun>(?-i:[a-z-]+s))\b", re.IGNORECASE)),
    ("none", re.compile(r"\bnone\s+of\s+" + _NOUN, re.IGNORECASE)),
    ("all", re.compile(r"\b(?<!not\s)(?:all\s+(?:of\s+)?|each\s+of\s+)" + _NOUN, re.IGNORECASE)),
    ("all", re.compile(r"\b(?<!not\s)every\s+(?:single\s+)?(?P<noun>(?-i:[a-z-]+))\b", re.IGNORECASE)),
)
# words that are no set's noun ("all is", "each of them was", "all across", "every three days")
_NOT_NOUNS = frozenset("""is was are were has have had be been across along over around through them us these those
    this that one two three four five six seven eight nine ten day days time times year years""".split())
SAYS = {"all": "all", "part": "only part", "none": "none"}


@dataclass(frozen=True)
class Quantifier:
    kind: str  # all | part | none
    noun: str  # the stem of the set's noun ("missil")
    text: str  # as written


@memo(16384)
def find_quantifiers(text: str) -> tuple[Quantifier, ...]:
    """The quantified sets of a text, in order; a phrase read by two patterns is kept once, in the
    narrower reading ("not all", "almost all", "all but two" are part, not all)."""
    found: dict[int, Quantifier] = {}
    for kind, pattern in _PATTERNS:  # the narrower readings first: a phrase read already keeps its kind
        for m in pattern.finditer(text):
            at = m.start("noun")
            noun = m.group("noun").lower()
            if at not in found and noun not in _NOT_NOUNS:
                found[at] = Quantifier(kind, stem(noun), m.group().strip())
    return tuple(found[at] for at in sorted(found))
