"""Rules of 2026-12-05, eighth session (docs/verdicts.md section 0): sites in apposition and in
pairs, the other fate of the same people under another noun, a claim's incident named by "the
incident", the light verb "received a briefing", misattribution read with the sentence before,
what a negated "give X a Y" governs, and clauses set off by commas. Made-up articles of other
subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.stance.terms import _scope_stems, claim_terms
from service.text.clauses import identifying_clauses, relative_clauses
from service.text.events import sites_of
from service.text.synonyms import unphrase
from tests.support.judging import bucket_of, judge, judged, payloads, stored


@pytest.mark.parametrize(("text", "sites"), [
    # a name right after the site noun is in apposition
    ("The German military base Falkenhorst was attacked again on Friday night.", ("Falkenhorst",)),
    # both names of a plural noun's pair
    ("Rebels announced an attack on the Norrvik and Sandhamn bases.", ("Norrvik", "Sandhamn")),
    # a country before "and" names no site; a plural noun with no name names none
    ("Rebels announced attacks on Latvia and Sandhamn bases.", ("Sandhamn",)),
    ("Bases in Latvia and Estonia were attacked.", ()),
    # a weekday after the noun is no site
    ("Drones hit the base Tuesday night.", ()),
])
def test_sites_in_apposition_and_in_pairs(text: str, sites: tuple[str, ...]) -> None:
    assert sites_of(text) == sites


_BASES = payloads([
    ("bases", "Baltic Wire", "2025-03-12",
     "Drones attacked two bases overnight. The Danish military base Falkenhorst was once again attacked on "
     "Tuesday night, according to informed sources. Earlier on Monday, a Danish base in the Norrvik area "
     "was attacked by an armed drone. Earlier, local sources had announced the drone attack on the Danish "
     "Sandhamn and Lovo bases. Until last year, bases housing Danish forces were subjected to many drone "
     "attacks."),
])


def test_a_site_the_claim_names_must_be_the_passages(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BASES, "The armed-drone attack on the Danish base in Norrvik happened on Tuesday night.")
    # the Tuesday attack was on Falkenhorst; the Norrvik one on Monday
    assert bucket_of(doc, "Norrvik area")[0] == "conflicting"
    assert bucket_of(doc, "once again attacked")[0] != "corroborating"
    # attacks on other named bases, or on bases in general, confirm nothing of Norrvik's
    for words in ("Sandhamn and Lovo", "subjected to many"):
        assert bucket_of(doc, words)[0] != "corroborating"
    assert doc["verdict"]["label"] == "refuted"


def test_the_other_fate_of_the_same_people_under_another_noun(tmp_path: Path) -> None:
    arts = payloads([("port", "Harbour Post", None,
                      "The Tide Front claimed responsibility for the Friday rocket attack on the Varna port, which "
                      "injured at least six Danish military personnel. Officials said the port reopened later.")])
    doc = judged(tmp_path, arts, "At least six Danish troops were killed in the Friday rocket attack on the "
                                 "Varna port claimed by the Tide Front.")
    stance, item = bucket_of(doc, "injured at least six")
    assert stance == "conflicting" and "fate_mismatch" in [r["type"] for r in item["reasons"]]
    # the same people: nouns of different groups are not compared ("civilians" / "troops")
    arts = payloads([("port", "Harbour Post", None,
                      "The Friday rocket attack on the Varna port injured at least six civilians.")])
    doc = judged(tmp_path / "b", arts, "At least six Danish troops were killed in the Friday rocket attack on "
                                       "the Varna port.")
    assert all(r["type"] != "fate_mismatch" for items in doc["evidence"].values() for i in items
               for r in i["reasons"])


def test_came_under_fire_is_attacked() -> None:
    assert unphrase("The depot had again come under rocket fire.") == "The depot had again attacked by rocket."
    assert unphrase("The convoy came under heavy fire near Lodz.") == "The convoy attacked near Lodz."
    # criticism is no fire
    assert unphrase("The minister came under criticism.") == "The minister came under criticism."


def test_a_veto_is_the_opposite_of_backing(tmp_path: Path) -> None:
    arts = payloads([("un", "Capital Daily", None,
                      "Norway has also vetoed General Council resolutions that called on the coalition to cease "
                      "its blockade.")])
    doc = judged(tmp_path, arts, "Norway has backed General Council resolutions that urged the coalition to halt "
                                 "its blockade.")
    assert bucket_of(doc, "vetoed")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


_TOLD = payloads([
    ("wire", "Coast Wire", None,
     "A port source told the Harbour Gazette on Saturday that the Varna docks have been hit by rocket attacks "
     "again. The Tide Front announced in a statement that its fighters targeted the Varna docks with a drone."),
])


def test_the_sentence_before_credits_the_claims_source(tmp_path: Path) -> None:
    doc = judged(tmp_path, _TOLD, "On Saturday, the Harbour Gazette was told by a port source that the Varna "
                                  "docks had again come under rocket fire.")
    assert bucket_of(doc, "told the Harbour Gazette")[0] == "corroborating"
    # the group's own sentence restates the claim only with the one before it: no misattribution
    stance, item = bucket_of(doc, "announced in a statement")
    assert stance != "conflicting"
    assert "source_mismatch" not in [r["type"] for r in item["reasons"]]
    assert doc["verdict"]["label"] == "supported"


@pytest.mark.parametrize(("scope", "stems"), [
    # what is given, not to whom
    ("seen Tehran give the groups a direct order", {"order"}),
    ("give them any money", {"money"}),
    # without an object after the receiver, the receiver stays
    ("given the groups", {"group"}),
])
def test_a_negated_giving_governs_what_is_given(scope: str, stems: set[str]) -> None:
    assert _scope_stems(scope) == stems


def test_a_claim_that_denies_the_order_agrees_with_a_passage_denying_it(tmp_path: Path) -> None:
    arts = payloads([("min", "Capital Daily", None,
                      "Pressed on the issue, ministry spokesman Colonel Anna Berg said: \"We haven't seen a "
                      "direct order from Oslo to the militias.\"")])
    doc = judged(tmp_path, arts, "Ministry spokesman Colonel Anna Berg said the ministry had not seen Oslo give "
                                 "the militias a direct order.")
    stance, item = bucket_of(doc, "direct order")
    assert stance != "conflicting"
    assert "negation_match" in [r["type"] for r in item["reasons"]]


_BRIEFED = payloads([
    ("raid", "Nordwire", None,
     "The Tide Front claimed responsibility for the Friday rocket attack on the Varna port, which injured at "
     "least six guards. The attack was carried out from a truck which was later located in the Lodz district. "
     "Prime Minister Eva Lind has been briefed on the incident, according to her office."),
])


def test_the_incident_names_the_claims_incident(tmp_path: Path) -> None:
    with stored(tmp_path, _BRIEFED) as store:
        doc = judge(store, "According to her office, Eva Lind received a briefing on the Friday rocket attack "
                           "that injured at least six guards at the Varna port.")
        assert bucket_of(doc, "briefed on the incident")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"
        assert bucket_of(doc, "located in the Lodz")[0] != "corroborating"
    # a briefing on something else is not one on the incident
    arts = payloads([("raid", "Nordwire", None, _BRIEFED[0]["text"].replace("on the incident", "on the budget"))])
    doc = judged(tmp_path / "b", arts, "According to her office, Eva Lind received a briefing on the Friday rocket "
                                       "attack that injured at least six guards at the Varna port.")
    assert bucket_of(doc, "briefed on the budget")[0] != "corroborating"
    assert doc["verdict"]["label"] != "supported"


def test_received_a_briefing_is_no_predicate_of_its_own() -> None:
    terms = claim_terms(analyze_claim("Eva Lind received a briefing on the flood."))
    assert "receiv" not in terms.predicate_weights and "brief" in terms.predicate_weights
    # a thing received is what the claim says
    terms = claim_terms(analyze_claim("The clinic received a shipment of vaccines."))
    assert "receiv" in terms.predicate_weights


@pytest.mark.parametrize(("text", "clauses"), [
    # the participle after "was later" is the main verb
    ("The truck used in the Friday attack was later found in the Lodz district.", []),
    # a participle with its agent, set off by commas
    ("The truck used in the Friday attack, claimed by a group calling itself The Tide, was later found in Lodz.",
     ["claimed by a group calling itself The Tide"]),
    # a clause with "which" set off by commas before the main verb
    ("The truck used in Friday's attack on the port, which injured six guards, was later found in Lodz.",
     ["which injured six guards"]),
    # …but not one at the end, which may be what the sentence asserts
    ("Two drones hit the port, which caused no damage.", []),
])
def test_clauses_set_off_by_commas(text: str, clauses: list[str]) -> None:
    assert [text[a:b] for a, b in identifying_clauses(text)] == clauses


def test_a_parenthetical_relative_is_a_relative_clause() -> None:
    text = "The mayor, who was elected in 2019, has resigned."
    assert [text[a:b] for a, b in relative_clauses(text)] == ["who was elected in 2019"]


def test_where_the_claims_thing_was_found_in_its_own_event(tmp_path: Path) -> None:
    with stored(tmp_path, _BRIEFED) as store:
        claim = ("The truck used in the Friday rocket attack on the Varna port, claimed by a group calling "
                 "itself the Tide Front, was later found in the {} district.")
        doc = judge(store, claim.format("Lodz"))
        assert bucket_of(doc, "located in the Lodz")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"
        doc = judge(store, claim.format("Gdansk"))
        assert bucket_of(doc, "located in the Lodz")[0] == "conflicting"


def test_a_statement_dated_otherwise_is_misdated(tmp_path: Path) -> None:
    arts = payloads([("min", "Capital Daily", None,
                      "Upon the rise of attacks on ports, the Ministry of Defence reported on Monday, March 10, "
                      "2025, that there is no direct order from Oslo to attack the ports.")])
    doc = judged(tmp_path, arts, "The Ministry of Defence's finding that Oslo had not directly ordered the attacks "
                                 "on the ports was issued on Saturday, March 8, 2025.")
    stance, item = bucket_of(doc, "no direct order")
    assert stance == "conflicting" and "date_mismatch" in [r["type"] for r in item["reasons"]]
