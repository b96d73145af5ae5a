"""Words that deny a claim outright: "no evidence", "dismissed the reports", "is false", "a hoax".

A fact-check or an official denial rarely repeats the claim with "not" in it; it calls it false,
says there is no record of it, or dismisses the reports of it. Such a passage disagrees with the
claim it is about, whatever else it shares with it. English phrases only, kept to those that deny
(not "false alarm" or "fake" as a noun's adjective in a quote of the claim: a claim that itself
calls something false is left to the other rules).
"""

from __future__ import annotations

import re

_REPORTS = r"(?:claims?|reports?|allegations?|rumou?rs?|accusations?|stories|story|posts?|suggestions?|assertions?)"
_DENIAL = re.compile(
    r"\b(?i:no\s+(?:evidence|record|records|proof|sign|indication|such|truth|basis"
    # ("no scientific evidence supports the claim that …", "no credible proof")
    r"|(?:scientific|credible|real|hard|clear|concrete|solid|direct|reliable|independent|firm)\s+(?:evidence|proof))"
    r"|neither\s+evidence|(?:not|never)\s+(?:true|accurate|correct|happened)"
    r"|(?:is|was|are|were|been)\s+(?:completely\s+|entirely\s+|totally\s+)?(?:false|fake|untrue|baseless|unfounded"
    r"|fabricated|doctored|a\s+hoax|debunked|misleading)"
    r"|fake\s+news|false\s+(?:claims?|reports?|news|information|rumou?rs?)|hoax"
    r"|(?:dismissed|denied|denies|deny|rejected|refuted|debunked|dispelled)\s+(?:the\s+|these\s+|such\s+|those\s+"
    r"|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?" + _REPORTS + r")\b")


def find_denials(text: str) -> list[str]:
    """The phrases of a text that deny a claim ("no evidence", "dismissed the reports")."""
    return [m.group() for m in _DENIAL.finditer(text)]


# what a "no evidence", "no indication" denies: the words after it, to its clause's end ("no indication that anyone
# had been hurt" denies the hurt, not what else the sentence said)
_OBJECT_DENIAL = re.compile(r"(?i:no|neither)\s")
_CLAUSE_END = re.compile(r"[;:]|\.(?=\s+[A-Z]|\s*$)(?<!\b[A-Z]\.)|,\s+(?:and|but|while|although|though)\b|\s+but\s")


def denied_objects(text: str) -> list[str]:
    """For each denial of a text, what it denies when it has an object ("no evidence of Kesmarki casualties" →
    "of Kesmarki casualties"), or "" for a denial of the reports themselves ("dismissed the reports")."""
    out = []
    for m in _DENIAL.finditer(text):
        if _OBJECT_DENIAL.match(m.group()) is None:
            out.append("")
            continue
        end = _CLAUSE_END.search(text, m.end())
        out.append(text[m.end():end.start() if end else len(text)])
    return out
