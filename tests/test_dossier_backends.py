"""The dossier's use of the store on every backend: unhighlighted pool, highlighted evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.dossier.pipeline import create_dossier
from service.ingest import prepare_article
from service.models import ParsedQuery, QueryTerm, SearchRequest
from service.stores.base import Store
from tests.support.backends import BACKENDS

TEXT = ("Rockets struck the Ain al-Asad air base on Monday. Two soldiers were injured in the <b>attack</b>. "
        "Engineers said repairs to the runway would take weeks.")


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend = BACKENDS[request.param](tmp_path)
    backend.ingest([prepare_article({"text": TEXT, "outlet": "Northern Wire", "published_at": "2024-01-10"})])
    yield backend
    backend.close()


def test_search_without_highlight_returns_the_same_hits_unmarked(store: Store) -> None:
    query = ParsedQuery(terms=(QueryTerm("rockets"), QueryTerm("injured")))
    marked = store.search(SearchRequest(query, limit=10))
    plain = store.search(SearchRequest(query, limit=10, highlight=False))
    assert [h.passage.id for h in plain.hits] == [h.passage.id for h in marked.hits]
    assert [h.score for h in plain.hits] == [h.score for h in marked.hits]
    assert all(h.highlight == "" for h in plain.hits)
    assert any("<mark>" in h.highlight for h in marked.hits)


def test_dossier_evidence_is_highlighted_and_escaped(store: Store) -> None:
    dossier = create_dossier(store, "Two soldiers were injured in the attack on Ain al-Asad", max_evidence=3)
    shown = [e for items in dossier.evidence.values() for e in items]
    assert shown and all("<mark>" in e.highlight for e in shown)
    injured = next(e for e in shown if "injured" in e.passage.text)
    assert "<mark>injured</mark>" in injured.highlight and "&lt;b&gt;" in injured.highlight
