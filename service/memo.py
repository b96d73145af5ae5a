"""A bounded memo for per-text facts (stems, dates, amounts) that passages share across dossiers.

functools.lru_cache keeps a linked-list node (a list) per entry, and the garbage collector walks
every one of them on each full collection: with ~10^5 cached passages those collections took
50–100 ms in the middle of a dossier. This memo is a plain dict that is emptied when full, which
the collector barely sees (dicts and tuples of strings are untracked), at the price of an
occasional cold start instead of least-recently-used eviction.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable
from functools import wraps
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")


def memo(maxsize: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a pure function of hashable positional arguments; forget everything past `maxsize`."""
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cache: dict[Hashable, R] = {}

        def remember(key: Hashable, value: R) -> R:
            if len(cache) >= maxsize:
                cache.clear()
            cache[key] = value
            return value

        if _takes_one_argument(function):
            # most memoized functions take one text: no argument tuple to build on each call
            # (a dossier makes ~1,400 of these calls)
            one = cast(Callable[[Hashable], R], function)

            @wraps(function)
            def single(arg: Hashable) -> R:
                try:
                    return cache[arg]
                except KeyError:
                    return remember(arg, one(arg))

            return cast(Callable[P, R], single)

        @wraps(function)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs:
                return function(*args, **kwargs)
            key: Hashable = args[0] if len(args) == 1 else args
            try:
                return cache[key]
            except KeyError:
                return remember(key, function(*args))

        return wrapper
    return decorate


def _takes_one_argument(function: Callable[..., object]) -> bool:
    parameters = list(inspect.signature(function).parameters.values())
    return len(parameters) == 1 and parameters[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                            inspect.Parameter.POSITIONAL_OR_KEYWORD)
