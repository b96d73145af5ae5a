"""Pages beyond Elasticsearch's result window (10,000 hits), walked with `search_after`.

The walk fetches only sort values, a window at a time, then the page itself. Every sort of the
backend ends in unique keys (article id + ordinal, or dossier id), so the order is total. There
is no point-in-time snapshot (osmem has no `_pit`): writes between the steps may shift a deep
page, as they would shift any page between two requests.

Scores make `search_after` inexact on osmem: it prints a score rounded to float32 but compares
the value it holds, so a cursor built from the printed score can land before or after the very
hit it came from, together with its ties. The cursor therefore backs off slightly on each
score (towards hits already seen), and hits seen before are dropped from each answer — exact
on Elasticsearch and on osmem alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCORE_SLACK = 1e-6  # relative; float32 printing loses ~6e-8
Search = Callable[..., Any]


def _cursor(sort: list[Any]) -> list[Any]:
    # All float sort values of this backend are scores sorted descending: back off upwards.
    return [value * (1 + SCORE_SLACK) + 1e-12 if isinstance(value, float) else value for value in sort]


def _within_slack(sort: list[Any], cursor: list[Any]) -> bool:
    """Whether a seen hit may come back for `cursor` (same keys up to a score, score close)."""
    for seen, bound in zip(sort, cursor, strict=True):
        if isinstance(bound, float):
            return isinstance(seen, float) and seen <= bound
        if seen != bound:
            return False
    return False


def deep_page(search: Search, body: dict[str, Any], offset: int, limit: int, window: int) -> Any:
    """The search response for hits [offset, offset + limit) of a sorted `body`."""
    walk = {**body, "track_total_hits": False, "source": False}
    walk.pop("aggs", None)
    seen: dict[tuple[Any, ...], list[Any]] = {}
    cursor: list[Any] | None = None
    remaining = offset
    while remaining > 0:
        step = min(remaining, window)
        hits = _fresh(search, walk, cursor, seen, step)
        for hit in hits:
            seen[tuple(hit["sort"][-2:])] = hit["sort"]
        remaining -= len(hits)
        if len(hits) < step:  # fewer hits than the offset: an empty page, with total and facets
            return search(size=0, **body)
        cursor = _cursor(hits[-1]["sort"])
    response = search(size=limit + _overlap(seen, cursor), **({"search_after": cursor} if cursor else {}), **body)
    response["hits"]["hits"] = [h for h in response["hits"]["hits"] if tuple(h["sort"][-2:]) not in seen][:limit]
    return response


def _overlap(seen: dict[tuple[Any, ...], list[Any]], cursor: list[Any] | None) -> int:
    return 0 if cursor is None else sum(1 for sort in seen.values() if _within_slack(sort, cursor))


def _fresh(search: Search, walk: dict[str, Any], cursor: list[Any] | None,
           seen: dict[tuple[Any, ...], list[Any]], step: int) -> list[dict[str, Any]]:
    extra = {"search_after": cursor} if cursor is not None else {}
    hits = search(size=step + _overlap(seen, cursor), **walk, **extra)["hits"]["hits"]
    return [h for h in hits if tuple(h["sort"][-2:]) not in seen][:step]
