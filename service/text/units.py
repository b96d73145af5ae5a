"""Measures: what a unit word measures and how much of it ("24 km" and "42 kilometres" are both
lengths, 1,000 and 1 metre each). Read with pint's unit registry, a well-kept library, rather than a
table of our own; pint loads on the first unit that is not a counted noun, money or a percentage.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

# Everyday nouns that pint also knows as rare units ("three points", "500 bags"): never measures.
_NOT_MEASURES = frozenset("""point points hand hands link links chain chains grain grains stone stones cup cups
    line lines bar bars barn barns pole poles perch perches rod rods fathom fathoms league leagues gross bag bags
    shot shots quarter quarters fin fins henry gray grays drop drops pinch pinches tablespoon tablespoons
    teaspoon teaspoons glass glasses are""".split())
# Short unit words taken as measures; any other word needs three letters (pint reads "in", "at", "as",
# "are" as units)
_ABBREVIATIONS = frozenset("km mi ft m cm mm kg lb lbs ha mph kph kmh yd nm".split())
# What counts as a measure here: lengths, masses, areas, volumes, speeds. Durations stay nouns
# compared by their word ("25 days"): days and hours are counted, not converted.
_DIMENSIONS = frozenset(["[length]", "[mass]", "[length] ** 2", "[length] ** 3", "[length] / [time]"])
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
    """(dimension, size in base units) of a length, mass, area, volume or speed unit ("km" →
    ("[length]", 1000.0)); None for anything else (counted nouns, durations, dimensionless words)."""
    if not unit or not unit.replace("²", "").replace("³", "").isalpha() or unit.lower() in _NOT_MEASURES \
            or (len(unit) < 3 and unit.lower() not in _ABBREVIATIONS) or (unit[:1].isupper() and len(unit) > 2):
        return None  # a capitalised word is a name, not a unit
    try:
        size = _registry().Quantity(1, unit).to_base_units()
    except Exception:  # noqa: BLE001 — pint raises several kinds for a word that is not a unit
        return None
    dimension = str(size.dimensionality)
    if dimension not in _DIMENSIONS:
        return None
    return dimension, float(size.magnitude)


# Durations, in seconds: "90 minutes" against "nine hours", "three weeks" against "21 days". Read apart from
# measure(): a duration is also a count of days ("two days of talks"), compared by its word when both say the same.
_DURATION_WORDS = frozenset("""second seconds minute minutes hour hours day days week weeks fortnight fortnights
    month months year years decade decades""".split())


@lru_cache(maxsize=256)
def duration(unit: str | None) -> float | None:
    """The seconds in one `unit` of time ("hours" → 3600.0), by pint; None for any other word."""
    word = (unit or "").lower()
    if word not in _DURATION_WORDS:
        return None
    # (pint's "decade" is the logarithmic one, a ratio of ten: ten years here)
    amount, word = (10, "year") if word.startswith("decade") else (1, word)
    return float(_registry().Quantity(amount, word).to("second").magnitude)
