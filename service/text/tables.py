"""The tables the text layer loads on first use, loaded at once.

`load_tables` is what a server's processes call while they wait for their first request
(service.server, service.dossier.workers), so that no request pays for a table: on the 2-core
VM of 2026-12-07 the first dossier of a fresh process took 1.0 s more than the next, the
GeoNames cities (0.75 s), pint's unit registry (0.5 s) and the sentence vectors (0.1 s).
"""

from __future__ import annotations

from service.text import places, units, vectors


def load_tables() -> None:
    """Load every lazily read table of the text layer (each loads once; later calls cost nothing).

    Through each module's public look-up, whose first call loads its table."""
    places.gazetteer_entry("Iraq")
    places.city_entry("Erbil")
    units.measure("km")
    vectors.vectors(["a table loaded"])
