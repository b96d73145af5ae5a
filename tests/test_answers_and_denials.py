"""Question–answer evidence and outright denials: a yes or a no to a question that asks what the
claim says decides (read with the question's polarity), and a passage that calls what the claim
states false or baseless conflicts with it. Made-up subjects only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from service.stores.embedded import EmbeddedStore
from service.text.answers import answer_to
from service.text.denials import find_denials
from tests.support.judging import judge, store_of

QA = [
    ("qa-close", "Did the Lindholm council close the public library in 2021?",
     "No. The library stayed open and extended its hours."),
    ("qa-vote", "Was mayor Petra Lind able to attend the budget vote?",
     "Yes. The minutes list her among those present."),
    ("qa-bridge", "Has the Tarn bridge reopened to traffic", "Yes. Traffic resumed on Monday."),
    ("qa-tax", "Did councillor Ana Ruiz say the library tax would double?",
     "There is no record of her saying this."),
    ("qa-sunday", "Is the Lindholm town museum open on Sundays?", "No."),
    ("news-plant", None, "The ministry dismissed reports that the Ostrava glass plant would close next year."),
]


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = store_of(tmp_path_factory.mktemp("qa"), ({"external_id": e, "title": t, "text": x} for e, t, x in QA))
    yield store
    store.close()


def dossier(store: EmbeddedStore, claim: str, *ids: str) -> dict[str, Any]:
    return judge(store, claim, *ids, max_evidence=20)


def reasons(doc: dict[str, Any]) -> set[str]:
    return {r["type"] for items in doc["evidence"].values() for item in items for r in item["reasons"]}


@pytest.mark.parametrize(("question", "answer", "polarity"), [
    ("Did it close?", "No.", "no"),
    ("Did it close?", "Yes, in May.", "yes"),
    ("Did it close", "No, it did not.", "no"),  # no question mark: the answer's yes/no tells
    ("Did it close?", "There is no evidence that it did.", "no"),  # a denial answers no
    ("Did it close", "It closed in May.", None),  # no "?" and no yes/no: not read as an answer
    ("When did it close?", "No.", None),  # not a yes/no question
    ("Did it close?", "No answer could be found.", None),
])
def test_a_yes_or_no_answers_a_yes_no_question(question: str, answer: str, polarity: str | None) -> None:
    found = answer_to(question, answer)
    assert (found.polarity if found else None) == polarity


@pytest.mark.parametrize(("text", "denied"), [
    ("The ministry dismissed reports that the plant would close.", True),
    ("There is neither evidence nor news reporting the claim to be true.", True),
    ("The photo is doctored.", True),
    ("The attack did not cause casualties.", False),  # a negation, left to the negation rule
    ("The plant will close next year.", False),
])
def test_denials(text: str, denied: bool) -> None:
    assert bool(find_denials(text)) is denied


def test_a_no_to_a_question_that_asks_the_claim_refutes_it(qa: EmbeddedStore) -> None:
    doc = dossier(qa, "The Lindholm council closed the public library in 2021.", "qa-close")
    assert doc["verdict"]["label"] == "refuted"
    assert "answer_denies" in reasons(doc)


def test_a_yes_to_the_opposite_question_refutes(qa: EmbeddedStore) -> None:
    doc = dossier(qa, "Mayor Petra Lind was unable to attend the budget vote.", "qa-vote")
    assert doc["verdict"]["label"] == "refuted"
    item = doc["evidence"]["conflicting"][0]
    assert any("opposite" in r["detail"] for r in item["reasons"] if r["type"] == "answer_denies")


def test_a_yes_without_a_question_mark_confirms(qa: EmbeddedStore) -> None:
    doc = dossier(qa, "The Tarn bridge has reopened to traffic.", "qa-bridge")
    assert doc["verdict"]["label"] == "supported"
    assert "answer_confirms" in reasons(doc)


def test_no_record_of_a_quote_refutes_the_credit_too(qa: EmbeddedStore) -> None:
    doc = dossier(qa, "Councillor Ana Ruiz said the library tax would double.", "qa-tax")
    assert doc["verdict"]["label"] == "refuted"
    assert "source_unstated" not in reasons(doc)


def test_a_no_to_another_question_decides_nothing(qa: EmbeddedStore) -> None:
    # shares only the town's name with the claim (see ANSWER_NO_COVERAGE for the known limit)
    doc = dossier(qa, "The Lindholm council closed the public library in 2021.", "qa-sunday")
    assert "answer_denies" not in reasons(doc)
    assert doc["verdict"]["label"] == "unverified"


def test_dismissed_reports_conflict_with_the_claim(qa: EmbeddedStore) -> None:
    doc = dossier(qa, "The Ostrava glass plant will close next year.", "news-plant")
    assert doc["evidence"]["conflicting"] and "denial" in reasons(doc)
    assert doc["verdict"]["label"] == "refuted"
    # a claim that itself reports the denial is not contradicted by it
    doc = dossier(qa, "The ministry dismissed reports that the Ostrava glass plant would close next year.",
                  "news-plant")
    assert "denial" not in reasons(doc)
