"""Who may do what, how often, from where: API keys, rate limit, CORS and security headers.

Writes (POST/DELETE under /articles, POST /dossiers and their reviews) need a write key; reads are open unless
READ_REQUIRES_KEY. /health, /openapi.json and the docs page (/docs) stay open so load balancers
and clients can use them, and so does the workbench page at / (its script sends the key the user
gives it). Keys are compared in constant time.
"""

from __future__ import annotations

import hmac
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, Response, current_app, request

from service.errors import Forbidden, RateLimited, Unauthorized

OPEN_ENDPOINTS = {"meta.health", "meta.openapi", "apidocs.page", "apidocs.init_script", "apidocs.asset",
                  "apidocs_shortcut.to_docs"}
OPEN_BLUEPRINTS = {"web"}  # the workbench page and its files hold no data; its script sends the key
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def register_security(app: Flask) -> None:
    app.extensions["rate_limiter"] = RateLimiter(app.config["RATE_LIMIT"])
    app.before_request(_check_access)
    app.after_request(_add_headers)
    if app.config["CORS_ORIGINS"]:
        from flask_cors import CORS

        CORS(app, origins=app.config["CORS_ORIGINS"], expose_headers=["Location", "Retry-After"],
             allow_headers=["Authorization", "Content-Type"], max_age=600)


def presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _matches(key: str, keys: list[str]) -> bool:
    # Compare against every key, without stopping early, so timing reveals nothing.
    found = False
    for candidate in keys:
        found |= hmac.compare_digest(key.encode(), candidate.encode())
    return found


def _is_write() -> bool:
    return request.method in {"POST", "PUT", "PATCH", "DELETE"}


def _check_access() -> None:
    if request.method == "OPTIONS" or request.endpoint in OPEN_ENDPOINTS or request.endpoint is None:
        return
    if request.blueprint in OPEN_BLUEPRINTS:
        return
    config = current_app.config
    key = presented_key()
    write_keys, read_keys = config["API_KEYS"], config["READ_KEYS"]
    can_write = key is not None and _matches(key, write_keys)
    can_read = can_write or (key is not None and _matches(key, read_keys))
    if key is not None and not can_read:
        raise Unauthorized("the API key is not valid")
    if _is_write():
        if key is None:
            raise Unauthorized("writing needs an API key: send 'Authorization: Bearer <key>'")
        if not can_write:
            raise Forbidden("this API key may read but not write")
    elif config["READ_REQUIRES_KEY"] and key is None:
        raise Unauthorized("this server needs an API key for reading: send 'Authorization: Bearer <key>'")
    limiter: RateLimiter = current_app.extensions["rate_limiter"]
    wait = limiter.take(key or f"addr:{request.remote_addr}")
    if wait > 0:
        raise RateLimited(f"more than {limiter.per_minute} requests a minute; retry in {math.ceil(wait)} s",
                          retry_after=math.ceil(wait))


def _add_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if response.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="factcheck"'
    return response


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """A token bucket per client, in memory (one process): `per_minute` a minute, bursts up to it."""

    MAX_CLIENTS = 50_000  # forget idle clients beyond this many, so memory stays bounded

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds until it may."""
        if self.per_minute <= 0:
            return 0.0
        rate = self.per_minute / 60.0
        now = self._clock()
        with self._lock:
            if len(self._buckets) > self.MAX_CLIENTS:
                self._forget_idle(now)
            bucket = self._buckets.get(client) or _Bucket(float(self.per_minute), now)
            bucket.tokens = min(float(self.per_minute), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            self._buckets[client] = bucket
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / rate

    def _forget_idle(self, now: float) -> None:
        """Drop buckets idle long enough to be full again: they would start full anyway."""
        refill = 60.0
        self._buckets = {c: b for c, b in self._buckets.items() if now - b.updated < refill}
