"""The condition a statement sets: "the strikes will stop only when the blockade ends" → what
happens (the strikes will stop) and on what condition (the blockade ends).

Cues are read in three kinds that say the same thing of a condition: "only when / once / if /
after" (what happens needs the condition), "until" (it goes on up to the condition) and "unless".
Only conditions of one kind are compared. "Go on until X" (and "will not stop until X") says of X
what "stop only when X" says, in opposite words: such an "until" is read as of the kind "only".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo
from service.text.extract import find_dates

_CUE = re.compile(r"\b(?P<cue>only\s+(?:when|once|if|after|until)|unless|until)\b", re.IGNORECASE)
# what comes before the statement itself: "He said (that)", "Smith warned"
_REPORTED = re.compile(r"^.*?\b(?:said|says|stated|states|vowed|vows|warned|warns|added|announced|insisted|told\s+\w+)"
                       r"(?:\s+that)?\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[;:]|,\s+(?:and|but)\b|\bthat\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Condition:
    kind: str  # "only" (only when/once/if/after), "until", "unless" or "sustained" (goes on only if)
    happens: str  # what the condition governs ("the strikes will stop")
    condition: str  # the condition, to the end of its sentence ("the blockade ends")
    text: str  # the cue and condition as written


# what will go on up to its condition, as a stop only on it: "will continue", "would go on", "won't
# stop" (not told in the past: "the protest continued until midnight" is no condition)
_GOES_ON = re.compile(r"\b(?:continue|continues|continuing|go(?:es)?\s+on|going\s+on|keep|keeps|keeping"
                      r"|carry\s+on|persists?|(?:not|never|n't)\s+(?:stop|end|cease|halt)(?:s|ed|ing)?)\b"
                      r"\W*(?:\w+\W+){0,4}$", re.IGNORECASE)


def _kind(cue: str, happens: str) -> str:
    """The condition's kind; "go on until X" is "stop only when X" (kind "only"), and "go on only if
    X" a kind of its own ("sustained"), which says something else of X."""
    cue = cue.lower()
    if cue == "until":
        return "only" if _GOES_ON.search(happens) else "until"
    if cue.startswith("only") and not cue.endswith("until"):
        return "sustained" if _GOES_ON.search(happens) else "only"
    return cue.split()[-1]


@memo(8192)
def find_conditions(text: str) -> tuple[Condition, ...]:
    """Each condition a text sets, with what it governs (the clause before the cue)."""
    if "until" not in text.lower() and "only " not in text.lower() and "unless" not in text.lower():
        return ()
    found = []
    for m in _CUE.finditer(text):
        before = text[:m.start()]
        sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
        before = before[sentence_start + 1:]
        reported = _REPORTED.match(before)
        if reported is not None:
            before = before[reported.end():]
        clause = _CLAUSE_START.match(before)
        if clause is not None and clause.end() < len(before):
            before = before[clause.end():]
        after = re.split(r"(?<=[.!?])\s", text[m.end():], maxsplit=1)[0]
        if before.strip() and after.strip():
            found.append(Condition(_kind(m.group("cue"), before), before.strip(" ,"), after.strip(" ,.!?"),
                                   f"{m.group('cue')} {after.strip(' ,.!?')}"))
    return tuple(found)


@memo(1024)
def goes_on_until_a_time(text: str) -> bool:
    """Whether a text says something went on up to a time, told in the past ("the raids continued
    until 2022", "went on until last year"): it says that it stopped then, which a stop does not
    contradict. Not a promise ("will continue until 2025"), and not when the text says of something
    else that it went on ("production continued, while repairs went on until May")."""
    if len(_WENT_ON_ANY.findall(text)) != 1:
        return False
    return any(c.text.lower().startswith("until") and _WENT_ON.search(c.happens) and find_dates(c.condition[:40])
               for c in find_conditions(text))


_PAST_GOING = r"\b(?:continued|went\s+on|carried\s+on|kept\s+(?:up|going|on)|lasted|persisted)\b"
_WENT_ON = re.compile(_PAST_GOING + r"\W*(?:\w+\W+){0,4}$", re.IGNORECASE)
_WENT_ON_ANY = re.compile(_PAST_GOING + r"|\b(?:continu\w*|go(?:es|ing)?\s+on|carry\s+on|keep\s+(?:up|going|on))\b",
                          re.IGNORECASE)
