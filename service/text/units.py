"""Measures: what a unit word measures and how much of it ("24 km" and "42 kilometres" are both
lengths, 1,000 and 1 metre each). Read with pint's unit registry, a well-kept library, rather than a
table of our own; pint loads on the first unit that is not a counted noun, money or a percentage.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

# Everyday nouns that pint also knows as rare units ("three points", "many hands"): never measures.
_NOT_MEASURES = frozenset("""point points hand hands link links chain chains grain grains stone stones cup cups
    line lines bar bars barn barns pole poles perch perches rod rods fathom fathoms league leagues gross""".split())
_REGISTRY: Any = None
_LOCK = threading.Lock()


def _registry() -> Any:
    global _REGISTRY
    with _LOCK:
        if _REGISTRY is None:
            import pint

            _REGISTRY = pint.UnitRegistry(cache_folder=None)
    return _REGISTRY


@lru_cache(maxsize=4096)
def measure(unit: str | None) -> tuple[str, float] | None:
    """(dimension, size in base units) of a unit word with a physical dimension ("km" →
    ("[length]", 1000.0)); None for anything else (counted nouns, dimensionless words)."""
    if not unit or len(unit) < 2 or not unit.replace("²", "").replace("³", "").isalpha() \
            or unit.lower() in _NOT_MEASURES:
        return None
    try:
        size = _registry().Quantity(1, unit).to_base_units()
    except Exception:  # noqa: BLE001 — pint raises several kinds for a word that is not a unit
        return None
    if size.dimensionless:
        return None
    return str(size.dimensionality), float(size.magnitude)
