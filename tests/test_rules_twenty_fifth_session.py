"""Rules of 2026-12-06, twenty-fifth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: two fires at one timber yard, two floods at one market, a depot struck once."""

from __future__ import annotations

from pathlib import Path

from service.dossier.analysis import analyze_claim
from service.text.ordinals import EARLIER, incident_rank
from tests.support.judging import bucket_of, judged, payloads

# --- an incident picked out by its rank at its site -------------------------------------------------------------------


def test_the_rank_of_an_incident_at_a_site_is_read() -> None:
    rank = incident_rank("Nobody was hurt in the second fire at the Ostby timber yard.")
    assert rank is not None and rank[0] == 2 and "blaze" in rank[1] and rank[3] == "Ostby"
    assert incident_rank("The death toll from the first Varna flood rose to six.")[::3] == (1, "Varna")  # type: ignore
    assert incident_rank("Traders cleared stalls after the latest flood at the market.")[0] == -1  # type: ignore
    assert incident_rank("Firefighters said the earlier blaze had weakened the roof.")[0] == EARLIER  # type: ignore
    # a rank said of something is its place in a series, not which one the text speaks of
    assert incident_rank("It was the third fire at the yard this year.") is None
    assert incident_rank("The first week of the inquiry ended on Friday.") is None


def test_a_rank_of_another_site_picks_out_nothing() -> None:
    # the claim's site is the hospital; the rank is of an attack on another
    event = analyze_claim("Marren General Hospital was also hit in the second attack.").event
    assert event.rank is None
    event = analyze_claim("Nobody was hurt in the second fire at the Ostby timber yard.").event
    assert event.rank is not None and event.interval is None  # dated only against an archive


_YARD = payloads([
    ("y1", "Valley Courier", "2025-06-03",
     "A fire broke out at the Ostby timber yard on Monday, destroying two storage sheds. Nobody was injured in the "
     "fire, the fire brigade said. The brigade put the damage at 300,000 krona."),
    ("y2", "Valley Courier", "2025-06-06",
     "Fire returned to the Ostby timber yard on Thursday, three days after the first blaze there. Two workers were "
     "injured in Thursday's fire, police said. Police said they suspected arson."),
    ("y3", "North Post", "2025-06-07",
     "The Ostby timber yard's owner said insurers had paid for the sheds lost in the earlier fire."),
])


def test_a_claim_of_the_first_fire_is_judged_against_the_first(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Nobody was hurt in the first fire at the Ostby timber yard.")
    assert bucket_of(doc, "Nobody was injured in the fire")[0] == "corroborating"
    # the second fire's injured are another incident's, not a contradiction
    assert bucket_of(doc, "Two workers were injured")[0] == "other_events"
    assert doc["verdict"]["label"] == "supported"
    assert "the first fire at the Ostby timber yard" in doc["event_reason"]


def test_a_claim_of_the_second_fire_is_judged_against_the_second(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Nobody was hurt in the second fire at the Ostby timber yard.")
    assert bucket_of(doc, "Two workers were injured")[0] == "conflicting"
    assert bucket_of(doc, "Nobody was injured in the fire")[0] == "other_events"
    assert doc["verdict"]["label"] == "refuted"


def test_the_earlier_fire_in_a_later_report_is_the_first(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Insurers paid for the sheds lost in the first fire at the Ostby timber yard.")
    assert bucket_of(doc, "insurers had paid")[0] == "corroborating"


_DEPOT = payloads([
    ("d1", "Valley Courier", "2025-06-03",
     "A fire broke out at the Kessa fuel depot on Monday. Two workers were injured in the fire, the brigade said."),
])


def test_a_rank_with_no_series_in_the_archive_leaves_the_claim_undated(tmp_path: Path) -> None:
    # one fire at the depot: nothing to rank it against, the claim is judged as before (no day of the archive's)
    doc = judged(tmp_path, _DEPOT, "Two workers were injured in the second fire at the Kessa fuel depot.")
    assert "by the archive (incidents there" not in doc["event_reason"]
