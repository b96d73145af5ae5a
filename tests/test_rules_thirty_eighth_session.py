"""Rules of 2026-12-07, thirty-eighth session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a gondola's stoppages, a school district's outbreak, border talks between two ministries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.text.extract import find_dates, find_quantities
from tests.support.judging import bucket_of, holds, judged, judged_as, payloads, reasons_of


def _alone(tmp_path: Path, text: str, claim: str, published: str = "2025-04-20") -> tuple[str, str]:
    """The bucket of a one-sentence article's passage and the verdict, for a claim judged against it alone."""
    return judged_as(tmp_path / "a", payloads([("a1", "Harwick Courier", published, text)]), claim, text[:25])


@pytest.mark.parametrize(("text", "year", "counts"), [
    # a bare year after a determiner names when (a count of a thousand or more is written with a comma)
    ("The 2025 meningitis outbreak killed four students.", "2025", [("four students", 4.0)]),
    ("The 2024 floods killed 12 people in the valley.", "2024", [("12 people", 12.0)]),
    ("Its 2019 protests drew 5,000 people.", "2019", [("5,000 people", 5000.0)]),
    # (…and one before a singular noun that ends in s)
    ("A 2008 crisis hit 300 firms.", "2008", [("300 firms", 300.0)]),
    # (…but a count stays a count)
    ("Some 2018 students sat the exam.", None, [("Some 2018 students", 2018.0)]),
    ("Power was cut in 2000 homes.", None, [("2000 homes", 2000.0)]),
])
def test_a_year_before_a_noun_is_no_count(text: str, year: str | None, counts: list[tuple[str, float]]) -> None:
    assert [d.text for d in find_dates(text) if d.text.isdigit()] == ([year] if year else [])
    assert [(q.text, q.value) for q in find_quantities(text)] == counts


@pytest.mark.parametrize(("text", "found"), [
    # a span of one, written with its article after a word that says how long
    ("The rescue took an hour.", [("an hour", "hour", 1.0, 1.0)]),
    ("The repairs took about a month.", [("about a month", "month", 0.9, 1.1)]),
    ("Passengers waited more than an hour in the cabins.", [("more than an hour", "hour", 1.0, None)]),
    # (not how often, nor a time after, nor a rate)
    ("The gondola stops twice a year for checks.", []),
    ("A week later, the gondola reopened.", []),
    ("The gondola carries 2,000 skiers an hour.", [("2,000 skiers", "skiers", 2000.0, 2000.0)]),
])
def test_a_span_of_one_is_read(text: str, found: list[tuple[str, str, float, float | None]]) -> None:
    assert [(q.text, q.unit, q.low, q.high) for q in find_quantities(text)] == found


@pytest.mark.parametrize(("text", "low", "high"), [
    # a measure past its figure, not from the next whole one
    ("Passengers waited more than two hours.", 2.0, None),
    ("The water rose more than 3 metres.", 3.0, None),
    ("Less than 40 percent of parents replied.", None, 40.0),
    # (…while a count is still bounded by the next whole one)
    ("More than five people were hurt.", 6.0, None),
    ("Fewer than 10 people were hurt.", None, 9.0),
])
def test_a_measure_bounded_by_more_than(text: str, low: float | None, high: float | None) -> None:
    [q] = find_quantities(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("claim", "bucket", "verdict"), [
    ("Passengers were stranded in the Kestrel gondola's cabins for three hours on Saturday.", "conflicting", "refuted"),
    ("Passengers were stranded in the Kestrel gondola's cabins for an hour on Saturday.", "corroborating",
     "supported"),
])
def test_a_span_of_one_is_compared(tmp_path: Path, claim: str, bucket: str, verdict: str) -> None:
    text = "Some 40 passengers were stranded in the Kestrel gondola's cabins for about an hour on Saturday."
    assert _alone(tmp_path, text, claim) == (bucket, verdict)


def test_a_measure_past_its_figure_holds_a_figure_past_it(tmp_path: Path) -> None:
    text = "Some 40 passengers were stranded in the Kestrel gondola's cabins for more than two hours on Saturday."
    claim = "Passengers were stranded in the Kestrel gondola's cabins for two and a half hours on Saturday."
    assert _alone(tmp_path, text, claim) == ("corroborating", "supported")


_TALKS = ("The border talks resumed on Monday. In a statement, the Velmor Interior Ministry revealed that Minister Ana "
          "Vale and her Tarsian counterpart Piet Lorr had discussed the border in a call. Both officials agreed that "
          "any incursion by armed smugglers constitutes a serious threat to the region.")


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # the sentence that goes on with the people of a credited account is credited with it
    ("According to the Velmor Interior Ministry, Ana Vale and Piet Lorr agreed in a call that any incursion by "
     "armed smugglers is a serious threat.", "supported", "source_match"),
    # (…only to the source credited there)
    ("According to the Tarsian Border Agency, Ana Vale and Piet Lorr agreed in a call that any incursion by "
     "armed smugglers is a serious threat.", "unverified", "source_unstated"),
])
def test_a_continued_account_keeps_its_source(tmp_path: Path, claim: str, verdict: str, reason: str) -> None:
    doc = judged(tmp_path / "a", payloads([("t1", "Harwick Courier", "2025-04-20", _TALKS)]), claim)
    assert doc["verdict"]["label"] == verdict
    assert reason in {r["type"] for r in reasons_of(doc) if r["type"].startswith("source_")}


def test_a_sentence_on_other_things_does_not_continue_the_account(tmp_path: Path) -> None:
    text = ("In a statement, the Velmor Interior Ministry revealed that Minister Ana Vale had visited the border. "
            "Any incursion by armed smugglers constitutes a serious threat to the region.")
    claim = "According to the Velmor Interior Ministry, any incursion by armed smugglers is a serious threat."
    doc = judged(tmp_path / "a", payloads([("t1", "Harwick Courier", "2025-04-20", text)]), claim)
    assert "source_match" not in {r["type"] for r in reasons_of(doc)}


def test_an_hour_and_a_half_is_one_and_a_half() -> None:
    [q] = find_quantities("The ferry service was halted for roughly an hour and a half.")
    assert (q.text, q.unit, q.value) == ("roughly an hour and a half", "hour", 1.5)


def test_the_day_a_count_was_set_anew_dates_no_incident() -> None:
    from service.text.events import read_events

    lead = "Fire swept through the Ostmark paper mill on Sunday, killing three workers."
    # (the count's own day is not the fire's: the sentence takes the story's)
    revised, risen = read_events([lead, "The fire service on Thursday revised the number of dead to four.",
                                  "The death toll rose to five on Friday evening, police said."], "2024-05-11")[1:]
    assert (revised.start, risen.start) == (date(2024, 5, 5), date(2024, 5, 5))
    # (…but a day that names the incident counted, and the day a count was said on, stay)
    named, said = read_events(["The death toll from Tuesday's fire at the Ostmark mill rose to eight.",
                               "Mayor Ilse Brandt said on Wednesday that the toll had risen to nine."], "2024-05-11")
    assert (named.start, said.start) == (date(2024, 5, 7), date(2024, 5, 8))


def test_an_outage_is_an_incident_the_next_sentence_goes_on_about() -> None:
    from service.text.events import read_events

    _, went_on = read_events(["Trains were halted across Velmar province on Monday after a signalling failure.",
                              "The outage began at about 07:10 and lasted nearly five hours."], "2025-03-11")
    assert went_on.start == date(2025, 3, 10)


@pytest.mark.parametrize(("claim", "text", "bucket"), [
    # escapees caught were recaptured; a bridge that gave way collapsed; a work stoppage is a strike
    ("Police caught five of the Marrow Hill escapees by the morning after the breakout.",
     "Five of the inmates who fled Marrow Hill prison on Sunday had been recaptured by police by Monday morning.",
     "corroborating"),
    ("The Osby footbridge gave way under the weight of the crowd.",
     "The Osby footbridge collapsed under the weight of the crowd.", "corroborating"),
    ("Dockers at Port Ellis went on strike on Monday over pay.",
     "Dockers at Port Ellis staged a work stoppage on Monday over pay.", "corroborating"),
])
def test_words_for_the_same_deed(tmp_path: Path, claim: str, text: str, bucket: str) -> None:
    assert _alone(tmp_path, text, claim)[0] == bucket


def test_a_season_names_no_site() -> None:
    from service.text.events import sites_of

    assert sites_of("Osby called off its Christmas market after the storm.") == ()
    assert sites_of("The Osby Easter fair at Tolby Park was cancelled.") == ("Tolby Park",)


def test_the_occasion_of_a_decision_need_not_be_restated(tmp_path: Path) -> None:
    claim = "Osby called off its Christmas market after the footbridge collapse."
    found = _alone(tmp_path, "Osby's Christmas market will go ahead as planned, organisers said.", claim)
    assert found == ("conflicting", "refuted")
    found = _alone(tmp_path / "b", "Osby's Christmas market opened on Friday evening with a minute's silence.", claim)
    assert found == ("conflicting", "refuted")


def test_a_claim_that_denies_need_not_restate_its_negation_word(tmp_path: Path) -> None:
    text = ("Inmates at Brannock prison ended their hunger strike on Monday. Two strikers were taken to hospital last "
            "week suffering from dehydration, the prison's medical service said.")
    doc = judged(tmp_path / "a", payloads([("s1", "Osby Post", "2025-04-20", text)]),
                 "None of the Brannock hunger strikers had to be taken to hospital.")
    assert bucket_of(doc, "Two strikers")[0] == "conflicting"


def test_the_claims_deed_denied_in_a_passage_of_its_day(tmp_path: Path) -> None:
    text = ("Thousands marched through Osby on Saturday against the bypass, the third such march this year. The march "
            "passed off peacefully and no arrests were made, police said.")
    doc = judged(tmp_path / "a", payloads([("m1", "Osby Post", "2024-02-25", text)]),
                 "Several people were arrested at the February 2024 march against the bypass.")
    assert doc["verdict"]["label"] == "refuted"
    # (…with two words of the claim in common, when the sentence before says nothing of it)
    text = ("Thousands marched through Osby on Saturday against the bypass. The association said it would challenge "
            "the council's decision in court. The march passed off peacefully and no arrests were made, police said.")
    doc = judged(tmp_path / "c", payloads([("m1", "Osby Post", "2024-02-25", text)]),
                 "Several people were arrested at the February 2024 march against the bypass.")
    assert bucket_of(doc, "no arrests")[0] == "conflicting"
    # (…not a deed denied in a passage of no day the claim gives)
    doc = judged(tmp_path / "b", payloads([("m1", "Osby Post", None, "No arrests were made at the march, police "
                                                                      "said.")]),
                 "Several people were arrested at the February 2024 march against the bypass.")
    assert doc["verdict"]["label"] != "refuted"


def test_the_vote_on_a_motion_goes_on_from_the_sentence_before(tmp_path: Path) -> None:
    text = ("Osby council on Thursday approved an extra 12 million euros for the harbour wall. The motion passed with "
            "19 votes to 14, with two councillors absent.")
    doc = judged(tmp_path / "a", payloads([("v1", "Osby Post", "2024-06-14", text)]),
                 "Osby council approved the extra 12 million euros for the harbour wall unanimously.")
    assert doc["verdict"]["label"] == "refuted"
    assert any(r["type"] == "quantity_mismatch" and "19 votes to 14" in r["passage_text"] for r in reasons_of(doc))


@pytest.mark.parametrize(("text", "unit"), [
    # a vote's margin is no tally of votes
    ("The council rejected the harbour plan by a single vote.", "margin"),
    ("The harbour plan was rejected by just one vote.", "margin"),
    ("The harbour plan passed with 28 votes in favour.", "votes"),
    ("The harbour plan passed by 28 votes to 21.", "votes"),
])
def test_a_margin_of_votes(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(("text", "identifying"), [
    # a decision's participle before the main clause's auxiliary identifies what was decided
    ("The harbour plan rejected by Osby council in 2023 would have cost 85 million euros.",
     ["rejected by Osby council in 2023"]),
    # (…not a main verb)
    ("The council approved by 19 votes to 14 an extra 12 million euros.", []),
])
def test_a_decision_that_identifies(text: str, identifying: list[str]) -> None:
    from service.text.clauses import identifying_clauses

    assert [text[a:b] for a, b in identifying_clauses(text)] == identifying


def test_a_building_named_by_its_own_name_is_the_claims_site(tmp_path: Path) -> None:
    text = ("The blast destroyed part of Harrow House on Kell Road early on Sunday. Harrow House will be demolished, "
            "the council said, after engineers found the structure beyond repair.")
    doc = judged(tmp_path / "a", payloads([("h1", "Osby Post", "2025-04-20", text)]),
                 "The council says the blast-damaged Harrow House block will be demolished.")
    assert doc["verdict"]["label"] == "supported"
    assert not any(r["type"] == "event_undetermined" for r in bucket_of(doc, "will be demolished")[1]["reasons"])


@pytest.mark.parametrize(("text", "bucket"), [
    # a numbered part of a structure, under other numbers
    ("Engineers said the cracks, found in piers four and five of the Osby viaduct, posed no danger.", "conflicting"),
    ("Engineers said the cracks, found in pier 3 of the Osby viaduct, posed no danger.", "corroborating"),
])
def test_a_numbered_part(tmp_path: Path, text: str, bucket: str) -> None:
    assert _alone(tmp_path, text, "The cracks in the Osby viaduct were found in pier three.")[0] == bucket


@pytest.mark.parametrize(("text", "day"), [
    # a weekday in a clause of what is to come is the one to come
    ("The minister will visit the Osby hospital on Tuesday.", date(2024, 8, 13)),
    ("Mayor Ilse Brandt said she would open the bridge on Thursday.", date(2024, 8, 15)),
    # (…and one of what was done, the last one)
    ("The minister visited the Osby hospital on Tuesday.", date(2024, 8, 6)),
])
def test_a_weekday_to_come(text: str, day: date) -> None:
    [mention] = find_dates(text, date(2024, 8, 12))  # a Monday
    assert mention.start == day


def test_a_visit_promised_is_not_the_visit(tmp_path: Path) -> None:
    articles = payloads([
        ("p1", "Osby Post", "2024-08-12",
         "Health Minister Dana Kell said she would visit the Osby hospital on Tuesday."),
        ("p2", "Osby Post", "2024-08-14",
         "Health Minister Dana Kell toured the burnt-out east wing of the Osby hospital on Tuesday and promised money "
         "for repairs."),
    ])
    doc = judged(tmp_path / "a", articles, "Health Minister Dana Kell visited the Osby hospital on 13 August.")
    assert doc["verdict"]["label"] == "supported"
    assert bucket_of(doc, "toured the burnt-out")[0] == "corroborating"
    assert bucket_of(doc, "would visit")[0] == "related"


def test_a_rate_is_no_count(tmp_path: Path) -> None:
    text = ("The Osby viaduct carried about 9,000 lorries a day before it closed. Only three lorries were on the span "
            "when it fell, the agency said.")
    doc = judged(tmp_path / "a", payloads([("r1", "Osby Post", "2025-04-20", text)]),
                 "The Osby viaduct was used by around 9,000 lorries a day.")
    assert doc["verdict"]["label"] == "supported"
    assert bucket_of(doc, "Only three lorries")[0] != "conflicting"


@pytest.mark.parametrize(("text", "verdict"), [
    # two figures set against each other, one the claim's: the sources disagree
    ("Police estimated the crowd at 900, while the organisers put it at more than 3,000.", "disputed"),
    # (…not two figures both other than the claim's)
    ("Police estimated the crowd at 900, while the organisers put it at 1,500 people, not 3,000.", "not disputed"),
])
def test_rival_figures_in_one_sentence(tmp_path: Path, text: str, verdict: str) -> None:
    articles = payloads([("c1", "Osby Post", "2024-02-25",
                          f"Thousands marched through Osby on Saturday against the bypass. {text}")])
    claim = "More than 3,000 people marched against the Osby bypass in February 2024."
    assert holds(judged(tmp_path / "a", articles, claim)["verdict"]["label"], verdict)



@pytest.mark.parametrize(("text", "bucket"), [
    # a passage that names who the claim says did it, but not the deed
    ("The roads agency closed the Osby viaduct on Tuesday after inspectors found cracks in two of its piers. The "
     "repair contract, worth 2 million euros, has been awarded to the engineering firm Marl & Webb.", "related"),
    # (…and one that states the deed)
    ("The Osby viaduct, designed by the engineering firm Marl & Webb, opened in 1968.", "corroborating"),
])
def test_the_deed_of_a_doer_named_in_the_passive(tmp_path: Path, text: str, bucket: str) -> None:
    doc = judged(tmp_path / "a", payloads([("v1", "Osby Post", "2025-04-20", text)]),
                 "The Osby viaduct was designed by the engineering firm Marl & Webb.")
    assert bucket_of(doc, "Marl & Webb")[0] == bucket


def test_a_beginning_a_day_apart_is_the_claims_misdated(tmp_path: Path) -> None:
    articles = payloads([("b1", "Osby Post", "2024-10-09", "Work on Osby's harbour tram line began on Monday with the "
                                                           "closure of the first section of Quay Street to traffic.")])
    doc = judged(tmp_path / "a", articles, "Construction of the Osby harbour tram line started on 8 October 2024.")
    assert doc["verdict"]["label"] == "refuted"
    assert any(r["type"] == "date_mismatch" for r in bucket_of(doc, "began on Monday")[1]["reasons"])


def test_what_is_due_to_happen_has_not_happened() -> None:
    from service.dossier.stance.decide import _only_planned

    claim = "The Osby viaduct reopened to traffic in October."
    assert _only_planned(claim, "The Osby viaduct is due to reopen to traffic in the autumn.")
    assert not _only_planned(claim, "The closure of the Osby viaduct was due to flooding, and it reopened in October.")


def test_a_sum_a_year_is_compared_with_a_sum(tmp_path: Path) -> None:
    text = "The Osby tax office estimates that the tax gap is around £31 billion."
    assert _alone(tmp_path, text, "Tax avoidance in Osby costs £90 billion per year.")[0] == "conflicting"
