"""Helpers of the judgement tests: a store of made-up articles, a dossier as the API returns it,
and where a passage landed in it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from service.dossier.pipeline import create_dossier
from service.ingest import prepare_article
from service.models import SearchFilters
from service.schemas.dossiers import DossierSchema
from service.stores.embedded import EmbeddedStore


def store_of(path: Path, articles: Iterable[Mapping[str, Any]]) -> EmbeddedStore:
    """An embedded store at `path` holding these article payloads (the caller closes it)."""
    store = EmbeddedStore(path)
    store.ingest([prepare_article(dict(a)) for a in articles])
    return store


@contextmanager
def stored(path: Path, articles: Iterable[Mapping[str, Any]]) -> Iterator[EmbeddedStore]:
    """store_of for one test: the store, closed when the block ends."""
    store = store_of(path, articles)
    try:
        yield store
    finally:
        store.close()


def archive_fixture(name: str, articles: Iterable[Mapping[str, Any]]) -> Callable[..., Any]:
    """A module-scoped fixture: an embedded store of these made-up articles, closed after the module."""
    @pytest.fixture(scope="module")
    def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
        made = store_of(tmp_path_factory.mktemp(name), articles)
        yield made
        made.close()

    return archive


def judge(store: EmbeddedStore, claim: str, *external_ids: str, max_evidence: int = 50,
          claim_date: date | None = None) -> dict[str, Any]:
    """The dossier's JSON for a claim (every passage of `external_ids` assessed, when given)."""
    filters = SearchFilters(external_ids=external_ids)
    return DossierSchema().dump(  # type: ignore[no-any-return]
        create_dossier(store, claim, filters, max_evidence, claim_date=claim_date))


def bucket_of(doc: dict[str, Any], words: str) -> tuple[str, dict[str, Any]]:
    """The bucket and item of the evidence whose passage holds `words`."""
    for name, items in doc["evidence"].items():
        for item in items:
            if words in item["passage"]["text"]:
                return name, item
    raise AssertionError(f"no evidence with {words!r}")


def judged(path: Path, articles: Iterable[Mapping[str, Any]], claim: str) -> dict[str, Any]:
    """The dossier's JSON for a claim against a store of these articles alone."""
    with stored(path, articles) as store:
        return judge(store, claim)


def judged_as(path: Path, articles: Iterable[Mapping[str, Any]], claim: str, words: str) -> tuple[str, str]:
    """(bucket of the passage holding `words`, verdict label) of a claim against these articles alone."""
    doc = judged(path, articles, claim)
    return bucket_of(doc, words)[0], doc["verdict"]["label"]


def payloads(rows: Iterable[tuple[str, str, str | None, str]]) -> list[dict[str, Any]]:
    """Article payloads from (external_id, outlet, published_at or None, text) rows."""
    return [{"external_id": i, "outlet": o, "text": t, **({"published_at": p} if p else {})} for i, o, p, t in rows]


def reasons_of(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every reason of every evidence item of a dossier."""
    return [r for items in doc["evidence"].values() for item in items for r in item["reasons"]]


def holds(found: str, label: str) -> bool:
    """Whether a verdict `found` is the expected `label`, or, for "not X", is not X."""
    return found != label[4:] if label.startswith("not ") else found == label
