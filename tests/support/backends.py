"""Every backend the contract suite runs on: name → factory(tmp_path) → a fresh, empty Store.

Adding a backend is one entry here; `tests/contract/conftest.py` parametrizes over this dict.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from service.stores.base import Store


def embedded_store(tmp_path: Path) -> Store:
    from service.stores.embedded import EmbeddedStore

    return EmbeddedStore(tmp_path / "embedded-data")


BACKENDS: dict[str, Callable[[Path], Store]] = {
    "embedded": embedded_store,
}

from tests.support.elasticsearch import elasticsearch_backends  # noqa: E402  (osmem; a real cluster if configured)

BACKENDS.update(elasticsearch_backends())
