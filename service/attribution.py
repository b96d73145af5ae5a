"""Who a sentence's statement is credited to (first cut: no attributions yet)."""

from __future__ import annotations

from service.models import Attribution


def find_attributions(sentence: str) -> list[Attribution]:
    """The sources a sentence credits its statement to."""
    return []
