"""Backends of the `Store` interface, built once from settings by `build_store`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.errors import ValidationFailed
from service.models import StoreStats
from service.stores.base import Store

STALE_FACTS = ("passages stored by an older version of the text layer: dossiers read their facts again "
               "each time (about three times the CPU) until `factcheck reindex` stores this version's reading")


def build_store(settings: Mapping[str, Any]) -> Store:
    """The configured backend; the Elasticsearch client is imported only when chosen."""
    backend = settings.get("BACKEND", "embedded")
    if backend == "embedded":
        from service.stores.embedded import EmbeddedStore

        return EmbeddedStore(settings["DATA_DIR"])
    if backend == "elasticsearch":
        from service.stores.elasticsearch import ElasticsearchStore

        return ElasticsearchStore.from_settings(settings)  # type: ignore[no-any-return]
    raise ValidationFailed("invalid configuration",
                           errors={"FACTCHECK_BACKEND": [f"must be 'embedded' or 'elasticsearch', not {backend!r}"]})


def store_warnings(stats: StoreStats) -> list[str]:
    """What an operator should act on, read from the store's stats (health, `factcheck stats`, server start)."""
    return [] if stats.facts_current else [STALE_FACTS]
