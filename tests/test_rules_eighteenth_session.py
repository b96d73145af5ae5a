"""Rules of 2026-12-05, eighteenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a ferry terminal, a water utility, a sugar refinery, a broadcaster's licence."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.stance.amounts import _quantities
from service.dossier.stance.terms import PREDICATE_MIN_COVERAGE
from service.text.extract import find_quantities
from service.text.places import claim_locations, find_locations
from tests.support.judging import judged_as, payloads

# --- opposite acts: admitted / denied, stayed open / was closed, read with the sentence before ----------------------

_TERMINAL = payloads([
    ("f1", "Harl Courier", "2025-02-18",
     "A storm surge flooded the car deck of the Ostby ferry terminal on Sunday night, the port authority said. "
     "The Ostby terminal was closed for three days, the transport ministry said. "
     "Ferrymar, which operates the terminal, denied that it had ignored the flood warnings, saying its staff had "
     "followed every instruction from the coastguard.")])


@pytest.mark.parametrize("claim, words, bucket", [
    # the opposite act, by the claim's own subject: it conflicts
    ("Ferrymar admitted that it had ignored the flood warnings at Ostby.", "denied that it had ignored",
     "conflicting"),
    ("The Ostby ferry terminal stayed open throughout the storm surge.", "closed for three days", "conflicting"),
    # the claim's own act restated agrees
    ("Ferrymar denied that it had ignored the flood warnings at Ostby.", "denied that it had ignored",
     "corroborating"),
])
def test_the_opposite_act_conflicts(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert judged_as(tmp_path, _TERMINAL, claim, words)[0] == bucket


def test_an_opposite_act_of_another_subject_does_not_conflict(tmp_path: Path) -> None:
    # the coastguard admitted nothing; Ferrymar's denial is about Ferrymar
    bucket, _ = judged_as(tmp_path, _TERMINAL, "The coastguard admitted that it had issued no flood warnings for "
                                               "Ostby.", "denied that it had ignored")
    assert bucket != "conflicting"


# --- a town right before its province: where it is, whether or not a table knows it ----------------------------------

def test_a_town_before_a_province_phrase_is_placed_in_it() -> None:
    placed = {(loc.subject, loc.place) for loc in find_locations(
        "The tanker was carrying crude from Ferrin, in neighbouring Olst province, to the refinery.")}
    assert ("Ferrin", "Olst") in placed
    placed = {(loc.subject, loc.place) for loc in find_locations(
        "On Monday the utility shut the Tarm pumping station in neighbouring Vessel province.")}
    assert ("Tarm", "Vessel") in placed
    # a claim that places its site in a town placed in a province places the town too
    placed = {(loc.subject, loc.place) for loc in claim_locations(
        "The Kessel sugar refinery is in Port Amber, in Ruthen province.")}
    assert {("Kessel", "Ruthen"), ("Port Amber", "Ruthen")} <= placed
    # (not an owner: "in Norvia's Ruthen province" places nothing called "Norvia's"; not the second town of a road)
    assert all(loc.subject != "Norvia's" for loc in find_locations("The refinery, in Norvia's Ruthen province, shut."))


_REFINERY = payloads([
    ("r1", "Ruthen Post", "2025-05-02",
     "Fire broke out at the Kessel sugar refinery on Thursday, the fire service said. "
     "The refinery stands on the quay in Port Amber, the main harbour town of Selmar province. "
     "Raw sugar for the refinery is shipped from Ferrin, in neighbouring Olst province.")])


@pytest.mark.parametrize("claim, words, bucket", [
    ("The Kessel refinery that caught fire on Thursday is in Port Amber, in Ruthen province.",
     "main harbour town of Selmar province", "conflicting"),
    ("The Kessel refinery that caught fire on Thursday is in Port Amber, in Selmar province.",
     "main harbour town of Selmar province", "corroborating"),
    ("The Kessel refinery ships its raw sugar from Ferrin in Ruthen province.", "in neighbouring Olst province",
     "conflicting"),
])
def test_a_town_in_another_province_conflicts(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert judged_as(tmp_path, _REFINERY, claim, words)[0] == bucket


# --- a number inside a name is no amount; "a maximum sentence of" is a bound ----------------------------------------

def test_a_number_inside_a_name_is_no_amount() -> None:
    found = {q.text for q in find_quantities("The regulator suspended Channel 8 TV's licence for 60 days.")}
    assert found == {"60 days"}
    # (a weekday's or a month's figure is the date's, or an amount after a weekday: still read)
    assert {q.text for q in find_quantities("On Monday 5 Palestinians died.")} == {"5 Palestinians"}


def test_a_maximum_of_what_a_noun_names_is_an_upper_bound() -> None:
    [q] = find_quantities("The charges carry a maximum sentence of eight years.")
    assert (q.low, q.high) == (None, 8.0)
    [q] = find_quantities("The offence carries a minimum fine of 500 dollars.")
    assert (q.low, q.high) == (500.0, None)


_LICENCE = payloads([
    ("l1", "Media Watch", "2025-09-03",
     "The broadcasting authority suspended the licence of Channel 8 TV for 60 days on Tuesday. "
     "The charges against its two reporters carry a maximum sentence of four years, prosecutors said.")])


@pytest.mark.parametrize("claim, words, bucket", [
    ("The broadcasting authority suspended Channel 8 TV's licence for 90 days.", "for 60 days", "conflicting"),
    ("Prosecutors said the charges against the Channel 8 TV reporters carry up to ten years in prison.",
     "maximum sentence of four years", "conflicting"),
    ("Prosecutors said the charges against the Channel 8 TV reporters carry up to four years in prison.",
     "maximum sentence of four years", "corroborating"),
])
def test_other_figures_of_a_named_thing_conflict(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert judged_as(tmp_path, _LICENCE, claim, words)[0] == bucket


# --- an act the claim dates to one day, restated on another day, with passages that state no day --------------------

_UTILITY = payloads([
    ("u1", "Vessel Courier", "2025-05-07",
     "The Tarm pumping station resumed operations on Monday after a week-long shutdown, the water utility said. "
     "Utility spokesman Ivo Rask said the station was now running at full capacity."),
    ("u2", "Olst Daily", "2025-05-09",
     "Water utility spokesman Ivo Rask said the Tarm pumping station had resumed operations after the week-long "
     "shutdown and that rationing in the town would end.")])


def test_an_act_restated_on_another_day_conflicts_and_undated_mentions_do_not_confirm_the_day(tmp_path: Path) -> None:
    # the only passage that dates the restart says Monday, May 5: the claim's Tuesday is wrong, and a passage that
    # states no day does not confirm it
    claim = "The Tarm pumping station resumed operations on Tuesday, May 6."
    bucket, verdict = judged_as(tmp_path / "wrong", _UTILITY, claim, "resumed operations on Monday")
    assert (bucket, verdict) == ("conflicting", "refuted")
    assert judged_as(tmp_path / "wrong2", _UTILITY, claim, "had resumed operations after")[0] != "corroborating"
    # the right day is confirmed by it
    assert judged_as(tmp_path / "right", _UTILITY, "The Tarm pumping station resumed operations on Monday, May 5.",
                     "resumed operations on Monday") == ("corroborating", "supported")


# --- another exact figure of the same noun, in a passage holding every name of the claim ------------------------------

_FLIGHT = payloads([
    ("s1", "Orm Wire", "2025-10-02",
     "Skyvale said flight SV210 from Orm had 41 passengers and five crew members aboard when it landed on one "
     "engine. Three passengers were treated for smoke inhalation at the airport, the airline said.")])


@pytest.mark.parametrize("claim, words, bucket", [
    ("Skyvale said 48 passengers were aboard flight SV210.", "had 41 passengers", "conflicting"),
    ("Skyvale said 41 passengers were aboard flight SV210.", "had 41 passengers", "corroborating"),
    # (another count of the same noun, of another thing done to them, is no other figure for the claim's)
    ("Skyvale said 48 passengers were aboard flight SV210.", "Three passengers were treated", "related"),
])
def test_another_figure_of_the_same_noun_with_every_name_conflicts(tmp_path: Path, claim: str, words: str,
                                                                   bucket: str) -> None:
    assert judged_as(tmp_path, _FLIGHT, claim, words)[0] == bucket


def test_another_exact_figure_of_the_same_noun_decides_from_half_the_predicate_with_every_name() -> None:
    analysis = analyze_claim("Skyvale said 48 passengers were aboard flight SV210.")
    text = "Skyvale said flight SV210 from Orm was carrying 41 passengers and five crew members."
    stated = tuple(find_quantities(text))

    def decides(coverage: float, names: float) -> list[bool]:
        return [decisive for reason, decisive in _quantities(analysis, text, None, stated, coverage, names, False)
                if reason.type == "quantity_mismatch"]

    assert decides(PREDICATE_MIN_COVERAGE, 1.0) == [True]
    # (less than half the predicate, or not every name: a discrepancy shown, not decided)
    assert decides(PREDICATE_MIN_COVERAGE - 0.05, 1.0) == [False]
    assert decides(PREDICATE_MIN_COVERAGE, 0.5) == [False]
    # (a bound is no exact figure: "more than 48 passengers" is not decided against 41 this way)
    bounded = analyze_claim("Skyvale said more than 48 passengers were aboard flight SV210.")
    assert [d for r, d in _quantities(bounded, text, None, stated, PREDICATE_MIN_COVERAGE, 1.0, False)
            if r.type == "quantity_mismatch"] == [False]


def test_lives_taken_or_lost_count_people_killed() -> None:
    found = {q.text: (q.unit, q.predicate) for q in find_quantities(
        "The flood claimed nine lives in Orsk, and six people lost their lives in Tarm.")}
    assert found == {"nine lives": ("people", "killed"), "six people": ("people", "killed")}
    # (lives saved are no toll)
    assert [q.predicate for q in find_quantities("The new levee saved 30 lives.")] == [None]
