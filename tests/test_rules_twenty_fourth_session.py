"""Rules of 2026-12-06, twenty-fourth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a ferry-terminal blackout, a warehouse collapse, a hospital strike."""

from __future__ import annotations

from pathlib import Path

from service.attribution import find_attributions
from service.text.sources import claim_credits
from tests.support.judging import bucket_of, judged, payloads

# --- who said it ------------------------------------------------------------------------------------------------------


def test_a_name_ending_in_is_is_no_passive_voice() -> None:
    # "Tallis", "Harris", "Davis" end in "is", "Abe" in "be": the speaker before "said", not "was said"
    for name in ("Oren Tallis", "Mara Davis", "Kenji Abe"):
        found = find_attributions(f"{name} said the columns had been removed before the collapse.")
        assert [a.source for a in found] == [name]
    assert find_attributions("The figure is said to be far higher.") == []
    assert find_attributions("Two guards were reported hurt in the raid.") == []


_BLACKOUT = payloads([
    ("b1", "Harbour Ledger", "2025-05-06",
     "A blackout shut the Selvik ferry terminal for five hours on Monday. Port spokesman Karl Wenn said the blackout "
     "was caused by a cable fault. Ferries were diverted to Orsund."),
    ("b2", "Coast Wire", "2025-05-06",
     "Velmar Builders chief executive Anna Ferris said on Tuesday that the terminal's new wing had been finished by a "
     "subcontractor without Selvik Port Authority's approval.")])


def test_a_fact_restated_under_another_speaker_is_misattributed(tmp_path: Path) -> None:
    # "the blackout" for the claim's "the ferry-terminal blackout": the statement, restated, is the spokesman's
    doc = judged(tmp_path, _BLACKOUT, "The Selvik fire brigade said the ferry-terminal blackout was caused by a "
                                      "cable fault.")
    bucket, item = bucket_of(doc, "Karl Wenn said")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}
    assert "misattributed" in doc["verdict"]["flags"]


def test_half_the_fact_under_another_speaker_is_not_misattributed(tmp_path: Path) -> None:
    # the spokesman says a cable fault caused a blackout; that the fault was found by divers on Tuesday, he does not
    doc = judged(tmp_path, _BLACKOUT, "The Selvik fire brigade said divers found a cable fault under the ferry "
                                      "terminal's north pier on Tuesday.")
    bucket, _ = bucket_of(doc, "Karl Wenn said")
    assert bucket != "conflicting"
    assert "misattributed" not in doc["verdict"]["flags"]


def test_an_owner_named_in_the_claim_is_no_doer_speaking_for_itself(tmp_path: Path) -> None:
    # the claim names the builder only as an owner ("without Selvik Port Authority's approval" is the authority's):
    # the builder's chief executive saying it shows the engineer the claim credits did not
    doc = judged(tmp_path, _BLACKOUT, "Engineer Lars Odden said the terminal's new wing had been finished by a "
                                      "subcontractor without Selvik Port Authority's approval.")
    bucket, item = bucket_of(doc, "Anna Ferris said")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_source_in_an_aside_is_not_the_claims_credit() -> None:
    # what a source is, with its saying in an aside about it, credits it with nothing
    assert claim_credits("Harbour Radio, which also reported the blackout, is owned by the Selvik council.") == ()
    assert [c.source for c in claim_credits("Harbour Radio, which has a studio at the port, reported that the "
                                            "terminal was shut.")] == ["Harbour Radio"]
