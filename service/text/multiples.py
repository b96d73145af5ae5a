"""Multiples and fractions: "net profit tripled", "twice the stated dose", "a threefold rise"; "a third of the
jobs", "half of the votes", "three quarters of the staff". A claim's "tripled" against a passage's "doubled" of the
same profit is another figure, though neither sentence writes a digit.

Read with a few English patterns: number libraries (word2number, text2num) read cardinals, not "tripled" or "a
third of", and the amounts of service.text.extract count things; these scale them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from service.memo import memo
from service.text.extract import number_value

_TIMES_VERBS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
# (not a compound's first word: "a double-decker bus", "triple-A")
_VERB = re.compile(r"\b(?P<stem>doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing|e)\b(?!-)", re.IGNORECASE)
_ADVERBS = {"twice": 2.0, "thrice": 3.0}  # (the other counts are number words: extract.number_value reads them)
# "twice the dose", "three times as many", "four times higher", "10 times more": a multiple only before what it
# compares (not "attacked three times", "met twice": how often)
_TIMES = re.compile(r"\b(?P<n>twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)"
                    r"(?=\s+(?:the|as|more|higher|larger|bigger|greater|faster|lower|that|what|its|their|his|her)\b)",
                    re.IGNORECASE)
_COMPARED = re.compile(r"\s+(?:the|as|what|that\s+of)\b", re.IGNORECASE)
_FOLD = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)[- ]?fold\b", re.IGNORECASE)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "a third of the 900 jobs", "half of the votes", "two thirds of its staff", "one in four" (a share of a set)
_FRACTION = re.compile(r"\b(?P<n>(?P<num>a|one|two|three|four)[\s-]+(?P<f>half|third|quarter|fifth|tenth)s?|half)"
                       r"(?:\s+of\b"
                       # (and "half the fare", "half their savings": not "half the time", "half the way")
                       r"|(?<=[Hh]alf)(?=\s+(?:the|their|its|his|her)\s+(?!(?:time|way|distance|size|length|day|night"
                       r"|year|month|week|season|match|game|race|battle)\b)))", re.IGNORECASE)
# a percentage, read as a share only beside a fraction of the other sentence ("half of the votes" / "43.7 percent of
# the vote"): two percentages are the amounts' to compare (service.text.extract)
_PERCENT = re.compile(r"\b(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:percent|per\s+cent|%)", re.IGNORECASE)
_ONE_IN = re.compile(r"\bone\s+in\s+(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Multiple:
    text: str  # as written: "tripled", "twice", "a third of"
    kind: str  # "times" (a multiple) or "share" (a fraction of a set)
    value: float
    start: int
    percent: bool = False  # a share written as a percentage
    of: str = ""  # what it is a multiple or share of, as written: the words after it (before a verb: its subject)
    bound: str = ""  # the hedge before it: "above" ("more than a third"), "below" ("fewer than half"), "about"
    part: bool = False  # a share counted as a part of a set: "14 of the bridge's 40 cables"

    @property
    def hedged(self) -> bool:
        """"about twice", "more than a third", "up to ten times": a bound or an estimate."""
        return bool(self.bound)

    def span(self) -> tuple[float, float]:
        """The values the figure allows: itself, or what its hedge leaves open ("nearly ten times": 7.5 to 12.5;
        "more than half": above a half; a share is never above the whole)."""
        top = 1.0 if self.kind == "share" else float("inf")
        if self.bound == "above":
            return self.value, top
        if self.bound == "below":
            return 0.0, self.value
        if self.bound == "about":
            # (an estimate: a quarter either way of a multiple, 0.08 of a share — "nearly half" is 0.42 to 0.58)
            slack = 0.08 if self.kind == "share" else self.value / 4
            return max(0.0, self.value - slack), min(top, self.value + slack)
        return self.value, self.value


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _words_after(text: str, end: int, words: int = 4) -> str:
    """Up to `words` words after a figure, within its clause."""
    rest = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    return " ".join(rest.split()[:words])


def _words_before(text: str, start: int, words: int = 4) -> str:
    """Up to `words` words before a verb, within its clause."""
    head = _CLAUSE_END.split(text[:start])[-1]
    return " ".join(head.split()[-words:])


# (a hedge before a figure: its bound or its estimate)
_HEDGE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|up\s+to|at\s+least"
                    r"|at\s+most|more\s+than|less\s+than|fewer\s+than|close\s+to|just\s+over|just\s+under|well\s+over)\s+$",
                    re.IGNORECASE)


_ABOVE = ("over", "at least", "more than", "just over", "well over")
_BELOW = ("under", "up to", "at most", "less than", "fewer than", "just under")


def _bound(text: str, start: int) -> str:
    """The hedge before a figure: "above", "below", "about", or "" for none."""
    found = _HEDGE.search(text, max(0, start - 16), start)
    if found is None:
        return ""
    hedge = " ".join(found.group().lower().split())
    return "above" if hedge in _ABOVE else "below" if hedge in _BELOW else "about"


# "14 of the bridge's 40 cables", "9 of its 32 sailings": a part of a counted set, a share of it
_PART_OF = re.compile(r"\b(?P<n>\d[\d,]*)\s+of\s+(?P<owner>the|its|their|his|her|our"
                      r"|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[\w-]+(?:['’]s|s['’]))\s+(?P<d>\d[\d,]*)\s+", re.IGNORECASE)


def _count(word: str) -> float:
    word = word.lower().replace(" times", "").strip()
    return _ADVERBS[word] if word in _ADVERBS else number_value(word) or 0.0


@memo(8192)
def find_multiples(text: str) -> tuple[Multiple, ...]:
    """Every multiple and fraction a sentence states, in order."""
    found: list[Multiple] = []
    for m in _VERB.finditer(text):
        # ("double the stated dose", "triple what it was": of what follows; "net profit doubled": of its subject)
        before = not _COMPARED.match(text, m.end())
        found.append(Multiple(m.group(), "times", _TIMES_VERBS[m.group("stem").lower()], m.start(),
                              of=_words_before(text, m.start()) if before else _words_after(text, m.end())))
    for m in _TIMES.finditer(text):
        found.append(Multiple(m.group(), "times", _count(m.group("n")), m.start(), of=_words_after(text, m.end())))
    for m in _FOLD.finditer(text):
        found.append(Multiple(m.group(), "times", _count(m.group("n")), m.start(), of=_words_after(text, m.end())))
    for m in _FRACTION.finditer(text):
        # "half of", "a third of", "two thirds of", "three quarters of"
        value = 0.5 if m.group("f") is None else \
            _NUMERATORS[m.group("num").lower()] / _DENOMINATORS[m.group("f").lower()]
        found.append(Multiple(m.group(), "share", round(value, 4), m.start(), of=_words_after(text, m.end())))
    for m in _ONE_IN.finditer(text):
        denominator = number_value(m.group("d"))
        if denominator:
            found.append(Multiple(m.group(), "share", round(1 / denominator, 4), m.start(),
                                  of=_words_after(text, m.end())))
    for m in _PERCENT.finditer(text):
        found.append(Multiple(m.group(), "share", round(float(m.group("n")) / 100, 4), m.start(), percent=True,
                              of=_words_after(text, m.end())))
    for m in _PART_OF.finditer(text):
        part, whole = (float(m.group(g).replace(",", "")) for g in ("n", "d"))
        if 0 < part <= whole:
            # (what it is a share of: the owner and the set's noun, "the bridge's 40 steel support cables")
            found.append(Multiple(m.group().strip(), "share", round(part / whole, 4), m.start(), part=True,
                                  of=_words_after(text, m.start("owner"), 6)))
    return tuple(sorted((replace(m, bound=_bound(text, m.start)) for m in found), key=lambda x: x.start))
