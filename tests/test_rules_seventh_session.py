"""Rules of 2026-12-04, seventh session (docs/verdicts.md section 0): a fate kept in the clause of
its own amount, relative clauses opened by a preposition ("in which"), and what a passage of the
claim's own event need not restate. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.clauses import identifying_clauses, main_clause
from service.text.extract import find_quantities


@pytest.mark.parametrize(("text", "amount", "fate"), [
    # the relative clause's fate is its own amount's, not the main clause's
    ("The raid that wounded at least four guards was carried out with two shells.", "two shells", None),
    ("The raid that wounded at least four guards was carried out with two shells.", "at least four guards",
     "injured"),
    # …while amounts joined in one clause share it
    ("The blast killed five miners and three rescuers.", "three rescuers", "killed"),
    ("Two shells that were fired from the hills killed three guards.", "three guards", "killed"),
])
def test_a_fate_stays_in_the_clause_of_its_amount(text: str, amount: str, fate: str | None) -> None:
    found = {q.span.text: q.predicate for q in find_quantities(text)}
    assert found[amount] == fate


@pytest.mark.parametrize(("text", "main"), [
    ("Only two shells were fired at the Kestrel depot in the raid in which at least four guards were wounded.",
     "Only two shells were fired at the Kestrel depot in the raid ."),
    ("The raid in which four guards were wounded was carried out by the Dawn Brigade.",
     "The raid was carried out by the Dawn Brigade."),
    # the clause's own verb in the past: the auxiliary after it is the main clause's
    ("The storm during which the bridge collapsed was in May.", "The storm was in May."),
    # "in which" after a verb is no relative of a noun ("believed in which …" does not occur; "that" does)
    ("The mayor said that the bridge collapsed in May.", "The mayor said that the bridge collapsed in May."),
])
def test_a_relative_clause_opened_by_a_preposition(text: str, main: str) -> None:
    assert main_clause(text) == main
    assert bool(identifying_clauses(text)) == (main != text)


_RAID = [
    {"external_id": "raid", "outlet": "Coast Wire",
     "text": "The Dawn Brigade claimed responsibility for the Friday raid on the Kestrel depot, which wounded at "
             "least four guards. The group said it targeted the depot with several shells and rockets, vowing to "
             "go on. The raid was confirmed by two security sources to Nordwire, who reported that two shells "
             "were fired at the depot. Following the Friday raid, the ministry called the attack a grave "
             "escalation."},
]


@pytest.mark.parametrize("claim", [
    "The Friday raid on the Kestrel depot that wounded at least four guards was carried out with only two shells.",
    "Only two shells were fired at the Kestrel depot in the Friday raid in which at least four guards were wounded.",
])
def test_a_passage_of_the_claims_event_need_not_restate_what_identifies_it(tmp_path: Path, claim: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _RAID) as store:
        doc = judge(store, claim)
        # the security sources' two shells confirm it; the group's "several shells" do not
        assert bucket_of(doc, "two shells were fired")[0] == "corroborating"
        assert bucket_of(doc, "several shells")[0] == "conflicting"
        assert doc["verdict"]["label"] == "disputed"


def test_an_identifying_clause_does_not_excuse_the_main_verb(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _RAID) as store:
        # the ministry is not said to blame anyone: naming the raid is no confirmation
        doc = judge(store, "The ministry blamed the Iron Front for the Friday raid on the Kestrel depot that "
                           "wounded at least four guards.")
        assert bucket_of(doc, "grave escalation")[0] != "corroborating"
        assert doc["verdict"]["label"] != "supported"


@pytest.mark.parametrize(("text", "sources"), [
    # "X was told by Y": Y said it, to X (as "Y told X")
    ("Coast Wire was told by a port official on Friday that the terminal had closed.",
     [("Coast Wire", "told"), ("a port official", "told by")]),
    ("The mayor was told by police that the road was shut.", [("The mayor", "told"), ("police", "told by")]),
])
def test_told_by_in_the_passive(text: str, sources: list[tuple[str, str]]) -> None:
    from service.attribution import find_attributions

    assert [(a.source, a.cue) for a in find_attributions(text)] == sources


def test_a_passive_recipient_against_another_outlet(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "port", "outlet": "Plains Herald", "published_at": "2025-03-09",
                 "text": "A port official told Harbour Radio on Friday that the Alder terminal had been shut "
                         "by a strike again."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Coast Wire was told by a port official on Friday that a strike had shut the Alder "
                           "terminal again.")
        stance, item = bucket_of(doc, "Harbour Radio")
        assert stance == "conflicting"
        assert any(r["type"] == "source_mismatch" for r in item["reasons"])
        assert doc["verdict"]["label"] == "refuted"


_WALKOUT = [{"external_id": "walkout", "outlet": "Coast Wire", "published_at": "2025-11-01",
             "text": "Union sources told Nordwire, Friday, October 31, 2025, that two hundred dockers walked out "
                     "at the Port Alder terminal."}]


@pytest.mark.parametrize(("claim", "label"), [
    # the claim's day is a Friday; it says the walkout was on a Wednesday
    ("The walkout at the Port Alder terminal reported by Nordwire on October 31, 2025 took place on a Wednesday.",
     "refuted"),
    ("The walkout at the Port Alder terminal reported by Nordwire on October 31, 2025 took place on a Friday.",
     "supported"),
])
def test_a_weekday_named_apart_from_the_date(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _WALKOUT) as store:
        doc = judge(store, claim)
        assert doc["verdict"]["label"] == label
        stance, item = bucket_of(doc, "two hundred dockers")
        assert (stance == "conflicting") == (label == "refuted")
        assert any(r["type"] == "date_mismatch" for r in item["reasons"]) == (label == "refuted")


_DEPOT = [
    {"external_id": "wed", "outlet": "Valley Post",
     "text": "The Dawn Brigade claimed the shelling of the Kestrel air base on Wednesday afternoon. There were no "
             "immediate reports about possible casualties at the base."},
    {"external_id": "mon", "outlet": "Coast Wire",
     "text": "The Iron Front claimed responsibility for the Monday shelling of the Kestrel air base, which wounded at "
             "least four guards."},
]


@pytest.mark.parametrize(("claim", "label"), [
    # the archive reports a Wednesday shelling claimed by the Dawn Brigade: the claim is about it, and the
    # Monday shelling's wounded are another event's
    ("Guards were wounded in the shelling of the Kestrel air base that the Dawn Brigade claimed on Wednesday "
     "afternoon.", "unverified"),
    # …while the Iron Front's shelling, with its four wounded, is the Monday one, misdated
    ("The Iron Front claimed a Wednesday shelling of the Kestrel air base that wounded at least four guards.",
     "refuted"),
])
def test_an_incident_of_the_claims_weekday_that_names_its_claimant(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _DEPOT) as store:
        assert judge(store, claim)["verdict"]["label"] == label


@pytest.mark.parametrize(("text", "sites"), [
    ("The strike hit a Dawn Brigade headquarters in Port Alder.", ("Port Alder",)),
    ("Protesters gathered outside the Valmont embassy in Tesh.", ("Tesh",)),
    # a base is named by its place, whatever comes after it
    ("The Harir base in Erbil was attacked.", ("Harir", "Erbil")),
])
def test_a_name_before_a_headquarters_owns_it(text: str, sites: tuple[str, ...]) -> None:
    from service.text.events import sites_of

    assert sites_of(text) == sites


def test_an_opening_told_by_another_incident(tmp_path: Path) -> None:
    from service.dossier.analysis import analyze_claim
    from tests.support.judging import bucket_of, judge, stored

    claim = ("After the Friday flood in Riverton, Finance Minister Ana Kovac and French Interior Minister Tomas Rell "
             "discussed repairs by phone.")
    assert analyze_claim(claim).event.incident is False
    # an incident after the opening stays one
    assert analyze_claim("After the Friday flood in Riverton, a fire killed two people.").event.incident is True
    articles = [{"external_id": "call", "outlet": "Valley Post",
                 "text": "Following the Friday flood, the council said that Finance Minister Ana Kovac and French "
                         "Interior Minister Lev Brod had discussed repairs in a call."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, claim)
        stance, item = bucket_of(doc, "Lev Brod")
        assert stance == "conflicting"
        assert item["weight"] == 1
        assert doc["verdict"]["label"] == "refuted"


_RELIEF = [{"external_id": "relief", "outlet": "Capitol Wire", "published_at": "2025-03-05",
            "text": "The House on March 3 passed a $2 billion farm aid bill. The bill, however, is yet to clear "
                    "the Senate."}]


@pytest.mark.parametrize(("claim", "label"), [
    ("The Senate approved the $2 billion farm aid bill on March 3.", "refuted"),
    ("The $2 billion farm aid bill was passed by the Senate on March 3.", "refuted"),
    # the chamber that did pass it is not denied by the other's
    ("The House approved the $2 billion farm aid bill on March 3.", "supported"),
])
def test_one_chamber_against_one_yet_to_pass_it(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _RELIEF) as store:
        assert judge(store, claim)["verdict"]["label"] == label


def test_a_count_hurt_slightly_against_one_of_them_hurt_badly(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "mine", "outlet": "Valley Post", "published_at": "2025-06-07",
                 "text": "A blast hit the Tarn mine on Friday, June 6, 2025. Officials told Nordwire that one of the "
                         "injured miners sustained serious injuries."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Three miners were slightly injured in the blast at the Tarn mine on Friday, June 6, 2025.")
        stance, item = bucket_of(doc, "serious injuries")
        assert stance == "conflicting"
        assert any(r["type"] == "quantity_mismatch" for r in item["reasons"])


def test_calling_oneself() -> None:
    from service.text.synonyms import unphrase

    assert unphrase('The group, identifying themselves as "The Dawn"') == 'The group, called themselves "The Dawn"'
    assert unphrase("a channel which describes itself as independent") == (
        "a channel which called themselves independent")


_HARBOUR = [{"external_id": "harbour", "outlet": "Coast Wire",
             "text": "Rebel groups had repeatedly shelled the air bases, including the Kessel air base in "
                     "northern Valmont. The air force evacuated the Dune Point air base after the shelling."}]


@pytest.mark.parametrize(("claim", "label"), [
    # what was done at the site is the claim's point: naming the base and the shelling is no confirmation
    ("The air force withdrew its jets from the Kessel air base in northern Valmont after the rebel shelling.",
     "unverified"),
    # …and a passage that says it confirms it
    ("The air force evacuated the Dune Point air base after the rebel shelling.", "supported"),
    # (a claim of no incident keeps the older reading: "has hosted ships since 2016" is a state)
])
def test_what_was_done_at_a_site_must_be_said(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _HARBOUR) as store:
        assert judge(store, claim)["verdict"]["label"] == label


@pytest.mark.parametrize(("claim", "deed"), [
    ("US forces withdrew from the Harir air base after the attacks.", "leav"),  # "withdraw" is "leave"
    ("The drone attack on the Kessel base took place on a Monday.", None),  # "took place" says it happened
    ("The launcher behind the attack on the Kessel base turned up in Haditha.", None),  # found there: places
    ("Two drones struck the Kessel base on Tuesday.", "hit"),
])
def test_the_deed_of_a_claim(claim: str, deed: str | None) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    assert claim_terms(analyze_claim(claim)).deed == deed
