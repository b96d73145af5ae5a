"""Rules of 2026-12-04, seventh session (docs/verdicts.md section 0): a fate kept in the clause of
its own amount, relative clauses opened by a preposition ("in which"), and what a passage of the
claim's own event need not restate. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.clauses import identifying_clauses, main_clause
from service.text.extract import find_quantities


@pytest.mark.parametrize(("text", "amount", "fate"), [
    # the relative clause's fate is its own amount's, not the main clause's
    ("The raid that wounded at least four guards was carried out with two shells.", "two shells", None),
    ("The raid that wounded at least four guards was carried out with two shells.", "at least four guards",
     "injured"),
    # …while amounts joined in one clause share it
    ("The blast killed five miners and three rescuers.", "three rescuers", "killed"),
    ("Two shells that were fired from the hills killed three guards.", "three guards", "killed"),
])
def test_a_fate_stays_in_the_clause_of_its_amount(text: str, amount: str, fate: str | None) -> None:
    found = {q.span.text: q.predicate for q in find_quantities(text)}
    assert found[amount] == fate


@pytest.mark.parametrize(("text", "main"), [
    ("Only two shells were fired at the Kestrel depot in the raid in which at least four guards were wounded.",
     "Only two shells were fired at the Kestrel depot in the raid ."),
    ("The raid in which four guards were wounded was carried out by the Dawn Brigade.",
     "The raid was carried out by the Dawn Brigade."),
    # the clause's own verb in the past: the auxiliary after it is the main clause's
    ("The storm during which the bridge collapsed was in May.", "The storm was in May."),
    # "in which" after a verb is no relative of a noun ("believed in which …" does not occur; "that" does)
    ("The mayor said that the bridge collapsed in May.", "The mayor said that the bridge collapsed in May."),
])
def test_a_relative_clause_opened_by_a_preposition(text: str, main: str) -> None:
    assert main_clause(text) == main
    assert bool(identifying_clauses(text)) == (main != text)


_RAID = [
    {"external_id": "raid", "outlet": "Coast Wire",
     "text": "The Dawn Brigade claimed responsibility for the Friday raid on the Kestrel depot, which wounded at "
             "least four guards. The group said it targeted the depot with several shells and rockets, vowing to "
             "go on. The raid was confirmed by two security sources to Nordwire, who reported that two shells "
             "were fired at the depot. Following the Friday raid, the ministry called the attack a grave "
             "escalation."},
]


@pytest.mark.parametrize("claim", [
    "The Friday raid on the Kestrel depot that wounded at least four guards was carried out with only two shells.",
    "Only two shells were fired at the Kestrel depot in the Friday raid in which at least four guards were wounded.",
])
def test_a_passage_of_the_claims_event_need_not_restate_what_identifies_it(tmp_path: Path, claim: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _RAID) as store:
        doc = judge(store, claim)
        # the security sources' two shells confirm it; the group's "several shells" do not
        assert bucket_of(doc, "two shells were fired")[0] == "corroborating"
        assert bucket_of(doc, "several shells")[0] == "conflicting"
        assert doc["verdict"]["label"] == "disputed"


def test_an_identifying_clause_does_not_excuse_the_main_verb(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _RAID) as store:
        # the ministry is not said to blame anyone: naming the raid is no confirmation
        doc = judge(store, "The ministry blamed the Iron Front for the Friday raid on the Kestrel depot that "
                           "wounded at least four guards.")
        assert bucket_of(doc, "grave escalation")[0] != "corroborating"
        assert doc["verdict"]["label"] != "supported"
