"""Rules of 2026-12-07, thirty-seventh session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a reservoir's sluice gates, a quarry's rock falls, a town fair, a hospital's boiler, a county
council's votes, a ferry terminal's repairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.text.extract import find_quantities
from service.text.synonyms import OPPOSED, unphrase
from service.tokens import stem
from tests.support.judging import judged_as, payloads


def _alone(tmp_path: Path, text: str, claim: str, published: str = "2025-04-20") -> tuple[str, str]:
    """The bucket of a one-sentence article's passage and the verdict, for a claim judged against it alone."""
    return judged_as(tmp_path / "a", payloads([("a1", "Harwick Courier", published, text)]), claim, text[:25])


@pytest.mark.parametrize(("text", "at", "verb"), [
    ("Water flooded the lower gallery of the Orrin quarry on Tuesday.", "Tuesday", "flooded"),
    # (not an adjective after a determiner; the last verb before the day is the day's)
    ("The search at the flooded quarry ended on Sunday.", "Sunday", "ended"),
    ("The toll from the flooding rose to three on Friday.", "Friday", "rose"),
    ("Crowds at the flooded quarry on Monday.", "Monday", None),
])
def test_the_verb_a_day_is_told_with(text: str, at: str, verb: str | None) -> None:
    from service.text.clauses import verb_of_day

    assert verb_of_day(text, text.index(at)) == verb


@pytest.mark.parametrize(("text", "published", "claim", "bucket", "verdict"), [
    # (a weekday in a month against the passage's own day of that month: another weekday misdates it)
    ("The Velm Water Board opened the sluice gates of the Harrow reservoir on Thursday.", "2023-10-20",
     "The Harrow reservoir's sluice gates were opened on a Tuesday in October 2023.", "conflicting", "refuted"),
    ("The Velm Water Board opened the sluice gates of the Harrow reservoir on Tuesday.", "2023-10-20",
     "The Harrow reservoir's sluice gates were opened on a Tuesday in October 2023.", "corroborating", "supported"),
    # (…but not the day of another deed, which neither confirms nor misdates it)
    ("The search at the flooded Orrin quarry ended on Sunday.", "2024-03-12",
     "The 2024 flood at the Orrin quarry happened on a Monday.", "related", "unverified"),
])
def test_a_weekday_within_a_month_or_year(tmp_path: Path, text: str, published: str, claim: str, bucket: str,
                                          verdict: str) -> None:
    assert _alone(tmp_path, text, claim, published) == (bucket, verdict)


def test_a_time_after_a_denial_is_not_denied(tmp_path: Path) -> None:
    text = "Orrin Stone denied that any warning about loose rock had been given before the rock fall."
    found, _ = _alone(tmp_path, text, "Orrin Stone's chief executive resigned after the rock fall.")
    assert found == "related"


def test_the_end_of_what_a_pronoun_stands_for_is_the_same_condition(tmp_path: Path) -> None:
    text = "The county inspectorate opened an inquiry into the rock fall and ordered the Orrin quarry closed until " \
           "it is complete."
    claim = "The county inspectorate ordered the Orrin quarry shut until its inquiry into the rock fall is finished."
    assert _alone(tmp_path, text, claim)[0] == "corroborating"


@pytest.mark.parametrize(("text", "bucket"), [
    # (a promise is not the deed)
    ("Harwick Hospital said it would replace the old boiler before the winter.", "related"),
    ("Harwick Hospital said the old boiler would be replaced before the winter.", "related"),
    # (…and what was done is)
    ("Harwick Hospital replaced the old boiler before the winter, it said.", "corroborating"),
])
def test_a_plan_is_not_the_deed(tmp_path: Path, text: str, bucket: str) -> None:
    assert _alone(tmp_path, text, "Harwick Hospital replaced its old boiler before the winter.")[0] == bucket


@pytest.mark.parametrize(("text", "bucket"), [
    # (a decision reported with "would", given no time to come, may be one taken already)
    ("The director said Harwick Hospital would replace its old boiler.", "corroborating"),
    ("The director said Harwick Hospital would replace its old boiler by the winter.", "related"),
])
def test_a_reported_decision_and_a_promise_with_a_time(tmp_path: Path, text: str, bucket: str) -> None:
    assert _alone(tmp_path, text, "Harwick Hospital replaced its old boiler.")[0] == bucket


def test_a_promise_claimed_is_confirmed_by_what_will_be_paid(tmp_path: Path) -> None:
    # (the claim's own verb is its promise; a participle that picks out whom it concerns is no deed of its own)
    text = "The Labour Ministry will pay 20,000 dalers to the family of every worker killed in the Harwick fire."
    claim = "The Labour Ministry promised 20,000 dalers to the family of every worker killed in the Harwick fire."
    assert _alone(tmp_path, text, claim)[0] == "corroborating"


def test_called_off_and_going_ahead_are_opposites(tmp_path: Path) -> None:
    assert unphrase("The fair was called off.") == "The fair was cancelled."
    assert unphrase("The fair will go ahead as planned.") == "The fair will proceed as planned."
    assert unphrase("The crews went ahead of the convoy.") == "The crews went ahead of the convoy."
    assert stem("proceed") in OPPOSED[stem("cancel")]
    # (whatever the claim gives as its reason: the opposite need not restate it)
    text = "The Harwick summer fair, which draws about 9,000 visitors, will go ahead as planned, its organisers said."
    found, label = _alone(tmp_path, text, "The Harwick summer fair was called off because of the boiler fire.")
    assert (found, label) == ("conflicting", "refuted")


@pytest.mark.parametrize(("text", "verb"), [
    ("Velm Ferries will reroute the night service away from the terminal.", "reroute"),
    ("The fair was cancelled because of the storm.", "cancelled"),
    ("Velm Ferries carried out all of the repairs the inspectors ordered.", "carried"),
    # (a copula, a place, a verb of saying or of no deed of its own: none)
    ("The terminal is the largest on the coast.", None),
    ("The terminal is located in Velm province.", None),
    ("The 2024 flood at the terminal happened on a Monday.", None),
])
def test_the_verb_of_a_main_clause(text: str, verb: str | None) -> None:
    from service.text.clauses import main_verb

    assert main_verb(text) == verb


@pytest.mark.parametrize(("text", "bucket"), [
    # (names the claim's subject and object, not what it says was done)
    ("The night service from the Velm terminal resumed on Saturday after repairs, Velm Ferries said.", "related"),
    ("Velm Ferries said it would reroute the night service away from the terminal.", "corroborating"),
])
def test_a_passage_without_the_claims_deed(tmp_path: Path, text: str, bucket: str) -> None:
    assert _alone(tmp_path, text, "Velm Ferries will reroute the night service away from the Velm terminal.")[0] \
        == bucket


@pytest.mark.parametrize(("claim", "bucket", "verdict"), [
    ("Harwick county council voted unanimously for the ferry terminal study.", "conflicting", "refuted"),
    ("Harwick county council backed the ferry terminal study by 19 votes to 6.", "corroborating", "supported"),
])
def test_a_unanimous_vote_against_a_split_one(tmp_path: Path, claim: str, bucket: str, verdict: str) -> None:
    articles = payloads([("v1", "Harwick Courier", "2025-04-20",
                          "Harwick county council backed a study of a new ferry terminal on Monday. The motion passed "
                          "by 19 votes to 6.")])
    assert judged_as(tmp_path / "a", articles, claim, "The motion passed") == (bucket, verdict)


def test_a_body_named_with_when_it_was_set_up_is_a_source() -> None:
    [found] = find_attributions("A residents' committee formed on Sunday said more than 120 homes had been damaged.")
    assert found.source == "A residents' committee"


def test_those_who_needed_hospital_treatment_were_admitted() -> None:
    [q] = find_quantities("The airline said only two passengers had needed hospital treatment.")
    assert (q.value, q.predicate) == (2.0, "admitted")


def test_a_count_of_things_is_confirmed_only_by_a_count(tmp_path: Path) -> None:
    text = "The Velm Water Board will pay 3,000 euros to each household whose home was flooded by the reservoir " \
           "release, it said on Tuesday."
    assert _alone(tmp_path, text, "More than 300 homes were flooded by the Harrow reservoir release.")[0] \
        == "related"


def test_those_treated_in_hospital_were_admitted() -> None:
    [q] = find_quantities("The monitor said at least 12 protesters were treated in hospital, most for burns.")
    assert q.predicate == "admitted"
    [q] = find_quantities("Paramedics treated 40 runners at the scene.")
    assert q.predicate is None


def test_a_year_is_no_count_to_confirm(tmp_path: Path) -> None:
    text = "Tests showed the measles outbreak at Harwick Grammar School was caused by a visitor from abroad, the " \
           "agency said."
    claim = "The 2025 measles outbreak at Harwick Grammar School was caused by a visitor from abroad."
    assert _alone(tmp_path, text, claim)[0] == "corroborating"


def test_phrasal_verbs_of_delay() -> None:
    assert unphrase("Harwick pushed back its exams by a week.") == "Harwick postponed its exams by a week."
    assert unphrase("The union put a planned strike on hold.") == "The union suspended a planned strike."
    assert unphrase("Residents pushed back against the plan.") == "Residents pushed back against the plan."


@pytest.mark.parametrize(("text", "claim"), [
    # (a definite count picks out what it counts)
    ("Inspector Maren Dahl said the March and June fires at the Harwick warehouse were started deliberately.",
     "Inspector Maren Dahl said the two Harwick warehouse fires were started deliberately."),
    # (a count the claim goes on to list may be listed, not counted)
    ("Inspector Maren Dahl said the fires at the Harwick warehouse were started deliberately, with petrol and with a "
     "gas canister.", "Inspector Maren Dahl said the Harwick warehouse fires were started in two ways: with petrol and "
                      "with a gas canister."),
])
def test_counts_that_pick_out_or_list(tmp_path: Path, text: str, claim: str) -> None:
    assert _alone(tmp_path, text, claim)[0] == "corroborating"
