"""Rules of 2026-12-05, tenth session (docs/verdicts.md section 0): in "X said A, while Y said B" the side
that states the claim's figure speaks for its own source. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.judging import bucket_of, judged, payloads

_FIRE = payloads([
    ("fire", "Port Herald", "2023-05-10",
     "The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday, "
     "while Kessel Paints said nine workers were hurt. Production at the factory stopped for the day."),
])
_AGREEING = payloads([
    ("fire", "Port Herald", "2023-05-10",
     "The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday, "
     "while Kessel Paints confirmed the figure. Production at the factory stopped for the day."),
])


@pytest.mark.parametrize(("claim", "bucket", "label", "misattributed"), [
    # the brigade's three, credited to the company, which said nine: the figure is another source's
    ("Kessel Paints said three workers were injured in the blaze at the Kessel paint factory on Tuesday.",
     "conflicting", "refuted", True),
    # each side's own figure under its own source
    ("Kessel Paints said nine workers were hurt in the blaze at the Kessel paint factory.",
     "corroborating", "supported", False),
    ("The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday.",
     "corroborating", "supported", False),
])
def test_the_side_that_states_the_claims_figure_speaks_for_its_own_source(
        tmp_path: Path, claim: str, bucket: str, label: str, misattributed: bool) -> None:
    doc = judged(tmp_path, _FIRE, claim)
    assert bucket_of(doc, "while Kessel Paints said")[0] == bucket
    assert doc["verdict"]["label"] == label
    assert ("misattributed" in doc["verdict"]["flags"]) is misattributed


def test_a_side_that_agrees_with_the_figure_is_not_another_source_s(tmp_path: Path) -> None:
    doc = judged(tmp_path, _AGREEING, "Kessel Paints said three workers were injured in the blaze at the Kessel "
                                      "paint factory on Tuesday.")
    assert bucket_of(doc, "while Kessel Paints confirmed")[0] == "corroborating"
    assert "misattributed" not in doc["verdict"]["flags"]
