"""Rules of 2026-12-07, thirty-second session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a rescue team abroad, a tram derailment, a flood's evacuations, an inquiry into a contractor,
a fraud appeal, a town's tap water, a mining firm's chief executive, a christening at a hotel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.text.extract import find_quantities
from tests.support.judging import bucket_of, judged, judged_as, payloads


@pytest.mark.parametrize(("text", "unit"), [
    ("Orvia sent a 40-member rescue team to Tesk.", "members"),
    ("A 4,000-strong force was deployed to the border.", "members"),
    ("A three-person panel heard the appeal.", "members"),
    ("The three-drone attack hit the depot.", None),  # (a count of the drones, which other rules read)
    ("The 52-year-old driver was arrested.", "years"),
])
def test_a_figure_joined_to_member_counts_the_bodys_members(text: str, unit: str | None) -> None:
    [amount] = find_quantities(text)
    assert amount.unit == unit


def test_another_count_of_the_teams_members_conflicts(tmp_path: Path) -> None:
    articles = payloads([("r1", "Tesk Daily", "2025-03-02",
                          "Orvia has sent a 24-member rescue team with search dogs to Tesk, the ministry said.")])
    bucket, verdict = judged_as(tmp_path / "a", articles, "Orvia sent a 40-member rescue team to Tesk.", "24-member")
    # (before, neither figure counted anything: the passage corroborated the claim)
    assert (bucket, verdict) == ("conflicting", "refuted")


@pytest.mark.parametrize(("text", "unit", "fate"), [
    ("The number of injured was revised to 31 after two late arrivals were added.", "people", "injured"),
    ("The number of dead rose to 12 on Sunday.", "people", "killed"),
    # (a noun after the fate is what is counted, as before)
    ("The operator put the number of rescued passengers at 118.", "passengers", "rescued"),
])
def test_the_number_of_the_harmed_counts_people(text: str, unit: str, fate: str) -> None:
    amount = find_quantities(text)[0]
    assert (amount.unit, amount.predicate) == (unit, fate)


_TRAM = payloads([
    ("t1", "Lenk Courier", "2025-05-12",
     "Nine people were injured when a tram derailed in central Lenk on Monday morning, the city's transport office "
     "said. The tram left the track on a bend near the cathedral shortly after 8 a.m. The number of injured was "
     "revised to 14 in the afternoon."),
])


def test_a_sentence_telling_the_incident_in_a_phrase_takes_the_articles_event() -> None:
    from service.ingest import prepare_article

    passages = prepare_article(dict(_TRAM[0])).passages
    bend = next(p for p in passages if "left the track" in p.text)
    # (before: "left the track" named no incident, and the sentence had no event)
    assert bend.facts.event.start == date(2025, 5, 12)


_FLOOD = payloads([
    ("f1", "Orsa Radio", "2025-09-19",
     "About 6,000 people were evacuated from Marrel on Friday as the river burst its banks, the civil defence agency "
     "said. Marrel's mayor said the figure was closer to 4,000, because many families had left on their own."),
])


def test_a_figure_given_for_the_figure_before_counts_what_it_counted() -> None:
    [amount] = find_quantities("Marrel's mayor said the figure was closer to 4,000.")
    assert amount.unit is None  # (alone, a bare figure)
    from service.ingest import prepare_article

    mayor = next(p for p in prepare_article(dict(_FLOOD[0])).passages if "mayor" in p.text)
    assert [(q.value, q.unit, q.predicate) for q in mayor.facts.amounts] == [(4000.0, "people", "evacuated")]


def test_the_other_figure_disputes_the_claim(tmp_path: Path) -> None:
    doc = judged(tmp_path / "a", _FLOOD, "About 6,000 people were evacuated from Marrel.")
    assert bucket_of(doc, "closer to 4,000")[0] == "conflicting"
    assert doc["verdict"]["label"] == "disputed"


def test_a_finding_denied_denies_its_judgement(tmp_path: Path) -> None:
    from service.dossier.stance.terms import _scope_stems

    assert _scope_stems("find the contractor liable", "not") == {"liabl"}  # (before: "find")
    articles = payloads([("i1", "Vell Post", "2025-06-03",
                          "An inquiry into the Vell flooding reported on Monday. The inquiry did not find the "
                          "contractor Brask Civil liable for the flooding.")])
    bucket, _ = judged_as(tmp_path / "a", articles, "The inquiry found Brask Civil liable for the Vell flooding.",
                          "did not find")
    assert bucket == "conflicting"


def test_an_irregular_past_opposes_as_its_verb_does(tmp_path: Path) -> None:
    articles = payloads([("a1", "Kessel Herald", "2025-02-12",
                          "The appeal court on Tuesday cut Dana Varga's sentence from five years to three, but upheld "
                          "her fraud conviction.")])
    bucket, verdict = judged_as(tmp_path / "a", articles, "The appeal court overturned Dana Varga's fraud conviction.",
                                "upheld")
    assert (bucket, verdict) == ("conflicting", "refuted")


def test_a_short_adjective_and_its_prefixed_opposite(tmp_path: Path) -> None:
    articles = payloads([("w1", "Hollin Times", "2025-08-01",
                          "The Hollin water board said the town's tap water was safe to drink.")])
    claim = "The Hollin water board said the town's tap water was unsafe to drink."
    bucket, verdict = judged_as(tmp_path / "a", articles, claim, "safe to drink")
    assert (bucket, verdict) == ("conflicting", "refuted")


def test_a_firms_post_in_capitals_speaks_for_the_firm(tmp_path: Path) -> None:
    from service.text.sources import source_name

    assert source_name("Halden's CEO") == "Halden"  # (before: "Halden's CEO", a name of its own)
    articles = payloads([("m1", "Ore Weekly", "2025-04-04",
                          "Halden Mining chief executive Ana Roos said the Skarn shaft had passed its safety "
                          "inspection in March.")])
    doc = judged(tmp_path / "a", articles, "Halden's CEO said the Skarn shaft passed its safety inspection in March.")
    bucket, item = bucket_of(doc, "Ana Roos")
    assert bucket == "corroborating" and not any(r["type"] == "source_mismatch" for r in item["reasons"])
    assert doc["verdict"]["label"] == "supported"


def test_the_place_named_with_the_noun_speaks_as_the_noun(tmp_path: Path) -> None:
    from service.attribution import find_attributions
    from service.text.sources import resolve_credits

    texts = ["Guests fell ill after a christening at the Marlowe Court hotel in Osby on Sunday.",
             "The hotel said its kitchen had not prepared the food."]
    credits = resolve_credits([tuple(find_attributions(t)) for t in texts], texts)
    assert [c.source for c in credits[1]] == ["Marlowe Court"]  # (before: "The hotel", unresolved)
    articles = payloads([("h1", "Osby News", "2025-10-06", " ".join(texts))])
    bucket, verdict = judged_as(tmp_path / "a", articles,
                                "The Marlowe Court hotel said its kitchen did not prepare the christening food.",
                                "its kitchen")
    assert (bucket, verdict) == ("corroborating", "supported")


def test_a_sentences_opening_word_names_no_speaker() -> None:
    from service.attribution import find_attributions
    from service.text.sources import resolve_credits

    texts = ["Gunmen stopped a convoy of the charity Lark Aid near Orsa on Monday.",
             "Their driver was not harmed.", "The driver told investigators he had counted six gunmen."]
    credits = resolve_credits([tuple(find_attributions(t)) for t in texts], texts)
    assert [c.source for c in credits[2]] != ["Their"]


_SLIDES = payloads([
    ("s1", "Dorn Gazette", "2025-04-12",
     "A second landslide hit the village of Orrin on Thursday, three days after the first. The Dorn Geological Survey "
     "estimated that about 250,000 cubic metres of earth moved in the first slide and about 20,000 cubic metres in the "
     "second."),
])


@pytest.mark.parametrize(("claim", "bucket", "verdict"), [
    ("About 250,000 cubic metres of earth moved in the second Orrin landslide.", "conflicting", "refuted"),
    ("About 20,000 cubic metres of earth moved in the second Orrin landslide.", "corroborating", "supported"),
])
def test_figures_given_each_incident_by_its_order(tmp_path: Path, claim: str, bucket: str, verdict: str) -> None:
    assert judged_as(tmp_path / "a", _SLIDES, claim, "cubic metres in the") == (bucket, verdict)


_OUTAGE = payloads([
    ("o1", "Tarn Wire", "2025-01-13",
     "About 90,000 households in the Ulm valley lost power on Monday evening after a fire at a substation, grid "
     "operator Tarnet said."),
    ("o2", "Tarn Wire", "2025-01-16",
     "The energy regulator said on Thursday that 120,000 households lost power in Monday's blackout, not 90,000 as "
     "Tarnet had reported. Tarnet has offered 40 euros to each household that was without power overnight. The "
     "regulator fined Tarnet 3 million euros over the blackout in the Ulm valley."),
])


def test_a_days_name_after_in_is_no_place_the_count_is_made_in(tmp_path: Path) -> None:
    # (before, "in Monday's blackout" put the regulator's count in a town called "Monday's": no count of the claim's)
    doc = judged(tmp_path / "a", _OUTAGE, "About 90,000 households lost power in the Ulm valley blackout in January.")
    assert bucket_of(doc, "not 90,000")[0] == "conflicting"
    assert doc["verdict"]["label"] == "disputed"


def test_what_each_one_gets_is_no_total(tmp_path: Path) -> None:
    doc = judged(tmp_path / "a", _OUTAGE, "The regulator fined Tarnet 3 million euros over the Ulm valley blackout.")
    bucket, item = bucket_of(doc, "to each household")
    assert not any(r["type"] == "quantity_mismatch" for r in item["reasons"])  # (before: 3 million against 40)
    assert bucket != "conflicting" and doc["verdict"]["label"] == "supported"


def test_a_part_of_an_uncounted_set_is_no_count_of_the_set(tmp_path: Path) -> None:
    articles = payloads([
        ("c1", "Skerry Times", "2025-03-01", "The port authority now says 52 containers were lost overboard."),
        ("c2", "Skerry Times", "2025-04-20",
         "Salvage crews have now recovered 35 of the containers lost from the ship, the port authority said."),
    ])
    doc = judged(tmp_path / "a", articles, "Some 35 of the containers lost from the ship have been recovered.")
    # (before: a quantity_mismatch, 35 against the 52 lost; the stance model may still read the two figures as a
    # conflict, which it then decides alone)
    assert not any(r["type"] == "quantity_mismatch" for r in bucket_of(doc, "52 containers")[1]["reasons"])
    assert bucket_of(doc, "recovered 35")[0] == "corroborating"


_LIFT = payloads([
    ("l1", "Alp Post", "2024-02-24",
     "A skier was killed on Friday when the cable of the Orlen chairlift at the Falkwand resort came off its pulleys, "
     "police said. The cable slipped from its sheaves at the top station. Four chairs dropped onto hard snow. Around "
     "50 other passengers were evacuated by helicopter. Heavy snow had fallen overnight."),
    ("l2", "Alp Post", "2024-01-15",
     "About 90 skiers were evacuated on Sunday when the Grat gondola at the Falkwand resort came to a halt."),
])


def test_a_facility_named_by_its_kind_is_the_incidents_site() -> None:
    from service.ingest import prepare_article

    passages = prepare_article(dict(_LIFT[0])).passages
    lead, helicopter = passages[0], next(p for p in passages if "helicopter" in p.text)
    assert lead.facts.event.place == "Orlen"  # (before: the resort, Falkwand, which the gondola's stop shares)
    # (a story of one incident goes on about it after sentences of none; before: dated by publication alone)
    assert (helicopter.facts.event.start, helicopter.facts.event.place) == (date(2024, 2, 23), "Orlen")


def test_a_claim_about_the_facility_is_judged_against_its_incident(tmp_path: Path) -> None:
    claim = "About 50 passengers had to be evacuated by helicopter from the Orlen chairlift."
    doc = judged(tmp_path / "a", _LIFT, claim)
    assert bucket_of(doc, "Around 50 other")[0] == "corroborating"
    assert bucket_of(doc, "About 90 skiers")[0] in ("other_events", "related")
    assert doc["verdict"]["label"] == "supported"


_BLOOM = payloads([
    ("b1", "Lakeland Post", "2023-08-07",
     "Three dogs have died after swimming in Lake Orm over the weekend, their owners said, as tests confirmed a toxic "
     "algae bloom. The ferry Ostra ran aground near the lake's north shore on Sunday."),
])


def test_a_loose_count_of_an_unclassed_harm_is_not_confirmed_by_another_harm(tmp_path: Path) -> None:
    doc = judged(tmp_path / "a", _BLOOM, "The Lake Orm algae bloom killed thousands of fish.")
    assert bucket_of(doc, "Three dogs")[0] != "corroborating"  # (before: the dogs' deaths confirmed it)
    assert doc["verdict"]["label"] == "unverified"


@pytest.mark.parametrize(("text", "unit"), [
    ("Around 50 other passengers were evacuated by helicopter.", "passengers"),
    ("Two further victims died in hospital.", "victims"),
    ("Five more than expected came.", None),
    ("Police charged Kasz and the two other men.", None),  # (a part of the three, with Kasz)
])
def test_other_and_more_before_the_noun_leave_it_counted(text: str, unit: str | None) -> None:
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(("texts", "source"), [
    (["The Dorn Geological Survey sent a team to Orrin.", "The survey estimated that 250,000 cubic metres moved."],
     "Dorn Geological Survey"),
])
def test_a_body_or_place_by_its_noun_is_the_one_the_article_named(texts: list[str], source: str) -> None:
    from service.attribution import find_attributions
    from service.text.sources import resolve_credits

    credits = resolve_credits([tuple(find_attributions(t)) for t in texts], texts)
    assert [c.source for c in credits[1]] == [source]


_SPILL = payloads([
    ("s1", "Isle Times", "2025-02-13",
     "The regional environment agency said on Wednesday that about 90 tonnes of diesel had leaked from the Orsa "
     "Star's ruptured tank. Brenn Shipping said less than 15 tonnes had escaped. Three more tonnes washed ashore "
     "on Thursday, the agency said."),
])


def test_a_rival_figure_said_right_after_the_claims_own_disputes_it(tmp_path: Path) -> None:
    doc = judged(tmp_path / "a", _SPILL, "About 90 tonnes of diesel leaked from the Orsa Star.")
    # (before: related, a measure in a sentence that restates too little of the claim)
    assert bucket_of(doc, "less than 15 tonnes")[0] == "conflicting"
    assert doc["verdict"]["label"] == "disputed"


def test_a_figure_that_adds_to_the_one_before_is_no_rival() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.amounts import _rival_figure

    [claim] = analyze_claim("About 90 tonnes of diesel leaked from the Orsa Star.").quantities
    previous = "The agency said about 90 tonnes of diesel had leaked from the Orsa Star's tank."
    text = "Three more tonnes washed ashore on Thursday, the agency said."
    assert not _rival_figure(claim, text, previous, list(find_quantities(text)))


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Krestberg Gratbahn", "Gratbahn", True),  # (the owner's name before the facility's)
    ("Upper Marrin", "Marrin", False),  # (a part named by its side)
    ("Orlan", "Orlan Cold Storage", True),
])
def test_one_site_under_its_owners_name_and_its_own(a: str, b: str, same: bool) -> None:
    from service.dossier.event_match import _same_site

    assert _same_site(a, b) is same


def test_a_kind_of_site_opening_a_sentence_is_no_name() -> None:
    from service.text.events import sites_of

    assert sites_of("Weather station data showed gusts of 70 kilometres per hour on the ridge.") == ()
    assert sites_of("Halvik airport was closed after the crash.") == ("Halvik",)


_PARTIES = payloads([
    ("p1", "Ashby Echo", "2023-07-10",
     "Dozens of guests fell ill after a christening party at the Ashby Lodge hotel on Saturday, the health agency "
     "said on Monday. The agency said 30 guests had reported vomiting. Five guests were admitted to Ashby General "
     "Hospital, a hospital spokesman said."),
    ("p2", "Ashby Echo", "2023-08-21",
     "About 20 guests fell ill after a birthday party at Orm Hall in Ashby on Saturday, the health agency said. One "
     "guest was admitted to Ashby General Hospital, the agency said."),
])


def test_a_hospital_admission_is_told_of_its_articles_incident() -> None:
    from service.ingest import prepare_article

    admitted = next(p for p in prepare_article(dict(_PARTIES[0])).passages if "Five guests" in p.text)
    # (before: the hospital's town was taken for the incident's place, and the sentence dated by its article's week)
    assert admitted.facts.event.start == date(2023, 7, 8)


def test_a_figure_of_the_earlier_incident_is_another_events(tmp_path: Path) -> None:
    doc = judged(tmp_path / "a", _PARTIES, "Five guests were hospitalised after the Orm Hall party in August.")
    bucket, item = bucket_of(doc, "Five guests were admitted")
    assert bucket == "other_events" and any(r["type"] == "other_event_match" for r in item["reasons"])
    assert bucket_of(doc, "One guest")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"  # (before: supported by the July party's five)


_BLOOMS = payloads([
    ("d1", "Lakeland Post", "2023-08-07",
     "Four dogs have died after swimming in Lake Senn over the weekend, their owners said, as tests confirmed a toxic "
     "algae bloom."),
    ("d2", "Lakeland Post", "2024-07-15",
     "Toxic algae has returned to Lake Senn. A spaniel fell ill after swimming at Orrby on Sunday but recovered, its "
     "owner said. No dogs have died this summer, the agency said."),
])


def test_no_dogs_have_died_denies_the_claims_deaths_of_its_own_summer(tmp_path: Path) -> None:
    from service.dossier.stance.terms import _scope_stems

    assert "~killed" in _scope_stems("dogs have died this summer", "No")  # (before: only the dogs were denied)
    doc = judged(tmp_path / "a", _BLOOMS, "Four dogs died after swimming in Lake Senn in July 2024.")
    assert bucket_of(doc, "No dogs have died")[0] == "conflicting"  # (before: related)
    assert doc["verdict"]["label"] == "refuted"


def test_a_person_named_after_a_bodys_post_is_the_claims_subject(tmp_path: Path) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    claim = "Former Tarsk Rail chief Ona Vell got a two-year suspended sentence and a 90,000-euro fine."
    assert claim_terms(analyze_claim(claim)).subject == {"ona", "vell"}  # (before: "Former Tarsk Rail")
    articles = payloads([("t1", "Court News", "2025-05-02",
                          "Ona Vell was given a two-year suspended sentence and fined 90,000 euros.")])
    assert judged_as(tmp_path / "a", articles, claim, "Ona Vell") == ("corroborating", "supported")
