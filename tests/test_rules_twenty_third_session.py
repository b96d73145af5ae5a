"""Rules of 2026-12-06, twenty-third session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: river floods, a hospital blackout, a hailstorm."""

from __future__ import annotations

from pathlib import Path

from tests.support.judging import bucket_of, judged, payloads

# --- a part of one tally is not a part of another ---------------------------------------------------------------------

_FLOODS = payloads([
    ("f1", "Valley Post", "2025-04-02",
     "The floods in Tarven province have killed more than 212 people, 58 of them children, the disaster agency said "
     "on Tuesday."),
    ("f2", "Valley Post", "2025-04-20",
     "At least 390 people have been killed in the Tarven floods, including 58 children and 40 women, the disaster "
     "agency said.")])


def test_a_part_under_another_tally_does_not_confirm(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FLOODS, "The floods in Tarven province killed more than 212 people, 58 of them children.")
    assert bucket_of(doc, "more than 212 people")[0] == "corroborating"
    # the 58 children of the later tally of 390 are not the 58 of the 212
    bucket, item = bucket_of(doc, "At least 390 people")
    assert bucket != "corroborating"
    assert "quantity_match" not in {r["type"] for r in item["reasons"]}


def test_a_part_said_after_of_the_total(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FLOODS, "Of the more than 212 people killed in the Tarven floods, 58 were children.")
    assert bucket_of(doc, "At least 390 people")[0] != "corroborating"


def test_a_round_total_that_takes_the_tally_in_is_that_tally(tmp_path: Path) -> None:
    # "more than 300" is the tally of 390 told roughly: its part is compared, and differs
    doc = judged(tmp_path, _FLOODS, "Of the more than 300 people killed in the Tarven floods, 70 were children.")
    bucket, item = bucket_of(doc, "At least 390 people")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_part_of_the_same_tally_in_words_is_compared(tmp_path: Path) -> None:
    arts = payloads([("c1", "Delta Times", "2025-02-11",
                      "The health office recorded 11 deaths, including two people who died at home, it said.")])
    doc = judged(tmp_path, arts, "Eleven deaths, two of them people who died at home, were recorded by the health "
                                 "office.")
    assert bucket_of(doc, "recorded 11 deaths")[0] == "corroborating"


# --- a harm denied by its verb ----------------------------------------------------------------------------------------

def test_no_one_harmed_denies_the_harm() -> None:
    from service.dossier.stance.terms import _scope_stems

    assert "harm" in _scope_stems("patients were harmed during the outage", "no")
    assert "injur" in _scope_stems("firefighters were injured in the blaze", "no")


def test_came_to_no_harm_agrees_with_no_one_harmed(tmp_path: Path) -> None:
    arts = payloads([("h1", "City Ledger", "2025-08-14",
                      "Selvik Hospital ran on generators for six hours during the blackout on Wednesday, its director "
                      "Ilse Marn said. Marn said no patients were harmed during the blackout.")])
    doc = judged(tmp_path, arts, "The director of Selvik Hospital said patients came to no harm during the blackout.")
    bucket, item = bucket_of(doc, "no patients were harmed")
    assert "negation" not in {r["type"] for r in item["reasons"]}
    assert "negation_match" in {r["type"] for r in item["reasons"]}
    assert bucket != "conflicting"


# --- a figure that only fits the claim's ------------------------------------------------------------------------------

def test_a_compatible_figure_does_not_confirm_a_range(tmp_path: Path) -> None:
    arts = payloads([("g1", "Orvik Daily", "2025-06-02",
                      "At least 20 cars were damaged by the hail in Orvik on Sunday, police said.")])
    doc = judged(tmp_path, arts, "Between 30 and 45 cars were damaged by the hail in Orvik on Sunday.")
    bucket, item = bucket_of(doc, "At least 20 cars")
    assert "quantity_compatible" in {r["type"] for r in item["reasons"]}
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] != "supported"


# --- one set of people under two nouns -------------------------------------------------------------------------------

def test_inmates_and_prisoners_are_one_count(tmp_path: Path) -> None:
    arts = payloads([("p1", "Border Wire", "2025-05-12",
                      "Fourteen inmates escaped from Karsk Central Prison before dawn on Sunday, the justice ministry "
                      "said.")])
    doc = judged(tmp_path, arts, "Twenty prisoners escaped from Karsk Central Prison on Sunday.")
    bucket, item = bucket_of(doc, "Fourteen inmates")
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket != "corroborating"


# --- the claim's noun for its incident picks one out ------------------------------------------------------------------

_STADIUM = payloads([
    ("s1", "Capital Post", "2025-02-16",
     "A petrol bomb was thrown at the gate of the Orvell Arena in Dunmore on Saturday night, injuring three people."),
    ("s2", "Capital Post", "2025-09-14",
     "Security forces ended a siege at the Orvell Arena in Dunmore on Sunday after gunmen held 40 fans for ten hours. "
     "Officials said 12 people were injured in the siege at the Orvell Arena."),
    ("s3", "Dunmore Radio", "2025-09-15",
     "The siege at the Orvell Arena in Dunmore ended on Sunday evening, police said.")])


def test_an_incident_the_claim_names_by_its_noun(tmp_path: Path) -> None:
    # (two articles call the September incident "the siege", each with its day)
    doc = judged(tmp_path, _STADIUM, "Three people were injured in the siege at the Orvell Arena.")
    # the three hurt by the petrol bomb in February are another incident's, not the siege's
    bucket, item = bucket_of(doc, "petrol bomb")
    assert bucket == "other_events"
    assert "other_event_match" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] != "supported"


def test_a_noun_of_several_incidents_picks_none_out(tmp_path: Path) -> None:
    arts = payloads([
        ("a1", "Capital Post", "2025-02-16",
         "A drone attack hit the Orvell depot on Saturday, injuring three workers."),
        ("a2", "Capital Post", "2025-03-16",
         "A second attack hit the Orvell depot on Saturday, injuring five workers.")])
    # "the attack" names both: neither is set aside by the noun (the claim's figure picks one out instead)
    doc = judged(tmp_path, arts, "Three workers were injured in the attack on the Orvell depot.")
    assert bucket_of(doc, "A drone attack")[0] == "corroborating"


# --- a hospital where the hurt were treated is not where they were hurt ----------------------------------------------

def test_a_hospital_treating_the_hurt_is_no_site() -> None:
    from service.text.events import sites_of

    assert sites_of("Doctors at St Brannoc Hospital said they were treating 31 wounded people.") == ()
    assert sites_of("The injured were taken to Kessel General Hospital.") == ()
    # (a reviewer's cases: the hospital where something happened to its patients is the site)
    assert "Dunmore" in sites_of("Eighty patients being treated at Dunmore Hospital were evacuated.")
    assert sites_of("Kessel General Hospital was treating 200 patients when the fire broke out on its third floor.")
    assert "Marrovale Central Hospital" in sites_of("A fire broke out at Marrovale Central Hospital on Tuesday.")
    assert sites_of("Armed men seized two nurses at the Halvik clinic.") == ("Halvik",)


# --- a span that holds the claim's day only fits it ------------------------------------------------------------------

def test_a_year_does_not_date_a_day(tmp_path: Path) -> None:
    arts = payloads([("y1", "Capital Post", "2025-09-14",
                      "It was the second attack on the arena this year, following a petrol bomb at its gate.")])
    doc = judged(tmp_path, arts, "The petrol bomb attack on the Orvell Arena happened on February 16, 2025.")
    _, item = bucket_of(doc, "second attack on the arena")
    assert "date_match" not in {r["type"] for r in item["reasons"]}


# --- a reviewer's counter-examples ------------------------------------------------------------------------------------

def test_a_part_is_of_the_count_of_its_own_class(tmp_path: Path) -> None:
    # "212 people in 14 districts, including 85 children": the children are of the 212, not of the 14 districts
    arts = payloads([("r1", "Valley Post", "2025-04-02",
                      "Monsoon floods have killed 212 people in 14 districts of Tarven province, including 85 "
                      "children, the disaster agency said.")])
    doc = judged(tmp_path, arts, "The floods in Tarven province killed 212 people, 58 of them children.")
    bucket, item = bucket_of(doc, "Monsoon floods")
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket != "corroborating"


def test_a_tally_told_roughly_is_the_same_tally(tmp_path: Path) -> None:
    arts = payloads([("r2", "Hill Courier", "2025-07-09",
                      "The fire at the Kessel garment factory killed 23 workers, including 15 women, officials said.")])
    doc = judged(tmp_path, arts, "More than 20 workers were killed in the fire at the Kessel garment factory, eight "
                                 "of them women.")
    _, item = bucket_of(doc, "killed 23 workers")
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_figure_within_the_claims_looser_one_confirms(tmp_path: Path) -> None:
    arts = payloads([("r3", "Metro Wire", "2025-03-12",
                      "About 600 dockworkers walked off the job at the port of Halvik on Monday, the union said.")])
    doc = judged(tmp_path, arts, "Hundreds of dockworkers walked off the job at the port of Halvik on Monday.")
    assert bucket_of(doc, "About 600 dockworkers")[0] == "corroborating"


def test_a_later_development_named_by_the_noun_is_no_anchor(tmp_path: Path) -> None:
    arts = payloads([
        ("r4", "Port Herald", "2025-06-03",
         "A blaze broke out at the Corvel refinery in Port Ansel on Tuesday, trapping 40 workers, officials said."),
        ("r5", "Port Herald", "2025-06-12",
         "Firefighters put out the fire at the Corvel refinery in Port Ansel on Thursday, nine days after it began.")])
    doc = judged(tmp_path, arts, "Forty workers were trapped in the fire at the Corvel refinery.")
    assert bucket_of(doc, "trapping 40 workers")[0] == "corroborating"


def test_a_count_noun_of_the_same_people_is_compared_and_a_population_is_not(tmp_path: Path) -> None:
    arts = payloads([("r6", "Border Wire", "2025-05-12",
                      "Fourteen inmates escaped from the Karsk jail before dawn on Sunday, police said. The jail held "
                      "600 inmates.")])
    doc = judged(tmp_path, arts, "Twenty prisoners escaped from the Karsk jail on Sunday.")
    bucket, item = bucket_of(doc, "Fourteen inmates")
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket != "corroborating"
    doc = judged(tmp_path / "b", arts, "Fourteen prisoners escaped from the Karsk jail on Sunday.")
    _, item = bucket_of(doc, "The jail held")
    assert "quantity_mismatch" not in {r["type"] for r in item["reasons"]}


# --- what "no evidence" denies ----------------------------------------------------------------------------------------

def test_no_indication_of_harm_does_not_deny_a_cargo(tmp_path: Path) -> None:
    arts = payloads([("d1", "Harbour Wire", "2025-03-03",
                      "Pirates seized the bulk carrier Mira Sol off Kessik on Sunday. The owner said it had lost "
                      "contact with the bridge and had no indication that anyone had been hurt. The owner said the "
                      "vessel was carrying 28,000 tonnes of maize.")])
    doc = judged(tmp_path, arts, "The Mira Sol was carrying 28,000 tonnes of maize when pirates seized it.")
    _, item = bucket_of(doc, "no indication that anyone")
    assert "denial" not in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] != "refuted"


def test_no_evidence_of_another_partys_casualties(tmp_path: Path) -> None:
    arts = payloads([("d2", "Border Wire", "2025-03-18",
                      "The report confirmed that two Ostravan border guards died in the March 10 incident but said it "
                      "had found no evidence of Velmarian casualties.")])
    doc = judged(tmp_path, arts, "Two Ostravan border guards were killed in the March 10 incident.")
    bucket, item = bucket_of(doc, "The report confirmed")
    assert "denial" not in {r["type"] for r in item["reasons"]}
    assert bucket == "corroborating"


def test_no_evidence_still_denies_found_evidence(tmp_path: Path) -> None:
    # (the claim says evidence was found: "no evidence" denies it, whatever it says the evidence showed)
    arts = payloads([("d3", "City Ledger", "2025-05-02",
                      "Fire chief Ana Vale said investigators had found no evidence so far of arson at the Kestrel "
                      "mill.")])
    doc = judged(tmp_path, arts, "Investigators found evidence that the Kestrel mill fire was started deliberately, "
                                 "the fire chief said.")
    bucket, item = bucket_of(doc, "no evidence so far")
    assert bucket == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


# --- the day a report came out is not the day it tells ---------------------------------------------------------------

def test_a_reports_release_day_is_not_its_incidents() -> None:
    from service.text.events import read_events

    texts = ["The observer mission said in a report released on Monday that it could not determine which side fired "
             "first at the Harlin border post on March 10."]
    assert read_events(texts, "2025-03-18")[0].start.isoformat() == "2025-03-10"
    # (a sentence with one day keeps it, whatever it was)
    texts = ["The observer mission released its report on Monday."]
    assert read_events(texts, "2025-03-18")[0].start.isoformat() == "2025-03-17"


# --- a deed named as what befell those it picks out is not dated by the passage --------------------------------------

def test_a_deed_named_as_what_befell_them_is_recalled() -> None:
    from service.text.clauses import deed_recalled

    claim = "Five lorries were buried by Saturday's landslide on the Kessel mine road."
    assert deed_recalled(claim, "A spokesman said three of the buried lorries had been dug out on Sunday morning.")
    assert not deed_recalled(claim, "A landslide buried five lorries on the Kessel mine road on Sunday.")
    assert not deed_recalled(claim, "The buried lorries were found after five lorries were buried on Sunday.")
    assert not deed_recalled("A landslide hit the Kessel mine road.", "The buried lorries were dug out on Sunday.")


def test_a_deed_told_on_another_day_still_misdates(tmp_path: Path) -> None:
    arts = payloads([("v2", "Alpine Wire", "2025-03-10",
                      "A landslide buried five lorries on the Kessel mine road on Sunday, the road authority said.")])
    doc = judged(tmp_path, arts, "Five lorries were buried by Saturday's landslide on the Kessel mine road.")
    assert bucket_of(doc, "buried five lorries")[0] != "corroborating"
    assert doc["verdict"]["label"] != "supported"


# --- the claim's figure in another event's passage, for a claim that reports no incident -----------------------------

def test_the_claims_figure_at_another_rally_is_another_events(tmp_path: Path) -> None:
    arts = payloads([
        ("e1", "City Ledger", "2024-06-10",
         "Police detained 30 people at a Harlow Park rally in Dunmore on June 9, officials said."),
        ("e2", "City Ledger", "2025-03-09",
         "Police detained 12 people at the Harlow Park rally in Dunmore on Saturday, officials said.")])
    doc = judged(tmp_path, arts, "Police detained 30 people at the Harlow Park rally on March 8, 2025.")
    bucket, item = bucket_of(doc, "on June 9")
    assert bucket == "other_events"
    assert "other_event_match" in {r["type"] for r in item["reasons"]}
    assert bucket_of(doc, "detained 12 people")[0] == "conflicting"


# --- a second reviewer's counter-examples -----------------------------------------------------------------------------

def _one(tmp_path: Path, claim: str, *articles: tuple[str, str]) -> dict:
    return judged(tmp_path, payloads([(f"x{i}", f"Outlet {i}", day, text) for i, (day, text) in enumerate(articles)]),
                  claim)


def test_no_record_of_the_named_person_still_denies(tmp_path: Path) -> None:
    doc = _one(tmp_path, "Sprinter Okafor failed a doping test before the national championships.",
               ("2025-06-20", "The athletics federation said there was no record of Daniel Okafor failing a doping "
                              "test before the national championships."))
    assert doc["verdict"]["label"] == "refuted"


def test_a_warning_issued_on_its_day_keeps_that_day(tmp_path: Path) -> None:
    doc = _one(tmp_path, "The weather office issued a red warning for wind on January 23, 2025.",
               ("2025-01-23", "The red warning for wind, issued on January 23, 2025 by the weather office, covers "
                              "Friday, January 24."))
    assert doc["verdict"]["label"] == "supported"


def test_hitting_the_post_is_a_miss(tmp_path: Path) -> None:
    doc = _one(tmp_path, "Varga missed a penalty against Ostrava.",
               ("2025-02-10", "Varga hit the post with a penalty against Ostrava."))
    assert doc["verdict"]["label"] != "refuted"
    doc = _one(tmp_path / "b", "Most of the shells fired at the Orvik depot on Monday missed the depot, the army said.",
               ("2025-02-11", "The army said all the shells fired at the Orvik depot on Monday struck direct hits "
                              "against the depot."))
    assert doc["verdict"]["label"] == "refuted"


def test_people_who_live_in_a_camp_are_compared_with_whom_it_is_home_to(tmp_path: Path) -> None:
    doc = _one(tmp_path, "More than 200,000 refugees live in the Kessa camp.",
               ("2025-06-20", "The Kessa camp, home to about 90,000 refugees, was hit by floods on Monday."))
    assert doc["verdict"]["label"] == "refuted"


def test_a_part_is_not_compared_with_the_passages_total(tmp_path: Path) -> None:
    doc = _one(tmp_path, "The fever outbreak has infected 120 people, 45 of them health workers.",
               ("2025-10-01", "The fever outbreak has infected 190 people, 45 of them health workers, the agency "
                              "said."))
    _, item = bucket_of(doc, "infected 190 people")
    details = [r["detail"] for r in item["reasons"] if r["type"] == "quantity_mismatch"]
    assert details and not any("claim says 45" in d for d in details)


def test_several_is_not_twenty_two(tmp_path: Path) -> None:
    doc = _one(tmp_path, "Several people were injured in the blast at the Orvik depot on Sunday.",
               ("2025-10-01", "Twenty-two people were injured in the blast at the Orvik depot on Sunday, police "
                              "said."))
    _, item = bucket_of(doc, "Twenty-two people")
    assert any(r["type"] == "quantity_compatible" and "not the same figure" in r["detail"] for r in item["reasons"])


# --- a storm that came ashore made landfall ---------------------------------------------------------------------------

def test_a_storm_that_came_ashore_made_landfall(tmp_path: Path) -> None:
    from service.text.synonyms import unphrase

    doc = _one(tmp_path, "Cyclone Tarn came ashore near Port Olve on Wednesday, March 12.",
               ("2025-03-13", "Cyclone Tarn made landfall near Port Olve on Tuesday, the weather office said."))
    _, item = bucket_of(doc, "made landfall")
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}
    # (a reviewer's cases: who came ashore, and in what tense)
    assert "came ashore" in unphrase("About 800 fishermen came ashore near Kelva as Cyclone Remal approached.")
    assert "expected to make landfall" in unphrase("Storm Ciaran is expected to come ashore in Cornwall on Friday.")


# --- a figure the passage denies, a part of "all" ------------------------------------------

def test_a_figure_the_passage_denies_is_not_its_own(tmp_path: Path) -> None:
    doc = _one(tmp_path, "According to police, the heroin seized at the Orvik border post weighed 1.8 tonnes.",
               ("2025-02-13", "Police said on Thursday that the heroin seized at the Orvik border post weighed 1.3 "
                              "tonnes, not the 1.8 tonnes announced by customs."))
    bucket, item = bucket_of(doc, "weighed 1.3 tonnes")
    assert "quantity_match" not in {r["type"] for r in item["reasons"]}
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] != "supported"


def test_a_part_of_the_set_the_claim_says_all_of(tmp_path: Path) -> None:
    doc = _one(tmp_path, "By the end of May, all 12 families of the quarry blast victims had been paid compensation.",
               ("2025-05-30", "Nine of the 12 families of those killed in the quarry blast have so far received "
                              "compensation, the labour ministry said."))
    bucket, item = bucket_of(doc, "Nine of the 12 families")
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket == "conflicting"
    # (a passage that says all of them were is no part)
    doc = _one(tmp_path / "b", "By the end of May, all 12 families of the quarry blast victims had been paid "
                               "compensation.",
               ("2025-05-30", "All 12 families of those killed in the quarry blast have now received compensation, "
                              "the labour ministry said."))
    assert bucket_of(doc, "All 12 families")[0] == "corroborating"


# --- a place's office is not the place's newspaper; a month without a year is the archive's year ----------------------

def test_a_places_office_is_its_body_not_the_place() -> None:
    from service.text.sources import same_source, source_name

    assert source_name("the Tarn provincial health office") == "Tarn provincial health office"
    assert source_name("the Halden Port Authority") == "Halden Port Authority"
    assert not same_source(source_name("the Tarn provincial health office") or "", "Tarn Gazette")


def test_a_month_without_a_year_is_not_another_years(tmp_path: Path) -> None:
    doc = _one(tmp_path, "The rail strike called by the drivers' union in April was planned to last 24 hours.",
               ("2025-03-25", "The drivers' union called a 48-hour rail strike for April 8, 2025, the union said."),
               ("2025-04-08", "The 48-hour rail strike began on Tuesday, April 8. In 2019 the drivers staged a "
                              "24-hour stoppage over pay."))
    bucket, item = bucket_of(doc, "In 2019")
    assert bucket == "other_events"
    assert "other_event_match" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"



def test_a_figure_superseded_is_the_claim_of_the_old_figure(tmp_path: Path) -> None:
    # (a third reviewer's cases: "instead of the 2.4 billion originally budgeted" states the old figure)
    doc = _one(tmp_path, "The health ministry was originally budgeted 2.4 billion euros for 2026.",
               ("2025-10-02", "Under the revised plan, the health ministry will receive 2.1 billion euros in 2026 "
                              "instead of the 2.4 billion euros originally budgeted."))
    assert doc["verdict"]["label"] != "refuted"


def test_a_part_that_did_something_else_is_no_part_of_all(tmp_path: Path) -> None:
    doc = _one(tmp_path, "All 12 miners trapped at the Ridgeway colliery were rescued.",
               ("2025-05-02", "All 12 miners trapped at the Ridgeway colliery were rescued on Friday; two of the 12 "
                              "were taken to hospital with minor injuries."))
    assert doc["verdict"]["label"] == "supported"
    doc = _one(tmp_path / "b", "All 20 hostages held in Kaduna were freed on Sunday.",
               ("2025-05-04", "All 20 hostages held in Kaduna were freed on Sunday, police said."),
               ("2025-05-04", "In Kaduna, three of the 20 candidates for governor withdrew from the race on Sunday."))
    assert bucket_of(doc, "three of the 20 candidates")[0] != "conflicting"
    assert doc["verdict"]["label"] == "supported"


# --- a place named with its kind is that place -----------------------------------------------------------------------

def test_the_city_of_another_place_is_another_place(tmp_path: Path) -> None:
    text = ("The group's targets were not limited to army posts, including a recent strike at a 'strategic target' in "
            "the city of Norvik, using an advanced long-range attack drone, the Coast Wire reported.")
    doc = _one(tmp_path, "The Coast Wire reported that the group hit a 'strategic target' in Tesk with an advanced "
                         "long-range attack drone.", ("2025-01-20", text))
    bucket, item = bucket_of(doc, "strategic target")
    assert "entity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket == "conflicting"
    doc = _one(tmp_path / "b", "The Coast Wire reported that the group hit a 'strategic target' in Norvik with an "
                               "advanced long-range attack drone.", ("2025-01-20", text))
    assert bucket_of(doc, "strategic target")[0] == "corroborating"


# --- a region named with its side lies in that side of its country ---------------------------------------------------

def test_the_northern_region_is_not_in_the_south(tmp_path: Path) -> None:
    from service.text.places import locations_of

    placed = [loc for loc in locations_of("Floods closed a hospital in the northern Idlib region in Syria on Monday.")
              if loc.level == "country"]
    assert placed and placed[0].region == "north"
    text = "Floods closed a field hospital in the northern Idlib region in Syria on Monday, aid workers said."
    doc = _one(tmp_path, "Aid workers said floods closed a field hospital in the Idlib region of southern Syria on "
                         "Monday.", ("2025-02-11", text))
    bucket, item = bucket_of(doc, "field hospital")
    assert "entity_mismatch" in {r["type"] for r in item["reasons"]}
    assert bucket == "conflicting"
    doc = _one(tmp_path / "b", "Aid workers said floods closed a field hospital in the Idlib region of northern Syria "
                               "on Monday.", ("2025-02-11", text))
    assert bucket_of(doc, "field hospital")[0] == "corroborating"


# --- a day without a year restating the claim's incident misdates it -------------------------------------------------

def test_a_day_without_a_year_misdates_the_claims_incident(tmp_path: Path) -> None:
    arts = payloads([("m1", "Border Wire", None,
                      "Aid convoys have been blocked since rebel fighters launched a surprise offensive on Kessa on "
                      "March 3. The convoys carry food and medicine.")])
    doc = judged(tmp_path, arts, "Rebel fighters launched their surprise offensive on Kessa on March 4, 2025.")
    bucket, item = bucket_of(doc, "surprise offensive")
    assert bucket == "conflicting"
    assert any(r["type"] == "date_mismatch" and "no year" in r["detail"] for r in item["reasons"])
