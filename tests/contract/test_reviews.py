"""Contract: dossier reviews are stored beside the dossier, listings filter on them, related claims."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from service.errors import NotFound, ValidationFailed
from service.models import DossierFilters, claim_terms
from service.stores.base import Store

pytestmark = pytest.mark.backend


def _dossier(number: int, claim: str, label: str = "unverified") -> dict[str, Any]:
    return {"id": f"d{number}", "claim": claim, "created_at": f"2024-03-0{number}T10:00:00+00:00",
            "verdict": {"label": label, "confidence": 0.5, "rationale": "r", "flags": []}, "evidence": {},
            "claim_analysis": {"keywords": ["ain"]} if number == 1 else None}


CLAIMS = {1: ("Four rockets hit the Ain al-Asad base", "supported"),
          2: ("Two soldiers were injured at the harbor", "refuted"),
          3: ("Rockets struck the harbor on Monday", "unverified")}


@pytest.fixture
def dossiers(store: Store) -> Store:
    for number, (claim, label) in CLAIMS.items():
        store.save_dossier(_dossier(number, claim, label))
    return store


def _final(label: str) -> Any:
    def change(document: dict[str, Any]) -> dict[str, Any]:
        return {"state": "final", "verdict": {"label": label}, "history": [*(document.get("review") or {})
                                                                             .get("history", []), "v"]}
    return change


def _ids(listing: tuple[int, list[dict[str, Any]]]) -> list[str]:
    return [d["id"] for d in listing[1]]


def test_a_review_is_stored_beside_the_dossier_which_stays_unchanged(dossiers: Store) -> None:
    before = dossiers.get_dossier("d2")
    assert "review" not in before
    returned = dossiers.update_review("d2", _final("supported"))
    assert returned["review"] == {"state": "final", "verdict": {"label": "supported"}, "history": ["v"]}
    stored = dossiers.get_dossier("d2")
    assert stored == returned
    assert {k: v for k, v in stored.items() if k != "review"} == before  # the machine's assessment kept
    again = dossiers.update_review("d2", _final("refuted"))
    assert again["review"]["history"] == ["v", "v"]  # the change saw the review stored before
    assert dossiers.list_dossiers(0, 10)[1][1]["review"]["verdict"] == {"label": "refuted"}


def test_a_review_of_an_unknown_dossier_is_not_found(dossiers: Store) -> None:
    with pytest.raises(NotFound):
        dossiers.update_review("missing", _final("supported"))


def test_a_failing_change_stores_nothing(dossiers: Store) -> None:
    def refuse(document: dict[str, Any]) -> dict[str, Any]:
        raise ValidationFailed("no")

    with pytest.raises(ValidationFailed):
        dossiers.update_review("d1", refuse)
    assert "review" not in dossiers.get_dossier("d1")
    assert _ids(dossiers.list_dossiers(0, 10, DossierFilters(review_state="unreviewed"))) == ["d3", "d2", "d1"]


def test_listings_filter_by_claim_terms_verdict_and_review_state(dossiers: Store) -> None:
    def listed(**filters: Any) -> list[str]:
        total, page = dossiers.list_dossiers(0, 10, DossierFilters(**filters))
        assert total == len(page)
        return [d["id"] for d in page]

    assert listed(terms=tuple(claim_terms("ROCKET"))) == ["d3", "d1"]  # stems, any case
    assert listed(terms=tuple(claim_terms("rockets harbor"))) == ["d3"]  # every term
    assert listed(terms=tuple(claim_terms("rock"))) == []  # whole terms only
    assert listed(verdict="refuted") == ["d2"]
    dossiers.update_review("d2", _final("supported"))  # the reviewer's verdict overrides the machine's
    assert listed(verdict="refuted") == []
    assert listed(verdict="supported") == ["d2", "d1"]
    assert listed(review_state="final") == ["d2"]
    assert listed(review_state="unreviewed") == ["d3", "d1"]
    assert listed(review_state="in_review") == []
    assert listed(review_state="final", verdict="supported", terms=tuple(claim_terms("soldiers"))) == ["d2"]
    total, page = dossiers.list_dossiers(1, 1, DossierFilters(verdict="supported"))
    assert total == 2 and [d["id"] for d in page] == ["d1"]


def test_related_dossiers_share_claim_terms_most_shared_first(dossiers: Store) -> None:
    related = dossiers.related_dossiers(claim_terms("rockets struck the harbor"), 10)
    assert [d["id"] for d in related] == ["d3", "d2", "d1"]  # 4 terms shared, then 2 (the, harbor), then 2, older
    assert dossiers.related_dossiers(claim_terms("zyxwvut"), 10) == []
    assert [d["id"] for d in dossiers.related_dossiers(claim_terms("rockets"), 1)] == ["d3"]
    dossiers.update_review("d1", _final("refuted"))
    [d1] = [d for d in dossiers.related_dossiers(claim_terms("Ain al-Asad"), 10)]
    assert d1 == {"id": "d1", "claim": CLAIMS[1][0], "created_at": "2024-03-01T10:00:00+00:00",
                  "claim_analysis": {"keywords": ["ain"]}, "verdict": "refuted"}  # the reviewer's final label


def test_concurrent_reviews_are_all_kept(dossiers: Store) -> None:
    def add(mark: int) -> Any:
        def change(document: dict[str, Any]) -> dict[str, Any]:
            history = (document.get("review") or {}).get("history", [])
            return {"state": "in_review", "verdict": None, "history": [*history, mark]}
        return change

    threads = [threading.Thread(target=dossiers.update_review, args=("d1", add(n))) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(dossiers.get_dossier("d1")["review"]["history"]) == list(range(6))
    assert _ids(dossiers.list_dossiers(0, 10, DossierFilters(review_state="in_review"))) == ["d1"]


def test_saving_a_dossier_again_replaces_its_review(dossiers: Store) -> None:
    dossiers.update_review("d1", _final("refuted"))
    dossiers.save_dossier(_dossier(1, CLAIMS[1][0], "supported"))
    assert "review" not in dossiers.get_dossier("d1")
    assert _ids(dossiers.list_dossiers(0, 10, DossierFilters(verdict="supported"))) == ["d1"]
