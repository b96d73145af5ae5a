"""Rules of 2026-12-06, twenty-seventh session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: rockets and drones at a fuel depot."""

from __future__ import annotations

from pathlib import Path

from service.dossier.analysis import as_sentence
from service.text.clauses import main_predicate, reference_clauses
from service.tokens import stem
from tests.support.judging import bucket_of, judged, judged_as, payloads


def test_a_claim_is_read_with_its_abbreviations_written_out() -> None:
    assert as_sentence("The drones launched on Oct. 31 hit the base.") == \
        "The drones launched on October 31 hit the base."
    assert as_sentence("Sept. 2023 was the month Gen. Aldo Renik resigned.") == \
        "September 2023 was the month Gen. Aldo Renik resigned."  # (a title keeps its stop: the name is read with it)
    # (a stop that ends the claim, or a word that is no abbreviation before a figure, stays)
    assert as_sentence("The depot was hit in Oct.") == "The depot was hit in Oct."
    assert as_sentence("The Gen. said so.") == "The Gen. said so."


def test_a_participle_clause_ends_at_the_main_verb_in_the_past() -> None:
    assert main_predicate("The four rockets fired at the depot on Monday caused no damage.") == "caused no damage"
    assert main_predicate("Troops deployed to the base in January included 300 marines.") == "included 300 marines"
    # (not at a participle that takes a preposition, nor at an adjective after a determiner)
    assert main_predicate("The rockets fired at the base used by US forces on Monday hit a hangar.") == "hit a hangar"
    assert main_predicate("The drones launched at the base on the disputed border hit two hangars.") == \
        "hit two hangars"
    # (a title's stop ends no clause)
    assert main_predicate("The officer hurt at the gate on Monday was Gen. Aldo Renik.") == "was Gen. Aldo Renik"
    # (nor is the main verb one of a clause a conjunction opens, nor an adjective after a count or an adverb, nor a
    # verb whose subject is a name)
    assert main_predicate("The passengers rescued near Holm Island after the ferry capsized Monday were all "
                          "unharmed.") == "were all unharmed"
    assert main_predicate("The drones launched at two guarded depots on Monday destroyed a truck.") == \
        "destroyed a truck"
    text = "The workers injured at the plant Delta Chem opened last year died in an explosion."
    assert main_predicate(text) == text
    # (a verb with a preposition after it may be the main one or not: the whole sentence, as before)
    text = "The rocket fired at the base on Monday landed near the runway."
    assert main_predicate(text) == text


def test_another_event_named_as_the_time_may_hold_a_figure() -> None:
    text = "Police said 4 rockets hit the depot on Monday, the day before 2 drones struck it."
    assert [text[a:b] for a, b in reference_clauses(text)] == [", the day before 2 drones struck it"]
    assert reference_clauses("It happened on Monday, the day before October 31.") == []


_DEPOT = payloads([
    ("d1", "Northern Wire", "2025-03-11",
     "Four rockets were fired at the Brask fuel depot on Monday night, police said. Firefighters were called to the "
     "depot's eastern gate. Officials did not say whether anything was damaged."),
    ("d2", "Coast Herald", "2025-03-12",
     "Two drones struck the Brask fuel depot on Tuesday. The drone attack on the Brask depot caused no damage or "
     "injuries, the regional governor said."),
])


def test_what_the_clause_only_identifies_does_not_confirm_the_claim(tmp_path: Path) -> None:
    # (before: the rockets' count in the subject's clause made d1 corroborate "caused no damage", which it does not say)
    for n, claim in enumerate(("The four rockets fired at the Brask fuel depot on Monday caused no damage.",
                               "The 4 rockets fired at the Brask fuel depot on Monday caused no damage.")):
        doc = judged(tmp_path / str(n), _DEPOT, claim)
        assert bucket_of(doc, "Four rockets were fired")[0] == "related"
        assert bucket_of(doc, "The drone attack on the Brask depot")[0] == "other_events"
        assert doc["verdict"]["label"] == "unverified"


def test_a_count_in_digits_is_read_as_in_words(tmp_path: Path) -> None:
    # (before: "2 drones" of the day before was compared as the claim's own count, and matched d2's drones)
    verdicts = set()
    for n, claim in enumerate(("Police said the depot was hit by four rockets on Monday, the day before two drones "
                               "struck it.",
                               "Police said the depot was hit by 4 rockets on Monday, the day before 2 drones struck "
                               "it.")):
        doc = judged(tmp_path / str(n), _DEPOT, claim)
        bucket, item = bucket_of(doc, "Two drones struck")
        assert bucket == "other_events" and not any(r["type"] == "quantity_match" for r in item["reasons"])
        verdicts.add(doc["verdict"]["label"])
    assert verdicts == {"supported"}


def test_an_attack_by_other_arms_is_not_the_claims_misdated(tmp_path: Path) -> None:
    # (before: d2's drone attack that "caused no damage" a day later was the claim's rockets misdated: refuted)
    doc = judged(tmp_path / "arms", _DEPOT, "The rockets fired at the Brask fuel depot on Mar. 10 caused no damage.")
    bucket, item = bucket_of(doc, "The drone attack on the Brask depot")
    assert bucket == "other_events" and not any(r["type"] == "date_mismatch" for r in item["reasons"])
    assert doc["verdict"]["label"] == "unverified"


def test_a_passage_figure_states_the_claims_number_word() -> None:
    from service.dossier.stance.terms import read_stems
    stems = read_stems("Police said 3 drones and 12 Katyushas were fired at 10 am near Shaft 3 on 10 October.", None)
    assert {"three", stem("twelve")} <= stems
    assert stem("ten") not in stems  # (a time and a day are no counts)


_SIEGE = payloads([
    ("s1", "Sarvo Post", "2025-02-05",
     "The siege of the Arven bank in Sarvo on Tuesday lasted half an hour, police said. Two hostages were freed."),
    ("s2", "Valley Courier", "2025-02-04",
     "A power cut hit the Lenvik district of Sarvo on Monday morning. The power cut in Lenvik lasted nearly nine "
     "hours, the grid operator Nordnett said."),
])


def test_a_half_is_part_of_its_figure() -> None:
    from service.text.extract import find_quantities
    read = {q.span.text: (q.value, q.unit) for q in find_quantities(
        "It lasted two and a half hours, then half an hour more, and 3 and a half days later half a dozen left.")}
    assert read["two and a half hours"] == (2.5, "hours") and read["half an hour"] == (0.5, "hour")
    assert read["3 and a half days"] == (3.5, "days") and "two" not in read
    # ("half a dozen" is six, not the dozen after it; a capital "Half" too)
    assert [value for text, (value, _) in read.items() if text.startswith("half a dozen")] == [6.0]
    [six] = find_quantities("Half a dozen people were injured.")
    assert (six.value, six.unit) == (6.0, "people")


def test_a_span_with_a_half_is_compared(tmp_path: Path) -> None:
    # (before: "half an hour" was no amount, and "two and a half hours" a bare "two")
    bucket, label = judged_as(tmp_path / "a", _SIEGE, "The siege of the Arven bank on Tuesday lasted 30 minutes.",
                              "lasted half an hour")
    assert (bucket, label) == ("corroborating", "supported")
    bucket, label = judged_as(tmp_path / "b", _SIEGE, "The siege of the Arven bank on Tuesday lasted three hours.",
                              "lasted half an hour")
    assert (bucket, label) == ("conflicting", "refuted")
    doc = judged(tmp_path / "c", _SIEGE, "The power cut in Lenvik on Monday lasted two and a half hours.")
    bucket, item = bucket_of(doc, "lasted nearly nine hours")
    assert bucket == "conflicting" and any("2.5" in r["detail"] for r in item["reasons"]
                                           if r["type"] == "quantity_mismatch")


_PERMIT = payloads([
    ("p1", "Kessby Courier", "2025-01-22", "The Orlen Mining Company filed its permit application on Tuesday, "
                                           "January 21. Three petrol bombs were thrown at the company's gate on "
                                           "Monday night, police said."),
    ("p2", "Kessby Courier", "2025-02-05", "The regional board in Kessby rejected Orlen's permit application on "
                                           "Tuesday, February 4."),
])


def test_more_participles_pick_a_subject_out() -> None:
    assert main_predicate("The three petrol bombs thrown at the gate on Monday destroyed a patrol car.") == \
        "destroyed a patrol car"
    assert main_predicate("The 52 passengers rescued off Holm Island on Monday included the captain.") == \
        "included the captain"


def test_the_main_clauses_day_is_the_claims_event(tmp_path: Path) -> None:
    # (before: the claim's event was January 21, the day of the clause that picks the application out)
    bucket, label = judged_as(tmp_path / "a", _PERMIT, "The permit application filed by Orlen on January 21 was "
                                                       "rejected on February 4.", "rejected Orlen's permit")
    assert (bucket, label) == ("corroborating", "supported")
    # (and what the subject's clause says is not what the claim asserts of it)
    bucket, label = judged_as(tmp_path / "b", _PERMIT, "The three petrol bombs thrown at Orlen's gate on Monday "
                                                       "destroyed a patrol car.", "petrol bombs were thrown")
    assert bucket == "related" and label == "unverified"


def test_a_title_of_lowercase_words_opening_a_sentence_is_no_source() -> None:
    from service.text.sources import source_name
    assert source_name("Coast guard commander Capt. Yusuf Adler") == "Capt. Yusuf Adler"
    assert source_name("Border police chief Anna Berg") == "Anna Berg"
    assert source_name("Reuters correspondent John Smith") == "Reuters"


def test_a_speaker_is_matched_past_the_title_before_the_name(tmp_path: Path) -> None:
    # (before: the credit was "Coast", the sentence's first word, and the claim's speaker a source_mismatch)
    articles = payloads([("f1", "Holm Gazette", "2024-06-11",
                          "The ferry Maren Star sank off Holm Island on Monday, June 10. Coast guard commander Capt. "
                          "Yusuf Adler said 52 passengers were rescued and 4 were missing.")])
    bucket, label = judged_as(tmp_path, articles, "Yusuf Adler said 52 passengers were rescued when the Maren Star "
                                                  "sank.", "52 passengers were rescued")
    assert (bucket, label) == ("corroborating", "supported")


_GATE = payloads([
    ("g1", "Tarsk Daily", "2025-03-04",
     "Three petrol bombs were thrown at the customs gate of the Port of Tarsk on Monday night during a strike, police "
     "said. The bombs scorched the gate but caused no injuries, the port director said."),
])


def test_the_count_a_clause_picks_out_identifies_and_the_rest_is_asserted(tmp_path: Path) -> None:
    # (before: "three" was the claim's assertion, so the sentence that states what it asserts, with no count, could
    # not confirm it)
    doc = judged(tmp_path / "a", _GATE, "The three petrol bombs thrown at the customs gate of the Port of Tarsk on "
                                        "Monday caused no injuries.")
    assert bucket_of(doc, "caused no injuries")[0] == "corroborating"
    assert bucket_of(doc, "Three petrol bombs were thrown")[0] == "related"
    assert doc["verdict"]["label"] == "supported"
    # (a count the passage gives otherwise still conflicts)
    doc = judged(tmp_path / "b", _GATE, "The four petrol bombs thrown at the customs gate of the Port of Tarsk on "
                                        "Monday caused no injuries.")
    assert bucket_of(doc, "Three petrol bombs were thrown")[0] == "conflicting"
    assert doc["verdict"]["label"] != "supported"


def test_all_of_a_count_is_asserted() -> None:
    from service.text.clauses import picked_counts
    from service.text.extract import find_quantities
    text = "The two drones that struck the base caused no damage."
    assert [q.span.text for q in picked_counts(text, find_quantities(text))] == ["two drones"]
    text = "All four people killed in the strike were fighters."
    assert picked_counts(text, find_quantities(text)) == []


_SIEGE_DOLNY = payloads([
    ("h1", "City Wire", "2025-06-10",
     "An armed man took 6 hostages at the Central Savings Bank in Dolny on Monday, June 9, police said. All the "
     "hostages were freed unharmed after a 5-hour standoff, police spokesman Sgt. Ana Kovic said."),
])


def test_what_befell_the_people_in_an_incident_is_told_of_it(tmp_path: Path) -> None:
    # (before: "All the hostages were freed unharmed" reported no incident, so it had no event, and "unharmed" was no
    # word of harm: both claims came back unverified)
    doc = judged(tmp_path / "a", _SIEGE_DOLNY, "Two hostages held at the Central Savings Bank in Dolny on Monday were "
                                               "injured.")
    assert bucket_of(doc, "freed unharmed")[0] == "conflicting" and doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _SIEGE_DOLNY, "None of the hostages held at the Central Savings Bank in Dolny on "
                                               "Monday were hurt.")
    bucket, item = bucket_of(doc, "freed unharmed")
    assert bucket == "corroborating" and doc["verdict"]["label"] == "supported"
    # (all of them unharmed is none of them hurt: no share of the set in dispute)
    assert not any(r["type"] == "quantity_mismatch" for r in item["reasons"])


def test_harm_denied_by_its_prefix_is_a_fate_spoken_of() -> None:
    from service.dossier.stance.terms import _fates_of, read_stems
    assert _fates_of(read_stems("The two pilots were unhurt and the crew escaped unscathed.", None)) == {"~injured"}


def test_a_speaker_is_read_past_a_short_rank_after_the_bodys_title(tmp_path: Path) -> None:
    # (before: "Civil Protection chief Col. Max Brenner" spoke for Civil Protection only, and a claim crediting Max
    # Brenner came back refuted by its own sentence, a source_mismatch)
    articles = payloads([("k1", "Korva News", "2025-04-09",
                          "A breach at the Korva Dam on Tuesday forced the evacuation of 1,200 residents, Civil "
                          "Protection chief Col. Max Brenner said.")])
    for n, who in enumerate(("Col. Max Brenner", "Civil Protection")):
        bucket, label = judged_as(tmp_path / str(n), articles, f"{who} said 1,200 residents were evacuated after the "
                                                               "Korva Dam breach on Tuesday.", "1,200 residents")
        assert (bucket, label) == ("corroborating", "supported")
    bucket, label = judged_as(tmp_path / "p", articles, "Police said 1,200 residents were evacuated after the Korva "
                                                        "Dam breach on Tuesday.", "1,200 residents")
    assert (bucket, label) == ("conflicting", "refuted")


def test_what_counted_containers_held_is_compared(tmp_path: Path) -> None:
    # (before: "14 wagons of coal" was confirmed by "14 wagons of grain", the count alone compared)
    articles = payloads([("t1", "Rail Wire", "2025-04-08",
                          "A freight train derailed at Velka Junction on Monday, April 7, spilling 14 wagons of grain, "
                          "rail operator Nordrail said. Talks with the union lasted 30 hours of the weekend.")])
    claim = "A freight train derailed at Velka Junction on Monday, spilling 14 wagons of {}."
    bucket, label = judged_as(tmp_path / "a", articles, claim.format("coal"), "14 wagons of grain")
    assert (bucket, label) == ("conflicting", "refuted")
    bucket, label = judged_as(tmp_path / "b", articles, claim.format("grain"), "14 wagons of grain")
    assert (bucket, label) == ("corroborating", "supported")
    from service.dossier.stance.amounts import _held
    assert _held("spilling 14 wagons of the train", "14 wagons")[0] == set()  # (what they are part of)
    assert _held("after 30 hours of talks", "30 hours")[0] == set()  # (a span, of what was done in it)


def test_who_nobody_was_is_not_what_is_denied(tmp_path: Path) -> None:
    from service.text.extract import find_negations
    [negation] = find_negations("Nobody from the birthday party at Villa Marena on Tuesday was taken to hospital.")
    assert negation.scope.text.endswith("was taken to hospital")
    # (before: the claim "denied" the birthday party, which the report of the outbreak asserts)
    articles = payloads([("w1", "Kosta Herald", "2024-07-10",
                          "A food poisoning outbreak hit a birthday party at Villa Marena in Kosta on Tuesday, July 9, "
                          "with 14 people falling ill, Dr. Ivo Rask said. Nobody was taken to hospital.")])
    doc = judged(tmp_path, articles, "Nobody from the birthday party at Villa Marena on Tuesday was taken to hospital.")
    assert bucket_of(doc, "Nobody was taken")[0] == "corroborating"
    assert not any(r["type"] == "negation" for r in bucket_of(doc, "outbreak hit")[1]["reasons"])
    assert doc["verdict"]["label"] != "refuted"
