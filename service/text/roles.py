"""Who holds which position where: "Abu Alaa al-Walaei, secretary general of the Kata'ib Sayyid
al-Shuhada" → (Abu Alaa al-Walaei, secretary general, Kata'ib Sayyid al-Shuhada).

A role fact is (holder, title, organisation). The holder is the name in apposition before the
title ("X, secretary general of Y"), the name after a title used as a prefix ("Y's leader X",
"Pentagon spokesperson X" are not read), or, in a claim "X is the title of Y", the subject.
Titles are a short list of English position words; the organisation is the name after "of".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLES = {"secretary general": "secretary general", "secretary-general": "secretary general",
           "general secretary": "secretary general", "leader": "leader", "head": "head", "chief": "head",
           "founder": "founder", "co-founder": "founder", "commander": "commander", "spokesperson": "spokesperson",
           "spokesman": "spokesperson", "spokeswoman": "spokesperson", "president": "president",
           "chairman": "chair", "chairwoman": "chair", "chair": "chair", "director": "director",
           "chief executive": "chief executive", "ceo": "chief executive", "minister": "minister",
           "governor": "governor", "mayor": "mayor", "prime minister": "prime minister", "emir": "leader",
           "deputy leader": "deputy leader", "deputy head": "deputy head"}
_TITLE = "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True))
_NAME = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|an|ar|abu|bin|ibn)-[A-Z][\w'’]*)"
_ORG = _NAME + r"(?:\s+(?:(?:al|el|of|in|for|the|and)\s+)?" + _NAME + r")*"
_ROLE = re.compile(r"\b(?P<title>(?i:" + _TITLE + r"))\s+of\s+(?:the\s+)?(?P<org>" + _ORG + r")")
_HOLDER = re.compile(r"(?P<holder>" + _NAME + r"(?:\s+(?:" + _NAME + r"|al|el|bin|ibn|abu))*)\s*,\s*"
                     r"(?:the\s+|a\s+|an\s+)?(?:(?:former|current|deputy|acting|new|then)\s+)?$")
_COPULA = re.compile(r"^(?P<holder>" + _NAME + r"(?:\s+(?:" + _NAME + r"|al|el|bin|ibn|abu))*)\s+(?:is|was|has been|"
                     r"remains|became)\s+(?:the\s+|a\s+|an\s+)?(?:(?:former|current|deputy|acting|new)\s+)?$")


@dataclass(frozen=True)
class Role:
    holder: str | None
    title: str
    organisation: str
    start: int
    end: int


_TITLE_WORDS = tuple({t.split()[0].split("-")[0] for t in _TITLES})


def find_roles(text: str) -> list[Role]:
    """Role facts of a text (holder None when the title is not in apposition to a name)."""
    roles: list[Role] = []
    low = text.lower()
    if " of " not in low or not any(word in low for word in _TITLE_WORDS):
        return roles  # no title, or no "of": most sentences
    for m in _ROLE.finditer(text):
        title = _TITLES[m.group("title").lower()]
        before = text[max(0, m.start() - 80):m.start()]
        holder = _HOLDER.search(before) or _COPULA.search(text[:m.start()])
        org = re.sub(r"\s+(?:group|movement|party|militia)$", "", m.group("org"))
        roles.append(Role(holder.group("holder") if holder else None, title, org, m.start(), m.end()))
    return roles
