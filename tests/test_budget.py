"""The dossier's reading budget: the rules read the pool's best passages closely, the rest are related
and say why (service.dossier.pipeline.ASSESSED, retrieval.VECTOR_HEAD)."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier import pipeline
from service.dossier.retrieval import VECTOR_HEAD
from tests.support.judging import bucket_of, judge, store_of

CLAIM = "Floodwater closed the Riverside bridge in Townsville."


def _reports(count: int) -> list[dict[str, str]]:
    return [{"external_id": f"r{n}", "outlet": f"Outlet {n}", "title": f"Report {n}",
             "text": f"Floodwater closed the Riverside bridge in Townsville, resident number {n} said."}
            for n in range(count)]


def test_the_budgets_are_pinned() -> None:
    assert pipeline.ASSESSED == 40
    assert VECTOR_HEAD == 30


def test_passages_beyond_the_budget_are_related_and_say_so(tmp_path: Path) -> None:
    store = store_of(tmp_path, _reports(55))
    try:
        doc = judge(store, CLAIM, max_evidence=100)
    finally:
        store.close()
    items = [item for bucket in doc["evidence"].values() for item in bucket]
    unread = [item for item in items if any(r["type"] == "unassessed" for r in item["reasons"])]
    read = [item for item in items if item not in unread]
    assert len(items) == 55 and len(unread) == 55 - pipeline.ASSESSED
    assert all(item["stance"] == "related" for item in unread)
    assert sum(item["stance"] == "corroborating" for item in read) == pipeline.ASSESSED


def test_every_passage_of_articles_the_filters_name_is_read(tmp_path: Path) -> None:
    store = store_of(tmp_path, _reports(55))
    try:
        doc = judge(store, CLAIM, *(f"r{n}" for n in range(55)), max_evidence=100)
    finally:
        store.close()
    items = [item for bucket in doc["evidence"].values() for item in bucket]
    assert len(items) == 55
    assert not any(r["type"] == "unassessed" for item in items for r in item["reasons"])


def test_the_sentence_continuing_a_best_hit_is_read_wherever_it_ranks(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "ASSESSED", 1)
    article = {"external_id": "depot", "outlet": "Wire", "title": "Depot hit",
               "text": "Rockets hit the Lakeside fuel depot on Friday, the regional agency said. "
                       "The agency added that the strike did not cause any casualties."}
    store = store_of(tmp_path, [article, *_reports(3)])
    try:
        doc = judge(store, "The rocket strike on the Lakeside fuel depot caused casualties.")
    finally:
        store.close()
    stance, item = bucket_of(doc, "did not cause any casualties")
    assert stance == "conflicting"
    assert not any(r["type"] == "unassessed" for r in item["reasons"])
