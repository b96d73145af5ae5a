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
                 "Monday, March 3, 2025, at the Kestrel air base."},
        {"external_id": "claimed", "outlet": "Coast Wire",
         "text": "The Dawn Brigade claimed responsibility for the Monday shelling of the Kestrel air base. "
                 "The attack was confirmed by two security sources to Nordwire, who reported that two shells "
                 "were fired at the base."},
    ]
    with stored(tmp_path, articles) as store:
        for claim in ("Security sources told Nordwire that four shells were fired at the Kestrel air base in "
                      "the attack claimed by the Dawn Brigade.",
                      "Security sources told Nordwire that four shells were fired at the Kestrel air base in the "
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
                         "Anna Berg said on Monday. Treasury Secretary Olaf Lind was not available for comment."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Treasury Secretary Anna Berg said the government had not seen the board order the mine "
                           "closed.")
        bucket, item = bucket_of(doc, "Anna Berg said")
        assert any(r["type"] == "role_mismatch" for r in item["reasons"])
        assert doc["verdict"]["label"] == "refuted"
        # the office she holds is no mismatch; nor a former or a deputy's office, nor a minister's (a
        # minister may be the government's spokesperson)
        for claim in ("Government spokesperson Anna Berg said the government had not seen the board order the mine "
                      "closed.",
                      "Former Treasury Secretary Anna Berg said the government had not seen the board order the mine "
                      "closed.",
                      "Deputy Treasury Secretary Anna Berg said the government had not seen the board order the mine "
                      "closed.",
                      "Finance Minister Anna Berg said the government had not seen the board order the mine closed."):
            doc = judge(store, claim)
            assert not any(r["type"] == "role_mismatch" for r in bucket_of(doc, "Anna Berg said")[1]["reasons"]), claim


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


_SHELLED = "Rebels have repeatedly shelled facilities including the Tesh dam in northern Valmont."


@pytest.mark.parametrize(("claim", "passage", "stated"), [
    ("The Tesh dam in northern Valmont was sold to a private firm in 2023.", _SHELLED, False),
    ("The Tesh dam in northern Valmont was shelled by rebels.", _SHELLED, True),
    # in other words (review): one word of what it underwent is enough
    ("The Marrow bridge in Cumbria was destroyed by the flood on Sunday.",
     "The flood on Sunday swept away the Marrow bridge in Cumbria, cutting off 200 homes.", True),
])
def test_what_a_named_subject_is_said_to_undergo_must_be_stated(claim: str, passage: str, stated: bool) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import MAIN_MIN_COVERAGE, claim_terms, main_coverage

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


# Counter-examples from the review of this session's first forms of these rules (helper-39): each was
# a misfire, now a test. (articles as (id, outlet, published_at, text); the claim; the verdict the
# dossier must give, or None; a reason type no item may carry, or None.)
_REVIEW10 = [
    # a fate word in another sense, or of other people, or hedged, or followed by the claim's fate
    ([("h1", "Turf Daily", "2025-06-15", "The Gold Cup race at Ascot on Saturday ended in a dead heat between two "
                                         "jockeys.")],
     "Jockeys were injured in the Gold Cup race at Ascot on Saturday.", None, "fate_mismatch"),
    ([("h2", "Court News", "2025-06-16", "Protesters outside the court in Tesh chanted as judges upheld the death "
                                         "sentence on Monday.")],
     "Protesters were injured outside the court in Tesh on Monday.", None, "fate_mismatch"),
    ([("h3", "Farm Post", "2025-06-17", "Farmers in Marrow said the flood hurt their harvest badly this year.")],
     "Farmers in Marrow were killed by the flood this year.", None, "fate_mismatch"),
    ([("a3", "Labour Wire", "2025-06-05", "The strike at the Hollow car plant killed the company's expansion plans, "
                                          "analysts said.")],
     "Union members were injured in the strike at the Hollow car plant.", None, "fate_mismatch"),
    ([("a2", "Sport Daily", "2025-06-08", "Striker Tom Vale was injured in the match against Rovers at Kingsfield on "
                                          "Saturday.")],
     "A fan was killed in the match against Rovers at Kingsfield.", None, "fate_mismatch"),
    ([("a4", "Capital News", "2025-06-03", "Police officers were injured as protesters clashed with police in Dunmore "
                                           "on Sunday, the interior ministry said.")],
     "Protesters were killed in clashes with police in Dunmore on Sunday.", None, "fate_mismatch"),
    ([("b1", "North Ledger", "2025-04-10", "Civilians were wounded in the ambush near Tarrow on Wednesday, the army "
                                           "said.")],
     "Soldiers were killed in the ambush near Tarrow that also wounded civilians.", None, "fate_mismatch"),
    ([("b3", "Coast Wire", "2025-04-12", "Passengers were hurt when the ferry ran aground off Skerry island, the coast "
                                         "guard said.")],
     "It is unclear whether passengers were killed when the ferry ran aground off Skerry island.", None,
     "fate_mismatch"),
    ([("b2", "North Ledger", "2023-02-10", "Miners were injured in the collapse at the Brenna coal mine in 2019, a "
                                           "court heard.")],
     "Miners may have been killed in the collapse at the Brenna coal mine, a court heard.", None, "fate_mismatch"),
    ([("a1", "City Herald", "2025-06-10", "Two firefighters were injured in the blaze at the Harlow warehouse on "
                                          "Monday. They later died in hospital, the fire service said.")],
     "Firefighters were killed in the blaze at the Harlow warehouse.", None, "fate_mismatch"),
    # an owner's name before a facility noun is no site
    ([("s1", "Border Post", "2025-07-02", "A fire broke out at a British Army fuel depot near Tesh on Tuesday, "
                                          "destroying three tankers.")],
     "A fire at the Tesh fuel depot on Tuesday destroyed three tankers.", "supported", None),
    ([("s3", "Levant Wire", "2025-07-05", "Rebels attacked a Free Syrian Army checkpoint near Azaz on Friday, killing "
                                          "two guards.")],
     "Rebels attacked the Azaz checkpoint on Friday, killing two guards.", "supported", None),
    # "Sat-Com" is a name, not a Saturday
    ([("u1", "City Herald", "2025-07-09", "A fire broke out at the Hollow power plant on Tuesday, injuring four "
                                          "workers.")],
     "A fire broke out at the Sat-Com factory on Tuesday, injuring four workers.", "unverified", None),
    # an estimate mid-sentence, or a player's tally, is no credit
    ([("e3", "Capital News", "2025-05-22", "Police said 12 protesters died in the clashes in Dunmore on Sunday, while "
                                           "Amnesty's figures were far higher.")],
     "Amnesty said 12 protesters died in the clashes in Dunmore on Sunday.", "refuted", "source_match"),
    ([("e1", "Sport Daily", "2025-05-20", "Mo Salah's tally was 30 goals in the Premier League this season, the best "
                                          "in the division.")],
     "Mo Salah said he scored 25 goals in the Premier League this season.", None, "source_match"),
    # a passage dated to the named incident's day is of that incident
    ([("c1", "Plains Herald", "2025-03-04", "The Dawn Brigade said it fired four shells at the Kestrel fuel depot on "
                                            "Monday, March 3, 2025."),
      ("c2", "Coast Wire", "2025-03-04", "Two shells were fired at the Kestrel fuel depot on Monday, March 3, 2025, "
                                         "security sources said. It was the only attack on the depot this year.")],
     "Four shells were fired at the Kestrel fuel depot in the attack claimed by the Dawn Brigade.", "disputed",
     "event_undetermined"),
    # "said by telephone that …" opens what was said
    ([("r1", "Labour Wire", "2025-03-11", "Four workers were injured at the Hollow car plant on Monday, March 10, when "
                                          "a press collapsed."),
      ("r2", "Metro Daily", None, "Two workers were injured at the Hollow car plant on Monday when a forklift "
                                  "overturned, the union said.")],
     "The union said by telephone that two workers were injured at the Hollow car plant on Monday.", "disputed",
     None),
    # a named set larger than the claim's count of people is no part of them
    ([("g2", "Border Post", "2025-12-02", "Six Valmontese soldiers were killed in the ambush near Tarrow on Sunday, "
                                          "the army said.")],
     "Four people were killed in the ambush near Tarrow on Sunday.", "refuted", None),
    # a deputy's office, or a minister who is the government's spokesperson
    ([("o2", "Balkan Wire", "2025-10-03", "Foreign Ministry spokesperson Ana Kovac said on Thursday that 12 diplomats "
                                          "had been expelled.")],
     "Deputy Foreign Minister Ana Kovac said 12 diplomats had been expelled.", "supported", "role_mismatch"),
    ([("o4", "Paris Daily", "2025-10-05", "Government spokesperson Maud Bregeon said on Saturday that the pension "
                                          "reform would be suspended.")],
     "Minister Maud Bregeon said the pension reform would be suspended.", "supported", "role_mismatch"),
    # another strike at the same place, years before, is not the claim's
    ([("t2", "Gulf Daily", "2025-06-11", "An airstrike hit a militia depot in Babil province on Tuesday, killing "
                                         "three fighters, officials said. In 2019, US forces had carried out a strike "
                                         "in Babil province against the same depot.")],
     "An Israeli airstrike in Babil province hit a militia depot on Tuesday.", "supported", "actor_mismatch"),
]


@pytest.mark.parametrize(("articles", "claim", "label", "absent"), _REVIEW10)
def test_review_counter_examples(tmp_path: Path, articles: list[tuple[str, str, str | None, str]], claim: str,
                                 label: str | None, absent: str | None) -> None:
    from tests.support.judging import judged, payloads, reasons_of

    doc = judged(tmp_path, payloads(articles), claim)
    if label is not None:
        assert doc["verdict"]["label"] == label
    if absent is not None:
        assert not any(r["type"] == absent for r in reasons_of(doc))


def test_a_denial_outside_the_quote_carries_the_quoted_words(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "q", "outlet": "Nordic Ledger", "published_at": "2025-02-10",
                 "text": "Pressed on the issue, Berg added: \"We haven't seen a signed order, for example, from the "
                         "board saying: 'Close the mine.'\""}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Anna Berg said the government had not seen \"a signed order\" from the board to close the "
                           "mine.")
        item = bucket_of(doc, "signed order")[1]
        assert any(r["type"] == "quote_match" for r in item["reasons"])
        assert not any(r["type"] == "quote_mismatch" for r in item["reasons"])


@pytest.mark.parametrize(("claim", "reason"), [
    ("Kora Radio, the channel that also reported the blast, is affiliated with Lebanon's Northern Brigade.",
     "role_mismatch"),
    ("Kora Radio is linked to Iraq's Coastal Union.", "role_match"),
])
def test_what_a_name_is_linked_to(tmp_path: Path, claim: str, reason: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "k", "outlet": "Valley Post", "published_at": "2025-02-10",
                 "text": "Kora Radio, a Telegram news channel associated with the Iraqi Coastal Union, also "
                         "reported the blast."}]
    with stored(tmp_path, articles) as store:
        item = bucket_of(judge(store, claim), "Kora Radio")[1]
        assert any(r["type"] == reason for r in item["reasons"])


@pytest.mark.parametrize(("text", "sources"), [
    ("It was the ministry that announced the mine would close.", ["ministry"]),
    ("It was Nordwire who reported the strike first.", ["Nordwire"]),
    ("It was announced that the mine would close.", []),
    # a headline's label is no source; an agency before a colon is
    ("BREAKING: Valmont's assembly passes the flood bill.", []),
    ("NORDWIRE: Valmont's assembly passed the flood bill.", ["NORDWIRE"]),
])
def test_cleft_credits_and_headline_labels(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


def test_a_headline_label_is_not_the_claims_subject() -> None:
    from service.dossier.analysis import analyze_claim

    analysis = analyze_claim("BREAKING: US House passes $14.3bn aid package.")
    assert analysis.claim == "US House passes $14.3bn aid package."
    assert not analysis.credits


@pytest.mark.parametrize(("text", "value"), [
    ("the $14.3bn package", 14.3e9), ("a £2bn deal", 2e9), ("a $5m grant", 5e6), ("€40k in fines", 4e4),
    ("a 5m wall", None), ("she ran the 10k", None),
])
def test_abbreviated_sums(text: str, value: float | None) -> None:
    from service.text.extract import find_quantities

    found = find_quantities(text, [])
    assert (found[0].value if found else None) == value


def test_a_model_designation_is_one_word() -> None:
    from service.dossier.stance_model import content_stems
    from service.text.extract import find_names

    assert content_stems("an MQ-9 drone") == content_stems("an MQ9 drone")
    assert content_stems("F-16 jets") == content_stems("F16 jets")
    assert [n.text for n in find_names("Rebels said they downed a TB-2 drone.")] == ["TB-2"]


@pytest.mark.parametrize(("text", "scope"), [
    ("The blast killed no one; it injured four people.", "killed"),
    ("The storm injured nobody.", "injured"),
    ("Nobody was hurt.", "was hurt"),
    ("There was no one at home.", "one at home"),
])
def test_an_object_that_denies_the_verb_before_it(text: str, scope: str) -> None:
    from service.text.extract import find_negations

    assert find_negations(text)[0].scope.text == scope


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Drones hit the base in the week before the October 24, 2023 report.", "2023-10-17", "2023-10-23"),
    ("Prices rose in the three days after the May 2, 2025 briefing.", "2025-05-03", "2025-05-05"),
    # the day of an event the sentence may be about is that event's (review)
    ("In the weeks after the March 11, 2025 earthquake, which killed 1,500 people, schools were rebuilt.",
     "2025-03-11", "2025-03-11"),
    ("The vote was held on May 2, 2025.", "2025-05-02", "2025-05-02"),
])
def test_a_span_counted_from_a_day(text: str, start: str, end: str) -> None:
    from service.text.dates import spans_around
    from service.text.extract import find_dates

    [found] = spans_around(text, find_dates(text))
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_a_weekday_misdated_claim_with_the_incidents_own_names(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "tb", "outlet": "Coast Wire", "published_at": "2025-03-08",
                 "text": "Earlier, the Dawn Brigade announced that they had targeted and downed, on Thursday, a "
                         "Turkish 'TB2' drone in the Kessab province. In a separate statement, the Dawn Brigade "
                         "said its fighters targeted the Kestrel air base with a drone on Monday."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Dawn Brigade said its fighters shot down the Turkish TB-2 drone over Kessab on a "
                           "Sunday.")
        bucket, item = bucket_of(doc, "TB2")
        assert bucket == "conflicting" and any(r["type"] == "date_mismatch" for r in item["reasons"])
        # the group's other attack is not this incident misdated
        assert bucket_of(doc, "Kestrel air base")[0] != "conflicting"
        assert doc["verdict"]["label"] == "refuted"


def test_a_claim_that_places_its_incident_in_a_country(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "syr", "outlet": "Coast Wire", "published_at": "2025-03-12",
                 "text": "In the latest incident, coalition troops were targeted by two drones in Syria on Monday "
                         "but they were intercepted and caused no injuries."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The drones that targeted coalition troops in Iraq on Monday caused no injuries.")
        assert bucket_of(doc, "in Syria")[0] == "other_events"
        doc = judge(store, "The drones that targeted coalition troops in Syria on Monday caused no injuries.")
        assert bucket_of(doc, "in Syria")[0] == "corroborating"


@pytest.mark.parametrize(("text", "negated"), [
    ("The group admitted that the rockets failed to hit their targets.", "hit their targets"),
    ("She was unable to vote.", "vote"),
    ("The talks failed.", None),
    # the present "fails to" judges an argument (CLIMATE-FEVER tune: it cost a claim)
    ("The study fails to take into account the warming of the oceans.", None),
])
def test_what_failed_did_not_happen(text: str, negated: str | None) -> None:
    from service.text.extract import find_negations

    found = find_negations(text)
    assert (found[0].scope.text if found else None) == negated


def test_a_claimed_failure_against_a_hit(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "dawn", "outlet": "Coast Wire", "published_at": "2025-03-05",
                 "text": "The Dawn Brigade claimed the shelling of the Kestrel air base on Tuesday. It said the "
                         "base was targeted by several shells and that the projectiles \u201cdirectly hit their "
                         "targets.\u201d"}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Dawn Brigade admitted that the shells it fired at the Kestrel air base failed to hit "
                           "their targets.")
        assert bucket_of(doc, "directly hit")[0] == "conflicting"


def test_tracked_down_in_is_found_in() -> None:
    from service.text.synonyms import unphrase

    assert unphrase("The launcher was tracked down in the Kessab district.") == \
        "The launcher was located in the Kessab district."
    assert unphrase("Police tracked down the suspect.") == "Police tracked down the suspect."


def test_a_place_after_a_comma_is_where_the_place_before_is() -> None:
    from service.text.places import claim_locations

    found = claim_locations("The launcher was found in Kessab district, in Tesh province.")
    assert [(loc.subject, loc.place) for loc in found] == [(None, "Kessab"), ("Kessab", "Tesh")]


_QUAKE = [{"external_id": "quake", "outlet": "Valley Post", "published_at": "2025-04-02",
           "text": "The Northern Brigade claimed the shelling of the Tesh dam on Monday, which injured at least five "
                   "dam workers."}]


@pytest.mark.parametrize(("claim", "bucket"), [
    ("The Monday shelling of the Tesh dam claimed by the Northern Brigade killed at least five dam workers.",
     "conflicting"),
    ("The Monday shelling of the Tesh dam claimed by the Northern Brigade injured at least five dam workers.",
     "corroborating"),
])
def test_the_same_count_with_the_other_fate(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _QUAKE) as store:
        doc = judge(store, claim)
        found, item = bucket_of(doc, "at least five")
        assert found == bucket
        assert any(r["type"] == "fate_mismatch" for r in item["reasons"]) == (bucket == "conflicting")


def test_a_description_that_links_a_name() -> None:
    from service.dossier.stance.who import _affiliations

    passage = "Kora Radio, a Telegram news channel associated with the Iraqi Coastal Union, also reported it."
    assert [r.type for r in _affiliations("Kora Radio, which also reported the blast, is a Telegram channel tied "
                                          "to Lebanon's Northern Brigade.", passage)] == ["role_mismatch"]
    # ties are many: without two countries' bodies, another tie is no mismatch (review)
    assert _affiliations("Kora Radio is a channel tied to the Northern Brigade.",
                         "Kora Radio, a channel associated with the Coastal Union, reported it.") == []


def test_the_day_told_by_another_event_is_no_part_of_the_claim() -> None:
    from service.text.clauses import reference_clauses

    text = "The assembly passed the $2 billion bill on May 3, the day of the flood in Tesh."
    assert [text[a:b] for a, b in reference_clauses(text)] == [", the day of the flood in Tesh"]


def test_a_sum_passed_on_another_month_and_day(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "bill", "outlet": "State Ledger",
                 "text": "The state assembly on May 3 passed a standalone $2.7-billion flood relief bill for the "
                         "valley."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The state assembly passed its standalone $2.7-billion flood relief bill for the valley on "
                           "April 9, the day of the first flood.")
        bucket, item = bucket_of(doc, "May 3")
        assert bucket == "conflicting" and item["weight"] == 1
        assert doc["verdict"]["label"] == "refuted"


@pytest.mark.parametrize(("text", "quotes"), [
    ("called it a direct answer to 'crimes against the valley' of the rebels", ["crimes against the valley"]),
    ("The group's 'defensive' strike", []),
    ("the union's claim and the board's denial", []),
])
def test_single_quotes_of_three_words_or_more(text: str, quotes: list[str]) -> None:
    from service.text.quotes import find_quotes

    assert find_quotes(text) == quotes


def test_a_doers_words_carried_by_another_outlet(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "q", "outlet": "Valley Post", "published_at": "2025-04-05",
                 "text": "The Northern Brigade said that the shelling, which involved heavy mortars, is a direct "
                         "response to \u201ccrimes against the people of the valley,\u201d Nord Wire reported on "
                         "Saturday."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Coast Wire reported that the Northern Brigade called its heavy-mortar shelling a direct "
                           "answer to 'crimes against the people' of the valley.")
        bucket, item = bucket_of(doc, "Nord Wire reported")
        assert bucket == "conflicting"
        assert any(r["type"] == "source_mismatch" for r in item["reasons"])
        doc = judge(store, "Nord Wire reported that the Northern Brigade called its heavy-mortar shelling a direct "
                           "answer to 'crimes against the people' of the valley.")
        assert bucket_of(doc, "Nord Wire reported")[0] == "corroborating"


# Counter-examples from the second review (helper-42), as _REVIEW10.
_REVIEW11 = [
    ([("q1", "Quake Wire", "2025-04-20", "In the weeks after the March 11 earthquake in Kora, which killed 1,500 "
                                         "people, the government rebuilt 40 schools.")],
     "The March 11 earthquake in Kora killed 1,500 people.", "supported", "date_mismatch"),
    ([("f1", "Coast Wire", "2025-04-20", "Coast guard boats attacked Irish fishermen near Skerry on Monday, seizing "
                                         "two trawlers.")],
     "Coast guard boats attacked French fishermen near Skerry on Monday, seizing two trawlers.", "unverified", None),
    ([("b1", "State Ledger", "2025-05-05", "The House on Friday passed the $900 million defence budget bill by a wide "
                                           "margin. The bill to raise the minimum wage, meanwhile, has not passed the "
                                           "Senate.")],
     "Both chambers of Congress approved the defence budget bill.", None, "negation"),
    ([("b2", "State Ledger", "2025-06-05", "Opponents of the gun bill had hoped it would not clear the Senate, but it "
                                           "passed 51-49 on Thursday after the House approved it last week.")],
     "The gun bill passed the House and the Senate.", None, "negation"),
    ([("b3", "State Ledger", "2025-06-05", "When the report was written in March, the water bill had not cleared the "
                                           "Senate. It finally cleared the Senate in April and was signed by the "
                                           "governor.")],
     "The water bill passed both chambers of the legislature.", None, "negation"),
    ([("t1", "Sport Daily", "2025-04-20", "The Riverside Tigers, a club once affiliated with the Southern Conference, "
                                          "joined the Northern League in 2019.")],
     "The Riverside Tigers are affiliated with the Northern League.", None, "role_mismatch"),
    ([("v1", "Science Post", "2025-04-20", "Dr Ana Vale, a virologist affiliated with the Pasteur Institute, presented "
                                           "the flu study on Monday.")],
     "Dr Ana Vale is affiliated with Harvard University.", None, "role_mismatch"),
    ([("l1", "City Herald", "2025-04-20", "The lorry that crashed on the A40 near Tesh on Monday injured nobody else, "
                                          "after its driver was hurt.")],
     "The lorry crash on the A40 near Tesh on Monday injured the driver.", None, "negation"),
    ([("u1", "Labour Wire", "2025-04-20", "It was not the union that announced the strike at the Hollow plant on "
                                          "Monday, but the plant's managers.")],
     "Managers announced the strike at the Hollow plant on Monday.", None, "source_mismatch"),
    ([("c1", "Plains Herald", "2025-03-04", "The Dawn Brigade said it fired four shells at the Kestrel fuel depot on "
                                            "Monday, March 3, 2025."),
      ("c2", "Coast Wire", "2025-03-04", "Hours later, in a separate attack claimed by the Red Hand, two shells were "
                                         "fired at the Kestrel fuel depot on Monday, March 3, 2025, security sources "
                                         "said.")],
     "Four shells were fired at the Kestrel fuel depot in the attack claimed by the Dawn Brigade.", "supported", None),
    ([("a1", "Capital News", "2025-04-20", "According to the morning papers, Amnesty's count put the death toll in "
                                           "Dunmore on Sunday at 40.")],
     "Amnesty said the death toll in Dunmore on Sunday was 40.", "supported", None),
    ([("k1", "City Herald", "2025-04-20", "The Kingsfield stadium in east Tesh hosted the cup final in 2022.")],
     "The Kingsfield stadium in east Tesh was demolished after the cup final in 2022.", "unverified", None),
    ([("s1", "Border Post", "2025-04-20", "Shells fired from inside Syria killed two farmers on Tuesday, the governor "
                                          "said.")],
     "Shells fired from Syria killed two farmers in Turkey on Tuesday.", None, "different_event"),
    ([("r1", "Aid Wire", "2025-04-20", "Thirty refugees, who had fled fighting in Afghanistan in 2021, drowned when "
                                       "floods swept through their camp on Monday, officials said.")],
     "Floods killed thirty Afghan refugees in Pakistan on Monday.", None, "different_event"),
    ([("o1", "City Herald", "2025-04-20", "Ana Vale said: \"We have received a signed order from the board, not a "
                                          "suggestion.\"")],
     "Ana Vale said the Hollow plant had not received \"a signed order from the board\".", None, "quote_match"),
]


@pytest.mark.parametrize(("articles", "claim", "label", "absent"), _REVIEW11)
def test_second_review_counter_examples(tmp_path: Path, articles: list[tuple[str, str, str | None, str]], claim: str,
                                        label: str | None, absent: str | None) -> None:
    test_review_counter_examples(tmp_path, articles, claim, label, absent)


@pytest.mark.parametrize("claim", ["Flash-flood warnings were issued on Monday.",
                                   "Latest-generation radar was installed.", "Urgent-care clinics closed."])
def test_a_word_joined_to_a_label_word_is_kept(claim: str) -> None:
    from service.dossier.analysis import analyze_claim

    assert analyze_claim(claim).claim == claim


def test_an_opening_on_the_day_before_dates_the_claim() -> None:
    from service.text.clauses import reference_offset

    assert reference_offset("On the day before the flood of May 3, the dam was closed.")[2] == -1
    assert reference_offset("In the weeks after the quake, prices rose.") is None


def test_a_rest_with_no_verb_is_no_predicate() -> None:
    from service.text.clauses import main_predicate

    text = "A source said at least one shell struck near Camp Alder, close to the city airport."
    assert main_predicate(text) == text
    # only a rest that says where (CLIMATE-FEVER tune: "… is often found to be a non-problem, or even a benefit")
    assert main_predicate("Acidification is often found to be a non-problem, or even a benefit.") == "or even a benefit"
    assert main_predicate("The launcher found in Kessab was seized by the police.") == "was seized by the police"


def test_the_same_day_named_another_weekday(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "m", "outlet": "Nordic Ledger", "published_at": "2025-02-12",
                 "text": "The ministry reported on Monday, February 10, 2025, that there is no direct order from the "
                         "board to close the Kora mine."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The ministry said on Wednesday, February 10, that there was no direct order from the board "
                           "to close the Kora mine.")
        bucket, item = bucket_of(doc, "no direct order")
        assert bucket == "conflicting" and any(r["type"] == "date_mismatch" for r in item["reasons"])
        doc = judge(store, "The ministry said on Monday, February 10, that there was no direct order from the board "
                           "to close the Kora mine.")
        assert bucket_of(doc, "no direct order")[0] == "corroborating"


def test_a_month_and_day_against_a_restating_passage(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "bill", "outlet": "State Ledger",
                 "text": "The state assembly on May 3 passed a standalone flood relief package for the valley."},
                {"external_id": "other", "outlet": "State Ledger",
                 "text": "Rebels have launched relentless attacks on the valley since the floods began on April 9."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The standalone valley flood relief bill passed the state assembly on April 9.")
        assert bucket_of(doc, "May 3")[0] == "conflicting"
        # another act of that day, naming none of the claim's names, is no misdating of it
        assert bucket_of(doc, "relentless attacks")[0] != "conflicting"


def test_a_hedged_span_after_a_day_opens_a_reference() -> None:
    from service.dossier.analysis import analyze_claim

    event = analyze_claim("Less than a month after May 3, the assembly passed a $2 billion flood relief bill.").event
    assert event.month is None and event.interval is None


# Counter-examples from the third review (helper-46), as _REVIEW10.
_REVIEW12 = [
    ([("dy1", "City Herald", "2025-04-02", "Flags flew at half mast in Tesh on Friday, a day of mourning for the nine "
                                           "miners killed in the Brenna mine collapse.")],
     "Flags flew at half mast in Tesh on Friday, a day of mourning for the 12 miners killed in the Brenna mine "
     "collapse.", "refuted", None),
    ([("dy4", "Vote Post", "2025-04-02", "Polls opened in Tesh on Sunday, the day when voters choose 40 "
                                         "councillors.")],
     "Polls opened in Tesh on Sunday, the day when voters choose 60 councillors.", "refuted", None),
    ([("fc5", "Coast Wire", "2025-05-02", "The bus crash near Tesh on Monday injured at least five people, who later "
                                          "died in hospital.")],
     "The bus crash near Tesh on Monday killed at least five people.", None, "fate_mismatch"),
    ([("fc3", "Coast Wire", "2025-05-02", "At least five people were injured when the bus crashed near Tesh on Monday. "
                                          "At least five people died in the crash, police later said.")],
     "At least five people were killed when the bus crashed near Tesh on Monday.", None, "fate_mismatch"),
    ([("p3", "City Herald", "2025-04-02", "Needless to say, the flood closed 40 schools in Tesh on Monday.")],
     "Officials said the flood closed 40 schools in Tesh on Monday.", None, "source_mismatch"),
    ([("bc1", "State Ledger", "2025-05-05", "The water bill passed the House and the Senate in April. It has yet to "
                                            "clear the Senate's audit committee review required for spending bills, "
                                            "officials said.")],
     "The water bill passed the House and the Senate.", "supported", None),
    ([("b3", "State Ledger", "2025-05-05", "The farm bill cleared the House on Monday. It is yet to clear the Senate "
                                           "Agriculture Committee, which meets on Friday, though the full Senate "
                                           "passed it in April.")],
     "The farm bill passed the House and the Senate.", None, "negation"),
    ([("t4", "Metro Daily", "2025-03-12", "The outbreak was traced in part to contaminated lettuce sold in Bristol, "
                                          "health officials said on Tuesday.")],
     "Health officials said on Tuesday the outbreak was found in Bristol.", "unverified", None),
]


@pytest.mark.parametrize(("articles", "claim", "label", "absent"), _REVIEW12)
def test_third_review_counter_examples(tmp_path: Path, articles: list[tuple[str, str, str | None, str]], claim: str,
                                       label: str | None, absent: str | None) -> None:
    test_review_counter_examples(tmp_path, articles, claim, label, absent)


def test_in_the_week_before_is_a_span_not_a_day() -> None:
    from service.text.clauses import reference_offset

    assert reference_offset("In the week before the October 24 final, Tom Vale was injured in training.") is None


def test_sent_is_send() -> None:
    from service.dossier.stance_model import content_stems

    assert content_stems("the battalions were sent") == content_stems("the battalions were send")
    assert content_stems("will send two battalions") == content_stems("will sent two battalions")
