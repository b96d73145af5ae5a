"""Rules of 2026-12-07, thirty-sixth session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a ferry line fined over its groundings, a canal's lock gates, a primary school in a flu
outbreak, a dam's cracks, a festival's food stalls, a road tunnel's closure."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.extract import find_quantities
from service.text.synonyms import OPPOSED
from service.tokens import stem
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("text", "low", "high"), [
    # (the reason of a penalty, not a bound)
    ("The maritime authority fined Marlow Ferries 800,000 euros over two groundings.", 2.0, 2.0),
    ("Residents sued the council over three evictions.", 3.0, 3.0),
    # (…but a bound when what follows is what was fined)
    ("The authority fined over 200 ferry operators last year.", 201.0, None),
])
def test_over_a_count_after_a_penalty_is_its_reason(text: str, low: float, high: float | None) -> None:
    q = next(q for q in find_quantities(text) if q.unit and q.unit in ("groundings", "evictions", "operators"))
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Lorries heavier than 7.5 tonnes may not use the tunnel.", 7.5, None),
    # (past 12 metres, under 3 tonnes: a measure has no next whole amount — thirty-eighth session)
    ("Boats longer than 12 metres must book a lock slot.", 12.0, None),
    ("Only vans lighter than 3 tonnes may cross.", None, 3.0),
])
def test_a_measure_bounded_by_a_comparative(text: str, low: float | None, high: float | None) -> None:
    [q] = find_quantities(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("text", "causes"), [
    # (what is blamed is everything before "for")
    ("The inspectors blamed wear on the lock gates for the flooding of the canal.",
     (("cause", "wear on the lock gates"),)),
    ("The council blamed poor drainage for the flooding and said it would act.", (("cause", "poor drainage"),)),
    # (a name blamed is a culprit; a passive agent or a pronoun is no cause)
    ("The ministry blamed the Red Hand for the attack.", (("culprit", "Red Hand"),)),
    ("Police blamed him for the crash.", ()),
    # ("due to", "the result of", "resulted from"; not "down to", whose turn it is)
    ("The delays on the canal were due to a jammed lock gate.", (("cause", "jammed lock gate"),)),
    ("The flooding resulted from a blocked culvert, the council said.", (("cause", "blocked culvert"),)),
    ("It is down to the council to decide.", ()),
    # (a cause that opens the sentence)
    ("Frost damage caused the cracks found in the Velm dam.", (("cause", "frost damage"),)),
    ("Engineers said a blocked culvert caused the flooding of the tunnel.", (("cause", "blocked culvert"),)),
])
def test_causes_blamed_and_opening(text: str, causes: tuple[tuple[str, str], ...]) -> None:
    from service.text.causes import causes_of

    assert causes_of(text) == causes


def test_a_fate_of_being_taken_to_hospital() -> None:
    from service.text.facts import passage_amounts

    [q] = passage_amounts("Six visitors from the food festival were taken to hospital on Sunday.", "2025-06-02")
    assert (q.value, q.unit, q.predicate) == (6.0, "visitors", "admitted")
    [q] = passage_amounts("Eleven of them were taken to Harwick Infirmary.", "2025-06-02")
    assert q.predicate == "admitted"


def test_accepting_is_opposed_to_appealing() -> None:
    assert stem("appeal") in OPPOSED[stem("accept")]


def test_a_stoppage_for_hours_goes_on_from_the_story() -> None:
    from service.text.events import read_events

    events = read_events(["A grain barge hit the lock gates at Velm late on Tuesday.",
                          "The canal authority suspended all traffic on the canal for 18 hours while divers checked "
                          "the gates."], "2025-04-02")
    assert events[1].basis == "article" and events[1].start == events[0].start


_FLU = "2025-03-12"


def _school() -> list[dict[str, str]]:
    return payloads([
        ("f1", "Harwick Courier", _FLU, "Kessling Primary School did not close, and lessons continued as normal on "
                                        "Tuesday. Nine pupils at Brookside Academy have been off with flu this week, "
                                        "the district health office said."),
        ("f2", "Harwick Courier", "2025-05-20", "Marlow Ferries said it would appeal against the fine, calling the "
                                                "inspectors' report unfair."),
    ])


@pytest.mark.parametrize(("claim", "words", "bucket", "verdict"), [
    # (the claim's verb said by denying its opposite)
    ("Kessling Primary School stayed open during the flu outbreak.", "did not close, and lessons", "corroborating",
     "supported"),
    # (…with a concession after the main clause)
    ("Kessling Primary School stayed open even though some of its pupils had flu.", "did not close, and lessons",
     "corroborating", None),
    # (the opposite of accepting the fine)
    ("Marlow Ferries accepted the fine.", "would appeal against the fine", "conflicting", None),
])
def test_opposites_denied_and_said(tmp_path: Path, claim: str, words: str, bucket: str, verdict: str | None) -> None:
    found, label = judged_as(tmp_path / "a", _school(), claim, words)
    assert (found, label if verdict else None) == (bucket, verdict)


def _dam(title: str) -> list[dict[str, str]]:
    return [{"external_id": "d1", "outlet": "Velm Gazette", "published_at": "2025-01-14", "title": title,
             "text": "The dam reopened to walkers on Friday after being shut for 12 days. Engineers had found cracks "
                     "in its spillway during a routine inspection."}]


def test_a_cause_the_passage_does_not_name_is_not_confirmed(tmp_path: Path) -> None:
    articles = [{"external_id": "d2", "outlet": "Velm Gazette", "published_at": "2025-01-07",
                 "title": "Cracks found in Velm dam spillway",
                 "text": "Engineers found cracks in the Velm dam's spillway on Monday during a routine inspection."}]
    found, label = judged_as(tmp_path / "a", articles, "Frost damage caused the cracks found in the Velm dam's "
                                                       "spillway.", "found cracks in the Velm dam")
    assert (found, label) == ("related", "unverified")


@pytest.mark.parametrize(("title", "bucket"), [
    # ("The dam …" under a title naming the Velm dam is the claim's Velm dam)
    ("Velm dam reopens to walkers", "corroborating"),
    ("Storm closes paths across the county", "related"),
])
def test_a_subject_called_by_its_noun_under_a_title_naming_it(tmp_path: Path, title: str, bucket: str) -> None:
    found, _ = judged_as(tmp_path / "a", _dam(title), "The Velm dam reopened after being shut for 12 days.",
                         "reopened to walkers on Friday")
    assert found == bucket


def test_a_measure_of_another_thing_is_no_other_figure(tmp_path: Path) -> None:
    articles = payloads([
        ("c1", "Harwick Courier", "2025-04-02", "The canal authority ordered checks on 40 kilometres of the Velm "
                                               "canal after the leak."),
        ("c2", "Harwick Courier", "2025-04-09", "Checks on 40 kilometres of the canal are under way. The Velm canal "
                                               "company said it would reline a 12-kilometre stretch of the canal by "
                                               "the autumn."),
    ])
    found, label = judged_as(tmp_path / "a", articles,
                             "The canal authority ordered checks on 40 kilometres of the Velm canal.",
                             "reline a 12-kilometre stretch")
    assert (found, label) == ("related", "supported")


@pytest.mark.parametrize(("text", "bucket"), [
    # (a demand is not the deed)
    ("Boat owners called for the Velm canal to be relined before the summer.", "related"),
    # (…and what is said after the demand is said: "… and that the company would reline it")
    ("Boat owners demanded repairs and the Velm canal company said it would reline the canal.", "corroborating"),
])
def test_a_demand_is_not_the_deed(tmp_path: Path, text: str, bucket: str) -> None:
    assert _bucket_alone(tmp_path, text, "The Velm canal company will reline the Velm canal.") == bucket


def _bucket_alone(tmp_path: Path, text: str, claim: str) -> str:
    """The bucket of a one-sentence article's passage for a claim judged against it alone."""
    return judged_as(tmp_path / "a", payloads([("a1", "Harwick Courier", "2025-04-20", text)]), claim, text[:25])[0]


def test_only_a_part_of_a_set_named_by_its_count() -> None:
    from service.text.quantifiers import find_quantifiers

    [q] = find_quantifiers("The inspectors found that the operator had done only 40 of the 60 kilometres of checks.")
    assert (q.kind, q.noun) == ("part", stem("checks"))
    [q] = find_quantifiers("The operator carried out all of the checks the inspectors ordered.")
    assert (q.kind, q.noun) == ("all", stem("checks"))


def test_bans_are_opposed_to_permissions() -> None:
    assert {stem("allow"), stem("open")} <= OPPOSED[stem("bar")] and stem("allow") in OPPOSED[stem("ban")]


def test_those_taken_to_hospital_are_counted_in_their_own_clause() -> None:
    from service.text.facts import passage_amounts

    found = passage_amounts("Paramedics treated 120 visitors, 14 of whom were taken to hospital.", "2025-06-02")
    assert [(q.span.text, q.predicate) for q in found] == [("120 visitors", None), ("14", "admitted")]


@pytest.mark.parametrize(("text", "bucket"), [
    # (only the closure the when-clause tells the claim's deed by)
    ("The Orrin Bridge was closed on Tuesday after cracks were found in its girders.", "related"),
    ("Pedestrians were barred from the Orrin Bridge on Tuesday after cracks were found in its girders.",
     "corroborating"),
])
def test_what_happened_when_must_be_stated(tmp_path: Path, text: str, bucket: str) -> None:
    claim = "Pedestrians were barred from the Orrin Bridge when it closed over cracked girders."
    assert _bucket_alone(tmp_path, text, claim) == bucket


def test_another_blames_with_a_view_of_its_own(tmp_path: Path) -> None:
    articles = payloads([
        ("r1", "Harwick Courier", "2025-02-12", "Velm Rail said the freight derailment at Orrin was caused by a faulty "
                                               "axle."),
        ("r2", "Harwick Courier", "2025-02-13", "The drivers' union blamed cuts to track maintenance for the freight "
                                               "derailment at Orrin."),
    ])
    found, label = judged_as(tmp_path / "a", articles, "Velm Rail blamed the freight derailment at Orrin on a faulty "
                                                       "axle.", "The drivers' union blamed")
    assert (found, label) == ("related", "supported")
