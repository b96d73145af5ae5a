"""Rules of 2026-12-06, twenty-eighth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: petrol bombs and drones at a grain terminal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.dossier.retrieval import build_query
from service.segment import split_sentences
from service.text.clauses import main_predicate
from service.text.events import is_made_when, read_events, sites_of
from service.text.extract import find_quantities, harm_words
from service.text.facts import read_article
from service.text.sources import body_kinds, office_kinds
from tests.support.judging import bucket_of, judged, payloads, reasons_of, stored

_TERMINAL = payloads([
    ("t1", "Harbour Times", "2025-05-06",
     "Three petrol bombs were thrown at the gate of the Orsk grain terminal on Monday, police said. The bombs "
     "scorched the gate, terminal manager Vera Lind said."),
    ("t2", "Coastal Post", "2025-05-07",
     "Two drones struck a conveyor at the Orsk grain terminal on Tuesday, the port authority said. Nobody was hurt."),
])


def test_a_bare_denial_of_harm_speaks_of_its_articles_incident(tmp_path: Path) -> None:
    # (before: "Nobody was hurt." was not found for a claim of injuries, and agreed with "hurt nobody" too weakly to
    # decide; the claims were unverified)
    for n, (claim, verdict, stance) in enumerate((
            ("The two drones launched at the Orsk grain terminal on Tuesday caused no injuries.", "supported",
             "corroborating"),
            ("The 2 drones launched at the Orsk grain terminal on Tuesday hurt nobody.", "supported", "corroborating"),
            ("The two drones flown at the Orsk grain terminal on Tuesday injured three dockworkers.", "refuted",
             "conflicting"))):
        doc = judged(tmp_path / str(n), _TERMINAL, claim)
        assert bucket_of(doc, "Nobody was hurt")[0] == stance, claim
        assert doc["verdict"]["label"] == verdict, claim
    # (of another incident the bare denial says nothing: the petrol bombs' day is not the drones')
    doc = judged(tmp_path / "bombs", _TERMINAL, "The petrol bombs thrown at the Orsk grain terminal on Monday injured "
                                                "a guard.")
    assert all("Nobody was hurt" not in item["passage"]["text"]
               for name in ("corroborating", "conflicting") for item in doc["evidence"][name])
    assert doc["verdict"]["label"] == "unverified"


def test_a_harm_is_searched_in_its_other_words(tmp_path: Path) -> None:
    assert harm_words("injuries") == ("injured", "hurt", "wounded")
    assert harm_words("died") == ("killed", "dead", "deaths")
    assert harm_words("drone") == ()
    with stored(tmp_path, _TERMINAL) as store:
        query, _ = build_query(store, analyze_claim("The drones caused no injuries."))
        words = {t.text: t.boost for t in query.terms}
        assert {"hurt", "wounded", "injured"} <= set(words)
        assert words["hurt"] < words["injuries"]  # (at a fraction of the claim's own word)
        # (not the harm of a clause that only picks out the incident)
        query, _ = build_query(store, analyze_claim("Two drones were used in the attack that injured five workers."))
        assert "hurt" not in {t.text for t in query.terms}


def test_an_irregular_past_verb_ends_a_participle_clause() -> None:
    assert main_predicate("The 2 drones launched at the terminal on Tuesday hurt nobody.") == "hurt nobody"
    assert main_predicate("The fire started in the kitchen on Monday cost the owner $2 million.") == \
        "cost the owner $2 million"
    # (a participle with a preposition after it is not the main verb)
    assert main_predicate("The workers hurt in the blast on Monday were treated in hospital.") == \
        "were treated in hospital"


def _credits(text: str, published: str | None = "2025-03-14") -> list[list[tuple[str, bool]]]:
    sentences = [s.text for s in split_sentences(text)]
    facts = read_article(sentences, [tuple(find_attributions(s)) for s in sentences], published)
    return [[(c.source, c.resolved) for c in f.credits] for f in facts]


def test_he_said_after_a_person_named_by_a_title_no_table_knows() -> None:
    # (before: "hospital director Dr. Maria Keane" was a credit of no kind, and "She said …" was credited to no one)
    assert _credits("The files included names, hospital director Dr. Maria Keane said. She said the breach had been "
                    "found on March 6.")[1] == [("Dr. Maria Keane", True)]
    assert _credits("Airport fire chief Lars Eide said no fire was found. He said the smoke came from an oven.")[1] \
        == [("Lars Eide", True)]
    # (not a body named after its common noun)
    assert _credits("Ferry operator Nordlink Lines said the ship was sound. He said it was inspected.")[1] == []


def test_a_sentence_going_on_about_those_counted_is_the_same_sources() -> None:
    said = _credits("All 17 miners were brought out alive, Energy Minister Rada Novak said. 3 of them were treated "
                    "for hypothermia. They were taken to the Brezovo hospital. The mine had been inspected in May.")
    assert said[1] == said[2] == [("Energy Minister Rada Novak", True)]
    assert said[3] == []  # (a sentence about something else is the outlet's own)
    # (nor after a sentence of two sources)
    assert _credits("Police said 17 were rescued, and the union said 20. 3 of them were treated.")[1] == []


_FLIGHT = payloads([
    ("f1", "Brekka Post", "2025-01-20",
     "Airport fire chief Lars Eide said no fire was found on board the Nordair plane. He said the smoke had come from "
     "an overheated oven in the rear galley."),
])


def test_what_the_sentence_before_denied_is_not_asserted_by_the_one_after(tmp_path: Path) -> None:
    # (before: "He said the smoke had come from …", read with the sentence before, asserted its "found")
    doc = judged(tmp_path, _FLIGHT, "Lars Eide said no fire was found on board the Nordair plane.")
    assert bucket_of(doc, "He said the smoke")[0] == "related"
    assert doc["verdict"]["label"] == "supported"
    doc = judged(tmp_path / "b", _FLIGHT, "Lars Eide said the smoke on the Nordair plane came from an overheated oven.")
    assert bucket_of(doc, "He said the smoke")[0] == "corroborating"


def _counts(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.predicate) for q in find_quantities(text)]


def test_a_number_that_names_a_road_or_a_flight_is_no_count() -> None:
    # (before: "Route 17" was 17 people killed, "Flight 322 landed" 322 landed)
    assert _counts("Four people were killed when a coach overturned on Route 17 near Dalby.") == \
        [("Four people", "killed")]
    assert _counts("Flight 322 landed at Gate 5 with 57 passengers.") == [("57 passengers", None)]


def test_a_load_and_a_length_suffer_no_fate() -> None:
    assert _counts("A coach carrying 42 passengers overturned, killing four.") == \
        [("42 passengers", None), ("four", "killed")]
    assert _counts("The shark that killed a swimmer was about 6 metres long.") == [("about 6 metres", None)]
    # (a count with its fate right after it keeps it; "with" is no load: "with 14 people still missing")
    assert _counts("Clashes with 20 killed were reported.") == [("20", "killed")]


_QUARRY = payloads([
    ("q1", "Valley News", "2025-07-06",
     "A blast tore through the Dornik quarry on Saturday. The regional fire service said two workers were killed and "
     "23 injured in the Dornik quarry blast."),
    ("q2", "Valley Wire", "2025-07-07",
     "Saint Ilse Hospital, the region's main trauma centre, said 27 people had been injured in the Dornik quarry "
     "blast."),
])


def test_a_count_opening_in_words_is_compared_and_a_hospital_that_speaks_is_no_site(tmp_path: Path) -> None:
    # (before: "Twenty-three" was read as a name qualifying the count, which was then compared with none; and the
    # hospital that counted the injured was the incident's site, another event)
    doc = judged(tmp_path, _QUARRY, "Twenty-three people were injured in the Dornik quarry blast.")
    assert bucket_of(doc, "27 people had been injured")[0] == "conflicting"
    assert bucket_of(doc, "23 injured")[0] == "corroborating"
    assert doc["verdict"]["label"] == "disputed"
    assert sites_of("Saint Ilse Hospital said 27 people had been injured in the blast.") == ()
    assert sites_of("A fire broke out at Saint Ilse Hospital on Monday, police said.") != ()


def test_a_drowning_is_told_of_the_articles_incident() -> None:
    events = read_events(["The river burst its banks in Lindow on Tuesday, April 11, 2023.",
                          "Two people drowned and 14 were taken to hospital."], "2023-04-12")
    assert events[1].start == events[0].start and events[1].basis == "article"


_FLOOD = payloads([
    ("w1", "River Wire", "2025-04-02",
     "Floods swept through the Varno valley on Tuesday, April 1, killing 9 people, the civil protection agency said. "
     "The national hydrology institute said the river had not burst its banks since 1998."),
    ("w2", "Varno Daily", "2025-04-03",
     "The mayor of Kesh, Anna Bril, said on Wednesday that 12 people had died in the April 1 floods."),
    ("w3", "Varno Daily", "2025-04-04",
     "Deputy Mayor Lev Sorin said 40 children were kept in the Kesh school overnight."),
])


def test_a_body_the_claim_describes_is_not_an_office_holder_of_another(tmp_path: Path) -> None:
    # (before: a person credited under a title — set off before the name, or before it — was a source the claim's
    # description could not place, and the mayor's 12 confirmed what the claim credits the agency with)
    doc = judged(tmp_path / "a", _FLOOD, "The civil protection agency said 12 people died in the April 1 floods in "
                                         "the Varno valley.")
    assert bucket_of(doc, "Anna Bril")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _FLOOD, "The education department said 40 children were kept in the Kesh school "
                                         "overnight.")
    assert bucket_of(doc, "Lev Sorin")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    # (the office's own body is its holder's: the city council speaks through its mayor)
    doc = judged(tmp_path / "c", _FLOOD, "The city council said 40 children were kept in the Kesh school overnight.")
    assert bucket_of(doc, "Lev Sorin")[0] == "corroborating"
    # (an institute is another kind of body than an agency)
    assert office_kinds("Deputy Mayor Lev Sorin") and not office_kinds("Lev Sorin")
    assert body_kinds("the national hydrology institute") != body_kinds("the civil protection agency")


def test_a_spokesperson_of_a_kind_of_body_speaks_for_the_body_the_article_names() -> None:
    # (before: "A company spokesperson" was a source of its own, so Helix's words under it were another's)
    assert _credits("Drugmaker Helix Pharma is recalling its drug Cardivex. A company spokesperson said no illnesses "
                    "had been reported.")[1] == [("Drugmaker Helix Pharma", True)]
    assert _credits("The Velmora Transport Agency closed the road. An agency official said it would reopen.")[1] == \
        [("Velmora Transport Agency", True)]
    assert _credits("Orrin Air said the plane was sound. A company spokesman said it would cooperate.")[1] == \
        [("Orrin Air", True)]


def test_a_trailing_he_said_is_the_speaker_named_before() -> None:
    # (before: "…, he said." at a sentence's end was credited to no one)
    assert _credits("Mayor Luis Ferrante said the billing system would be back by Friday. Customers will not be "
                    "charged late fees, he said.")[1] == [("Luis Ferrante", True)]


_STAMPEDE = payloads([
    ("s1", "Festival Wire", "2025-08-11",
     "A stampede at the Velha harvest festival on Sunday killed 15 people, festival organisers said. The regional "
     "police said 12 people had died."),
])


def test_people_named_by_what_they_do_are_not_the_body_a_claim_describes(tmp_path: Path) -> None:
    # (before: "festival organisers" were a source the police's description could not place, so their 15 confirmed
    # what the claim credits the police with)
    doc = judged(tmp_path, _STAMPEDE, "The regional police said 15 people died in the stampede at the Velha harvest "
                                      "festival.")
    assert doc["verdict"]["label"] == "refuted"


def test_the_day_a_statement_was_made_is_not_its_incidents() -> None:
    # (before: "said on Monday that four inmates had died in the riot" dated the riot to the Monday)
    events = read_events(["Inmates rioted at Kessel prison on Sunday, May 18.",
                          "Prison governor Marek Halloran said on Monday that four inmates had died in the riot.",
                          "Police said on Tuesday that two guards were hurt."], "2025-05-20")
    assert events[1].start == date(2025, 5, 18)
    assert events[2].weekday == 1  # (a statement of no incident named by its kind keeps the day)


_COLLAPSE = payloads([
    ("c1", "Metro Wire", "2025-06-02",
     "A shopping arcade collapsed in central Dorne on Sunday. At least 23 people died, the fire service said. About 60 "
     "people were injured."),
])


def test_a_bound_that_takes_in_another_fates_count_is_no_fate_mismatch(tmp_path: Path) -> None:
    # (before: "About 60 people were injured" was the claim's "at least 23" with the other fate, since the bound
    # takes 60 in; the claim was refuted)
    doc = judged(tmp_path, _COLLAPSE, "At least 23 people died when the shopping arcade in Dorne collapsed on Sunday.")
    assert all(r["type"] != "fate_mismatch" for r in reasons_of(doc))
    assert doc["verdict"]["label"] == "supported"


_RIOT = payloads([
    ("r1", "Eastern Chronicle", "2025-05-20",
     "Inmates took two guards hostage during a riot at Kastel prison on Sunday, May 18. Prison governor Marek Halloran "
     "said four inmates had died in the riot. He said both guards had been freed unharmed."),
])


def test_harm_a_prefix_denies_of_some_is_not_denied_of_others(tmp_path: Path) -> None:
    # (before: "both guards had been freed unharmed" denied the inmates' deaths: partly supported, so refuted)
    doc = judged(tmp_path, _RIOT, "Four inmates died in the Kastel prison riot on May 18.")
    assert bucket_of(doc, "freed unharmed")[0] != "conflicting"
    assert doc["verdict"]["label"] == "supported"
    # (the set it names is still denied harm)
    doc = judged(tmp_path / "b", _RIOT, "Both guards taken hostage in the Kastel prison riot were injured.")
    assert any(r["type"] == "negation" for r in bucket_of(doc, "freed unharmed")[1]["reasons"])


_SPAN = payloads([
    ("h1", "Castor Post", "2023-09-14",
     "Part of the Harlan Bridge in Castor collapsed on Wednesday, September 13, 2023, killing two people. The bridge "
     "was built in 1974 and last inspected in 2021, the city's engineer said."),
])


def test_a_thing_built_once_misdated_is_refuted(tmp_path: Path) -> None:
    # (before: "built in 1974" was another event than the claim's 1947, and the claim unverified)
    doc = judged(tmp_path, _SPAN, "The Harlan Bridge in Castor was built in 1947.")
    assert bucket_of(doc, "built in 1974")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    assert judged(tmp_path / "b", _SPAN, "The Harlan Bridge in Castor was built in 1974.")["verdict"]["label"] == \
        "supported"
    assert is_made_when("The jail was built in the 1970s.") and not is_made_when("a jail built for 900 inmates")
