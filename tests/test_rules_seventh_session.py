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
    # (only an outlet is credited as the one told: "The mayor was told by police" credits the police)
    ("The mayor was told by police that the road was shut.", [("police", "told by")]),
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
    # an owner's name with a place after the noun is read in either form, so that the two forms meet
    ("Two drones were tested near a Dawn Brigade headquarters in Port Alder.", ("Dawn Brigade", "Port Alder")),
    ("Two drones were tested near one of the Dawn Brigade's headquarters in Port Alder.",
     ("Dawn Brigade", "Port Alder")),
    # (a possessive owner alone is no site)
    ("Two drones were tested near the Dawn Brigade's headquarters.", ()),
    ("The Harir base in Erbil was attacked.", ("Harir", "Erbil")),
])
def test_an_owner_with_a_place_after(text: str, sites: tuple[str, ...]) -> None:
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
    ("US forces withdrew from the Harir air base after the attacks.", "withdrawal"),
    ("The company pulled its staff out of the Acme plant after the explosion.", "withdrawal"),
    ("The Acme plant was evacuated after the fire.", "withdrawal"),
    ("The abandoned Granite mine collapsed after a flood.", None),  # an adjective, not the deed
    ("The drone attack on the Kessel base took place on a Monday.", None),  # "took place" says it happened
    ("Two drones struck the Kessel base on Tuesday.", None),  # only leaving a site is asked for
])
def test_the_deed_of_a_claim(claim: str, deed: str | None) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    assert claim_terms(analyze_claim(claim)).deed == deed


# A reviewer's counter-examples to first forms of these rules (each wrong in a first form, now right)
_REVIEW13 = [
    # a relative clause's verb does not part a fate from the amounts after it
    ([("f2", "Harbor Times", "2025-04-10", "An explosion hit the Harlan foundry in Millbrook on Wednesday. The "
                                           "blast at the Harlan foundry injured 20 workers who were near the furnace, "
                                           "4 of them seriously. The plant was closed.")],
     "Four workers were seriously injured in the blast at the Harlan foundry in Millbrook.", "supported", None),
    ([("f3", "Coast Daily", "2025-05-02", "A coach overturned on the Route 9 bridge near Kelso on Thursday. The crash "
                                          "killed 3 passengers who were sitting at the front, plus 2 crew members. The "
                                          "driver survived.")],
     "Four crew members were killed when a coach overturned on the Route 9 bridge near Kelso.", "refuted", None),
    # a refusal to name oneself is no self-naming
    ([("h1", "Tech Ledger", "2025-03-18", "Hackers breached the payroll system of Kestrel Foods on Friday. In messages "
                                          "to reporters, the hackers declined to identify themselves as members of Red "
                                          "Sparrow.")],
     "The hackers who breached Kestrel Foods called themselves members of Red Sparrow.", None, "source_mismatch"),
    # people told something are no outlet the claim credits
    ([("w1", "Kelby Star", "2025-08-02", "A chemical spill closed the river at Kelby on Thursday. Police said on "
                                         "Friday that the tap water in Kelby was safe to drink.")],
     "Residents of Kelby were told by police that the tap water was safe to drink.", "supported", "source_mismatch"),
    # a weekday of another deed than the claim's event
    ([("e1", "Poll Watch", "2025-05-05", "Voters in Marovia went to the polls on Sunday, May 4, 2025, in a snap "
                                         "parliamentary election.")],
     "The Marovia election held on May 4, 2025 was called by the president on a Monday.", None, "date_mismatch"),
    # a weekday's other incident at the site does not make a misdated claim another event's
    ([("p1", "Civic News", None, "Protesters blocked the Asker bridge on Thursday, halting traffic for hours."),
      ("p2", "Leisure Times", None, "Tourists crowded the Asker bridge on Saturday for the annual lantern fair.")],
     "Protesters blocked the Asker bridge on Saturday, halting traffic for hours.", "refuted", None),
    # an embassy named by its country and placed in a city, against one named by its country only
    ([("em1", "World Desk", "2025-09-20", "Hundreds of protesters stormed the Marovian embassy on Friday, smashing "
                                          "windows and burning flags.")],
     "Protesters stormed the Marovian embassy in Lisbon on Friday, smashing windows and burning flags.",
     "supported", None),
    # an incident after the opening that is_incident does not know stays an incident
    ([("fe1", "Coast Daily", "2025-06-10", "A storm lashed Pelton on Monday. After the storm in Pelton, a ferry "
                                           "capsized near Ebba with 40 passengers on board; all were rescued."),
      ("fe2", "Sea Log", None, "A ferry capsized near Ebba with 12 passengers on board.")],
     "After the storm in Pelton on June 9, 2025, a ferry capsized near Ebba with 40 passengers on board.",
     "supported", None),
    # the Commons and the Lords are two chambers
    ([("uk1", "Westminster Wire", "2025-06-21", "MPs voted 330 to 275 on Friday in favour of the assisted dying bill. "
                                                "The assisted dying bill has yet to clear the House of Lords, where "
                                                "peers are expected to propose amendments.")],
     "The House of Commons approved the assisted dying bill.", None, "negation"),
    # a later report that it passed supersedes an earlier "yet to clear"
    ([("pr1", "Capital Post", "2025-03-01", "The pension reform is yet to clear the Senate, where the government lacks "
                                            "a majority."),
      ("pr2", "Capital Post", "2025-03-21", "The Senate approved the pension reform on Thursday by 52 votes to 48.")],
     "The Senate approved the pension reform.", "supported", None),
    # a count hurt slightly: not when the claim says one was hurt worse, nor a year, nor "two of the"
    ([("ff1", "Valley Post", "2025-07-19", "A warehouse fire in Corby injured three firefighters on Friday. One of the "
                                           "injured firefighters was in critical condition at Corby General Hospital, "
                                           "officials said.")],
     "Two firefighters were slightly injured in the Corby warehouse fire and a third was seriously hurt.", None,
     "quantity_mismatch_slight"),
    ([("cr1", "Cup News", "2025-05-26", "A crush at the gates of Hollins Park before the 2025 cup final injured "
                                        "several fans. One of the injured fans at the cup final was in serious "
                                        "condition, police said.")],
     "Several fans at the 2025 cup final were slightly injured in a crush at Hollins Park.", "supported", None),
    ([("bus1", "Coast Daily", "2025-08-03", "A bus carrying 30 passengers overturned near Tiber on Saturday. One of "
                                            "the injured passengers was in critical condition, doctors said.")],
     "Two of the passengers were slightly injured when a bus overturned near Tiber.", "unverified", None),
]


@pytest.mark.parametrize(("articles", "claim", "label", "absent"), _REVIEW13)
def test_fourth_review_counter_examples(tmp_path: Path, articles: list[tuple[str, str, str | None, str]], claim: str,
                                        label: str | None, absent: str | None) -> None:
    from tests.support.judging import judged, payloads, reasons_of

    doc = judged(tmp_path, payloads(articles), claim)
    if label is not None:
        assert doc["verdict"]["label"] == label
    reasons = reasons_of(doc)
    if absent == "quantity_mismatch_slight":  # no "were hurt slightly" mismatch (a count's may stand)
        assert not any(r["type"] == "quantity_mismatch" and "hurt slightly" in r["detail"] for r in reasons)
    elif absent is not None:
        assert not any(r["type"] == absent for r in reasons)


def test_no_word_yet_is_not_known() -> None:
    from service.dossier.stance.negation import _unknown_stems

    assert "damag" in _unknown_stems("After the flood there was no word yet on damage or casualties.")


def test_a_name_inside_a_phrase_after_the_subject_is_no_subject() -> None:
    from service.dossier.analysis import analyze_claim

    analysis = analyze_claim("The truck behind the raid claimed by the Dawn Brigade was located in Tesh in Valmont "
                             "province.")
    assert all(loc.subject != "Dawn Brigade" for loc in analysis.locations)
    assert analysis.event.site != "Dawn Brigade"
    # a subject that opens the claim still is one
    assert analyze_claim("The Kessel air base is located in Valmont province.").locations[0].subject == "Kessel"


def test_another_office_holder_of_the_same_body_in_the_same_account(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "call", "outlet": "Valley Post", "published_at": "2025-03-05",
                 "text": "In a statement, the ministry said that French Finance Minister Ana Kovac and German Finance "
                         "Minister Lev Brod had discussed the budget in a call."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Ana Kovac discussed the budget in a call with German Chancellor Otto Rell.")
        stance, item = bucket_of(doc, "Lev Brod")
        assert stance == "conflicting"
        assert any(r["type"] == "role_mismatch" for r in item["reasons"])
        # the same person named with another office is the older rule's; the claim's own holder named is no mismatch
        doc = judge(store, "Ana Kovac discussed the budget in a call with German Finance Minister Lev Brod.")
        assert bucket_of(doc, "Lev Brod")[0] == "corroborating"


@pytest.mark.parametrize(("claim", "label"), [
    # the chamber of the main verb, not of the clause that identifies the bill
    ("The $2 billion farm aid bill passed by the House was approved by the Senate shortly afterwards.", "refuted"),
    # "aid" is "assistance"
    ("The Senate approved the $2 billion farm assistance bill.", "refuted"),
])
def test_the_chamber_of_the_main_verb(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _RELIEF) as store:
        assert judge(store, claim)["verdict"]["label"] == label


def test_a_claimant_named_by_what_it_calls_itself(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "raid", "outlet": "Coast Wire",
                 "text": "The Iron Front claimed responsibility for the Monday raid on the Kestrel air base, which "
                         "wounded four guards. The group, identifying themselves as \"The Dawn\", said they would "
                         "go on."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, 'Four guards were wounded in the Monday raid on the Kestrel air base claimed by a group '
                           'calling itself "The Dawn".')
        stance, item = bucket_of(doc, "Iron Front")
        assert not any(r["type"] == "actor_mismatch" for r in item["reasons"])
        assert doc["verdict"]["label"] != "refuted"


# A second reviewer's counter-examples (each wrong in a first form of the rules, now right): paraphrases of
# a deed (the rule now asks only for words of leaving a site), a "still" that is no "not yet", and a
# trailing credit after an opening. The reviewer's article sets, whole (their other incidents weigh on the
# index's word weights)
_RV14_A1 = [
    {"external_id": "a1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "Managers closed the Acme plant in Dayton after a fire on Monday. The blaze started in a "
             "storage shed. Nobody was hurt."},
    {"external_id": "a2", "outlet": "River Times", "published_at": "2025-04-10",
     "text": "Regulators closed the Harbor Bridge in Portsmouth after flood waters rose on Tuesday. The "
             "bridge carries 20,000 cars a day."},
    {"external_id": "a3", "outlet": "City Ledger", "published_at": "2025-05-02",
     "text": "Arsonists set fire to the Elm Street market in Hull on Friday night. Forty stalls were "
             "destroyed."},
    {"external_id": "a4", "outlet": "Metro Daily", "published_at": "2025-06-11",
     "text": "Police detained 30 protesters at Union Station in Denver on Saturday during a protest over "
             "fares."},
]
_RV14_A2 = [
    {"external_id": "b1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "Two gunmen robbed the Main Street station during a protest on Monday. They escaped with "
             "cash."},
    {"external_id": "b2", "outlet": "River Times", "published_at": "2025-04-10",
     "text": "100 pupils were evacuated from the Oak Hill school after a gas leak on Tuesday."},
    {"external_id": "b3", "outlet": "City Ledger", "published_at": "2025-05-02",
     "text": "Regulators closed the Acme plant in Dayton on Monday after a gas leak and a fire."},
    {"external_id": "b4", "outlet": "Metro Daily", "published_at": "2025-06-11",
     "text": "The disused Granite mine in Elko collapsed after a flood on Monday, officials said."},
    {"external_id": "b5", "outlet": "Metro Daily", "published_at": "2025-07-11",
     "text": "Police arrested 30 protesters at Union Station in Denver on Saturday during a protest over "
             "fares."},
]
_RV14_A3 = [
    {"external_id": "c1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "The Riverside hospital in Leeds was evacuated because of flooding on Monday. Patients were "
             "moved to other wards."},
    {"external_id": "c2", "outlet": "River Times", "published_at": "2025-04-10",
     "text": "The company pulled its staff out of the Acme plant in Dayton after the explosion on "
             "Tuesday."},
    {"external_id": "c3", "outlet": "City Ledger", "published_at": "2025-05-02",
     "text": "Health officials isolated 40 patients at the Mercy hospital in Tulsa after a measles "
             "outbreak."},
    {"external_id": "c4", "outlet": "Metro Daily", "published_at": "2025-06-11",
     "text": "Three workers were killed in an explosion at the Zenith plant in Akron on Monday."},
    {"external_id": "c5", "outlet": "Metro Daily", "published_at": "2025-07-11",
     "text": "A fire destroyed the Elm Street market in Hull on Friday night."},
    {"external_id": "c6", "outlet": "Metro Daily", "published_at": "2025-08-11",
     "text": "Firefighters rescued four workers from the Borax factory in Reno after an explosion on "
             "Sunday."},
    {"external_id": "c7", "outlet": "Metro Daily", "published_at": "2025-09-11",
     "text": "Police removed protesters from the Central Station in Leipzig during a protest on "
             "Saturday."},
]
_RV14_A5 = [
    {"external_id": "r1", "outlet": "River Times", "published_at": "2025-04-10",
     "text": "The Harbor bridge in Portsmouth was closed after the storm on Tuesday."},
    {"external_id": "r2", "outlet": "City Ledger", "published_at": "2025-05-02",
     "text": "The company fired the manager of the Acme plant in Dayton after the explosion on Friday."},
    {"external_id": "r3", "outlet": "Metro Daily", "published_at": "2025-06-11",
     "text": "Flood waters swept through the Lincoln school in Omaha on Sunday, wrecking its library."},
    {"external_id": "r4", "outlet": "Metro Daily", "published_at": "2025-07-11",
     "text": "Union Station in Denver was closed during a protest on Saturday."},
    {"external_id": "r5", "outlet": "Metro Daily", "published_at": "2025-08-11",
     "text": "The city council evacuated the Grove market in Leeds after a gas explosion on Thursday, "
             "police said."},
]
_RV14_C4 = [
    {"external_id": "j1", "outlet": "Valley Post", "published_at": "2025-03-03",
     "text": "The Elton school did not close on Monday and still held its exams despite the flood."},
    {"external_id": "j2", "outlet": "Town Crier", "published_at": "2025-03-05",
     "text": "The Elton school closed on Monday because of the flood, a parent said."},
]
_RV14_C5 = [
    {"external_id": "k1", "outlet": "Valley Post", "published_at": "2025-03-03",
     "text": "The Acme plant in Dayton never shut during the flood and still runs three shifts."},
    {"external_id": "k2", "outlet": "Town Crier", "published_at": "2025-03-05",
     "text": "The Acme plant in Dayton shut during the flood, a worker said."},
]
_RV14_D4 = [
    {"external_id": "p1", "outlet": "Valley Post", "published_at": "2025-03-21",
     "text": "A tree fell on the Riverside school in Elton during a storm on March 2."},
    {"external_id": "p2", "outlet": "Town Crier", "published_at": "2025-03-04",
     "text": "A tree fell on the Riverside school in Elton, the mayor said."},
]
_REVIEW14 = [
    (_RV14_A1, "Managers shut the Acme plant in Dayton after a fire on Monday.", "supported"),
    (_RV14_A2, "Police detained protesters at Union Station in Denver on Saturday during a protest over fares.",
     "supported"),
    (_RV14_A2, "The Acme plant in Dayton was closed by regulators on Monday after inspectors detected a gas leak "
               "and a fire.", "supported"),
    (_RV14_A2, "The abandoned Granite mine in Elko collapsed after a flood on Monday.", "supported"),
    (_RV14_A3, "Flooding forced the evacuation of the Riverside hospital in Leeds on Monday.", "supported"),
    (_RV14_A3, "The company withdrew its staff from the Acme plant in Dayton after the explosion on Tuesday.",
     "supported"),
    (_RV14_A3, "A fire gutted the Elm Street market in Hull on Friday night.", "supported"),
    (_RV14_A5, "The company sacked the manager of the Acme plant in Dayton after the explosion on Friday.",
     "supported"),
    (_RV14_A5, "The Harbor bridge in Portsmouth, opened in 1932, was closed after the storm on Tuesday.", "supported"),
    (_RV14_A5, "Flood waters swept through the Lincoln school in Omaha on Sunday and destroyed its library.",
     "supported"),
    (_RV14_C4, "The Elton school closed on Monday because of the flood.", "disputed"),
    (_RV14_C5, "The Acme plant in Dayton shut during the flood.", "disputed"),
    (_RV14_D4, "After the storm on March 9, a tree fell on the Riverside school in Elton, the mayor said.",
     "not supported"),
]


@pytest.mark.parametrize(("articles", "claim", "label"), _REVIEW14)
def test_second_review_counter_examples(tmp_path: Path, articles: list[dict[str, str]], claim: str,
                                        label: str) -> None:
    from tests.support.judging import holds, judged

    assert holds(judged(tmp_path, articles, claim)["verdict"]["label"], label)


@pytest.mark.parametrize(("claim", "label"), [
    ("No group claimed the Monday raid on the Kestrel air base.", "refuted"),
    ("The Monday raid on the Kestrel air base went unclaimed.", "refuted"),
    # a group's claim of another day's raid does not deny it
    ("No group claimed the Friday raid on the Kestrel air base.", "unverified"),
])
def test_an_unclaimed_attack_that_a_group_announced(tmp_path: Path, claim: str, label: str) -> None:
    from tests.support.judging import judge, stored

    articles = [{"external_id": "kestrel", "outlet": "Coast Wire", "published_at": "2025-03-04",
                 "text": "Drones hit the Kestrel air base on Monday, March 3, 2025, security sources told Nordwire. "
                         "The Dawn Brigade announced that its Monday raid on the Kestrel air base had achieved its "
                         "targets."}]
    with stored(tmp_path, articles) as store:
        assert judge(store, claim)["verdict"]["label"] == label


def test_leaving_a_site_is_asked_of_a_claim_of_no_incident(tmp_path: Path) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _HARBOUR) as store:
        assert judge(store, "The air force pulled out of the Kessel air base in northern Valmont in 2024.")[
            "verdict"]["label"] == "unverified"


# A third reviewer's counter-examples (each wrong in a first form of the rules, now right): the claim's
# office-holder referred to by title, pronoun or possessive, or another office-holder only the report's source;
# words of leaving ("left", "fled", "got out of"); the chamber of a claim opening with a phrase
# two articles of other subjects that several reviewers put among their own, as written
_BANK_PROFIT = "Northwind Bank posted a record profit of 2 billion euros for 2024. Its shares rose 4 percent."
_MOTORWAY_FLOOD = "Floods closed the A7 motorway near Kassel on Sunday. Two drivers were rescued by firefighters."

_RV15_R1A = [
    {"external_id": "a1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "The chancellor cancelled his visit to Warsaw on Monday, German government spokesperson "
             "Lena Kopp said. The trip had been planned for months."},
    {"external_id": "a2", "outlet": "Rhine Daily", "published_at": "2025-03-06",
     "text": "A visit to Prague by Chancellor Otto Rell was postponed on Tuesday, German Finance "
             "Minister Lev Brod said. Officials gave no reason."},
    {"external_id": "a3", "outlet": "Harbor Times", "published_at": "2025-03-04",
     "text": _MOTORWAY_FLOOD},
    {"external_id": "a4", "outlet": "Metro Ledger", "published_at": "2025-03-07",
     "text": _BANK_PROFIT},
]
_RV15_R1B = [
    {"external_id": "b1", "outlet": "Valley Post", "published_at": "2025-04-02",
     "text": "Chancellor Otto Rell flew to Paris on Monday. He met French President Anne Lavel at the "
             "Elysee palace, accompanied by German Finance Minister Lev Brod. The talks lasted three "
             "hours."},
    {"external_id": "b2", "outlet": "Rhine Daily", "published_at": "2025-04-03",
     "text": "The chancellor will attend the NATO summit in Vilnius next week, German Defence Minister "
             "Karla Senn told reporters on Tuesday."},
    {"external_id": "b3", "outlet": "Harbor Times", "published_at": "2025-04-01",
     "text": "Dockworkers in Hamburg went on strike on Sunday over pay. The port said 40 ships were "
             "delayed."},
    {"external_id": "b4", "outlet": "Metro Ledger", "published_at": "2025-04-04",
     "text": "The chancellor and German Economy Minister Paul Voss opened the new Siemens plant in "
             "Leipzig on Wednesday. The plant will employ 900 people."},
]
_RV15_R6C = [
    {"external_id": "i1", "outlet": "Valley Post", "published_at": "2025-02-11",
     "text": "Peacekeepers left the Harir base on Monday after the rocket attacks. A convoy of 60 trucks "
             "headed south."},
    {"external_id": "i2", "outlet": "Sports Daily", "published_at": "2025-02-12",
     "text": "Workers fled the Tesh plant after the gas leak on Saturday. Two were treated for fumes."},
    {"external_id": "i3", "outlet": "Coast Herald", "published_at": "2025-02-13",
     "text": "Guards deserted the Kallo prison during the riot on Tuesday, and 40 inmates escaped. The "
             "army retook it the next day."},
    {"external_id": "i4", "outlet": "Metro Ledger", "published_at": "2025-02-14",
     "text": _BANK_PROFIT},
    {"external_id": "i5", "outlet": "Harbor Times", "published_at": "2025-02-15",
     "text": "Staff got out of the Orne dam control station minutes before the flood wave hit on "
             "Thursday. The station was destroyed."},
]
_RV15_R3B = [
    {"external_id": "f1", "outlet": "Capitol Wire", "published_at": "2025-03-12",
     "text": "The farm aid bill is yet to clear the Senate, party leaders said on Wednesday. A vote is "
             "expected in April."},
    {"external_id": "f2", "outlet": "Westminster Daily", "published_at": "2025-06-12",
     "text": "The fishing quotas bill has still not cleared the Commons, ministers admitted on Thursday. "
             "Trawler owners protested in Hull."},
    {"external_id": "f3", "outlet": "Harbor Times", "published_at": "2025-03-10",
     "text": "A gas explosion destroyed a bakery in Dover on Monday. Nobody was hurt."},
    {"external_id": "f4", "outlet": "Metro Ledger", "published_at": "2025-03-11",
     "text": "Northwind Bank cut 300 jobs at its call centre in Leeds. The union called the cuts brutal."},
]
_REVIEW15 = [
    (_RV15_R1A, "German Chancellor Otto Rell's visit to Prague was postponed on Tuesday.", "supported"),
    (_RV15_R1B, "German Chancellor Otto Rell met French President Anne Lavel in Paris on Monday.", "supported"),
    (_RV15_R1B, "German Chancellor Otto Rell will attend the NATO summit in Vilnius.", "supported"),
    (_RV15_R1B, "German Chancellor Otto Rell opened the new Siemens plant in Leipzig on Wednesday.", "supported"),
    (_RV15_R6C, "Peacekeepers withdrew from the Harir base on Monday after the rocket attacks.", "supported"),
    (_RV15_R6C, "Workers evacuated the Tesh plant after the gas leak on Saturday.", "supported"),
    (_RV15_R6C, "Staff evacuated the Orne dam control station before the flood wave hit on Thursday.", "supported"),
    (_RV15_R3B, "In the end the Senate approved the farm aid bill that was passed by the House.", "refuted"),
]


@pytest.mark.parametrize(("articles", "claim", "label"), _REVIEW15)
def test_third_review_counter_examples(tmp_path: Path, articles: list[dict[str, str]], claim: str, label: str) -> None:
    test_second_review_counter_examples(tmp_path, articles, claim, label)


def test_a_no_to_a_question_about_a_quoted_denial(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    # the claim's "No" is inside what it quotes: the question does not ask the opposite of the claim
    articles = [{"external_id": "q1", "outlet": "Check Desk",
                 "title": "Was the post written by Mayor Ana Vale herself?",
                 "text": "No. The post was written by an impostor account."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Mayor Ana Vale wrote ‘No city can bear this flood alone’ in a post.")
        stance, item = bucket_of(doc, "impostor account")
        assert stance == "conflicting"
        assert any(r["type"] == "answer_denies" for r in item["reasons"])


def test_an_answer_about_the_claim_names_its_own_years(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "q2", "outlet": "Check Desk", "title": "Is there any mention of the port tax in the "
                                                                       "2026 budget bill?",
                 "text": "No. The port tax is not mentioned in the full text of the 2026 budget bill."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "In December 2025 the council voted 9-4 to add the port tax to the 2026 budget bill.")
        assert bucket_of(doc, "not mentioned")[0] == "conflicting"
        assert doc["verdict"]["label"] == "refuted"


def test_a_one_word_title_of_a_named_body(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "r1", "outlet": "Valley Post", "published_at": "2025-03-05",
                 "text": "\"We will rebuild the bridge,\" Interpol spokesperson Ana Vale said."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Ana Vale is the Interpol spokesperson.")
        stance, item = bucket_of(doc, "rebuild the bridge")
        assert stance == "corroborating"
        assert any(r["type"] == "role_match" for r in item["reasons"])


# A fourth reviewer's counter-examples (each wrong in a first form, now right): announcements that claim no
# attack, answers to questions of another year, a negation the question repeats, one-word titles of another
# body (former, acting, "Defense Department")
_RV16_U2 = [
    {"external_id": "v1", "outlet": "Coast Wire", "published_at": "2025-06-03",
     "text": "A roadside bomb struck a fuel convoy near Harad on Monday, June 2, 2025, killing two "
             "drivers. The Dawn Brigade announced a three-day ceasefire in Harad on Monday. The convoy "
             "was carrying diesel to the port."},
    {"external_id": "v2", "outlet": "Valley Post", "published_at": "2025-06-04",
     "text": "Rockets hit the Saro airport on Tuesday, June 3, 2025, damaging a runway. The Iron Front "
             "claimed a separate drone attack on the Saro port on Tuesday. Flights were suspended for "
             "six hours."},
    {"external_id": "v3", "outlet": "Metro Ledger", "published_at": "2025-06-05",
     "text": _BANK_PROFIT},
    {"external_id": "v4", "outlet": "Harbor Times", "published_at": "2025-06-06",
     "text": "Gunmen attacked the Mira checkpoint on Thursday, June 5, 2025, wounding four soldiers. The "
             "Black Banner militia announced the death of its commander in Mira on Thursday. The army "
             "sent reinforcements."},
]
_RV16_U4 = [
    {"external_id": "x1", "outlet": "Coast Wire", "published_at": "2025-08-05",
     "text": "Mortar shells hit the Dorn refugee camp on Monday, August 4, 2025, killing six civilians. "
             "The Sword Battalion claimed that government troops had fired the shells at the Dorn camp. "
             "Aid agencies demanded an inquiry."},
    {"external_id": "x2", "outlet": "Valley Post", "published_at": "2025-08-06",
     "text": "A bomb damaged the Kelso rail bridge on Tuesday, August 5, 2025. The Red Hand militia "
             "announced its withdrawal from the Kelso district on Tuesday. Trains were diverted."},
    {"external_id": "x3", "outlet": "Metro Ledger", "published_at": "2025-08-07",
     "text": _BANK_PROFIT},
    {"external_id": "x4", "outlet": "Harbor Times", "published_at": "2025-08-08",
     "text": "Gunmen ambushed a police patrol near Fenn on Wednesday, August 6, 2025, wounding three "
             "officers. The patrol was returning to base."},
]
_RV16_Q1 = [
    {"external_id": "q1",
     "outlet": "Check Desk",
     "title": "Did the Elm County council raise the property tax in 2019?",
     "text": "No. The Elm County council kept the property tax rate unchanged in 2019 and only raised it "
             "in 2024."},
    {"external_id": "q2",
     "outlet": "Check Desk",
     "title": "Did Governor Rhea Mott win the 2018 governor election in Kentmoor?",
     "text": "No. Rhea Mott lost the 2018 race to Paul Dane by 4 points."},
    {"external_id": "q3", "outlet": "Check Desk", "title": "Was the Lorn river bridge closed in 2021 for repairs?",
     "text": "Yes. The Lorn river bridge was closed for eight months of repairs in 2021."},
    {"external_id": "q4", "outlet": "Metro Ledger", "published_at": "2025-03-07",
     "text": _BANK_PROFIT},
]
_RV16_Q2 = [
    {"external_id": "q1",
     "outlet": "Check Desk",
     "title": "Did the Elm County council raise the property tax in 2019?",
     "text": "Yes. The council raised it by 2 percent in a vote in March 2019."},
    {"external_id": "q2", "outlet": "Check Desk", "title": "Did the Tarn city council ban plastic bags in 2020?",
     "text": "No. A ban was debated in 2020 but rejected."},
    {"external_id": "q3", "outlet": "Harbor Times", "published_at": "2025-03-04",
     "text": _MOTORWAY_FLOOD},
    {"external_id": "q4", "outlet": "Metro Ledger", "published_at": "2025-03-07",
     "text": _BANK_PROFIT},
]
_RV16_Q5 = [
    {"external_id": "q1",
     "outlet": "Check Desk",
     "title": "Did Senator Ike Moss say he would never vote for the Harbor bill?",
     "text": "No. Ike Moss never said he would never vote for the Harbor bill; he voted for it in May."},
    {"external_id": "q2",
     "outlet": "Check Desk",
     "title": "Did striker Paulo Reis say he will not play for Brazil again?",
     "text": "No. Paulo Reis never made such a statement, his agent said."},
    {"external_id": "q3", "outlet": "Harbor Times", "published_at": "2025-03-04",
     "text": _MOTORWAY_FLOOD},
    {"external_id": "q4", "outlet": "Metro Ledger", "published_at": "2025-03-07",
     "text": _BANK_PROFIT},
]
_RV16_R1 = [
    {"external_id": "r1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "\"The talks will resume next week,\" Defense Department spokesperson Mara Quill told "
             "reporters on Tuesday. Officials declined to give details."},
    {"external_id": "r2", "outlet": "Rhine Daily", "published_at": "2025-03-06",
     "text": "\"No decision has been taken on the pipeline,\" Russian presidential spokesperson Ivo Dren "
             "said on Wednesday. Gas prices fell 3 percent."},
    {"external_id": "r3", "outlet": "Harbor Times", "published_at": "2025-03-04",
     "text": _MOTORWAY_FLOOD},
    {"external_id": "r4", "outlet": "Coast Herald", "published_at": "2025-03-08",
     "text": "\"We are reviewing the visa rules,\" State Department spokesperson Tomas Beck said on "
             "Friday. Beck served as the Pentagon's spokesperson from 2019 to 2022."},
    {"external_id": "r5", "outlet": "Metro Ledger", "published_at": "2025-03-07",
     "text": "\"The ceasefire is holding,\" former Europol spokesperson Lina Hart told the Metro Ledger. "
             "Hart now leads a security think tank."},
]
_RV16_R2 = [
    {"external_id": "s1", "outlet": "Valley Post", "published_at": "2025-04-05",
     "text": "\"The arrest warrants remain valid,\" said former Europol spokesperson Lina Hart, who joined "
             "Interpol as its spokesperson in January. The warrants cover six suspects."},
    {"external_id": "s2", "outlet": "Rhine Daily", "published_at": "2025-04-06",
     "text": "\"The drills will continue,\" acting Pentagon spokesperson Rob Kane said on Wednesday. The "
             "drills involve 4,000 troops."},
    {"external_id": "s3", "outlet": "Harbor Times", "published_at": "2025-04-04",
     "text": "\"We will rebuild the port,\" Interpol spokesperson Ana Vale said on Monday. Repairs will "
             "cost 5 million euros."},
    {"external_id": "s4", "outlet": "Coast Herald", "published_at": "2025-04-08",
     "text": "\"The border stays open,\" NATO spokesperson Ilse Marr said on Friday. Traffic was heavy."},
    {"external_id": "s5", "outlet": "Metro Ledger", "published_at": "2025-04-07",
     "text": _BANK_PROFIT},
]
_REVIEW16 = [
    (_RV16_U2, "No group claimed the roadside bomb attack on the fuel convoy near Harad on Monday.", "unverified"),
    (_RV16_U2, "The attack on the Mira checkpoint on Thursday went unclaimed.", "not refuted"),
    (_RV16_U4, "No group claimed the bombing of the Kelso rail bridge on August 5.", "unverified"),
    (_RV16_Q1, "The Elm County council raised the property tax in 2024.", "not refuted"),
    (_RV16_Q1, "Rhea Mott won the 2022 governor election in Kentmoor.", "unverified"),
    (_RV16_Q2, "The Tarn city council banned plastic bags in 2023.", "unverified"),
    (_RV16_Q2, "The Tarn city council did not ban plastic bags in 2023.", "not refuted"),
    (_RV16_Q5, "Striker Paulo Reis said “I will not play for Brazil again”.", "refuted"),
    (_RV16_R1, "Mara Quill is the Pentagon's spokesperson.", "not refuted"),
    (_RV16_R1, "Tomas Beck was the Pentagon's spokesperson.", "not refuted"),
    (_RV16_R2, "Lina Hart is the Interpol spokesperson.", "not refuted"),
    (_RV16_R2, "Ana Vale is the Interpol spokesperson.", "supported"),
]


@pytest.mark.parametrize(("articles", "claim", "label"), _REVIEW16)
def test_fourth_review_counter_examples_of_answers(tmp_path: Path, articles: list[dict[str, str]], claim: str,
                                                   label: str) -> None:
    test_second_review_counter_examples(tmp_path, articles, claim, label)


def test_a_cleft_names_no_holder_and_asserts_its_clause() -> None:
    from service.text.clauses import identifying_clauses
    from service.text.roles import find_roles

    claim = "It was Finance Minister Ana Kovac who said the budget had not been cut."
    assert all(r.holder != "It" for r in find_roles(claim))
    assert identifying_clauses(claim) == []
    # an ordinary relative clause still identifies
    assert identifying_clauses("The man who said it was arrested.") != []


def test_a_cleft_credit_against_another_speaker(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "b1", "outlet": "Valley Post", "published_at": "2025-03-05",
                 "text": "Teachers protested in Tesh on Monday. Pressed on the issue, Lev Brod added: \"The "
                         "ministry has not cut the budget for schools.\""}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "It was Finance Minister Ana Kovac who said the ministry had not cut the budget.")
        stance, item = bucket_of(doc, "Lev Brod added")
        assert stance == "conflicting"
        assert any(r["type"] == "source_mismatch" for r in item["reasons"])


def test_adverbs_of_when_are_no_predicate() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    weights = claim_terms(analyze_claim("The truck was subsequently found in Tesh.")).predicate_weights
    assert "subsequ" not in weights
    # "subsequent" as written is the claim's word
    weights = claim_terms(analyze_claim("Subsequent rain flooded Tesh.")).predicate_weights
    assert "subsequ" in weights


# A fifth reviewer's counter-examples: "later" and "earlier" as the claim's point
_RV17_A2 = [
    {"external_id": "v1", "outlet": "Valley Post", "published_at": "2025-03-05",
     "text": "The Riverton council vote on the new bridge was held as planned on Tuesday. Councillors "
             "approved the bridge by seven votes to two."},
    {"external_id": "v2", "outlet": "Sports Wire", "published_at": "2025-03-06",
     "text": "The Cup final between Riverton Rovers and Lakeside United kicked off on time at Kingsway "
             "Stadium. Rovers won the final 2-1."},
    {"external_id": "v3", "outlet": "Metro Daily", "published_at": "2025-03-07",
     "text": "Senator Joan Pike denied taking money from the Brightline lobby group on Monday. Pike said "
             "the payments were legal campaign donations."},
    {"external_id": "v4", "outlet": "Metro Daily", "published_at": "2025-03-08",
     "text": "The Harlow trial of former banker Tom Reed was moved to an earlier date, the court said. "
             "Reed is accused of fraud."},
    {"external_id": "v5", "outlet": "Coast News", "published_at": "2025-03-09",
     "text": "Floodwaters in Dunmore receded on Sunday. Residents returned to their homes in the town."},
]


@pytest.mark.parametrize("claim", [
    "The Cup final between Riverton Rovers and Lakeside United kicked off later than scheduled.",
    "The Harlow trial of Tom Reed was postponed to a later date.",
])
def test_later_as_the_claims_point(tmp_path: Path, claim: str) -> None:
    test_second_review_counter_examples(tmp_path, _RV17_A2, claim, "not supported")
