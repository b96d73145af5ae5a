"""The review of a dossier follows from its history; the reviewed verdict is the verdict step re-run."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from service.errors import NotFound
from service.reviews import apply_request, reviewed_verdict, reviewer


def _item(n: int, stance_score: float, outlet: str, **extra: Any) -> dict[str, Any]:
    article = {"id": f"a{n}", "external_id": None, "title": f"Story {n}", "outlet": outlet,
               "url": None, "published_at": "2024-01-10"}
    passage = {"id": f"a{n}-0", "article_id": f"a{n}", "ordinal": 0, "char_start": 0, "char_end": 30,
               "text": f"Four rockets hit the base, outlet {n} said.", "context": {"previous": None, "next": None},
               "attributions": []}
    return {"passage": passage, "article": article, "score": 1.0, "highlight": "", "stance": "related",
            "stance_score": stance_score, "relevance": 0.8, "event_date": None, "event": None, "attributed_to": [],
            "weight": 1.0, "duplicate_of": None,
            "reasons": [{"type": "term_overlap", "claim_text": "rockets", "passage_text": "rockets", "detail": "d",
                         "added_later": True}], **extra}


DOCUMENT = {"id": "d1", "claim": "Four rockets hit the base", "created_at": "2024-01-11T00:00:00+00:00",
            "verdict": {"label": "unverified", "confidence": 0.6, "rationale": "r", "flags": []},
            "evidence": {"corroborating": [], "conflicting": [], "other_events": [],
                         "related": [_item(1, 0.2, "Wire"), _item(2, 0.3, "Times"), _item(3, 0.3, "Post")]}}


def test_reviewer_is_a_fingerprint_of_the_key() -> None:
    assert reviewer("secret") == "key:" + hashlib.sha256(b"secret").hexdigest()[:8]
    assert reviewer(None) == "anonymous" and "secret" not in reviewer("secret")


def test_states_follow_the_history() -> None:
    noted = apply_request(DOCUMENT, {"note": "n"}, "key:1", "2024-01-12T00:00:00+00:00")
    assert noted["state"] == "in_review" and noted["reviewed_verdict"] is None  # no decisions
    final = apply_request({**DOCUMENT, "review": noted}, {"verdict": {"label": "refuted", "note": None}},
                          "key:2", "2024-01-13T00:00:00+00:00")
    assert final["state"] == "final"
    assert final["verdict"] == {"label": "refuted", "note": None, "at": "2024-01-13T00:00:00+00:00", "by": "key:2"}
    assert final["notes"] == [{"note": "n", "at": "2024-01-12T00:00:00+00:00", "by": "key:1"}]
    assert [c["by"] for c in final["history"]] == ["key:1", "key:2"]


def test_a_passage_outside_the_evidence_is_not_found() -> None:
    with pytest.raises(NotFound, match="a9-0"):
        apply_request(DOCUMENT, {"decisions": [{"passage_id": "a9-0", "stance": "related"}]}, "key:1", "t")


@pytest.mark.parametrize(("stances", "label"), [
    ({"a1-0": "corroborating"}, "supported"),  # a decided passage counts at full strength
    ({"a1-0": "conflicting"}, "refuted"),
    ({"a1-0": "corroborating", "a2-0": "conflicting"}, "disputed"),
    ({"a1-0": "other_event"}, "unverified"),  # other events never count
    ({"a1-0": "related"}, "unverified"),
])
def test_reviewed_verdict_reruns_the_verdict_step_with_the_reviewers_stances(stances: dict[str, str],
                                                                              label: str) -> None:
    verdict = reviewed_verdict(DOCUMENT, stances)
    assert verdict is not None and verdict["label"] == label
    assert set(verdict) == {"label", "confidence", "rationale", "flags"}


def test_a_repeating_passage_rests_on_its_originals_source() -> None:
    original, copy = _item(1, 0.9, "Wire"), _item(2, 0.9, "Times", duplicate_of="a1-0")
    document = {**DOCUMENT, "evidence": {"related": [original, copy]}}
    verdict = reviewed_verdict(document, {"a1-0": "corroborating", "a2-0": "corroborating"})
    assert verdict is not None and "1 independent source corroborating" in verdict["rationale"]
