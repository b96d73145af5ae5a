"""The rank a sentence says something holds in a series: "It was the third attack on the base this month"
→ (3, "attack", "on base month"); "The July 16 fire was the first failure at the Sulbrin substation" → (1,
"failur", "at Sulbrin substat").

Only a rank said of something (after "was", "is", "marked", "became"): "the second attack came on Thursday"
uses the rank to pick out which attack it speaks of, and says nothing of its place in a series. Ordinal
words are few and closed, so a table reads them (no library reads "the third such attack" as a rank of
attacks)."""

from __future__ import annotations

import re

from service.tokens import stem

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
# "was the third", "marked its first", "has been the second"; the words of the ranked noun follow, up to three
# ("the first post-election violence", "the third such attack"), ended by a preposition, a clause or a stop
_RANKED = re.compile(r"\b(?:was|is|were|are|marked|marks|became|becomes|been|be)\s+(?:the|its|their|his|her)\s+"
                     r"(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
                     r"(?P<words>(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)"
                     r"(?=\s+(?:in|at|on|of|since|this|that|for|to|against|by|from|with|after|before|when|where"
                     r"|which|who|the|a|an|so|ever|recorded|reported|known|there|here)\b|\s*[,.;:!?)]|\s*$)"
                     # (and what the series is of: "on the base this month", up to the clause's end)
                     r"(?P<tail>[^,.;:!?()]{0,60})", re.IGNORECASE)
# words of a series' qualifier that do not tell one series from another ("this month" / "that month")
_DEICTIC = frozenset("this that these those there here the a an its their his her so far ever yet".split())
# what a rank of is no series of incidents: parts of a time ("the first week of March"), of a text, of a race
_NOT_SERIES = frozenset(stem(w) for w in """time day week month year quarter half hour minute round phase stage step
    part half place lady minister secretary person people one ones""".split())


def ranks_of(text: str) -> tuple[tuple[int, str, str], ...]:
    """Each rank the text says something holds, as (rank, the stem of the ranked noun, the words after it that say
    what the series is of, space-separated: names as written, other words by their stem)."""
    found = []
    for m in _RANKED.finditer(text):
        written = m.group("ord").lower()
        rank = _ORDINALS.get(written) or int(re.match(r"\d+", written).group())  # type: ignore[union-attr]
        head = stem(m.group("words").split()[-1].lower())
        if head not in _NOT_SERIES and rank:
            # (a name as written, a common word by its stem: "on the base this month" → "on base month", "on US forces"
            # → "on US forc")
            tail = [w if w[:1].isupper() else stem(w) for w in re.findall(r"[A-Za-z][\w'-]*", m.group("tail"))
                    if w.lower() not in _DEICTIC][:6]
            found.append((rank, head, " ".join(tail)))
    return tuple(found)
