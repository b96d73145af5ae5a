"""Quoted words in a text ("…", “…”), for comparing what a claim and a passage say someone said."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[“\"]([^”\"]{8,400})[”\"]")
# 'single quotes', as headlines and posts write them: opened after a space or a bracket and closed
# before one or a stop (not an apostrophe: "the group's claim", "'90s")
# (also inside a double quote: "… from Iran saying: 'Go out and do this.'")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[\"“]))['‘]([A-Za-z][^'‘’\n]{7,400}?)['’](?=[\s.,;:!?)\]\"”]|$)")


def find_quotes(text: str) -> list[str]:
    """The quoted stretches of a text (eight characters or more), without their quote marks."""
    found = [m.group(1).strip() for m in _QUOTE.finditer(text)]
    if "'" in text or "‘" in text:
        # (of three words or more: a word or two in single quotes is a term set apart, 'defensive')
        found += [m.group(1).strip() for m in _SINGLE.finditer(text) if len(m.group(1).split()) >= 3]
    return found


# a word or a few set apart by quote marks ("its 'defensive' strike", "a “vital target”")
_TERM = re.compile(r"(?:^|(?<=[\s(\[]))(?:'(?P<a>[A-Za-z][^'\n]{1,60}?)'|‘(?P<b>[A-Za-z][^’\n]{1,60}?)’"
                   r"|\"(?P<c>[A-Za-z][^\"\n]{1,60}?)\"|“(?P<d>[A-Za-z][^”\n]{1,60}?)”)(?=[\s.,;:!?)\]]|$)")


def quoted_terms(text: str) -> list[str]:
    """Every stretch of a text in quote marks, however short ("'defensive'"), without the marks."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _TERM.finditer(text)]
