"""Rules of 2026-12-05, twelfth session (docs/verdicts.md section 0): titles with a word of their own and
spokespeople "for" a body, irregular plurals, counts of one occupation under the same harm, a claim's month
against the month a passage names, a place's police or ministry as a source, the same figure of people
under two nouns, the side of a place ("east terminal"), where a named vessel's mishap happened ("near X"),
"by Tuesday" as the time of a count, "none of X were hurt", fates a passage denies, and a body credited
under the name of who leads it. Made-up articles of other subjects than the seeds and the archives."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.text.extract import find_negations
from service.text.facts import read_article
from service.text.roles import find_roles
from service.text.sources import source_name
from service.tokens import stem
from tests.support.judging import bucket_of, judged, judged_as, payloads


@pytest.mark.parametrize(("text", "holder", "organisation"), [
    # a lowercase word of the title's own between the comma and the title
    ("Dr. Lena Roos, medical director of Varn General Hospital, said two patients were in intensive care.",
     "Lena Roos", "Varn General Hospital"),
    ("Piet Baan, managing director of Kessel Freight, said the lorries were insured.", "Piet Baan", "Kessel Freight"),
    # a spokesperson speaks for a body
    ("Mira Holt, a spokeswoman for the Transport Ministry, said the line would reopen.", "Mira Holt",
     "Transport Ministry"),
])
def test_a_title_with_a_word_of_its_own_names_its_holder(text: str, holder: str, organisation: str) -> None:
    assert [(r.holder, r.organisation) for r in find_roles(text)] == [(holder, organisation)]


def test_citing_a_director_names_no_holder() -> None:
    assert [r.holder for r in find_roles("Reuters, citing the director of the Port Authority, said the port shut.")] \
        == [None]


@pytest.mark.parametrize(("one", "many"), [("fisherman", "fishermen"), ("gunman", "gunmen"), ("woman", "women"),
                                           ("policeman", "policemen"), ("child", "children")])
def test_irregular_plurals_share_a_stem(one: str, many: str) -> None:
    assert stem(one) == stem(many)


@pytest.mark.parametrize(("written", "name"), [
    ("Tolby police", "Tolby police"),
    ("Tolby police chief Anna Dorn", "Tolby police"),
    ("the Varn health ministry", "Varn health ministry"),
    ("the Tolby Herald", "Tolby Herald"),
    ("police in Tolby", "Tolby"),
])
def test_a_places_police_is_not_the_place(written: str, name: str) -> None:
    assert source_name(written) == name


@pytest.mark.parametrize(("text", "scope"), [
    # "none of" a set however long, with what none of it suffered
    ("None of the 40 pupils on the bus that left Varn on Monday morning were hurt, the school said.",
     "of the 40 pupils on the bus that left Varn on Monday morning were hurt"),
])
def test_none_of_a_set_governs_what_it_suffered(text: str, scope: str) -> None:
    assert [n.scope.text for n in find_negations(text)] == [scope]


def test_by_a_weekday_is_when_a_count_was_reached_not_the_events_day() -> None:
    assert analyze_claim("By Thursday, the death toll from the Varn bus crash had climbed to 9.").event.weekday is None
    assert analyze_claim("The Varn bus crashed on Thursday.").event.weekday == 3


@pytest.mark.parametrize(("sentence", "source", "names"), [
    # the body, credited under the name of who leads it
    ("The panel, led by retired judge Anna Dorn, put the toll at 12.", "The panel", ("The panel", "Anna Dorn")),
    ("The inquiry, headed by Karl Weiss, said the brakes had failed.", "The inquiry", ("The inquiry", "Karl Weiss")),
])
def test_a_body_is_credited_under_its_leader(sentence: str, source: str, names: tuple[str, ...]) -> None:
    assert [a.source for a in find_attributions(sentence)] == [source]
    assert read_article([sentence], [find_attributions(sentence)], None)[0].credits[0].names == names


_QUARRY = payloads([
    ("quarry-1", "Tolby Herald", "2024-06-06",
     "A rockfall hit the Brandt quarry near Tolby on Wednesday. "
     "One quarryman was killed and two others were injured, Tolby police said. "
     "Karl Weiss, a spokesman for the Brandt Quarry Company, said none of its drivers were hurt. "
     "The quarry company said 1,400 employees had been sent home, while the union put the number at 1,100. "
     "The rockfall struck the quarry's north face, the company said."),
    # (an undated bulletin: a month a dated article names is read as before, with its event)
    ("bulletin", "Union Bulletin", None,
     "The Stone Workers' Union said the Brandt quarry had been inspected in April."),
    ("quarry-2", "Valley Post", "2024-06-08",
     "The Brandt Quarry Company reported no deaths among its drivers. "
     "Dr. Lena Roos, medical director of Tolby Hospital, said two quarrymen remained in intensive care."),
    ("barge", "River News", "2024-07-03",
     "The barge Aster Queen collided with a ferry near Varn on Tuesday night. "
     "Nobody aboard the ferry was hurt, the river police said. "
     "The Varn Harbour Board said the collision closed the channel for 6 hours."),
])


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), [
    # one occupation counted under the same harm
    ("Two quarrymen were killed in the rockfall at the Brandt quarry.", "One quarryman was killed",
     "conflicting", "refuted"),
    # the hospital speaks through its medical director
    ("Tolby Hospital said three quarrymen remained in intensive care.", "remained in intensive care",
     "conflicting", "refuted"),
    # the claim's month against another the passage names
    ("The union said the Brandt quarry had been inspected in February.", "inspected in April",
     "conflicting", "refuted"),
    ("The union said the Brandt quarry had been inspected in April.", "inspected in April",
     "corroborating", "supported"),
    # the figure under another noun, the company's, not the union's
    ("The Stone Workers' Union said 1,400 workers had been sent home from the Brandt quarry.", "1,400 employees",
     "conflicting", "refuted"),
    # another side of the quarry
    ("The rockfall struck the south face of the Brandt quarry.", "north face", "conflicting", "refuted"),
    # the drivers, of whom none was hurt
    ("Drivers were injured in the rockfall at the Brandt quarry, the company said.", "none of its drivers",
     "conflicting", "refuted"),
    # a named barge's collision, near another town
    ("The Aster Queen collided with a ferry near Holm.", "collided with a ferry near Varn", "conflicting", "refuted"),
    # the harbour board said it, not the river police (the place in the board's name is not a doer)
    ("Varn river police said the collision closed the channel for 6 hours.", "closed the channel",
     "conflicting", "refuted"),
])
def test_quarry_and_barge_archive(tmp_path: Path, claim: str, words: str, bucket: str, label: str) -> None:
    assert judged_as(tmp_path, _QUARRY, claim, words) == (bucket, label)


def test_no_deaths_does_not_confirm_injuries(tmp_path: Path) -> None:
    # "no deaths among its drivers", after a sentence of none of them hurt: no harm asserted at all
    doc = judged(tmp_path, _QUARRY, "Drivers were injured in the rockfall at the Brandt quarry, the company said.")
    assert bucket_of(doc, "reported no deaths")[0] != "corroborating"


def test_none_of_another_set_says_nothing_of_the_claims(tmp_path: Path) -> None:
    doc = judged(tmp_path, _QUARRY, "Quarrymen were injured in the rockfall at the Brandt quarry.")
    assert bucket_of(doc, "none of its drivers")[0] != "conflicting"


@pytest.mark.parametrize("claim", [
    "None of the drivers of the Brandt Quarry Company were hurt in the rockfall, the company said.",
    # (a denial of the claim's own, "no X were injured", agrees with "none of X were hurt")
    "No drivers of the Brandt Quarry Company were injured in the rockfall, according to the company.",
])
def test_both_deny_harm_to_the_same_people(tmp_path: Path, claim: str) -> None:
    assert judged_as(tmp_path, _QUARRY, claim, "none of its drivers") == ("corroborating", "supported")


# A reviewer's misfires of these rules' first forms (each fixed, and held here)
_SAWMILL = payloads([
    ("mill-1", "Pell Courier", "2024-06-04",
     "A fire broke out at Pell airport on Monday. "
     "Passengers were bussed to the west terminal after the fire closed the east terminal, the airport said. "
     "The wildfire spread east from the ridge, and thousands of residents fled south from the town, officials said. "
     "Two workers died in the sawmill fire, though no firefighters died, police said. "
     "Only a few hundred of the sawmill's 1,500 employees joined the strike, the company said. "
     "The vote came after a report published in January found safety failings at the Lorn sawmill. "
     "None of the workers injured in the paint factory explosion were in critical condition, the hospital said."),
    ("barge-2", "River Wire", "2024-07-03",
     "The barge Aster Queen collided with a ferry near Varn on Tuesday, and police sealed off Harbour Road."),
])


@pytest.mark.parametrize(("claim", "words", "not_bucket"), [
    # the claim's side named too: not another part
    ("A fire at Pell airport closed the east terminal on Monday.", "bussed to the west terminal", "conflicting"),
    # "east from", "south from": directions, not parts
    ("Thousands of residents fled south from Pell as a wildfire swept through the hills.", "fled south", "conflicting"),
    # a fate stated outside the negation is stated
    ("Two workers died in the sawmill fire.", "Two workers died", "related"),
    # a part of a whole is not the whole's figure
    ("1,500 workers joined the strike at the Lorn sawmill.", "1,500 employees", "corroborating"),
    # a month of something else the passage dates
    ("The Pell council voted in March to close the Lorn sawmill.", "report published in January", "conflicting"),
    # "injured in the explosion" identifies the set: what none of it was is the critical condition
    ("Workers were injured in the paint factory explosion.", "None of the workers injured", "conflicting"),
    # "sealed off Harbour Road": a particle, not where the barge collided
    ("The barge Aster Queen collided with a ferry near Varn.", "sealed off Harbour Road", "conflicting"),
])
def test_reviewed_misfires(tmp_path: Path, claim: str, words: str, not_bucket: str) -> None:
    assert judged_as(tmp_path, _SAWMILL, claim, words)[0] != not_bucket


def test_a_wreck_by_tuesdays_storm_is_of_tuesday() -> None:
    # a passive agent or a possessive day is the event's day, not a time bound
    assert analyze_claim("The Pell pier was wrecked by Tuesday's storm.").event.weekday == 1


@pytest.mark.parametrize(("sentence", "names"), [
    ("The inquiry, led by Chief Inspector Karl Weiss, said the brakes had failed.", ("The inquiry", "Karl Weiss")),
    # (a country that leads a body is not its speaker)
    ("The coalition, led by Saudi Arabia, said the strikes had stopped.", ("The coalition",)),
])
def test_a_leaders_name_is_the_name_after_the_title(sentence: str, names: tuple[str, ...]) -> None:
    assert read_article([sentence], [find_attributions(sentence)], None)[0].credits[0].names == names


@pytest.mark.parametrize(("written", "name"), [("Tolby officials", "Tolby"), ("the Tolby government", "Tolby")])
def test_a_places_officials_are_the_place_speaking(written: str, name: str) -> None:
    assert source_name(written) == name


def test_words_ending_in_men_that_are_no_plural_keep_their_stem() -> None:
    assert stem("specimen") == stem("specimens") and stem("Yemen") == "yemen"


def test_a_title_word_must_be_a_titles() -> None:
    # "replacing director of …": not a title of the name before it
    assert [r.holder for r in find_roles("Anna Dorn, replacing director of Tolby Hospital Karl Weiss, said so.")] \
        == [None]


_FLOOD = payloads([
    ("dam-1", "Varda Daily Courier", "2024-04-15",
     "The Orsa dam gave way on Sunday, flooding villages below Kell. "
     "The aid group Green Door put the death toll at 19 and said at least 30 people were still missing. "
     "Varda governor Ana Brin said 14 people were killed."),
    ("depot-1", "Varn Post", "2024-04-13",
     "Rockets hit the Varn depot on Friday. Two guards were wounded in Friday's rocket attack, the army said."),
    ("depot-2", "Holm Wire", None,
     "Nurse Ida Lund said the three guards hurt in the drone attack on the Varn depot were treated in Holm."),
])


def test_a_credit_with_a_title_is_not_the_outlet_of_its_place(tmp_path: Path) -> None:
    # "Varda governor Ana Brin" is read under "Varda", which is no "Varda Daily Courier": the aid group's toll is
    # not hers
    doc = judged(tmp_path, _FLOOD, "Varda governor Ana Brin said 19 people were killed when the Orsa dam gave way.")
    assert not any(r["type"] == "source_match" for r in bucket_of(doc, "Green Door")[1]["reasons"])
    assert doc["verdict"]["label"] == "refuted"


def test_an_undated_attack_by_other_arms_is_another_attack(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FLOOD, "Two guards were wounded in Friday's rocket attack on the Varn depot.")
    assert bucket_of(doc, "drone attack on the Varn depot")[0] == "other_events"
    assert doc["verdict"]["label"] == "supported"


def test_heeding_a_warning_is_opposed_by_ignoring_it(tmp_path: Path) -> None:
    articles = payloads([("storm-3", "Harbour Wire", "2024-08-02",
                          "An inquiry found that the crew of the trawler Nela had ignored a gale warning issued "
                          "at dawn.")])
    claim = "The crew of the trawler Nela heeded a gale warning issued at dawn, the inquiry found."
    assert judged_as(tmp_path, articles, claim, "had ignored a gale warning") == ("conflicting", "refuted")
