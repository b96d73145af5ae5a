"""Rules of 2026-12-06, twenty-ninth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a tornado in a town, a council's vote on a seawall."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.segment import split_sentences
from service.text.extract import find_dates, find_negations, find_quantities, tells_risen_toll
from service.text.facts import read_article
from service.text.places import locations_of, town_named
from service.text.sources import source_name
from service.text.tallies import find_tallies
from tests.support.judging import bucket_of, judged, payloads

_VILLAGES = payloads([
    ("v1", "Coast Wire", "2025-05-10",
     "An EF2 tornado struck the town of Penrow in Valdoria's Korvath province on Friday, the National Weather "
     "Office said. Two people were injured. Officials said the storm destroyed 14 homes."),
    ("v2", "Coast Wire", "2025-06-21",
     "A hailstorm hit the town of Dunby on Thursday. Officials said it damaged 40 homes."),
])
_COUNCIL = payloads([
    ("c1", "Coast Wire", "2025-03-05",
     "Marlow's council voted 7-2 to fund the seawall repair, council clerk Ann Bey said. About 12,000 residents live "
     "behind the wall."),
])


def test_a_town_s_province_is_where_it_is() -> None:
    found = locations_of("An EF2 tornado struck the town of Penrow in Valdoria's Korvath province on Friday.")
    # (before: the owner's possessive hid the province from the town)
    assert [(loc.place, loc.level, loc.subject) for loc in found] == [
        ("Penrow", "city", None), ("Korvath", "province", "Penrow")]


def test_a_claims_town_no_table_knows_is_the_town_of_its_passages(tmp_path: Path) -> None:
    assert town_named("The tornado in Penrow destroyed 40 homes.") == "Penrow"
    assert town_named("A fire in March killed three.") is None  # (a month)
    assert town_named("The fire at the Brennick warehouse killed two.") is None  # (a site's name)
    assert town_named("A blast in Velmora's Sarvel district") is None  # (an owner)
    assert analyze_claim("The tornado in Penrow destroyed 40 homes.").event.town == "Penrow"
    # (before: the claim named no date or site, the passage of its town was not of its event, and 14 homes against
    # its 40 decided nothing: unverified)
    doc = judged(tmp_path / "a", _VILLAGES, "The tornado in Penrow destroyed 40 homes.")
    assert bucket_of(doc, "destroyed 14 homes")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    assert bucket_of(doc, "destroyed 14 homes")[1]["event"]["label"] == "incident in Penrow, 2025-05-09"
    doc = judged(tmp_path / "b", _VILLAGES, "The tornado in Penrow destroyed 14 homes.")
    assert doc["verdict"]["label"] == "supported"
    # (another town's 40 homes are not Penrow's: the claim is of its own town's passages)
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


def _credits(text: str) -> list[list[tuple[str, str]]]:
    sentences = [s.text for s in split_sentences(text)]
    facts = read_article(sentences, [tuple(find_attributions(s)) for s in sentences], "2025-01-10")
    return [[(c.written, c.source) for c in f.credits] for f in facts]


def test_who_a_title_a_quote_s_pronoun_and_a_named_subject_credit() -> None:
    found = _credits('Health Minister Tobias Grunwald said the talks had ended. The minister said the 3 percent offer '
                     'was final. Stefan Arkell refused to concede on Tuesday. He said ballots had been tampered with. '
                     'Harlow chief executive Dana Whitcombe said the merger was agreed. "This is a merger of equals. '
                     'No store will close as a result," she said.')
    # (before: "The minister" was a description of nobody, "He" was the minister, and the quote's "she" nobody)
    assert found[1] == [("The minister", "Tobias Grunwald")]
    assert found[3] == [("He", "Stefan Arkell")]
    assert found[6] == [("she", "Dana Whitcombe")]
    # (a title the article gave nobody stays a description)
    assert _credits("Floods hit Varnholt on Monday. The governor said 40 homes were lost.")[1] == [
        ("The governor", "The governor")]


_NURSES = payloads([
    ("n1", "Capital Post", "2025-02-03",
     "Health Minister Tobias Grunwald met union leaders on Monday. The minister said the 3 percent offer was final."),
])


def test_a_bare_title_speaks_for_the_person_named_with_it(tmp_path: Path) -> None:
    # (before: "The minister" was another source than Grunwald: refuted, misattributed)
    doc = judged(tmp_path, _NURSES, "Tobias Grunwald said the 3 percent offer was final.")
    assert doc["verdict"]["label"] == "supported"
    assert "misattributed" not in doc["verdict"]["flags"]


_FIRE = payloads([
    ("f1", "Dorval Courier", "2025-03-02", "A fire at Lorne Hospital on Saturday killed six patients, the fire service "
                                           "said."),
    ("f2", "Capital Post", "2025-03-03", "The death toll from the Lorne Hospital fire rose to eight on Sunday, the "
                                         "health ministry said."),
])


def test_a_toll_that_rose_supersedes_the_earlier_count(tmp_path: Path) -> None:
    # (before: the toll's eight was no count of patients, and the earlier six refuted the claim of eight)
    doc = judged(tmp_path / "a", _FIRE, "Eight patients died in the fire at Lorne Hospital.")
    assert bucket_of(doc, "rose to eight")[0] == "corroborating"
    kind, item = bucket_of(doc, "killed six patients")
    assert kind == "related" and any(r["type"] == "superseded" for r in item["reasons"])
    assert doc["verdict"]["label"] == "supported"
    # (…and the earlier figure is the count of its day, which the later one replaced: before, supported)
    doc = judged(tmp_path / "b", _FIRE, "Six patients died in the fire at Lorne Hospital.")
    assert bucket_of(doc, "rose to eight")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    # (a count the claim gives as of a time is that time's: the earlier report is not superseded)
    doc = judged(tmp_path / "c", _FIRE, "Six patients had died in the fire at Lorne Hospital by Saturday night.")
    assert all(r["type"] != "superseded" for r in bucket_of(doc, "killed six patients")[1]["reasons"])


def test_what_is_ruled_out_is_denied_by_its_head() -> None:
    def denied(text: str) -> list[tuple[str, str]]:
        return [(n.cue.text, n.scope.text) for n in find_negations(text)]
    assert denied("She ruled out brake failure as a cause of the crash.") == [("ruled out", "failure")]
    assert denied("The minister ruled out fuel rationing during the strike.") == [("ruled out", "rationing")]
    assert denied("Investigators had ruled out the use of explosives.") == [("ruled out", "explosives")]
    assert denied("Velik said explosives had been ruled out as investigators looked at corrosion.") == [
        ("ruled out", "explosives")]
    assert denied("He dismissed sabotage as a cause.") == [("dismissed", "sabotage")]
    # (not ruled out is still possible: neither denied nor asserted)
    assert denied("Police have not ruled out arson.") == []
    assert denied("Arson could not be ruled out.") == []
    assert [a.source for a in find_attributions("Police have not ruled out arson, a spokesman said.")] == [
        "Police", "a spokesman"]


_BUS = payloads([
    ("b1", "Tarvo Herald", "2025-06-10",
     "Transport minister Elena Brock said the bus that crashed near Tarvo had passed a test in June. She ruled out "
     "brake failure as a cause of the crash."),
])


def test_a_cause_ruled_out_contradicts_it_and_says_who_ruled_it_out(tmp_path: Path) -> None:
    # (before: "ruled out" denied nothing and credited no one: unverified, supported, supported)
    doc = judged(tmp_path / "a", _BUS, "Elena Brock said brake failure caused the Tarvo bus crash.")
    assert bucket_of(doc, "ruled out brake failure")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _BUS, "Police chief Anton Sedlak ruled out brake failure as a cause of the Tarvo bus "
                                       "crash.")
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]
    doc = judged(tmp_path / "c", _BUS, "Elena Brock dismissed brake failure as a cause of the Tarvo bus crash.")
    assert doc["verdict"]["label"] == "supported"


_WARD = payloads([
    ("w1", "Dorval Courier", "2025-03-03",
     "A fire in the intensive care unit of Lorne Hospital on Saturday killed six patients, the fire service said. "
     "Health minister Clara Jovic said the fire alarms at Lorne Hospital had worked properly."),
    ("w2", "Dorval Courier", "2025-05-12",
     "A fire broke out on Sunday in the laundry of Lorne Hospital, where a blaze killed six patients in March."),
])


def test_nobody_hurt_is_nobody_killed_and_opposite_acts_contradict(tmp_path: Path) -> None:
    # (before: a claim that nobody was hurt asked a passage to assert injuries, and "killed" asserted none: unverified)
    doc = judged(tmp_path / "a", _WARD, "Nobody was hurt in the fire in the intensive care unit of Lorne Hospital.")
    assert bucket_of(doc, "killed six patients, the fire")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    # (deaths a passage recalls of another fire deny nothing of the claim's: "…, where a blaze killed six in March")
    doc = judged(tmp_path / "b", _WARD, "Nobody was hurt in the May fire in the laundry of Lorne Hospital.")
    assert bucket_of(doc, "where a blaze killed")[0] != "conflicting"
    # (before: "worked properly" and "failed" were two unrelated verbs: unverified)
    doc = judged(tmp_path / "c", _WARD, "Clara Jovic said the fire alarms at Lorne Hospital had failed.")
    assert bucket_of(doc, "worked properly")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


_SMOKE = payloads([
    ("s1", "Dorval Courier", "2025-03-03",
     "A fire at Lorne Hospital on Saturday forced the evacuation of about 120 patients. Three nurses were treated for "
     "smoke inhalation."),
])


def test_the_same_count_of_another_trade_contradicts(tmp_path: Path) -> None:
    # (before: doctors and nurses were not compared at all, and the passage corroborated by its words)
    doc = judged(tmp_path / "a", _SMOKE, "Three doctors were treated for smoke inhalation after the fire at Lorne "
                                         "Hospital.")
    assert bucket_of(doc, "Three nurses")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _SMOKE, "Three nurses were treated for smoke inhalation after the fire at Lorne "
                                         "Hospital.")
    assert doc["verdict"]["label"] == "supported"


def test_unknown_bodies_stay_unknown_and_people_familiar_are_anonymous() -> None:
    # (before: "The central bank" was taken for the one-word name before it)
    found = _credits("Osei said rates would rise. The central bank said rates would stay. Nordwire reported the deal. "
                     "The agency said it was done.")
    assert found[1] == [("The central bank", "The central bank")]
    assert found[3] == [("The agency", "Nordwire")]  # (an agency's description still finds the unknown name)
    assert [a.kind for a in find_attributions("Radio Keldra reported, citing two people familiar with the case, that "
                                              "the rider was tested.")] == ["media", "anonymous"]


_DOPING = payloads([
    ("d1", "Velo Wire", "2024-03-05",
     "Radio Keldra reported, citing two people familiar with the case, that Dovrak had been tested three times in "
     "February. The cycling federation declined to comment."),
])


def test_an_outlet_citing_unplaced_people_does_not_show_what_a_body_said(tmp_path: Path) -> None:
    # (before: both passages corroborated the federation's statement: supported)
    doc = judged(tmp_path, _DOPING, "The cycling federation said Dovrak had been tested three times in February.")
    kind, item = bucket_of(doc, "Radio Keldra")
    assert kind == "related" and any(r["type"] == "source_unstated" for r in item["reasons"])
    assert bucket_of(doc, "declined to comment")[0] == "related"
    assert doc["verdict"]["label"] == "unverified"


def test_a_day_to_come_is_of_the_year_ahead() -> None:
    # (before: "on Nov. 1" in an article of October 9 was always the November before)
    day = date(2024, 10, 9)
    assert [d.start for d in find_dates("She said she would be sworn in on Nov. 1.", day)] == [date(2024, 11, 1)]
    assert [d.start for d in find_dates("The trial is due to start on September 16.", day)] == [date(2025, 9, 16)]
    assert [d.start for d in find_dates("The fire broke out on Nov. 1.", day)] == [date(2023, 11, 1)]


_SIDES = payloads([
    ("m1", "Capital Post", "2025-06-10",
     "Museum director Henrik Falk said the alarm had worked properly, while police spokeswoman Maria Lund said the "
     "alarm had sounded only after the thieves had left."),
    ("m2", "Capital Post", "2025-06-11",
     "Nurses walked out at four hospitals on Monday. The union is demanding a 9 percent rise, while the government "
     "has offered 3 percent."),
])


def test_each_side_of_a_contrast_speaks_and_holds_its_own(tmp_path: Path) -> None:
    # (before: Lund's side shared "alarm", enough to be the claim's: supported)
    doc = judged(tmp_path / "a", _SIDES, "Maria Lund said the alarm had worked properly.")
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]
    doc = judged(tmp_path / "b", _SIDES, "Henrik Falk said the alarm had worked properly.")
    assert doc["verdict"]["label"] == "supported"
    # (before: a figure was held only by a capitalised name: the union's 9 percent was the government's too)
    doc = judged(tmp_path / "c", _SIDES, "The government offered nurses a 9 percent rise.")
    assert bucket_of(doc, "while the government")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "d", _SIDES, "The government offered nurses a 3 percent rise.")
    assert doc["verdict"]["label"] == "supported"


def test_what_carried_a_virus_is_no_source_and_a_titled_name_is_he() -> None:
    # (before: "wild geese" were the speaker of "carried by", and "He" had no one to stand for: the title "officer"
    # was read as a military one)
    assert find_attributions("He said the virus was probably carried by wild geese.") == []
    assert [a.source for a in find_attributions("The remarks were carried by Radio Keldra.")] == ["Radio Keldra"]
    found = _credits("Chief veterinary officer Tomas Renn said the outbreak had spread. He said the virus was probably "
                     "carried by wild geese.")
    assert found[1] == [("He", "Tomas Renn")]
    # (a body's credit under its director's name leaves "He" the director's)
    found = _credits("Valmont Lifts director Hugo Brandt denied that inspections had been skipped. He said the line "
                     "had passed a safety check in May.")
    assert found[1] == [("He", "Hugo Brandt")]


def test_a_hyphenated_length_takes_no_fate() -> None:
    # (before: the unit joined after the fate was read, and "a 40-km stretch" was 40 kilometres killed)
    found = find_quantities("The leak had killed fish along a 40-km stretch of the River Sella.")
    assert [(q.low, q.unit, q.predicate) for q in found] == [(40.0, "km", None)]


_HEAT = payloads([
    ("h1", "Sarenza Post", "2025-07-16",
     "The health ministry said 12 people had died of heat-related causes since Friday. Two farm workers collapsed "
     "while picking tomatoes in fields outside Sarenza on Tuesday, and one of them died on the way to hospital, "
     "police said."),
    ("h2", "Capital Post", "2025-07-18",
     "The number of heat-related deaths in Sarenza has risen to 31, health minister Carla Ventos said. She said no new "
     "deaths had been reported in Orvik and that nine patients remained in intensive care there."),
])


def test_a_toll_counts_everyone_and_a_part_of_it_is_no_other_figure(tmp_path: Path) -> None:
    assert tells_risen_toll("The number of heat-related deaths in Sarenza has risen to 31.")  # (before: no modifier)
    # (before: the earlier 12 disputed the latest toll)
    doc = judged(tmp_path / "a", _HEAT, "The heatwave in Sarenza killed 31 people.")
    assert doc["verdict"]["label"] == "supported"
    # (and the one farm worker who died is a part of the claim's 31, not another figure for them)
    assert bucket_of(doc, "one of them died")[0] != "conflicting"
    # (before: one farm worker was another figure for the toll of 31, and the 12 for it: disputed)
    doc = judged(tmp_path / "b", _HEAT, "One farm worker died after collapsing in fields outside Sarenza.")
    assert all(r["type"] != "superseded" for r in bucket_of(doc, "one of them died")[1]["reasons"])
    assert doc["verdict"]["label"] == "supported"


def test_people_of_a_kind_under_a_harm_are_counted_and_halving_is_no_doubling(tmp_path: Path) -> None:
    articles = payloads([
        ("r1", "Run Wire", "2025-11-06",
         "A second runner who collapsed at the Portello Marathon died in hospital on Wednesday, bringing the death "
         "toll to two. The Portello Marathon's organisers had doubled the number of water stations this year to 24."),
        ("r2", "Run Wire", "2025-11-08", "Police said 22 suspects were held in the Kessera oil theft investigation."),
    ])
    # (before: runners were no counted class, and the toll's two did not decide against three: supported)
    doc = judged(tmp_path / "a", articles, "Three runners died after the Portello Marathon.")
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", articles, "Organisers of the Portello Marathon halved the number of water stations "
                                           "this year.")
    assert doc["verdict"]["label"] == "refuted"
    # (before: 22 people and 22 suspects were two counts: unverified)
    doc = judged(tmp_path / "c", articles, "22 people were held in the Kessera oil theft investigation.")
    assert doc["verdict"]["label"] == "supported"


def test_a_portfolio_before_a_title_is_no_source() -> None:
    # (before: "Petroleum minister Grace Adeyo" was the source "Petroleum", which "Marun Petroleum" matched)
    assert source_name("Petroleum minister Grace Adeyo") == "Grace Adeyo"
    assert source_name("Marun Petroleum") == "Marun Petroleum"
