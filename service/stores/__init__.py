"""Backends of the `Store` interface, built once from settings by `build_store`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.errors import ValidationFailed
from service.stores.base import Store


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
