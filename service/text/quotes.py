"""Quoted words in a text ("…", “…”), for comparing what a claim and a passage say someone said."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[“\"]([^”\"]{8,400})[”\"]")


def find_quotes(text: str) -> list[str]:
    """The quoted stretches of a text (eight characters or more), without their quote marks."""
    return [m.group(1).strip() for m in _QUOTE.finditer(text)]
