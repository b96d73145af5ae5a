"""Sentence vectors (service.text.vectors) and the pool order they take part in (retrieval.rank)."""

from __future__ import annotations

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.retrieval import ORDER_WEIGHTS, Fetched, rank
from service.models import ArticleRef, Context, Passage
from service.text.vectors import similarities, vectors


def test_a_paraphrase_is_closer_than_a_stranger_sharing_no_word() -> None:
    claim = "Rising seas threaten coastal cities."
    near, far = similarities(claim, ["Higher ocean levels put towns on the shore at risk of flooding.",
                                     "The orchestra rehearsed the symphony twice on Tuesday."])
    assert near > far + 0.2


def test_vectors_are_unit_length_stable_and_empty_text_is_zero() -> None:
    texts = ["A dam burst upstream of the town.", "", "A dam burst upstream of the town."]
    found = vectors(texts)
    assert found.shape == (3, 256)
    assert abs(float((found[0] ** 2).sum()) - 1.0) < 1e-4
    assert float(abs(found[1]).sum()) == 0.0
    assert (found[0] == found[2]).all()
    assert similarities(texts[0], [texts[0]])[0] == pytest.approx(1.0, abs=1e-3)
    assert similarities("claim", []) == []


def test_the_pool_order_weights_are_pinned() -> None:
    # alignment, sentence vectors, search score: chosen for recall@5 on CLIMATE-FEVER's tune split
    assert ORDER_WEIGHTS == (0.1, 0.6, 0.3)


def _passage(pid: str, text: str) -> tuple[Passage, ArticleRef]:
    return (Passage(f"{pid}-0", pid, 0, 0, len(text), text, Context(None, None)),
            ArticleRef(pid, pid, None, "Outlet", None, None))


def test_meaning_reorders_passages_that_share_as_many_of_the_claims_words() -> None:
    claim = analyze_claim("Floods forced thousands of residents to leave their homes.")
    museum = _passage("m", "Floods forced the closure of the museum for thousands of visitors.")
    evacuated = _passage("e", "Thousands of residents had to evacuate their houses because of the flooding.")
    ranked = rank(claim, {w: 1.0 for w in claim.keywords}, Fetched(((*museum, 2.0), (*evacuated, 2.0))))
    by_id = {c.passage.id: c for c in ranked}
    assert by_id["e-0"].semantic > by_id["m-0"].semantic
    assert [c.passage.id for c in ranked] == ["e-0", "m-0"]
    # the order is the weighted sum of alignment, meaning and the search score's share of the best
    a, m, s = ORDER_WEIGHTS
    keys = [a * c.relevance + m * c.semantic + s * c.score / 2.0 for c in ranked]
    assert keys == sorted(keys, reverse=True)
