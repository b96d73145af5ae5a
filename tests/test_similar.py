"""Which facts of two claim analyses (as stored with each dossier) differ, and how it is said."""

from __future__ import annotations

from typing import Any

import pytest

from service.dossier.analysis import analyze_claim
from service.schemas.dossiers import ClaimAnalysisSchema
from service.similar import content_stems, fact_differences


def stored(claim: str) -> dict[str, Any]:
    return ClaimAnalysisSchema().dump(analyze_claim(claim))  # type: ignore[no-any-return]


@pytest.mark.parametrize(("new", "old", "differences"), [
    ("Four rockets hit Ain al-Asad on January 10, 2024", "On January 10, 2024, 4 rockets hit Ain Al-Assad", []),
    ("Two rockets hit Ain al-Asad on January 10, 2024", "Four rockets hit Ain al-Asad on January 10, 2024",
     ["2 vs 4"]),
    ("Four rockets hit Ain al-Asad on January 12, 2024", "Four rockets hit Ain al-Asad on January 10, 2024",
     ["2024-01-12 vs 2024-01-10"]),
    ("Four rockets hit Ain al-Asad", "Four rockets hit Al-Tanf", ["Ain al-Asad vs Al-Tanf"]),
    ("No rockets hit Ain al-Asad", "Rockets hit Ain al-Asad", ["negated vs not negated"]),
    ("Four rockets hit Ain al-Asad", "Rockets hit Ain al-Asad", []),  # the earlier claim gives no amount
])
def test_fact_differences_name_each_difference_new_side_first(new: str, old: str, differences: list[str]) -> None:
    assert fact_differences(stored(new), stored(old)) == differences


def test_wording_ignores_order_numbers_and_months() -> None:
    assert sorted(content_stems("At Ain al-Asad, four rockets were launched in January")) == sorted(
        content_stems("Two rockets were launched at Ain al-Asad"))
