"""The ages a text gives people it names: "54-year-old Pavel Oriak", "Pavel Oriak, 54,", "Edda Moravec (45)",
"Ilse Marten, aged 61". News copy writes an age in these few forms around a name, so a pattern each reads them
(no library reads a bare "54" after a comma as an age)."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’-]+(?:\s+(?:van|de|der|von|al|el|bin)?\s*[A-Z][\w'’-]+){1,3}"
_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}?(?P<name>" + _NAME + r")")
_AFTER = re.compile(r"(?P<name>" + _NAME + r")(?:,\s+(?P<comma>\d{1,3})(?=,\s|\s+(?:said|says|was|is|had|has|who)\b)"
                    r"|\s+\((?P<bracket>\d{1,3})\)|,?\s+aged\s+(?P<aged>\d{1,3})\b)")
# the first word of a name that is no name of a person ("Police", "The")
_NOT_NAME = frozenset("""the a an in on at of for from by with and but police officials agency ministry council company
    monday tuesday wednesday thursday friday saturday sunday
    councillor mayor minister dr doctor professor inspector sergeant officer chief president governor senator judge
    director captain""".split())


def ages_of(text: str) -> tuple[tuple[str, int], ...]:
    """(name, age) for each person the text gives an age, the name as written ("Pavel Oriak", 54)."""
    found = []
    for m in _BEFORE.finditer(text):
        found.append((m.group("name"), int(m.group("age"))))
    for m in _AFTER.finditer(text):
        age = m.group("comma") or m.group("bracket") or m.group("aged")
        name = m.group("name")
        while name.split() and name.split()[0].lower() in _NOT_NAME:
            name = " ".join(name.split()[1:])
        if len(name.split()) >= 2 and 0 < int(age) < 120:
            found.append((name, int(age)))
    return tuple(found)


def same_person(a: str, b: str) -> bool:
    """Two names of one person: the same surname (last word), and no other first name."""
    wa, wb = a.split(), b.split()
    return wa[-1].lower() == wb[-1].lower() and (len(wa) < 2 or len(wb) < 2 or wa[0].lower() == wb[0].lower())
