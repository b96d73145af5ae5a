"""Rules of 2026-12-05, thirteenth session (docs/verdicts.md section 0): where a place is by "the capital of",
"part of" and a district named in its province; denials of what reports said, and the speaker of a denial;
a denial of the claim's own event under its article's title; people counted by their trade under a harm; and
bodies a claim credits by a description ("the dockers' union said …"). Made-up articles of other subjects
than the seeds and the archives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.dossier.stance.credits import described_credits
from service.dossier.stance.terms import _scope_stems
from service.text.causes import causes_of
from service.text.events import read_events
from service.text.extract import find_negations, find_quantities
from service.text.places import claim_locations, find_locations
from service.text.roles import find_roles
from service.text.sources import resolve_credits, same_source
from service.text.synonyms import unphrase
from tests.support.judging import bucket_of, judged, judged_as, payloads


@pytest.mark.parametrize(("text", "subject", "place"), [
    ("Mardel is the capital of Ostvar province, and the port lies further south.", "Mardel", "Ostvar"),
    ("Floods hit Pellin district in Ostvar province on Sunday.", "Pellin", "Ostvar"),
    ("Troops were sent to Kessa, the main city of Ostvar province, on Monday.", "Kessa", "Ostvar"),
    ("Varn district is part of Ostvar province.", "Varn", "Ostvar"),
])
def test_what_a_place_lies_in(text: str, subject: str, place: str) -> None:
    assert (subject, place) in {(loc.subject, loc.place) for loc in find_locations(text)}


@pytest.mark.parametrize(("claim", "subject", "place"), [
    ("The town of Mardel is located in Ostvar province.", "Mardel", "Ostvar"),
    ("Mardel, home of the Ostvar ferry company, is in Lenn province.", "Mardel", "Lenn"),
    ("Pellin district, where the floods began, is part of Lenn province.", "Pellin", "Lenn"),
])
def test_what_a_claim_places(claim: str, subject: str, place: str) -> None:
    assert (subject, place) in {(loc.subject, loc.place) for loc in claim_locations(claim)}


def test_a_province_after_another_place_word_has_no_subject() -> None:
    # only a district or a city is what a province right after it contains
    assert {loc.subject for loc in find_locations("The army said the floods in Ostvar province had eased.")} == {None}


@pytest.mark.parametrize(("claim", "described"), [
    ("The dockers' union said 40 cranes were idle.", ("dockers' union",)),
    ("According to the health ministry, 12 people died.", ("health ministry",)),
    # a named source, an unnamed one, a pronoun, and a description of no kind of body are not described credits
    ("Reuters said 40 cranes were idle.", ()),
    ("A security source said 40 cranes were idle.", ()),
    ("She said 40 cranes were idle.", ()),
    ("The statement said 40 cranes were idle.", ()),
])
def test_credits_by_description(claim: str, described: tuple[str, ...]) -> None:
    assert described_credits(claim) == described


def test_a_denial_of_what_reports_said_credits_its_speaker() -> None:
    assert [c.written for c in analyze_claim("Mayor Ilse Brandt denied on Friday that the bridge had been closed.")
            .credits] == ["Mayor Ilse Brandt"]
    # (a denial of one's own deed credits no one with a statement)
    assert analyze_claim("The Red Hand group denied responsibility for the blast.").credits == ()


_FLOODS = payloads([
    ("floods-1", "Ostvar Herald", "2025-04-03",
     "Floods hit Pellin district in Ostvar province on Tuesday. "
     "Mardel is the capital of Ostvar province, and Kessa lies in the western province of Lenn. "
     "The Ostvar River Authority said four dockworkers had been injured, two of them seriously. "
     "Mayor Ilse Brandt denied on Wednesday that any bridges had been closed in Mardel. "
     "Transport minister Karl Dorn has denied rumours circulating online that the Mardel dam had burst."),
    ("floods-2", "Lenn Daily", "2025-04-04",
     "The Dockers' Federation of Ostvar said 40 cranes stood idle at the Mardel port on Wednesday, "
     "while Harbour Holdings put the number at 25. "
     "The Ostvar Port Company said the quay had not been damaged."),
    ("clash", "Kessa Wire", "2025-04-10",
     "Police clashed with protesters outside the town hall in Kessa on Tuesday. "
     "The Interior Ministry denied that tear gas had been fired, saying officers had used only water cannon. "
     "The protest group said several people were hurt by tear gas."),
])


_FLOODS_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # what a capital is the capital of
    ("The city of Mardel is located in Ostvar province.", "capital of Ostvar", "corroborating", "supported"),
    ("Mardel, home of the river authority, is in Lenn province.", "capital of Ostvar", "conflicting", "refuted"),
    # a district named in its province
    ("Pellin district, where the floods began, is part of Lenn province.", "Floods hit Pellin", "conflicting",
     "refuted"),
    # a denial of what reports said, in other words
    ("Ilse Brandt, the mayor, rejected claims that bridges were closed in Mardel.", "denied on Wednesday",
     "corroborating", "supported"),
    ("Karl Dorn dismissed rumours spread online that the Mardel dam had burst.", "rumours circulating online",
     "corroborating", "supported"),
    # the denial was the mayor's, not the minister's
    ("Transport minister Karl Dorn denied on Wednesday that bridges had been closed in Mardel.",
     "denied on Wednesday", "conflicting", "refuted"),
    # workers counted by their trade
    ("The Ostvar River Authority said four workers were injured in the floods.", "four dockworkers",
     "corroborating", "supported"),
    # a body credited by description, and the other figure another body's
    ("The dockers' union said 40 cranes stood idle at the Mardel port.", "40 cranes", "corroborating", "supported"),
    # a denial in a report of the claim's own event, its place in the title's words only
    ("Tear gas was fired at protesters during Tuesday's clash in Kessa.", "denied that tear gas", "conflicting",
     "disputed"),
]


def test_another_bodys_figure_does_not_dispute_the_described_one(tmp_path: Path) -> None:
    # the union is the Dockers' Federation; Harbour Holdings' 25 does not show what the union said
    assert judged_as(tmp_path, _FLOODS, "The dockers' union said 40 cranes stood idle at the Mardel port.",
                     "put the number at 25")[0] != "conflicting"


def test_a_denial_of_something_else_does_not_deny_where_a_place_is(tmp_path: Path) -> None:
    assert judged_as(tmp_path, _FLOODS, "The city of Mardel is located in Ostvar province.",
                     "rumours circulating online")[0] != "conflicting"


def test_another_denial_of_the_speaker_does_not_confirm_his(tmp_path: Path) -> None:
    assert judged_as(tmp_path, _FLOODS, "Karl Dorn denied that bridges had been closed in Mardel.",
                     "rumours circulating online")[0] != "corroborating"


@pytest.mark.parametrize(("text", "holder", "organisation"), [
    # a title in lower case before the name, with or without a comma
    ("Lenn's governor, Mira Falk, announced 3 million dollars for the schools.", "Mira Falk", "Lenn"),
    ("Lenn governor Mira Falk announced 3 million dollars for the schools.", "Mira Falk", "Lenn"),
])
def test_a_lowercase_title_before_a_name(text: str, holder: str, organisation: str) -> None:
    assert [(r.holder, r.organisation) for r in find_roles(text)] == [(holder, organisation)]


def test_the_number_under_a_fate_counts_people() -> None:
    found = find_quantities("The monitor put the number detained at 160, including four journalists.")
    assert (found[0].value, found[0].unit, found[0].predicate) == (160.0, "people", "arrested")


_MARCH = payloads([
    ("march", "Kessa Wire", "2025-03-09",
     "Police in Kessa arrested 90 people on Saturday as thousands marched to Dorn Square. "
     "The Kessa Rights Forum put the number detained at 130. "
     "Police said 11 officers were injured, while organisers said 40 marchers were hurt. "
     "Lenn's governor, Mira Falk, announced 3 million dollars in aid for the injured. "
     "The Kessa clinic diverted patients to the nearby town of Holm after the march."),
])


_MARCH_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    ("The Kessa Rights Forum said 90 people were detained in Kessa on Saturday.", "number detained at 130",
     "conflicting", "refuted"),
    # a sentence after one that is no incident of its own goes on with the article's event
    ("Organisers said 40 marchers were hurt in Kessa on Saturday.", "40 marchers", "corroborating", "supported"),
    # the governor is Lenn's, under her name
    ("Lenn's governor announced 5 million dollars in aid for the injured.", "3 million dollars", "conflicting",
     "refuted"),
    # where something was sent
    ("The Kessa clinic diverted patients to Varn after the march.", "diverted patients", "conflicting", "refuted"),
    ("The Kessa clinic diverted patients to Holm after the march.", "diverted patients", "corroborating",
     "supported"),
]


# A reviewer's misfires of these rules' first forms (each fixed, and held here)
_REVIEWED = payloads([
    ("towns", "Harrow Post", "2025-05-02",
     "Dravik lies in Harrow province, some 30 km from the Selmar border. "
     "Tolvin is part of a trade corridor linking Harrow and Selmar province. "
     "Six workers were taken to hospital with burns after the Drann plant fire on Thursday. "
     "Four firefighters were injured while battling the blaze. "
     "Twelve passengers were injured when a bus overturned near Tolvin on Friday."),
    ("clashes", "Kessa Wire", "2025-05-07",
     "Police clashed with protesters in Kessa on Tuesday, and organisers said rubber bullets were fired. "
     "A separate protest took place in Dorrel on Tuesday. "
     "Police there denied that rubber bullets had been fired."),
])
_REVIEWED[1]["title"] = "Kessa and Dorrel clashes: what we know"


@pytest.mark.parametrize(("claim", "words", "not_bucket"), [
    # a second province after the claim's place is another place
    ("The city of Dravik is located in Harrow province, near the border with Selmar province.", "Dravik lies",
     "conflicting"),
    # "part of" a corridor that reaches a province does not place the town in it
    ("Tolvin is located in Harrow province.", "trade corridor", "conflicting"),
    # firefighters and passengers are not a plant's or a bus company's workers
    ("Four workers were injured in the fire at the Drann plant.", "Four firefighters", "corroborating"),
    ("Twelve workers were injured when a bus overturned near Tolvin.", "Twelve passengers", "corroborating"),
    # "there" is Dorrel, though the title names Kessa
    ("Rubber bullets were fired during Tuesday's clash in Kessa.", "Police there denied", "conflicting"),
])
def test_reviewed_misfires(tmp_path: Path, claim: str, words: str, not_bucket: str) -> None:
    assert judged_as(tmp_path, _REVIEWED, claim, words)[0] != not_bucket


def test_the_company_is_the_firm_named_before() -> None:
    sentences = ["Orrin Mining, which runs the pit, said on Monday that two workers had died.",
                 "The Gelt Miners' Union said three had died.",
                 "The company denied that the shaft had been unsafe."]
    credits = resolve_credits([find_attributions(s) for s in sentences])
    assert (credits[2][0].source, credits[2][0].resolved) == ("Orrin Mining", True)


_PLANT = payloads([
    ("plant", "Varn Courier", "2025-06-04",
     "The Lenn water plant was shut on Monday after a pump failed. "
     "Governor Ida Brask said the leak had not reached the Kessa reservoir. "
     "Lenn Utilities said it had warned the district office about the pump in May. "
     "New infections in Kessa have fallen for a second week, the health ministry said."),
])


_PLANT_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # the claim's own speaker saying the opposite of its main verb
    ("Governor Ida Brask said the leak from the Lenn plant had reached the Kessa reservoir.", "had not reached",
     "conflicting", "refuted"),
    # "denied ever warning": what is denied is the warning
    ("Lenn Utilities denied ever warning the district office about the pump.", "had warned the district office",
     "conflicting", "refuted"),
    # a trend told the other way
    ("The health ministry said new infections in Kessa had risen for a second week.", "have fallen",
     "conflicting", "refuted"),
]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The fire brigade estimated the timber lost in the Varn yard fire at 80 tonnes.", "The fire brigade"),
    ("The port authority estimated that the blaze destroyed 300 tonnes of timber.", "The port authority"),
])
def test_an_estimate_is_its_speakers(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)] == [source]


def test_an_estimated_amount_credits_no_one() -> None:
    assert find_attributions("An estimated 3,000 people attended the rally in Varn.") == []


def test_the_number_another_source_puts_is_the_same_count() -> None:
    found = find_quantities("The union said about 600 workers joined the stoppage, while Orrin Mining put the number "
                            "at 250.")
    assert [(q.value, q.unit) for q in found] == [(600.0, "workers"), (250.0, "workers")]
    assert find_quantities("Police put the crowd at about 3,000.")[0].unit == "people"


_YARD = payloads([
    ("yard", "Varn Courier", "2025-06-10",
     "Fire destroyed a timber store at the Varn yard on Sunday. "
     "The port authority estimated that the blaze destroyed 300 tonnes of timber. "
     "The fire brigade, however, put the loss at 120 tonnes. "
     "The Varn Dockers' Union said about 600 workers joined Monday's stoppage, while Orrin Mining put the number "
     "at 250. "
     "Police said the march through Varn on Tuesday passed off without injuries."),
])


_YARD_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # a body credited by description, the other body's figure left aside
    ("The fire brigade estimated the timber lost in the Varn yard fire at 120 tonnes.", "put the loss at 120",
     "corroborating", "supported"),
    ("The port authority estimated the timber lost in the Varn yard fire at 120 tonnes.", "destroyed 300 tonnes",
     "conflicting", "refuted"),
    # each side of "X said A, while Y put it at B" speaks for its own source
    ("The dockers' union said about 250 workers joined the stoppage at the Varn yard.", "600 workers",
     "conflicting", "refuted"),
    ("Orrin Mining put the number of workers who joined the Varn stoppage at 250.", "600 workers",
     "corroborating", "supported"),
    # a denial of the claim's own event, in other words
    ("According to police, nobody was hurt in the march through Varn on Tuesday.", "without injuries",
     "corroborating", "supported"),
]


def test_another_bodys_figure_of_the_claims_does_not_confirm_it(tmp_path: Path) -> None:
    # (since the nineteenth session it shows the claim misattributed: the fire brigade's 120 tonnes, credited to the
    # port authority, which put it at 300)
    doc = judged(tmp_path, _YARD, "The port authority estimated the timber lost in the Varn yard fire at 120 tonnes.")
    bucket, item = bucket_of(doc, "put the loss at 120")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_complaint_is_its_speakers() -> None:
    assert [a.source for a in find_attributions("Mayor Ida Brask complained that the town had not received a "
                                                "single briefing.")] == ["Mayor Ida Brask"]


_FERRY = payloads([
    ("ferry", "Lake Wire", "2025-07-02",
     "The ferry Ostra Belle capsized off Varn on Sunday. "
     "Holm Lines managing director Piet Baan denied that the ferry had been overloaded. "
     "Island council head Ana Pol complained that the island had not received a single briefing since the "
     "capsizing."),
])


_FERRY_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # two denials of the same thing, in other words, are one statement
    ("The operator's managing director rejected claims that the Ostra Belle was overloaded.", "denied that the ferry",
     "corroborating", "supported"),
    # what she complained of is what she said
    ("Ana Pol said the island had received regular briefings since the capsizing.", "single briefing",
     "conflicting", "refuted"),
]


# A second reviewer's misfires (each fixed, and held here)
_REVIEWED_2 = payloads([
    ("leak", "Lenn Courier", "2025-06-04",
     "Governor Ida Brask said the leak from the Lenn plant had reached the Kessa reservoir. "
     "Brask said the leak had not reached the Holm wells. "
     "The army sent water trucks to Holm on Tuesday."),
    ("ferry", "Lake Wire", "2025-06-05",
     "Mirvane Lines said the Ostra ferry sank near Holm after hitting rocks. "
     "The Coast Guard said 40 people were rescued. "
     "The company said 12 crew were missing."),
])


@pytest.mark.parametrize(("claim", "words", "not_bucket"), [
    # the same speaker denying it of another place
    ("Governor Ida Brask said the leak from the Lenn plant had reached the Kessa reservoir.", "Holm wells",
     "conflicting"),
    # trucks sent to one town may be sent to another too
    ("The army sent water trucks to Kessa after the Lenn plant leak.", "water trucks to Holm", "conflicting"),
    # "the company" is the ferry line, not the coast guard
    ("The Coast Guard said 12 crew were missing after the Ostra ferry sank near Holm.", "12 crew were missing",
     "corroborating"),
])
def test_second_reviewed_misfires(tmp_path: Path, claim: str, words: str, not_bucket: str) -> None:
    assert judged_as(tmp_path, _REVIEWED_2, claim, words)[0] != not_bucket


@pytest.mark.parametrize("text", [
    "After meeting Lenn's governor, Stefan Hallig said the Kell mine would reopen.",
    "Former governor Ivo Rand said the mine would reopen.",
    "Opposition candidate for governor Ivo Rand said the mine would reopen.",
])
def test_a_lowercase_title_someone_else_holds(text: str) -> None:
    assert find_roles(text) == []


def test_the_number_put_is_the_head_count_not_a_count_of_places() -> None:
    found = find_quantities("The union said 600 workers joined the strike at three sites, while Orrin Mining put the "
                            "number at 250.")
    assert (found[-1].value, found[-1].unit) == (250.0, "workers")


def test_the_union_is_not_the_european_union() -> None:
    sentences = ["The European Union said it would send aid.", "The union said the strike would go on."]
    assert not resolve_credits([find_attributions(s) for s in sentences])[1][0].resolved


_REOPENED = payloads([
    ("plant-2", "Varn Courier", "2025-06-16",
     "The Lenn water plant resumed operations on Saturday after crews replaced a broken pump. "
     "Holm officials reported their first cholera death on Tuesday, a 70-year-old fisherman."),
])


@pytest.mark.parametrize(("claim", "words"), [
    # an act the claim dates to one day, restated on another: the claim's, misdated
    ("The Lenn water plant resumed operations on Sunday, June 15.", "resumed operations on Saturday"),
    ("Holm's first cholera death was reported on Monday, June 9.", "first cholera death"),
])
def test_an_act_restated_on_another_day_is_misdated(tmp_path: Path, claim: str, words: str) -> None:
    assert judged_as(tmp_path, _REOPENED, claim, words) == ("conflicting", "refuted")


def test_the_leads_event_carries_over_one_sentence_of_no_incident() -> None:
    texts = ["Thousands rallied in Dorn Square in Kessa on Tuesday against the result.",
             "Police put the crowd at about 3,000.",
             "Riot police fired tear gas after nightfall and detained 41 people."]
    events = read_events(texts, "2025-03-05")
    assert (events[2].start, events[2].basis) == (events[0].start, "article")


@pytest.mark.parametrize(("text", "stem_"), [
    # a participle that only picks the subject out is not what is denied
    ("Kesmark denied that the drone shot down near Merrow belonged to its military.", "belong"),
    ("The army denied that the convoy attacked near Holm had carried weapons.", "carri"),
    ("The ministry denied that soldiers fired on the crowd in Kessa.", "fire"),
])
def test_what_a_denial_denies(text: str, stem_: str) -> None:
    negation = find_negations(text)[0]
    assert _scope_stems(negation.scope.text, negation.cue.text) == {stem_}


def test_a_country_and_its_own_body_are_one_source() -> None:
    assert same_source("Kesmark", "Kesmark's Defence Ministry")
    assert not same_source("Kesmark", "Valdoria's Defence Ministry")


def test_delayed_and_cancelled_are_two_counts() -> None:
    cancelled = find_quantities("The airport said 212 departures were scrapped during the outage.")[0]
    delayed = find_quantities("The airport said it delayed 46 departures.")[0]
    assert (cancelled.predicate, delayed.predicate) == ("cancelled", "delayed")


@pytest.mark.parametrize(("text", "subject", "place"), [
    # what is in a town is in the town's province
    ("Flights were grounded at Teslin National Airport in Orvane, the capital of Kessan Province, on Monday.",
     "Teslin National Airport", "Kessan"),
    # a site's own nouns link its name to its province
    ("Gunfire struck the Tarsin border post in Valdoria's Ostravel province on Monday.", "Tarsin", "Ostravel"),
])
def test_where_a_site_lies(text: str, subject: str, place: str) -> None:
    assert (subject, place) in {(loc.subject, loc.place) for loc in find_locations(text)}


def test_stepping_down_is_resigning() -> None:
    assert unphrase("The minister said she would not step down.") == "The minister said she would not resign."


def test_a_side_without_a_figure_gives_no_other_figure(tmp_path: Path) -> None:
    articles = payloads([("yard-2", "Varn Courier", "2025-06-11",
                          "The Varn Dockers' Union said the stoppage would go on, while Orrin Mining put the number "
                          "of strikers at 250.")])
    assert judged_as(tmp_path, articles, "The dockers' union said 250 workers joined the Varn stoppage.",
                     "strikers at 250")[0] != "conflicting"


@pytest.mark.parametrize(("text", "cause"), [
    ("According to the fire service, an overloaded electrical circuit caused the laundry fire.",
     "overloaded electrical circuit"),
    ("Investigators said a faulty software update caused the outage.", "faulty software update"),
])
def test_a_cause_told_actively(text: str, cause: str) -> None:
    assert causes_of(text) == (("cause", cause),)


def test_claimed_that_is_a_statement_and_claimed_an_attack_a_deed() -> None:
    assert [c.source for c in analyze_claim("The Lenn Workers' Federation claimed that the fire had been caused by "
                                            "faulty wiring.").credits] == ["Lenn Workers' Federation"]
    assert analyze_claim("The Red Hand group claimed the Tuesday attack on the dam.").credits == ()


_WIRING = payloads([
    ("wiring", "Lenn Courier", "2025-06-20",
     "The union said the laundry fire at Varn General Hospital had been caused by faulty wiring. "
     "The fire service said the laundry fire at Varn General Hospital was started by an overheating dryer."),
])


_WIRING_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # "the union", unresolved, is a body of the kind the claim names
    ("The Lenn Workers' Federation claimed that faulty wiring caused the laundry fire at Varn General Hospital.",
     "faulty wiring", "corroborating", "supported"),
    # the fire service, by description, against its own words
    ("According to the fire service, faulty wiring caused the laundry fire at Varn General Hospital.",
     "overheating dryer", "conflicting", "refuted"),
]


# each archive's claims, judged against it: the passage's bucket and the verdict
_ARCHIVE_CLAIMS = [(articles, *case) for articles, cases in (
    (_FLOODS, _FLOODS_CLAIMS),
    (_MARCH, _MARCH_CLAIMS),
    (_PLANT, _PLANT_CLAIMS),
    (_YARD, _YARD_CLAIMS),
    (_FERRY, _FERRY_CLAIMS),
    (_WIRING, _WIRING_CLAIMS),
) for case in cases]


@pytest.mark.parametrize(("articles", "claim", "words", "bucket", "label"), _ARCHIVE_CLAIMS,
                         ids=[case[1][:60] for case in _ARCHIVE_CLAIMS])
def test_archive_claims(tmp_path: Path, articles: list[dict[str, Any]], claim: str, words: str, bucket: str,
                        label: str) -> None:
    assert judged_as(tmp_path, articles, claim, words) == (bucket, label)
