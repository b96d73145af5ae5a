"""Rules of 2026-12-05, sixteenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a glassworks and its union, a ferry company, a grain terminal, a ski lift."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.dossier.stance.terms import claim_terms, refers_to_incident
from service.text.events import read_events, sites_of
from service.text.facts import read_article
from service.text.places import locations_of
from service.text.roles import find_roles
from tests.support.judging import judged_as, payloads


def _credits(texts: list[str]) -> list[list[tuple[str, str | None]]]:
    facts = read_article(texts, [find_attributions(t) for t in texts], "2025-02-10")
    return [[(c.source, c.affiliation) for c in f.credits] for f in facts]


# --- who speaks for whom ------------------------------------------------------------------------------------------

def test_a_body_shortened_to_one_word_before_a_title_is_the_body_the_article_named() -> None:
    texts = ["The Norvale Glassworkers' Union said 40 workers had been laid off.",
             "Union president Karin Dall said the plant had ignored safety warnings.",
             "Dall also said the union had not been consulted on the closure."]
    credits = _credits(texts)
    assert credits[1] == [("Karin Dall", "Norvale Glassworkers' Union")]
    assert credits[2] == [("Dall", "Norvale Glassworkers' Union")]


def test_a_title_in_lower_case_names_its_body_only_when_the_article_named_it() -> None:
    texts = ["The Tessal Rail Safety Board said on Thursday that a signal had failed.",
             "The recorder was damaged, board chair Ivo Marek said."]
    assert _credits(texts)[1] == [("Ivo Marek", "Tessal Rail Safety Board")]
    # (the word that opens the sentence is capitalised only for that: no body of its own)
    assert _credits(["Airport director Lena Moss said flights resumed."]) == [[("Lena Moss", None)]]


def test_a_body_head_after_the_body_speaks_for_it_a_governor_does_not() -> None:
    texts = ["Brightsea Ferries on Monday denied that the ferry had been overloaded.",
             "Chief executive Anna Rolf said the vessel had passed its inspection in May.",
             "She also rejected suggestions that the crew had been too small."]
    credits = _credits(texts)
    assert credits[0] == [("Brightsea Ferries", None)]  # ("on Monday" is no part of the name)
    assert credits[1] == [("Anna Rolf", "Brightsea Ferries")]
    assert credits[2] == [("Anna Rolf", "Brightsea Ferries")]  # (a denial verb after a pronoun)
    public = _credits(["Brightsea Ferries said 300 passengers were aboard.",
                       "Governor Paul Ekman said the harbour would reopen."])
    assert public[1] == [("Governor Paul Ekman", None)]


def test_a_statement_and_the_participle_that_goes_on_with_it_are_the_same_speaker() -> None:
    [found] = find_attributions("The airline maintained that 57 passengers were on board, saying the higher figure "
                                "counted people who never boarded.")
    assert found.source == "The airline"
    texts = ["Skyline Air said its plane had landed safely.",
             "The airline maintained that 57 passengers were on board, saying the higher figure was wrong."]
    assert _credits(texts)[1] == [("Skyline Air", None)]


def test_investigators_are_the_inquiry_their_article_named() -> None:
    texts = ["The Tessal Rail Safety Board said in its report that a signal had failed.",
             "Investigators found that the track had not been inspected since March."]
    assert _credits(texts)[1] == [("Investigators", "Tessal Rail Safety Board")]


@pytest.mark.parametrize(("text", "holder", "organisation"), [
    ("Union president Karin Dall said it.", "Karin Dall", "Union"),
    ("ministry spokeswoman Ilse Varga told reporters", "Ilse Varga", "ministry"),
    ("Chief executive Anna Rolf said it.", "Anna Rolf", ""),
])
def test_a_body_head_written_before_the_name(text: str, holder: str, organisation: str) -> None:
    [role] = find_roles(text)
    assert (role.holder, role.organisation) == (holder, organisation)


def test_a_title_in_a_copular_claim_keeps_its_body_after_of() -> None:
    # ("the director of the Halden Institute": the body follows the title; no title before a name here)
    [role] = find_roles("Jana Holm is the director of the Vessel Institute.")
    assert (role.holder, role.organisation) == ("Jana Holm", "Vessel Institute")


_GLASS = payloads([
    ("g1", "Coast Ledger", "2025-02-10",
     "A fire broke out at the Norvale glassworks on Sunday. No one was injured in the fire, according to the "
     "Norvale fire brigade. The Norvale Glassworkers' Union said 40 workers had been laid off. Union president "
     "Karin Dall said the plant had ignored safety warnings. Dall also said the union had not been consulted on "
     "the closure."),
    ("g2", "Inland Post", "2025-02-12",
     "Labour Minister Aron Veil rejected the accusation, saying his ministry had never told the plant to cut "
     "inspections. Veil said the union's figures were too high."),
    ("g3", "Harbour Daily", "2025-02-14",
     "Norvale Glassworks chief executive Tove Brand said her firm's supplies would not be interrupted."),
])


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), [
    # the body's president speaks for it
    ("The Norvale Glassworkers' Union said it had not been consulted about the closure.",
     "not been consulted on", "corroborating", "supported"),
    # firefighters are their brigade
    ("Firefighters said nobody was hurt in the Sunday fire at the Norvale glassworks.",
     "No one was injured", "corroborating", "supported"),
    # "rejected the accusation" and "denied the accusation" alike: one negation each
    ("Labour Minister Aron Veil denied the accusation, saying his ministry had never instructed the plant to cut "
     "inspections.", "rejected the accusation", "corroborating", "supported"),
    # a title both write before the name only identifies the speaker: what he said is another thing
    ("Labour Minister Aron Veil said the union's figures were accurate.", "never told the plant", "related", None),
    # "disrupted" / "interrupted"
    ("Tove Brand said the glassworks' supplies would not be disrupted.", "would not be interrupted", "corroborating",
     "supported"),
])
def test_who_said_it_and_what(tmp_path: Path, claim: str, words: str, bucket: str, label: str | None) -> None:
    found, verdict = judged_as(tmp_path, _GLASS, claim, words)
    assert found == bucket
    if label is not None:
        assert verdict == label


def test_a_tenure_is_not_stated_by_a_title(tmp_path: Path) -> None:
    claim = "Tove Brand has been chief executive of Norvale Glassworks since 2019."
    assert judged_as(tmp_path, _GLASS, claim, "Glassworks chief executive")[0] == "related"
    claim = "Tove Brand is the chief executive of Norvale Glassworks."
    assert judged_as(tmp_path / "b", _GLASS, claim, "Glassworks chief executive")[0] == "corroborating"


def test_a_body_and_its_members_but_not_a_firm_named_after_them(tmp_path: Path) -> None:
    articles = payloads([
        ("m1", "Hill Post", "2025-03-04",
         "Grell Minerals said four miners died in the collapse at the Grell mine on Monday. The Federation of "
         "Karst Miners put the toll at six.")])
    # (another body's figure is not what the firm said, either way: "Minerals" is no "Miners")
    assert judged_as(tmp_path, articles, "Grell Minerals said four miners died in the collapse at the Grell mine.",
                     "Federation of Karst Miners")[0] == "related"
    assert judged_as(tmp_path / "b", articles, "Grell Minerals said six miners died in the collapse at the Grell mine.",
                     "Federation of Karst Miners")[0] != "corroborating"


def test_the_incident_by_its_own_noun_not_any_incident() -> None:
    terms = claim_terms(analyze_claim("Firefighters said nobody was hurt in the Sunday fire at the Norvale mill."))
    assert refers_to_incident(terms, "No one was injured in the fire, the brigade said.")
    assert not refers_to_incident(terms, "No one was injured in the incident, the brigade said.")


# --- where a site is ----------------------------------------------------------------------------------------------

def test_a_site_and_the_province_set_beside_it() -> None:
    [loc] = locations_of("A transformer fire at the Ostra substation, in Vell Province, cut power to 9,000 homes.")
    assert (loc.subject, loc.place) == ("Ostra", "Vell")


def test_a_building_named_by_its_noun_is_the_site_its_article_named() -> None:
    texts = ["A six-storey block known as Harrow Court collapsed in the Ness district of Tolby on Monday.",
             "The building, located in Marn Province, housed about 30 families."]
    facts = read_article(texts, [find_attributions(t) for t in texts], "2025-04-01")
    assert [(loc.subject, loc.place) for loc in facts[1].locations][:1] == [("Harrow Court", "Marn")]
    assert facts[1].event.place == "Harrow Court"


def test_the_depot_of_its_article(tmp_path: Path) -> None:
    texts = ["A drone struck the Kessel fuel depot on Saturday, setting two tanks on fire.",
             "The depot's operator, Norpetrol, said deliveries would go on."]
    facts = read_article(texts, [find_attributions(t) for t in texts], "2025-03-10")
    assert facts[1].event.place == "Kessel"


@pytest.mark.parametrize(("text", "sites"), [
    ("A six-storey block known as Harrow Court collapsed on Monday.", ("Harrow Court",)),
    ("A drone hit the Kessel fuel depot on Saturday.", ("Kessel",)),
    ("A fire gutted the Dane Logistics warehouse at Pell Quay on Monday.", ("Dane Logistics", "Pell Quay")),
    # an owner is no site; nor a district of a town
    ("A fire broke out at a Coastal Army fuel depot near Rusk on Tuesday.", ()),
    ("Harrow Court, a block in Tolby's Ness district, came down on Monday.", ()),
])
def test_sites_named(text: str, sites: tuple[str, ...]) -> None:
    assert sites_of(text) == sites


def test_a_sentence_going_on_about_a_site_inherits_the_names_of_that_site_only() -> None:
    events = read_events(["A fire gutted the Dane Logistics warehouse at Pell Quay on Monday.",
                          "The fire service said 30 firefighters fought the blaze."], "2025-03-05")
    assert events[1].sites == ("Dane Logistics", "Pell Quay")
    events = read_events(["Dock workers walked out at Port Alder and the port of Lusk on Monday, halting traffic.",
                          "The union said 5,000 members joined the strike."], "2025-03-05")
    assert events[1].sites == ("Port Alder",)


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    ("Thirty firefighters fought Monday's fire at Pell Quay, the fire service said.", "30 firefighters",
     "corroborating"),
    ("Four firefighters were hurt when the roof of the Orm depot fell in on Saturday.", "Two firefighters",
     "conflicting"),
])
def test_one_site_under_two_names(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    articles = payloads([
        ("d1", "Port Post", "2025-03-04",
         "A fire gutted the Dane Logistics warehouse at Pell Quay on Monday. The fire service said 30 firefighters "
         "fought the blaze."),
        ("d2", "Port Post", "2025-03-10",
         "Fire destroyed the Orm Cold Storage depot on Saturday. Two firefighters were hurt when the depot's roof "
         "fell in, the fire service said.")])
    assert judged_as(tmp_path, articles, claim, words)[0] == bucket


@pytest.mark.parametrize(("claim", "bucket", "label"), [
    ("The collapsed Harrow Court building is in Marn Province.", "corroborating", "supported"),
    ("Harrow Court, the block that collapsed in Tolby, lies in Essen Province.", "conflicting", "refuted"),
])
def test_where_the_building_is(tmp_path: Path, claim: str, bucket: str, label: str) -> None:
    articles = payloads([
        ("h1", "Tolby Courier", "2025-04-01",
         "A six-storey block known as Harrow Court collapsed in the Ness district of Tolby on Monday. The building, "
         "located in Marn Province, housed about 30 families.")])
    assert judged_as(tmp_path, articles, claim, "located in Marn Province") == (bucket, label)


# --- counts and who told them -------------------------------------------------------------------------------------

_BLOCK = payloads([
    ("b1", "Tolby Courier", "2025-04-02",
     "A six-storey block known as Harrow Court collapsed in Tolby on Monday. Mayor Ida Brenn told reporters that "
     "more than 20 residents had been brought out alive. Police evacuated about 600 people from the surrounding "
     "streets."),
    ("b2", "Tolby Courier", "2025-04-03",
     "The Tolby Rescue Service said it had pulled 14 people alive from the rubble of Harrow Court.")])


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    # a word capitalised only because it opens the claim is no name of the counted people
    ("Roughly 600 people were evacuated from the streets around Harrow Court on Monday.", "about 600 people",
     "corroborating"),
    # "brought out alive" is rescued; a post of a town is its holder, and no outlet of the town's name
    ("More than 20 residents were rescued alive from Harrow Court, Tolby's mayor told reporters.",
     "more than 20 residents", "corroborating"),
    ("More than 20 residents were rescued alive from Harrow Court, Tolby's mayor told reporters.",
     "pulled 14 people", "related"),
])
def test_counts_told_by_a_post(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert judged_as(tmp_path, _BLOCK, claim, words)[0] == bucket


def test_a_title_before_the_name_does_not_state_what_the_sentence_before_did(tmp_path: Path) -> None:
    articles = payloads([
        ("r1", "Relief Wire", "2025-06-03",
         "Harbour Aid opened a 30-bed clinic in Vesk on Tuesday. The agency's field director, Mara Lind, said more "
         "nurses were needed.")])
    claim = "Harbour Aid field director Mara Lind visited the Vesk clinic on Tuesday."
    assert judged_as(tmp_path, articles, claim, "field director, Mara Lind")[0] == "related"
    claim = "Harbour Aid field director Mara Lind said more nurses were needed."
    assert judged_as(tmp_path / "b", articles, claim, "field director, Mara Lind")[0] == "corroborating"


def test_an_owner_before_a_site_noun_with_a_place_after_still_names_a_site() -> None:
    assert sites_of("Two drones were tested near a Coastal Army depot in Port Alder.") == ("Coastal Army", "Port Alder")


# --- a reviewer's misfires of this session's first forms ----------------------------------------------------------

@pytest.mark.parametrize(("texts", "index", "not_affiliated"), [
    # a body's head noun, not any word of its name
    (["The Velmora Hospital Workers' Union said nurses would strike on Monday.",
      "Hospital director Mara Lind said the wards would stay open."], 1, "Velmora Hospital Workers' Union"),
    (["The Velmora Police Federation said officers were working double shifts.",
      "The extra shifts would end in May, police spokesman Ivo Bran said."], 1, "Velmora Police Federation"),
])
def test_a_word_of_a_body_name_is_not_its_head(texts: list[str], index: int, not_affiliated: str) -> None:
    assert all(affiliation != not_affiliated for _, affiliation in _credits(texts)[index])


def test_investigators_are_no_board_that_does_not_inquire() -> None:
    texts = ["The Velmora Water Board said supplies would not be disrupted by the fire.",
             "Police opened an inquiry into the blaze at the pumping station.",
             "Investigators found that the blaze had been started deliberately."]
    assert _credits(texts)[2] == [("Investigators", None)]


@pytest.mark.parametrize(("article", "claim", "words", "not_bucket"), [
    # a firm, a fund or a school named after what members do is no body of those members
    ("The Kessel shaft flooded on Monday. Kessel Mining Company said the pumps had failed twice.",
     "Miners said the pumps at the Kessel shaft had failed twice.", "pumps had failed twice", "corroborating"),
    ("A warehouse fire in Sarvik destroyed 200 tonnes of grain on Monday. The Sarvik Fire Insurance Mutual said the "
     "loss was covered.", "Firefighters said the loss from Monday's warehouse fire in Sarvik was covered.",
     "loss was covered", "corroborating"),
    # the mayor of another town
    ("The Lusk bridge was closed after the flood. Mayor Ana Holt of Kessel said it would reopen within a week.",
     "Velmora's mayor said the Lusk bridge would reopen within a week.", "reopen within a week", "corroborating"),
    # a firm's own spokesman is the firm
    ("Brightsea Ferries cancelled all crossings to Orm on Monday. Brightsea Ferries said the storm made sailing "
     "unsafe.", "Brightsea Ferries' spokesman said the storm made sailing unsafe.", "made sailing unsafe",
     "conflicting"),
    # a charge may be a fee
    ("The Tolby council voted on Monday on a new parking fee for the festival. The council rejected the charge for "
     "residents but kept it for visitors.", "The Tolby council approved a parking charge for festival visitors.",
     "rejected the charge", "conflicting"),
])
def test_reviewed_misfires(tmp_path: Path, article: str, claim: str, words: str, not_bucket: str) -> None:
    articles = payloads([("r1", "River Post", "2025-06-02", article)])
    assert judged_as(tmp_path, articles, claim, words)[0] != not_bucket


def test_a_fire_drill_is_not_the_fire(tmp_path: Path) -> None:
    articles = payloads([("i3", "Coast Post", "2025-06-02",
                          "A fire broke out at the Kessel bus depot on Monday. Three workers were treated for smoke "
                          "inhalation. No one was injured in the fire drill held at the ferry terminal the same "
                          "morning.")])
    claim = "Three workers were injured in the fire at the Kessel bus depot on Monday."
    assert judged_as(tmp_path, articles, claim, "fire drill")[0] != "conflicting"


def test_the_building_is_a_site_of_its_kind_and_aliases_are_names_of_one_site() -> None:
    texts = ["A residential block known as Harrow Court collapsed on Monday.",
             "Rescue teams gathered at the Orm Stadium nearby.",
             "The building, located in Marn Province, housed 40 families."]
    facts = read_article(texts, [find_attributions(t) for t in texts], "2025-04-01")
    assert facts[2].locations[0].subject == "Harrow Court"
    events = read_events(["Fire gutted the Dane Logistics warehouse on Friday days after a blast at the Orm terminal.",
                          "The fire service said 30 firefighters fought the blaze."], "2025-03-10")
    assert "Orm" not in events[1].sites


# --- a subject swapped -----------------------------------------------------------------------------------------

def test_the_subject_before_the_same_verb_is_another_name(tmp_path: Path) -> None:
    articles = payloads([("w1", "Weather Desk", "2025-07-19",
                          "The weather office said Dorn recorded a temperature of 45.2 degrees on Thursday, a new "
                          "national record.")])
    found, _ = judged_as(tmp_path, articles, "Kellby recorded a temperature of 45.2 degrees, a national record.",
                         "Dorn recorded")
    assert found == "conflicting"
    found, _ = judged_as(tmp_path / "b", articles, "Dorn recorded a temperature of 45.2 degrees, a national record.",
                         "Dorn recorded")
    assert found == "corroborating"


# --- a count of another place -------------------------------------------------------------------------------------

_HEAT = payloads([
    ("h1", "Plain Wire", "2025-07-14",
     "At least 12 people died of heat-related causes in Dorn over the weekend, the health ministry said."),
    ("h2", "Plain Wire", "2025-07-18",
     "The health ministry said on Friday that seven people had died of heatstroke in Kellby since Wednesday. The "
     "doctors' association said at least 40 people had died of heat in Dorn and Kellby combined."),
    ("h3", "Plain Wire", "2025-07-22",
     "The health ministry raised its heatwave death toll for Dorn to 19. The toll in Kellby was unchanged at seven, "
     "the ministry said.")])


@pytest.mark.parametrize(("claim", "words"), [
    ("The health ministry said at least 12 people died from the heat in Dorn over the weekend.",
     "seven people had died of heatstroke in Kellby"),
    ("The health ministry said at least 12 people died from the heat in Dorn over the weekend.",
     "The toll in Kellby"),
    ("The health ministry raised its Dorn death toll to 19.", "The toll in Kellby"),
    ("The health ministry raised its Dorn death toll to 19.", "in Dorn and Kellby combined"),
])
def test_a_count_of_another_place_is_no_other_figure(tmp_path: Path, claim: str, words: str) -> None:
    assert judged_as(tmp_path, _HEAT, claim, words)[0] != "conflicting"


def test_a_count_of_the_same_place_still_differs(tmp_path: Path) -> None:
    claim = "The health ministry said at least 30 people died from the heat in Dorn over the weekend."
    assert judged_as(tmp_path, _HEAT, claim, "in Dorn over the weekend")[0] == "conflicting"


def test_a_count_told_in_a_clause_of_another_day_is_no_other_figure(tmp_path: Path) -> None:
    articles = payloads([("s1", "Grid News", "2024-07-17",
                          "A transformer fire at the Ostra substation cut power to about 90,000 households on Tuesday. "
                          "It was the second failure there this month: on July 3 a cable fault left 25,000 households "
                          "without electricity.")])
    claim = "About 90,000 households lost power on July 16 when a transformer caught fire at the Ostra substation."
    assert judged_as(tmp_path, articles, claim, "cable fault")[0] != "conflicting"
    claim = "About 25,000 households lost power on July 16 when a transformer caught fire at the Ostra substation."
    assert judged_as(tmp_path / "b", articles, claim, "cut power to about 90,000")[0] == "conflicting"


def test_a_named_event_is_no_place_of_a_count(tmp_path: Path) -> None:
    articles = payloads([("c1", "Coast Wire", "2025-09-03",
                          "Cyclone Mira hit the coast on Tuesday. The disaster agency said 14 people were killed, "
                          "most of them in Port Ryn.")])
    claim = "The disaster agency said 23 people died in Cyclone Mira."
    assert judged_as(tmp_path, articles, claim, "14 people were killed")[0] == "conflicting"
