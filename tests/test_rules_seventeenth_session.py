"""Rules of 2026-12-05, seventeenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a tram network, a wool mill, a mountain railway, a chartered flight, a heat emergency."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.stance.places import _aligned_names
from service.text.events import is_incident
from service.text.extract import find_negations, find_quantities
from tests.support.judging import judged_as, payloads

# --- a name swapped in a sentence restated word for word ------------------------------------------------------------

_TRAMS = payloads([
    ("t1", "Velm Courier", "2025-06-11",
     "Tram services in Orsk were suspended on Tuesday after a power failure, the city transport office said. "
     "Office spokesman Jan Pirk said the remaining disruption was concentrated in Lessing, where two substations "
     "were still without power. Services in the rest of the city resumed by the evening.")])


@pytest.mark.parametrize("claim, words, bucket", [
    # the same sentence with another town in the name's place: the claim's town is wrong
    ("Jan Pirk said the remaining disruption was concentrated in Marrow, where two substations were still without "
     "power.", "concentrated in Lessing", "conflicting"),
    ("Jan Pirk said the remaining disruption was concentrated in Lessing, where two substations were still without "
     "power.", "concentrated in Lessing", "corroborating"),
])
def test_a_name_swapped_in_a_restated_sentence_conflicts(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert judged_as(tmp_path, _TRAMS, claim, words)[0] == bucket


def test_an_aligned_swap_is_of_names_not_dates_nor_of_a_place_the_passage_names_too() -> None:
    analysis = analyze_claim("Crews restored the northern line in Marrow district on Friday.")
    [found] = _aligned_names(analysis, "Crews restored the northern line in Orsk district on Friday.", None)
    assert (found.claim_text, found.passage_text) == ("Marrow", "Orsk")
    # (another day is the date rules' to compare)
    assert _aligned_names(analysis, "Crews restored the northern line in Marrow district on Monday.", None) == []
    # (a name the passage holds elsewhere is no swap: both places are named)
    assert _aligned_names(analysis, "Crews restored the northern line in Orsk district on Friday, and in Marrow "
                                    "on Saturday.", None) == []


# --- counts named by their fate; counts of several places; a bound in another town --------------------------------

def test_a_noun_of_harm_counts_people_under_that_fate() -> None:
    found = {q.text: (q.unit, q.predicate) for q in find_quantities(
        "The collapse caused 14 injuries and 3 fatalities, and there were 17 heat-related deaths in the city.")}
    assert found["14 injuries"] == ("people", "injured")
    assert found["3 fatalities"] == ("people", "killed")  # (not the fate of the count before it)
    assert found["17 heat-related deaths"] == ("people", "killed")


_HEAT = payloads([
    ("h1", "Sarn Wire", "2025-07-14",
     "The health ministry said on Monday that eight people had died of heatstroke in Tolbeck since Friday. "
     "At least 12 people died of heat-related causes in Quarne over the weekend, the ministry said. "
     "The ministry's count stands at 20 deaths in the two cities.")])


@pytest.mark.parametrize("claim, words, bucket", [
    # "15 heatstroke deaths" counts people killed: the ministry's eight conflict
    ("The health ministry reported 15 heatstroke deaths in Tolbeck.", "eight people had died", "conflicting"),
    # "at least 12" in another town takes in 15, but is not Tolbeck's count
    ("The health ministry reported 15 heatstroke deaths in Tolbeck.", "At least 12 people died", "related"),
    # a count of two cities together is not the count of one
    ("The health ministry put the death toll in Quarne at 18.", "20 deaths in the two cities", "related"),
])
def test_a_count_of_another_place_or_of_several_is_not_the_claims(tmp_path: Path, claim: str, words: str,
                                                                  bucket: str) -> None:
    assert judged_as(tmp_path, _HEAT, claim, words)[0] == bucket


# --- a denial of the claim's clause; harm denied of a named incident ---------------------------------------------

_MILL = payloads([
    ("m1", "Dale Herald", "2025-03-06",
     "The carding line at the Holt wool mill in Brenner stopped on Wednesday after a motor failure. Mill manager "
     "Rosa Veck said no shifts were cancelled, although workers were moved to the spinning floor. "
     "At the Keld tannery, which shares the Brenner site, manager Ivo Sand said no shifts were cancelled either "
     "during last month's flood.")])


def test_no_such_thing_denies_a_claim_of_several_whatever_the_reason_it_gives(tmp_path: Path) -> None:
    claim = "Several shifts were cancelled at the Holt wool mill because of the motor failure, its manager said."
    assert judged_as(tmp_path, _MILL, claim, "Rosa Veck said no shifts") == ("conflicting", "refuted")


_FLIGHT = payloads([
    ("f1", "Coast Journal", "2025-05-20",
     "A chartered Sella Air jet bound for Ormund landed safely at Pirna on Monday after a smoke alarm in the cabin. "
     "Flight SL204, carrying 61 passengers, was met by fire crews on the runway. Airport director Tomas Ekblad said "
     "no one was injured and that the alarm had been set off by a faulty oven.")])


@pytest.mark.parametrize("claim, bucket, label", [
    ("Three passengers were injured when flight SL204 landed at Pirna.", "conflicting", "refuted"),
    ("Nobody was hurt when flight SL204 landed at Pirna, according to the airport's director.", "corroborating",
     "supported"),
])
def test_harm_denied_in_a_passage_of_the_named_flight(tmp_path: Path, claim: str, bucket: str, label: str) -> None:
    assert judged_as(tmp_path, _FLIGHT, claim, "no one was injured") == (bucket, label)


def test_hurt_and_kinds_of_incident_make_a_claim_of_an_incident() -> None:
    assert is_incident("Nobody was hurt when the ferry docked.")
    assert is_incident("The abduction took place near the border.")
    assert is_incident("Gunmen kidnapped two engineers near the border.")
    assert not is_incident("The ferry docked at noon.")



def test_a_word_that_denies_harm_by_its_prefix_is_a_negation() -> None:
    [found] = find_negations("All 38 passengers were rescued unhurt, police said.")
    assert (found.cue.text, found.scope.text) == ("un", "hurt")
    assert [n.scope.text for n in find_negations("The driver escaped unharmed.")] == ["harmed"]
    assert find_negations("The driver was unhappy.") == []


def test_shut_is_closed_and_abducted_is_kidnapped() -> None:
    from service.dossier.stance_model import content_stem_set
    assert set(content_stem_set("The crossing was shut.")) & set(content_stem_set("The crossing was closed."))
    assert {"kidnap"} <= set(content_stem_set("Gunmen abducted two nurses.")) \
        & set(content_stem_set("Two nurses were kidnapped."))
