"""A bounded memo for per-text facts (stems, dates, amounts) that passages share across dossiers.

functools.lru_cache keeps a linked-list node (a list) per entry, and the garbage collector walks
every one of them on each full collection: with ~10^5 cached passages those collections took
50–100 ms in the middle of a dossier. This memo is a plain dict that is emptied when full, which
the collector barely sees (dicts and tuples of strings are untracked), at the price of an
occasional cold start instead of least-recently-used eviction.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def memo(maxsize: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a pure function of hashable positional arguments; forget everything past `maxsize`."""
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cache: dict[Hashable, R] = {}

        @wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs:
                return function(*args, **kwargs)
            key: Hashable = args[0] if len(args) == 1 else args
            try:
                return cache[key]
            except KeyError:
                value = function(*args)
            if len(cache) >= maxsize:
                cache.clear()
            cache[key] = value
            return value

        return wrapper
    return decorate
