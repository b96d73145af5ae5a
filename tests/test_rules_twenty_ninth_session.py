"""Rules of 2026-12-06, twenty-ninth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a tornado in a village, a council's vote on a seawall."""

from __future__ import annotations

from pathlib import Path

from service.dossier.analysis import analyze_claim
from service.text.places import locations_of, town_named
from service.text.tallies import find_tallies
from tests.support.judging import bucket_of, judged, payloads

_VILLAGES = payloads([
    ("v1", "Coast Wire", "2025-05-10",
     "An EF2 tornado struck the village of Penrow in Valdoria's Korvath province on Friday, the National Weather "
     "Office said. Two people were injured. Officials said the storm destroyed 14 homes."),
    ("v2", "Coast Wire", "2025-06-21",
     "A hailstorm hit the village of Dunby on Thursday. Officials said it damaged 40 homes."),
])
_COUNCIL = payloads([
    ("c1", "Coast Wire", "2025-03-05",
     "Marlow's council voted 7-2 to fund the seawall repair, council clerk Ann Bey said. About 12,000 residents live "
     "behind the wall."),
])


def test_a_village_is_a_town_and_its_province_is_where_it_is() -> None:
    found = locations_of("An EF2 tornado struck the village of Penrow in Valdoria's Korvath province on Friday.")
    assert [(loc.place, loc.level, loc.subject) for loc in found] == [
        ("Penrow", "city", None), ("Korvath", "province", "Penrow")]
    # (before: neither was a place, and the province was given to no town)
    assert locations_of("the village elders said") == ()


def test_a_claims_town_no_table_knows_is_the_town_of_its_passages(tmp_path: Path) -> None:
    assert town_named("The tornado in Penrow destroyed 40 homes.") == "Penrow"
    assert town_named("A fire in March killed three.") is None  # (a month)
    assert town_named("The fire at the Brennick warehouse killed two.") is None  # (a site's name)
    assert town_named("A blast in Velmora's Sarvel district") is None  # (an owner)
    assert analyze_claim("The tornado in Penrow destroyed 40 homes.").event.town == "Penrow"
    # (before: the claim named no date or site, the passage of its village was not of its event, and 14 homes against
    # its 40 decided nothing: unverified)
    doc = judged(tmp_path / "a", _VILLAGES, "The tornado in Penrow destroyed 40 homes.")
    assert bucket_of(doc, "destroyed 14 homes")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    assert bucket_of(doc, "destroyed 14 homes")[1]["event"]["label"] == "incident in Penrow, 2025-05-09"
    doc = judged(tmp_path / "b", _VILLAGES, "The tornado in Penrow destroyed 14 homes.")
    assert doc["verdict"]["label"] == "supported"
    # (another village's 40 homes are not Penrow's: the claim is of its own town's passages)
    doc = judged(tmp_path / "c", _VILLAGES, "The hailstorm in Penrow damaged 40 homes.")
    kind, item = bucket_of(doc, "damaged 40 homes")
    assert kind == "other_events"
    assert any(r["type"] == "other_event_match" for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"


def test_a_vote_tally_is_one_figure() -> None:
    assert [(t.high, t.low) for t in find_tallies("Marlow's council voted 7-2 to fund the seawall repair.")] == [(7, 2)]
    assert [(t.high, t.low) for t in find_tallies("The bill passed by a vote of 52 to 48.")] == [(52, 48)]
    assert [(t.high, t.low) for t in find_tallies("the court issued a 5-4 ruling")] == [(5, 4)]
    assert [(t.high, t.low) for t in find_tallies("by 7 votes to 2")] == [(7, 2)]
    for text in ("aged 24-31 were arrested", "voted in 2020-21", "passed on 12-14 March",
                 "The workers voted 60 to 40 percent to strike"):
        assert find_tallies(text) == (), text


def test_another_tally_of_the_same_vote_contradicts(tmp_path: Path) -> None:
    # (before: "5-4" was read as a 5 of nothing, and the passage corroborated by its words: supported)
    doc = judged(tmp_path / "a", _COUNCIL, "Marlow's council voted 5-4 to fund the seawall repair.")
    assert bucket_of(doc, "voted 7-2")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _COUNCIL, "Marlow's council voted 7 to 2 to fund the seawall repair.")
    assert bucket_of(doc, "voted 7-2")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"
