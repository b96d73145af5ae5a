"""Rules of 2026-12-06, nineteenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a museum theft, a dairy recall, outages at a water works, a mine's compensation."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.extract import find_quantities
from service.text.ordinals import ranks_of
from tests.support.judging import bucket_of, judged, judged_as, payloads


def _amount(text: str, figure: str) -> tuple[str | None, str | None]:
    """The unit and fate of the amount of `text` whose words begin with `figure`."""
    found = next(q for q in find_quantities(text) if q.span.text.startswith(figure))
    return found.unit, found.predicate


# --- amounts: the unit joined to a figure, and a fate that is another noun's ---------------------------------------

def test_a_unit_joined_to_its_figure_is_read() -> None:
    assert _amount("Police are offering a 100,000-lor reward for the fourth suspect.", "100,000")[0] == "lor"
    assert _amount("A 38-page report was published.", "38")[0] == "page"
    # (not a word that says how many, nor an age, nor a class that names an incident)
    # (since the thirty-second session, a count of the force's members: "strong" is no noun)
    assert _amount("A 4,000-strong force moved in.", "4,000")[0] == "members"
    assert _amount("A 12-year-old boy was hurt.", "12")[0] == "years"
    assert _amount("The three-drone attack on the depot caused damage.", "three")[0] is None


@pytest.mark.parametrize("text, figure, fate", [
    # a fate after the amount, of people named between
    ("The ministry will pay 2 million dalers to the family of each worker killed.", "2 million", None),
    ("Forty houses were flattened and two residents died.", "Forty", None),
    ("Forty houses were flattened and two residents died.", "two", "killed"),
    # a fate named as a noun after a determiner, of a phrase of its own
    ("Police offered a reward of 50,000 lors for information leading to the arrest of a fourth man.", "50,000",
     None),
    ("Five soldiers were among the dead.", "Five", "killed"),
    # a fate before the amount, across a verb of the amount's own
    ("Families of those killed in the mine fire will receive 2 million dalers each.", "2 million", None),
    # a fate's bare word that modifies the noun after it
    ("The rescue team brought 20 search dogs to the valley.", "20", None),
    ("Police issued arrest warrants for 12 people.", "12", None),
    ("The navy sent two frigates and around 2,000 sailors to the strait.", "around 2,000", "deployed"),
    ("The death toll rose to 40 people.", "40", "killed"),
    ("Gunmen killed 12 soldiers.", "12", "killed"),
])
def test_the_fate_of_an_amount(text: str, figure: str, fate: str | None) -> None:
    assert _amount(text, figure)[1] == fate


_THEFT = payloads([
    ("m1", "Vell Post", "2025-06-06",
     "Thieves took three paintings from the Orsk City Museum on Monday night, police said. "
     "Orsk police on Friday offered a reward of 50,000 lors for information leading to the arrest of the thieves. "
     "No one has been charged so far, and investigators have seized the museum's camera recordings, police added.")])


def test_another_sum_of_a_reward_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _THEFT, "Orsk police are offering a 100,000-lor reward over the museum theft.")
    bucket, item = bucket_of(doc, "offered a reward of 50,000 lors")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_passage_negating_the_claims_deed_does_not_confirm_it(tmp_path: Path) -> None:
    # "No one has been charged": whatever else the model finds alike, it does not confirm that charges were filed
    bucket, _ = judged_as(tmp_path, _THEFT, "Charges have been filed against the Orsk museum's head of security.",
                          "No one has been charged so far")
    assert bucket != "corroborating"


# --- ranks in a series --------------------------------------------------------------------------------------------

def test_ranks_said_of_something_are_read() -> None:
    assert ranks_of("It was the third burst at the Delm water works this month.") == (
        (3, "burst", "at Delm water work month"),)
    assert ranks_of("It was the 21st attack on US forces since October.")[0][:2] == (21, "attack")
    # (a rank that only picks out which one is meant says nothing of a series; nor a part of a time)
    assert ranks_of("The second burst came on Thursday.") == ()
    assert ranks_of("It was the first week of March.") == ()


_WORKS = payloads([
    ("w1", "Delm Courier", "2025-08-20",
     "A main burst at the Delm water works on Tuesday, August 19, cut supplies to 30,000 homes, the utility said. "
     "It was the third burst at the Delm water works this month, following bursts on August 4 and August 11. "
     "In July, a pump failure at the works left the old town without water for a day, the utility said.")])


@pytest.mark.parametrize("claim, bucket", [
    ("The August 19 burst at the Delm water works was the second burst there that month.", "conflicting"),
    ("The August 19 burst at the Delm water works was the third burst at the works that month.", "related"),
])
def test_another_rank_in_the_same_series_conflicts(tmp_path: Path, claim: str, bucket: str) -> None:
    got, _ = judged_as(tmp_path, _WORKS, claim, "It was the third burst")
    assert got == bucket or (bucket == "related" and got == "corroborating")


def test_a_passage_stating_no_rank_does_not_confirm_one(tmp_path: Path) -> None:
    # the report of the burst itself states no rank: it does not confirm "the second burst"
    got, _ = judged_as(tmp_path, _WORKS, "The August 19 burst at the Delm water works was the second burst there "
                                         "that month.", "cut supplies to 30,000 homes")
    assert got != "corroborating"


# --- a town as the place of the thing both name ---------------------------------------------------------------------

_RECALL = payloads([
    ("d1", "Farm Wire", "2025-03-12",
     "The food safety agency recalled Brenmilk yoghurt batch Y-22 on Tuesday after listeria was found. "
     "The contaminated batch, Y-22, was produced at Halvo's dairy in Ostmark, in Selde province, the agency said.")])


@pytest.mark.parametrize("claim, conflicts", [
    ("The recalled Brenmilk batch Y-22 was made at Halvo's dairy in Runby, Torva province.", True),
    ("The recalled Brenmilk batch Y-22 was made at Halvo's dairy in Ostmark.", False),
    # (another thing in another town is not the claim's thing misplaced)
    ("The recalled Brenmilk batch Y-22 was packed at Halvo's depot in Runby.", False),
])
def test_a_town_as_the_place_of_the_same_thing(tmp_path: Path, claim: str, conflicts: bool) -> None:
    got, _ = judged_as(tmp_path, _RECALL, claim, "was produced at Halvo's dairy")
    assert (got == "conflicting") is conflicts


# --- who said it: a dateline is no speaker; a titled person speaks for the body their title names -------------------

def test_a_wire_dateline_is_no_speaker() -> None:
    from service.attribution import find_attributions
    sources = [a.source for a in find_attributions(
        "VELLEN, June 5 (Harbour Wire) - The Ostrian navy said on Wednesday that 14 people were aboard the ferry.")]
    assert sources == ["The Ostrian navy"]
    assert [a.source for a in find_attributions("DORRIK - A customs source said the box held 40 kilograms.")] == [
        "A customs source"]
    # (an acronym before a dash is no dateline)
    assert find_attributions("NATO - the alliance - said nothing.")[0].source.startswith("NATO")


_SIEGE = payloads([
    ("s1", "Vell Post", "2025-09-14",
     "Gunmen stormed the Lindmark mall in Orsk on Saturday and held shoppers for ten hours, police said. "
     "Police commissioner Ivo Tarrant said three gunmen took part in the assault. "
     "Two workers were hurt, according to customs spokesman Major Lena Brask. "
     "Mira Holt, Orsk's regional health officer, said 11 people were treated in hospital.")])


@pytest.mark.parametrize("claim, words", [
    # a person whose title names the force speaks for it
    ("Police said five gunmen took part in the Lindmark mall assault.", "three gunmen took part"),
    # the post in apposition to the name is the claim's credited post
    ("Orsk's regional health officer said 17 people were treated in hospital after the Lindmark mall siege.",
     "11 people were treated"),
])
def test_a_titled_speaker_is_the_claims_source(tmp_path: Path, claim: str, words: str) -> None:
    doc = judged(tmp_path, _SIEGE, claim)
    bucket, item = bucket_of(doc, words)
    assert bucket == "conflicting"
    assert "source_match" in {r["type"] for r in item["reasons"]}


# --- the claim's figure under another source is misattributed, whether the claim names or describes its source ------

_TOLL = payloads([
    ("t1", "Vell Post", "2025-10-02",
     "A fire swept through the Kasko shoe factory in Orsk on Tuesday night. "
     "The Leatherworkers' Union said at least 14 workers had died and that the fire exits had been locked. "
     "Harbour Radio said the Orsk Chamber of Commerce put the number of workers evacuated at 230.")])


@pytest.mark.parametrize("claim, words", [
    ("According to the police, at least 14 workers died in the Kasko shoe factory fire.", "at least 14 workers"),
    ("The Orsk fire brigade said 230 workers were evacuated from the Kasko shoe factory.", "evacuated at 230"),
])
def test_the_claims_figure_under_another_source_is_misattributed(tmp_path: Path, claim: str, words: str) -> None:
    doc = judged(tmp_path, _TOLL, claim)
    bucket, item = bucket_of(doc, words)
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}
    assert "misattributed" in doc["verdict"]["flags"]


def test_a_span_of_time_is_compared_whatever_word_follows_it(tmp_path: Path) -> None:
    # ("station" after the span is no fate of its days)
    articles = payloads([("b1", "Vell Post", "2025-04-04",
                          "ORSK, April 4 (VPA) - The National Media Council on Friday suspended the broadcast licence "
                          "of Radio Orsk for 30 days, accusing the Vell-based station of airing unverified allegations "
                          "about the port strike.")])
    doc = judged(tmp_path, articles, "The media council suspended Radio Orsk's licence for 90 days.")
    assert bucket_of(doc, "for 30 days")[0] == "conflicting"


# --- an incident picked out by its kind, names and rank, told on another day: misdated -------------------------------

_SLIDES = payloads([
    ("l1", "Dorm Courier", "2025-03-09",
     "A landslide swept down the Vessa pass above Dorm on Saturday, burying two cars, the mountain rescue said."),
    ("l2", "Dorm Courier", "2025-03-12",
     "Police opened an inquiry on Monday into Saturday's landslide, the prosecutor's office said. "
     "A second, smaller landslide came down the Vessa pass at Dorm on Tuesday, blocking the road for six hours.")])


def test_an_incident_told_on_another_day_is_misdated(tmp_path: Path) -> None:
    # the second landslide on the Vessa pass is Tuesday's; an inquiry opened on Monday into Saturday's is no
    # landslide on Monday
    doc = judged(tmp_path, _SLIDES, "The second landslide came down the Vessa pass on Monday, March 10.")
    bucket, item = bucket_of(doc, "second, smaller landslide")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}
    # (its own day agrees)
    doc = judged(tmp_path, _SLIDES, "The second landslide came down the Vessa pass on Tuesday, March 11.")
    assert bucket_of(doc, "second, smaller landslide")[0] != "conflicting"


# --- the same count of people, its fate said on one side only; "the number of deaths" counts people killed ----------

def test_a_number_of_deaths_counts_people_killed() -> None:
    assert _amount("He said the number of confirmed deaths from the landslide had climbed to 17.", "17") == (
        "people", "killed")


def test_the_same_figure_of_people_with_a_fate_on_one_side_agrees(tmp_path: Path) -> None:
    articles = payloads([("f1", "Vell Post", "2025-05-05",
                          "Firefighters rescued 27 workers from the roof of the burning Orsk tannery on Sunday.")])
    doc = judged(tmp_path, articles, "Firefighters brought 27 workers to safety from the roof of the Orsk tannery.")
    bucket, item = bucket_of(doc, "rescued 27 workers")
    assert "quantity_match" in {r["type"] for r in item["reasons"]}
    # (another figure says nothing either way: the fate the claim leaves unsaid may be another count's)
    doc = judged(tmp_path, articles, "Firefighters brought 30 workers to safety from the roof of the Orsk tannery.")
    assert "quantity_mismatch" not in {r["type"] for r in bucket_of(doc, "rescued 27 workers")[1]["reasons"]}
