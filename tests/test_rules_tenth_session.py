"""Rules of 2026-12-05, tenth session (docs/verdicts.md section 0): in "X said A, while Y said B" the side
that states the claim's figure speaks for its own source. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.judging import bucket_of, judge, judged, payloads, stored

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


@pytest.mark.parametrize(("text", "claim", "bucket"), [
    # a claim that says no more than where its subject posted: the same posting, told of another platform
    ("The Tide Front posted its statement on Telegram.", "The Tide Front posted its statement on X.", "conflicting"),
    # … and an answer to the question of where (read with its question)
    ("On Telegram.", "The Tide Front posted its statement on X.", "conflicting"),
    # a passage that names another platform confirms nothing of the claim's, whatever else it shares
    ("The mayor of Lund posted a video on Facebook.", "Mayor Jan Berg posted a video on X.", "related"),
    # (both platforms named: the claim's is confirmed)
    ("The mayor of Lund posted a video on Facebook and on X.", "Mayor Jan Berg posted a video on X.", "corroborating"),
])
def test_another_platform_does_not_confirm_the_claims(tmp_path: Path, text: str, claim: str, bucket: str) -> None:
    title = "Where did the Tide Front post its statement?" if text == "On Telegram." else "Statements"
    with stored(tmp_path, [{"external_id": "p", "title": title, "text": text, "outlet": "Lund Daily"}]) as store:
        assert bucket_of(judge(store, claim, "p"), text)[0] == bucket
