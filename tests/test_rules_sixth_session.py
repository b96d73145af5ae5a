"""Rules of 2026-12-04, sixth session (docs/verdicts.md section 0): the claimant that picks out an
incident, a reduced relative before "that", a weekday joined to a time, "no details of", bearings
of the same kind and subject, one person under two offices, the members of a count with a fate,
whose estimate it is, a country's strike placed by another doer, the other fate, and what a named
subject's verb asserts. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.text.bearings import find_bearings
from service.text.clauses import identifying_clauses
from service.text.events import sites_of
from service.text.facts import read_article


def test_a_claimant_picks_out_its_incident_among_undated_ones(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [
        {"external_id": "dated", "outlet": "Plains Herald", "published_at": "2025-03-04",
         "text": "The attack comes a day after security sources told Nordwire that four shells were fired on "
                 "Monday, March 3, 2025, at the Kestrel fuel depot."},
        {"external_id": "claimed", "outlet": "Coast Wire",
         "text": "The Dawn Brigade claimed responsibility for the Monday shelling of the Kestrel fuel depot. "
                 "The attack was confirmed by two security sources to Nordwire, who reported that two shells "
                 "were fired at the depot."},
    ]
    with stored(tmp_path, articles) as store:
        for claim in ("Security sources told Nordwire that four shells were fired at the Kestrel fuel depot in "
                      "the attack claimed by the Dawn Brigade.",
                      "Security sources told Nordwire that four shells were fired at the Kestrel fuel depot in the "
                      "attack claimed by the Dawn Brigade that damaged two tanks."):
            doc = judge(store, claim)
            assert doc["verdict"]["label"] == "refuted", claim
            bucket, item = bucket_of(doc, "four shells were fired on")
            assert bucket == "corroborating"
            assert item["weight"] < 1
            assert any(r["type"] == "event_undetermined" for r in item["reasons"])
            assert bucket_of(doc, "two shells")[0] == "conflicting"


@pytest.mark.parametrize(("text", "clauses"), [
    # "claimed by X" between a noun and "that" is a reduced relative: the "that" after it is relative
    ("Officials told Nordwire that four shells hit the depot in the attack claimed by the Dawn Brigade that "
     "damaged two tanks.", ["claimed by the Dawn Brigade that damaged two tanks", "that damaged two tanks"]),
    # …while a saying verb's "that" opens what was said
    ("It was claimed by officials that two tanks were damaged.", []),
    ("The brigade claimed that two tanks were damaged.", []),
])
def test_a_reduced_relative_before_that(text: str, clauses: list[str]) -> None:
    assert [text[a:b] for a, b in identifying_clauses(text)] == clauses


def test_a_weekday_joined_to_a_time_is_no_site() -> None:
    assert sites_of("Early reports on the Friday-morning raid on the Port Alder depot gave no figures.") == (
        "Port Alder",)


def test_no_details_of_harm_agrees_with_no_immediate_reports(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "dam", "outlet": "Valley Post",
                 "text": "The Northern Brigade claimed the shelling of the Tesh dam on Wednesday afternoon. "
                         "There were no immediate reports about the extent of damage at the dam, and possible "
                         "casualties."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Early reports on the Wednesday-afternoon shelling of the Tesh dam gave no details of "
                           "damage or casualties.")
        assert bucket_of(doc, "no immediate reports")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


@pytest.mark.parametrize(("text", "bearing"), [
    ("The dam lies 40 km west of the Valmontese capital.", ("west", "Valmontese capital", False)),
    ("the depot named Kora in the north of Valmont.", ("north", "Valmont", True)),
    ("located 60 kilometers west of the capital Tesh", ("west", "Tesh", False)),
])
def test_bearings_of_a_capital_and_within_a_country(text: str, bearing: tuple[str, str, bool]) -> None:
    found = find_bearings(text)[0]
    assert (found.direction, found.place, found.within) == bearing


def test_a_bearing_of_another_place_is_not_compared(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "dams", "outlet": "Valley Post",
                 "text": "Rebels also shelled the Kora depot in the north of Valmont. "
                         "The Tesh dam, about 40 km south of Valmont, was hit on Monday."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Tesh dam lies about 40 km south of Valmont.")
        bucket, item = bucket_of(doc, "Kora depot")
        assert not any(r["type"] == "entity_mismatch" for r in item["reasons"])
        doc = judge(store, "The Tesh dam lies about 40 km north of Valmont.")
        bucket, item = bucket_of(doc, "Tesh dam, about")
        assert any(r["type"] == "entity_mismatch" for r in item["reasons"])


def test_one_person_under_another_office(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "berg", "outlet": "Nordic Ledger", "published_at": "2025-02-10",
                 "text": "\"We have not seen any order from the board to close the mine,\" government spokesperson "
                         "Anna Berg said on Monday. Finance Minister Olaf Lind was not available for comment."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Finance Minister Anna Berg said the government had not seen the board order the mine "
                           "closed.")
        bucket, item = bucket_of(doc, "Anna Berg said")
        assert any(r["type"] == "role_mismatch" for r in item["reasons"])
        assert doc["verdict"]["label"] == "refuted"
        # the office she holds is no mismatch; nor is a former office
        doc = judge(store, "Government spokesperson Anna Berg said the government had not seen the board order "
                           "the mine closed.")
        assert not any(r["type"] == "role_mismatch" for r in bucket_of(doc, "Anna Berg said")[1]["reasons"])
        doc = judge(store, "Former Finance Minister Anna Berg said the government had not seen the board order "
                           "the mine closed.")
        assert not any(r["type"] == "role_mismatch" for r in bucket_of(doc, "Anna Berg said")[1]["reasons"])


_MINE = [{"external_id": "mine", "outlet": "Ore Times",
          "text": "A truck driver was among the four people killed in the blast at the Kora mine. "
                  "According to the union, the three miners and the truck driver were loading ore at the Kora "
                  "mine when the blast hit them."}]


def test_the_members_of_a_count_with_a_fate_share_it() -> None:
    facts = read_article([a for a in _MINE[0]["text"].split(". ")], [[], []], None)
    read = [(q.text, q.predicate) for q in facts[1].amounts]
    assert ("three miners", "killed") in read and ("three miners", None) in read
    # a count that does not make up the one before keeps no fate
    facts = read_article(["Four people were killed in the blast.", "The two miners were loading ore."], [[], []], None)
    assert [q.predicate for q in facts[1].amounts] == [None]


@pytest.mark.parametrize(("claim", "bucket"), [
    ("Three miners and a truck driver were killed in the blast at the Kora mine.", "corroborating"),
    ("Two miners died alongside the truck driver in the blast at the Kora mine.", "conflicting"),
    # what the sentence itself says of them still reads without a fate
    ("The union said three miners and a truck driver were loading ore at the Kora mine when the blast hit "
     "them.", "corroborating"),
])
def test_the_members_of_a_count_in_a_dossier(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _MINE) as store:
        assert bucket_of(judge(store, claim), "three miners")[0] == bucket


def test_four_people_are_not_the_three_miners(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _MINE) as store:
        doc = judge(store, "A truck driver was one of four people killed in the blast at the Kora mine.")
        assert bucket_of(doc, "three miners")[0] != "conflicting"
        assert doc["verdict"]["label"] == "supported"


@pytest.mark.parametrize(("text", "sources"), [
    ("Nordwire's early estimate was that at least ten shells hit the depot.", ["Nordwire"]),
    ("The Valley Post's initial count put the toll at 12.", ["The Valley Post"]),
    # an account that is a profile, or an estimate that is no one's statement, credits no one
    ("Anna Berg's account was hacked on Monday.", []),
    ("Nordwire's early coverage of the raid was brief.", []),
])
def test_whose_estimate_it_is(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


def test_a_countrys_strike_placed_by_another_doer(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "raid", "outlet": "Coast Wire",
                 "text": "Last Tuesday, the ministry said that Turkish forces had carried out a strike in Kessab "
                         "province targeting fighters. Three fighters were killed in the strike."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "A French airstrike in Kessab province killed three fighters.")
        bucket, item = bucket_of(doc, "had carried out a strike")
        assert bucket == "conflicting"
        assert any(r["type"] == "actor_mismatch" for r in item["reasons"])
        doc = judge(store, "A Turkish airstrike in Kessab province killed three fighters.")
        assert not any(r["type"] == "actor_mismatch" for r in bucket_of(doc, "had carried out a strike")[1]["reasons"])


_STORM = [{"external_id": "storm", "outlet": "Coast Wire", "published_at": "2025-01-20",
           "text": "NORDWIRE: Members of the coast guard \"were seriously injured in the storm at the harbour\" "
                   "and two fishermen were slightly injured."}]


@pytest.mark.parametrize(("claim", "fate_mismatch"), [
    ("Nordwire reported that members of the coast guard were killed in the storm at the harbour.", True),
    ("Nordwire reported that members of the coast guard were injured in the storm at the harbour.", False),
    # a count is the amount rules' to compare
    ("Nordwire reported that three members of the coast guard were killed in the storm at the harbour.", False),
    # nor is another subject's fate the claim's
    ("Nordwire reported that the harbour master was killed in the flood at the ferry terminal.", False),
])
def test_the_other_fate(tmp_path: Path, claim: str, fate_mismatch: bool) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _STORM) as store:
        doc = judge(store, claim)
        bucket, item = bucket_of(doc, "coast guard")
        assert any(r["type"] == "fate_mismatch" for r in item["reasons"]) == fate_mismatch
        if fate_mismatch:
            assert bucket == "conflicting" and doc["verdict"]["label"] == "refuted"


@pytest.mark.parametrize(("claim", "stated"), [
    ("The Tesh dam in northern Valmont was sold to a private firm in 2023.", False),
    ("The Tesh dam in northern Valmont was shelled by rebels.", True),
])
def test_what_a_named_subject_is_said_to_undergo_must_be_stated(claim: str, stated: bool) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import MAIN_MIN_COVERAGE, claim_terms, main_coverage

    passage = "Rebels have repeatedly shelled facilities including the Tesh dam in northern Valmont."
    assert (main_coverage(claim_terms(analyze_claim(claim)), passage, None) >= MAIN_MIN_COVERAGE) == stated


_BILL = [{"external_id": "bill", "outlet": "State Ledger", "published_at": "2025-05-05",
          "text": "The state assembly on May 3 passed a standalone $2-billion flood relief bill for the valley. "
                  "The bill, however, is yet to clear the Senate."}]


@pytest.mark.parametrize(("claim", "label"), [
    ("Both houses of the legislature had approved the $2 billion flood relief bill for the valley.", "refuted"),
    ("The flood relief bill for the valley had passed the assembly and the Senate.", "refuted"),
    # one chamber is what the passages say
    ("The state assembly passed a $2 billion flood relief bill for the valley.", "supported"),
])
def test_both_chambers_against_one_yet_to_pass_it(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _BILL) as store:
        doc = judge(store, claim)
        assert doc["verdict"]["label"] == label
        if label == "refuted":
            assert bucket_of(doc, "yet to clear")[0] == "conflicting"
