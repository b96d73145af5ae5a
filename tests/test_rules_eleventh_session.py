"""Rules of 2026-12-05, eleventh session (docs/verdicts.md section 0): fates other than harm (evacuated,
missing, arrested), "X put the toll at N" as X's statement, a trailing "after …" clause that dates an
earlier event, consequences of an incident as part of its report, reduced relatives of harm, "one of
them", the claim's figure stated is no mere mention, "and" opening a clause of its own ends a negation,
and a non-incident's weekday one day off. Made-up articles of other subjects than the seeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.attribution import classify, find_attributions
from service.text.clauses import identifying_clauses
from service.text.dates import own_dates
from service.text.extract import find_dates, find_negations, find_quantities
from service.text.facts import read_article
from tests.support.judging import bucket_of, judged, judged_as, payloads


def _fates(text: str) -> list[tuple[str, str | None]]:
    return [(q.span.text, q.predicate) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # an amount with a verb of its own is not counted under the fate before it
    ("The mayor said 6 people were killed and 900 were evacuated from the harbour district.",
     [("6 people", "killed"), ("900", "evacuated")]),
    ("The charity put the death toll at 11 and said at least 20 people were still missing.",
     [("11", "killed"), ("at least 20 people", "missing")]),
    # (…taken to hospital, its own: "admitted", since the thirty-sixth session)
    ("Police detained 35 people and 8 were taken to hospital.", [("35 people", "arrested"), ("8", "admitted")]),
    # (a part of the count before it keeps that count's fate)
    ("The quake killed 310 people, including 42 children and 60 women.",
     [("310 people", "killed"), ("42 children", "killed"), ("60 women", "killed")]),
])
def test_an_amount_with_a_verb_of_its_own_keeps_its_own_fate(text: str, expected: list[tuple[str, str]]) -> None:
    assert _fates(text) == expected


@pytest.mark.parametrize(("sentence", "source"), [
    ("Mayor Piet Aland put the number of evacuees at 1,300, while the coastguard said no one drowned.",
     "Mayor Piet Aland"),
    ("The Ministry of Health put the toll at 300.", "The Ministry of Health"),
    ("Official sources put the number of people killed in the Saltmarsh flood at more than 40.", "Official sources"),
    ("The coastguard, however, put the loss at 80 tonnes of fuel.", "The coastguard"),
])
def test_whoever_puts_a_toll_at_a_figure_is_its_source(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)][:1] == [source]


@pytest.mark.parametrize("sentence", [
    "Some estimates put the number of wounded as high as 40.",
    "Hospital records put the toll at 3.",
    "Early estimates from the regional broadcaster put the number of houses flooded at 200 or more.",
    "Official data after 12 days of flooding put the number of children displaced at 4,000.",
    "The guards put the prisoners at ease.",
])
def test_estimates_and_records_are_nobody(sentence: str) -> None:
    assert find_attributions(sentence) == []


@pytest.mark.parametrize(("source", "kind"), [
    ("The aid group Harbour Hope", "other"), ("Rights group Fairwatch", "other"), ("The fire brigade", "other"),
    ("The armed group", "armed_group"), ("The River Brigade", "armed_group"),
])
def test_a_group_the_word_before_it_says_is_not_armed(source: str, kind: str) -> None:
    assert classify(source) == kind


@pytest.mark.parametrize(("text", "own"), [
    # the trailing clause recalls the earlier incident: its day is not the sentence's
    ("It was the third fire at the depot this month, after Sunday's blaze that gutted a warehouse.", ["this month"]),
    ("Ferries resumed on Friday, two days after the storm of Wednesday.", ["on Friday"]),
    # (an opening clause dates what follows: "After Sunday's blaze, …")
    ("After Sunday's blaze, the council closed the depot.", ["Sunday"]),
])
def test_a_trailing_after_clause_dates_an_earlier_event(text: str, own: list[str]) -> None:
    assert [d.text for d in own_dates(text, find_dates(text, date(2024, 5, 18)))] == own


def test_a_reduced_relative_of_harm_only_identifies_its_noun() -> None:
    claim = "One of the miners trapped in the Hollin shaft remained in hospital, according to Dr Vos."
    assert [claim[s:e] for s, e in identifying_clauses(claim)] == ["trapped in the Hollin shaft"]


@pytest.mark.parametrize(("text", "scope"), [
    ("The operator said no trains were damaged and services resumed on Monday.", "trains were damaged"),
    ("The minister said no one was hurt and the school stayed open.", "one was hurt"),
    # (a participle that goes with both nouns leaves the negation over both)
    ("There were no deaths and injuries reported.", "deaths and injuries reported"),
])
def test_and_opening_a_clause_of_its_own_ends_a_negation(text: str, scope: str) -> None:
    assert [n.scope.text for n in find_negations(text)] == [scope]


_STORM = payloads([
    ("storm-1", "Coast Wire", "2024-05-17",
     "Storm Idris flooded the harbour district of Lenmoor on Wednesday, the coastguard said. "
     "Mayor Piet Aland said 6 people were killed and 900 were evacuated from the harbour district. "
     "The charity Harbour Hope put the death toll at 11 and said at least 20 people were still missing. "
     "Mayor Piet Aland said the sea wall was not breached, but the ferry terminal was damaged. "
     "Ferry operator Nordlink said no boats were damaged and ferries resumed on Thursday morning. "
     "Nordlink said lorries queued for 9 kilometres at the terminal, while the port put the queue at 4 kilometres."),
    ("storm-2", "Lenmoor Post", "2024-05-18",
     "Rescuers searched the harbour district of Lenmoor on Friday. "
     "Dr Ama Vos said four of the people hurt in the Lenmoor flood were treated at St Brin hospital. "
     "Dr Vos said one of them remained in critical condition."),
])


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), [
    # the mayor's 900 were evacuated, not killed: his count of the evacuated
    ("Mayor Piet Aland said 900 people were evacuated from the harbour district.", "900 were evacuated",
     "corroborating", "supported"),
    # the charity's 20 are missing (not killed)
    ("Harbour Hope said at least 20 people were missing after the Lenmoor flood.", "still missing",
     "corroborating", "supported"),
    # the charity's 11 killed, under the charity
    ("Harbour Hope said 11 people were killed in the Lenmoor flood.", "put the death toll at 11",
     "corroborating", "supported"),
    # one of them: the people hurt, in the sentence before
    ("One of the people hurt in the Lenmoor flood remained in critical condition, according to Dr Ama Vos.",
     "one of them remained", "corroborating", "supported"),
    # the figure of the claim's thing, stated: not a mention of the terminal
    ("Lorries backed up for 9 kilometres at the Lenmoor ferry terminal, according to Nordlink.",
     "queued for 9 kilometres", "corroborating", "supported"),
    # a resumption one day off is the same resumption misdated
    ("Nordlink said ferries resumed on Friday morning.", "ferries resumed on Thursday", "conflicting", "refuted"),
])
def test_storm_archive(tmp_path: Path, claim: str, words: str, bucket: str, label: str) -> None:
    assert judged_as(tmp_path, _STORM, claim, words) == (bucket, label)


def test_a_negation_before_and_does_not_deny_the_clause_after_it(tmp_path: Path) -> None:
    doc = judged(tmp_path, _STORM, "Nordlink said ferries resumed on Thursday morning.")
    assert bucket_of(doc, "ferries resumed on Thursday")[0] == "corroborating"
    assert not any(r["type"] == "negation" for r in bucket_of(doc, "ferries resumed on Thursday")[1]["reasons"])


@pytest.mark.parametrize(("sentence", "names"), [
    # a body's one-word name after the common noun of what it is: the name is who is credited
    ("Ferry operator Nordlink said services resumed.", ("Ferry", "Nordlink")),
    ("The charity Harbour Hope said 20 people were missing.", ("Harbour Hope",)),
    # (a person after a title; the word opening the title is no name of its own: fourteenth session)
    ("Airport director Marek Holl said flights resumed.", ("Marek Holl",)),
])
def test_a_body_named_after_what_it_is_is_credited_by_name(sentence: str, names: tuple[str, ...]) -> None:
    facts = read_article([sentence], [find_attributions(sentence)], None)[0]
    assert facts.credits[0].names == names


@pytest.mark.parametrize(("text", "causes"), [
    ("The mayor blamed the warehouse fire on an electrical fault and said an inquiry would follow.",
     (("cause", "electrical fault"),)),
    ("Officials attributed the blast to a gas leak in the basement.", (("cause", "gas leak"),)),
    ("The outage was caused by a faulty transformer, the utility said.", (("cause", "faulty transformer"),)),
    ("Police blamed the Red Hand for the attack on the depot.", (("culprit", "Red Hand"),)),
    ("The ministry denied firing the shell and blamed the River Front.", (("culprit", "River Front"),)),
    ("He was blamed by the press.", ()),
])
def test_causes_and_culprits_are_read(text: str, causes: tuple[tuple[str, str], ...]) -> None:
    from service.text.causes import causes_of

    assert causes_of(text) == causes


_DEPOT = payloads([
    ("depot", "Vale Courier", "2024-09-12",
     "Fire destroyed a timber depot in Arlen on Tuesday. Mayor Ines Loft blamed the depot fire on an electrical "
     "fault and said no one was hurt. Police blamed the Red Hand for a separate attack on a bus station."),
])


@pytest.mark.parametrize(("claim", "bucket", "label"), [
    # another cause for the same fire, by the same speaker
    ("Mayor Ines Loft blamed the depot fire on arson.", "conflicting", "refuted"),
    # the same cause in other words
    ("Mayor Ines Loft blamed the depot fire on a fault in the electrical wiring.", "corroborating", "supported"),
])
def test_another_cause_conflicts(tmp_path: Path, claim: str, bucket: str, label: str) -> None:
    assert judged_as(tmp_path, _DEPOT, claim, "blamed the depot fire") == (bucket, label)


_MARKET = payloads([
    ("market", "Tolvi Gazette", "2024-10-16",
     "A blaze swept through the Tolvi market on Monday, destroying 40 stalls. "
     "The market council said three traders died. "
     "The fire brigade reported no deaths at the Tolvi market. "
     "The aid group Open Hands put the death toll at five."),
])


def test_a_harm_denied_in_the_claims_own_event_disputes_it(tmp_path: Path) -> None:
    # one source counts three dead, another none, a third five: of the same fire (its article's event, its day)
    doc = judged(tmp_path, _MARKET, "Three traders died in the fire that hit the Tolvi market on Monday.")
    assert bucket_of(doc, "said three traders died")[0] == "corroborating"
    assert bucket_of(doc, "reported no deaths")[0] == "conflicting"
    assert doc["verdict"]["label"] == "disputed" and "partly_supported" not in doc["verdict"]["flags"]


def test_a_toll_in_the_story_is_of_the_storys_incident(tmp_path: Path) -> None:
    # "put the death toll at five" takes the market fire's event (before: none, and its weight halved)
    doc = judged(tmp_path, _MARKET, "Open Hands said five people were killed in the Tolvi market fire.")
    bucket, item = bucket_of(doc, "put the death toll at five")
    assert bucket == "corroborating" and item["event"] is not None
    assert not any(r["type"] == "event_undetermined" for r in item["reasons"])


@pytest.mark.parametrize(("sentence", "source"), [
    # an aside on the name, set off by commas, is not the source
    ("Kessin Ferries, which operates the vessel, said it was checking its passenger list.", "Kessin Ferries"),
    ("Dr Vos, who treated the victims, told reporters that four died.", "Dr Vos"),
    ("Kessin Ferries, which operates the vessel, put the number of rescued passengers at 118.", "Kessin Ferries"),
])
def test_a_relative_aside_is_not_the_source(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)][:1] == [source]


@pytest.mark.parametrize(("text", "expected"), [
    ("The coast guard said 112 people had been rescued alive.", [("112 people", "rescued")]),
    # ("the toll" alone is the death toll: fourteenth session)
    ("The toll rose to 17 on Tuesday, with 14 people still unaccounted for.",
     [("17", "killed"), ("14 people", "missing")]),
])
def test_rescued_and_unaccounted_are_fates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _fates(text) == expected


_FERRY = payloads([
    ("ferry", "Lake Wire", "2024-04-16",
     "The ferry Orla Star capsized on Sunday evening off Kell. "
     "Kessin Ferries, which operates the vessel, put the number of rescued passengers at 118. "
     "Kessin Ferries said the Orla Star carried 131 passengers. "
     "Kessin Ferries said none of its other ferry's 87 passengers had been hurt in a March collision."),
])


def test_the_same_noun_under_another_fate_is_another_count(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FERRY, "Kessin Ferries said 118 passengers had been rescued from the Orla Star.")
    assert bucket_of(doc, "rescued passengers at 118")[0] == "corroborating"
    # (131 carried and 87 not hurt are other counts of passengers: neither contradicts 118 rescued)
    assert bucket_of(doc, "carried 131 passengers")[0] != "conflicting"
    assert bucket_of(doc, "87 passengers")[0] != "conflicting"
    assert doc["verdict"]["label"] == "supported"


@pytest.mark.parametrize("text", ["The ferry capsized off Kell.", "A passenger train derailed near Orne.",
                                  "The roof of the mine collapsed on Monday.", "The trawler sank on Friday."])
def test_a_capsizing_a_derailment_a_collapse_are_incidents(text: str) -> None:
    from service.text.events import is_incident

    assert is_incident(text)


def test_overturned_is_capsized(tmp_path: Path) -> None:
    # the same capsizing, in other words; a status report of the next morning is no other day's capsizing
    assert judged_as(tmp_path, _FERRY + payloads([
        ("status", "Lake Wire", "2024-04-16", "By Monday morning, 118 passengers had been rescued from the Orla Star."),
    ]), "The Orla Star overturned on a Sunday evening off Kell.", "capsized on Sunday evening") \
        == ("corroborating", "supported")
