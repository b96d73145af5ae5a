"""The contract suite: written once against the `Store` Protocol, run on every backend.

`store` is parametrized over `tests.support.backends.BACKENDS`; `corpus` fills it with a few
made-up articles prepared by `service.ingest.prepare_article`, as the API would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from service.ingest import prepare_article
from service.models import Article
from service.stores.base import Store
from tests.support.backends import BACKENDS

TEXTS: dict[str, dict[str, Any]] = {
    "wire-jan": {
        "outlet": "Northern Wire", "published_at": "2024-01-10",
        "text": "Rockets struck the Ain al-Asad air base on Monday. Two soldiers were injured in the attack. "
                "Engineers said repairs to the runway would take weeks.",
    },
    "harbor-feb": {
        "outlet": "Harbor Times", "published_at": "2024-02-03",
        "text": "Officials at Ain Al-Assad denied any casualties. A convoy of trucks delivered fuel to the harbor. "
                "Fishermen protested against the new tax on diesel.",
    },
    "wire-feb": {
        "outlet": "Northern Wire", "published_at": "2024-02-20T18:30:00+00:00",
        "text": "The city council approved the budget after a long debate. Heavy rain flooded the market district. "
                "Traders estimated their losses at two hundred thousand dollars.",
    },
    "undated": {
        "text": "A drone attack on the harbor was reported by residents. The port authority said no ships were "
                "damaged. Residents heard the drone before dawn.",
    },
}


Make = Callable[..., Article]


@dataclass
class Corpus:
    store: Store
    articles: dict[str, Article]

    def passage(self, key: str, ordinal: int) -> str:
        return self.articles[key].passages[ordinal].id


@pytest.fixture(params=sorted(BACKENDS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend = BACKENDS[request.param](tmp_path)
    yield backend
    backend.close()


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """prepare_article for a text with optional metadata (external_id defaults to none)."""
    def make(text: str, **fields: Any) -> Article:
        return prepare_article({"text": text, **fields})
    return make


@pytest.fixture
def corpus(store: Store) -> Corpus:
    articles = {key: prepare_article({"external_id": key, **fields}) for key, fields in TEXTS.items()}
    outcomes = store.ingest(list(articles.values()))
    assert [o.status for o in outcomes] == ["created"] * len(articles)
    return Corpus(store, articles)


def ids(result: Any) -> list[str]:
    return [hit.passage.id for hit in result.hits]
