"""Garbage-collector settings for long-running processes (the server, dossier workers)."""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000  # allocations between young-generation collections (CPython's default: 700)


def settle_collector() -> None:
    """Freeze the objects built so far and collect the young generation less often.

    Objects built at start (settings, model weights, vocabulary) live as long as the process:
    frozen, they stay out of full collections. A request allocates thousands of short-lived
    objects (hits, passages, a dossier's pool); at the default threshold the young generation
    was collected many times per request, and a load test's native profile of the server had
    16 % of its samples in the collector (none at this threshold). It costs a few MB."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 20, 20)
