"""Rules of 2026-12-05, fifteenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.dossier.stance.terms import _scope_stems
from service.text.dates import date_of_words
from service.text.extract import find_quantities
from service.text.facts import passage_negations
from service.text.places import claim_locations
from service.text.sources import resolve_credits, same_source
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("text", "value", "unit", "predicate"), [
    # a part of a set named by an irregular plural
    ("The hospital said it admitted 12 of the children with fever.", 12.0, "children", "admitted"),
    # a fate word in a name is no fate; "pulled … alive" is a rescue
    ("Halvik Fire and Rescue Service chief Ola Lenz said his crews had pulled 14 people alive from the river.",
     14.0, "people", "rescued"),
    # a noun that qualifies the counted noun is no fate ("rescue workers")…
    ("A second slide hit the slope, injuring four rescue workers.", 4.0, "workers", "injured"),
    # …while a participle before it is ("wounded soldiers")
    ("He said 20 wounded soldiers were flown out.", 20.0, "soldiers", "injured"),
    # people named by their harm alone
    ("The alliance said its teams had counted 23 dead from the cyclone, well above the official toll.", 23.0,
     "people", "killed"),
    # falling ill and being taken into hospital are two counts
    ("Forty workers at the mill fell ill on Monday.", 40.0, "workers", "ill"),
    ("The hospital took in a dozen workers after the leak.", 12.0, "workers", "admitted"),
])
def test_what_an_amount_counts(text: str, value: float, unit: str, predicate: str) -> None:
    assert [(q.value, q.unit, q.predicate) for q in find_quantities(text)][:1] == [(value, unit, predicate)]


def test_one_of_the_harmed_is_not_people_by_their_harm() -> None:
    # (a reviewer's case of the seeds: "one of the injured Americans" counts no one by their harm alone)
    assert [q.unit for q in find_quantities("Officials said one of the injured Americans was badly hurt.")] == [None]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Colonel Baltan", "Idris Baltan", True),
    ("Col. Baltan", "Idris Baltan", True),
    ("Governor Hradek", "Tomas Hradek", False),  # a governor and a farmer of one name may both speak
    ("Colonel Baltan", "Idris Kaltan", False),
    ("NCPA", "National Civil Protection Agency", True),
    ("National Civil Protection Agency", "NCPA", True),
    ("NCPA", "National Cyber Protection Agency of Ruritania", False),
    ("IS", "Iraqi Security", False),  # two letters are too few to tell
])
def test_a_person_by_title_and_a_body_by_its_initials(a: str, b: str, same: bool) -> None:
    assert same_source(a, b) is same


def test_a_description_resolves_only_to_a_body_of_its_portfolio() -> None:
    texts = ["Relief minister Corvin Adeyo said the government had delivered 9,000 tonnes of rice.",
             "Donors pledged 40 million dollars, the foreign ministry said.",
             "The relief ministry said it had delivered 1,100 tonnes to Oduna."]
    credits = resolve_credits([find_attributions(t) for t in texts], texts)
    assert (credits[1][0].source, credits[1][0].resolved) == ("the foreign ministry", False)
    assert credits[2][0].source == "Corvin Adeyo"


def test_a_description_does_not_fall_back_on_a_places_body() -> None:
    texts = ["The Vell health office said the leak had nothing to do with the boilers.",
             "The workers' union said its stewards had counted 7 dead at the mill."]
    credits = resolve_credits([find_attributions(t) for t in texts], texts)
    assert credits[1][0].resolved is False


def test_the_town_of_a_copular_subject_is_placed_too() -> None:
    located = {(loc.subject, loc.place) for loc in claim_locations(
        "The Greenfold plant in Lorvik where Salmonella was found is located in Kestrel Province.")}
    assert ("Lorvik", "Kestrel") in located
    # not a country named in the subject
    assert all(subject != "Syria" for subject, _ in (
        (loc.subject, loc.place) for loc in claim_locations("The US base in Syria is located in Homs province.")))


def test_the_day_of_the_clause_that_tells_the_deed() -> None:
    text = ("The search resumed on Saturday after engineers pumped the cellar dry, and the body of a watchman was "
            "recovered on Sunday, the fire service said.")
    found = date_of_words(text, "2025-06-16", {"bodi", "watchman", "recov"})
    assert found is not None and found.start == date(2025, 6, 15)
    # one day only: nothing to choose between
    assert date_of_words("The body was recovered on Sunday.", "2025-06-16", {"recov"}) is None


@pytest.mark.parametrize(("text", "cue", "denied"), [
    ("The health office said the outbreak was unrelated to school meals.", "un", "link"),
    ("The union said the leak had nothing to do with the new boilers.", "nothing", "link"),
])
def test_unrelated_is_a_negation_of_a_link(text: str, cue: str, denied: str) -> None:
    negations = passage_negations(text)
    assert negations and negations[0][0].lower() == cue
    assert denied in _scope_stems(negations[0][1], negations[0][0])


def test_a_light_verb_and_a_negation_word_are_not_what_is_denied() -> None:
    assert "blast" in _scope_stems("carried out any blasting since January", "not")
    assert "not" not in _scope_stems("pay ransoms and had not been contacted", "not")


def test_since_a_month_keeps_the_month_for_events() -> None:
    # (a month after "since" is still compared: a passage naming "since January" states it, event_match._day_stated)
    assert analyze_claim("The quarry had not blasted since January.").event.month == 1


_MILL = payloads([
    ("mill-1", "Dorva Post", "2025-06-10",
     "Forty workers at the Kalt Textiles mill in Tarrow, a town in Vell Province, fell ill on Monday after a gas leak. "
     "Tarrow General Hospital said it admitted 12 of the workers with breathing problems. "
     "The driver told police he had counted six tankers at the gate on Monday, according to Tarrow police. "
     "Kalt Textiles denied the accusation, saying that no maintenance had been carried out on the pipes since March."),
    ("mill-2", "Vell Radio", "2025-06-16",
     "The search of the flooded cellar at the Kalt Textiles mill resumed on Saturday after engineers pumped it dry, "
     "and the body of a 58-year-old watchman was recovered on Sunday, the fire service said. "
     "The mill, opened in 1961, had been closed for a week in 2022 after a van struck one of its walls, injuring no "
     "one. The mill canteen is run by a local caterer, Brant & Sons, and not by Kalt Textiles."),
    ("mill-3", "Dorva Post", "2025-06-12",
     "Tarrow Fire and Rescue Service chief Ruta Dahl said her crews had pulled 9 workers alive from the dye house on "
     "Monday night. The Vell health office said the leak had nothing to do with the new boilers. "
     "Kalt Textiles said it would not appeal the inspectors' findings."),
])

_MILL_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # a claim that says where its site is: the passage naming the site is not set aside for its incident
    ("The Kalt Textiles mill in Tarrow lies in Dunn Province.", "a town in Vell Province", "conflicting", "refuted"),
    ("The Kalt Textiles mill in Tarrow lies in Vell Province.", "a town in Vell Province", "corroborating",
     "supported"),
    # admitted / took in, and another figure of it
    ("Tarrow General Hospital took in a dozen workers after the leak at the Kalt Textiles mill.", "admitted 12",
     "corroborating", "supported"),
    ("Tarrow General Hospital admitted 20 workers after the leak at the Kalt Textiles mill.", "admitted 12",
     "conflicting", "refuted"),
    # a post named with its body ("The Kalt Textiles driver") is the passage's "The driver"; a passage restating
    # nearly all of the claim counts the same noun
    ("The Kalt Textiles driver told police he had counted about a dozen tankers at the gate on Monday.",
     "counted six tankers", "conflicting", "refuted"),
    ("The Kalt Textiles driver told police he had counted six tankers at the gate on Monday.", "counted six tankers",
     "corroborating", "supported"),
    # "carried out no maintenance": the light verb is not what is denied
    ("Kalt Textiles said it had not carried out any maintenance on the pipes since March.", "no maintenance",
     "corroborating", "supported"),
    # the day of the clause that tells the deed, not the sentence's first
    ("The body of a 58-year-old watchman was recovered from the Kalt Textiles mill cellar on June 15.",
     "58-year-old watchman", "corroborating", "supported"),
    ("The body of a 58-year-old watchman was recovered from the Kalt Textiles mill cellar on June 14.",
     "58-year-old watchman", "conflicting", "refuted"),
    # the claim's year stated after the sentence's first; "injuring no one" denies the injuries
    ("Nobody was hurt when a van hit one of the walls of the Kalt Textiles mill in 2022.",
     "van struck one of its walls", "corroborating", "supported"),
    # "… and not by X": the doer denied, on either side
    ("The Kalt Textiles canteen is run by Kalt Textiles.", "not by Kalt Textiles", "conflicting", "refuted"),
    # rescued / pulled out alive, with another figure
    ("Ruta Dahl said her firefighters rescued 9 workers alive from the Kalt Textiles dye house on Monday night.",
     "pulled 9 workers alive", "corroborating", "supported"),
    ("Ruta Dahl said her firefighters rescued 15 workers alive from the Kalt Textiles dye house on Monday night.",
     "pulled 9 workers alive", "conflicting", "refuted"),
    # "unrelated to" / "had nothing to do with"; "appeal" / "challenge"
    ("The Vell health office said the leak at the Kalt Textiles mill was unrelated to the new boilers.",
     "nothing to do with", "corroborating", "supported"),
    ("Kalt Textiles said it would not challenge the inspectors' findings.", "would not appeal", "corroborating",
     "supported"),
]


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), _MILL_CLAIMS, ids=[c[0][:60] for c in _MILL_CLAIMS])
def test_claims_on_the_made_up_mill(tmp_path: Path, claim: str, words: str, bucket: str, label: str) -> None:
    # the passage holding the words lands in its bucket, and the verdict is the expected one
    assert judged_as(tmp_path, _MILL, claim, words) == (bucket, label)


def test_a_claim_and_a_passage_both_denying_the_doer(tmp_path: Path) -> None:
    bucket, _ = judged_as(tmp_path, _MILL, "The Kalt Textiles canteen is not run by Kalt Textiles.",
                          "not by Kalt Textiles")
    assert bucket == "corroborating"


_REVIEWED = [  # (articles, claim, words of the passage, buckets it may land in, verdicts the dossier may give)
    # a year in an aside, a month a state began, a year used as an adjective: not the day of the deed
    (payloads([("s1", "Sport Wire", "2025-06-10",
                "Renton Athletic, founded in 1998, won the Kessel Cup on Saturday with a 2-1 win over Dray United.")]),
     "Renton Athletic won the Kessel Cup in 1998.", "founded in 1998", {"related", "other_events", "conflicting"},
     {"refuted", "unverified", "disputed"}),
    (payloads([("s2", "Metro Line", "2025-06-10", "The Brell textile factory, closed since March, caught fire on "
                                                  "Monday night.")]),
     "The Brell textile factory caught fire in March.", "caught fire", {"related", "other_events", "conflicting"},
     {"refuted", "unverified", "disputed"}),
    # a description of the post naming another body ("The lorry driver") is not the claim's "Pell Rail driver"
    (payloads([("s3", "Rail Times", "2025-06-10", "A Pell Rail train hit a lorry at the Dorn level crossing on "
                                                  "Monday. The lorry driver said the barriers were up.")]),
     "The Pell Rail driver said the barriers were up.", "The lorry driver", {"related", "conflicting"},
     {"unverified", "refuted", "disputed"}),
    # the negated doer goes on with a clause of its own
    (payloads([("s4", "Harbour Gazette", "2025-06-10", "The Marrow ferry is run by Norland Lines, and not by the port "
                                                       "authority, which owns the ship.")]),
     "The Marrow ferry is owned by the port authority.", "Norland Lines", {"corroborating", "related"},
     {"supported", "unverified"}),
    # a harm denied in one clause and counted in the next
    (payloads([("s5", "Dorn Post", "2025-06-10", "The blast destroyed the Dorn warehouse on Monday, injuring no one, "
                                                 "but two firefighters were hurt in the clean-up.")]),
     "Two firefighters were injured after the blast at the Dorn warehouse.", "two firefighters",
     {"corroborating"}, {"supported", "unverified"}),
    # a risen toll that states its own time is compared, not excused as a later count
    (payloads([("s6", "Flood Desk", "2025-06-12", "By Tuesday, the toll from the Ardo flash flood had risen to 17, "
                                                  "officials said.")]),
     "Officials said nine people had died in the Ardo flash flood as of Thursday.", "risen to 17", {"conflicting"},
     {"refuted", "disputed"}),
    # initials an article gives another body
    (payloads([("s7", "Kell Post", "2025-06-10", "The Nordic Runners Association (NRA) said the Kell line would close "
                                                 "for a week.")]),
     "The National Rail Authority said the Kell line would close for a week.", "Nordic Runners",
     {"related", "conflicting"}, {"unverified", "refuted", "disputed"}),
]


@pytest.mark.parametrize(("articles", "claim", "words", "buckets", "verdicts"), _REVIEWED,
                         ids=[c[1][:50] for c in _REVIEWED])
def test_a_reviewers_misfires_of_these_rules(tmp_path: Path, articles: list[dict[str, str]], claim: str, words: str,
                                             buckets: set[str], verdicts: set[str]) -> None:
    bucket, label = judged_as(tmp_path, articles, claim, words)
    assert bucket in buckets and label in verdicts


@pytest.mark.parametrize(("scope", "denied", "not_denied"), [
    ("use tear gas on Saturday", "tear", "use"),
    ("used in any global temperature records", "use", "global"),  # a passive: the use is denied
    ("announced any financial pledge", "financi", "announc"),
    ("resign and called for an independent inquiry", "resign", "call"),
])
def test_what_a_negation_denies(scope: str, denied: str, not_denied: str) -> None:
    stems = _scope_stems(scope, "not")
    assert denied in stems and not_denied not in stems


_CLAUSES = payloads([
    ("rail-1", "Kesmar Post", "2025-06-10",
     "A freight train derailed near Ulvik Junction on Monday. No fertiliser leaked from the damaged wagons, the Kesmar "
     "environmental agency said."),
    ("rally-1", "Kessa Wire", "2025-05-07",
     "Police clashed with protesters in Kessa on Tuesday, and organisers said rubber bullets were fired. "
     "A separate protest took place in Dorrel on Tuesday. Police there denied that rubber bullets had been fired."),
])


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    # a negation that denies the claim's main clause itself, in a passage naming the claim's names
    ("Fertiliser leaked from the freight wagons that derailed near Ulvik Junction, the Kesmar environmental agency "
     "said.", "No fertiliser leaked", "conflicting"),
    # …not of another place ("there")
    ("Rubber bullets were fired during Tuesday's clash in Kessa.", "Police there denied", "not conflicting"),
])
def test_a_denied_main_clause(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    found, _ = judged_as(tmp_path, _CLAUSES, claim, words)
    assert found != bucket[4:] if bucket.startswith("not ") else found == bucket


def test_the_claims_figure_under_another_noun_of_a_workforce(tmp_path: Path) -> None:
    # "1,400 workers" and "the number of strikers at about 1,400": the figure is compared though the nouns differ
    articles = payloads([("rail-2", "Kesmar Post", "2025-06-10", "Halvera Rail put the number of strikers at about "
                                                                 "1,400.")])
    assert judged_as(tmp_path, articles, "Halvera Rail estimated that roughly 1,400 workers joined the stoppage.",
                     "number of strikers") == ("corroborating", "supported")


def test_a_crowd_put_at_a_figure_is_an_estimate_of_attendance(tmp_path: Path) -> None:
    articles = payloads([("rally-2", "Tarn Post", "2025-06-11",
                          "Thousands rallied in Vessen Square on Tuesday. Police put the crowd at about 3,000, while "
                          "the organisers said more than 20,000 people took part.")])
    claim = "Police estimated that about 3,000 people attended Tuesday's rally in Vessen Square."
    assert judged_as(tmp_path, articles, claim, "Police put the crowd") == ("corroborating", "supported")
