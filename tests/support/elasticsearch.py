"""Elasticsearch for tests: a fresh osmem-server clone per store, or a real cluster.

osmem-server (an in-memory OpenSearch-compatible server) starts once per test session; each
store gets its own clone, a separate cluster on its own port, in milliseconds. When
FACTCHECK_TEST_ELASTICSEARCH_URL is set, `real_store` builds stores on that cluster instead,
each under its own index prefix, deleted afterwards.

Only tests use `PlainJsonNode`: the Elasticsearch 9 client sends
`application/vnd.elasticsearch+json; compatible-with=9`, which osmem answers with 406. The node
rewrites those media types to plain `application/json` on the wire; the service itself keeps
the client's default node.
"""

from __future__ import annotations

import atexit
import os
import re
import socket
import threading
import uuid
from pathlib import Path
from typing import Any

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elastic_transport._node import NodeApiResponse
from osmem_server import OsmemClone, OsmemServer

from service.stores.elasticsearch import ElasticsearchStore

REAL_URL_ENV = "FACTCHECK_TEST_ELASTICSEARCH_URL"
_VENDOR_MEDIA = re.compile(r"application/vnd\.elasticsearch\+([\w-]+)(?:;\s*compatible-with=\d+)?")


class PlainJsonNode(Urllib3HttpNode):
    """Sends `application/json` where the client asks for Elasticsearch's vendor media type."""

    def perform_request(self, method: str, target: str, body: bytes | None = None,
                        headers: HttpHeaders | None = None, **options: Any) -> NodeApiResponse:
        if headers is not None:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = _VENDOR_MEDIA.sub(r"application/\1", headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **options)


_server: OsmemServer | None = None
_server_lock = threading.Lock()


def osmem_server() -> OsmemServer:
    """The session's osmem-server, started on first use (it also exits with this process)."""
    global _server
    with _server_lock:
        if _server is None:
            _server = OsmemServer.start(japanese=False)
            atexit.register(_server.close)
        return _server


def store_on(url: str, *, clone: OsmemClone | None = None, **options: Any) -> ElasticsearchStore:
    """A connected store on `url`; closing it also closes the clone."""
    settings = {"ELASTICSEARCH_URL": url, "INDEX_PREFIX": options.pop("prefix", "factcheck")}
    options.setdefault("connect_attempts", 2)
    options.setdefault("connect_backoff", 0.05)
    if clone is not None:
        options.setdefault("node_class", PlainJsonNode)
    store = ElasticsearchStore.from_settings(settings, **options)
    if clone is not None:
        close = store.close

        def close_with_clone() -> None:
            close()
            clone.close()

        store.close = close_with_clone  # type: ignore[method-assign]
    return store


def osmem_store(tmp_path: Path | None = None, **options: Any) -> ElasticsearchStore:
    """An ElasticsearchStore on a fresh, empty osmem clone (the BACKENDS factory)."""
    clone = osmem_server().clone()
    return store_on(clone.url, clone=clone, **options)


def drop_indices(es: Any, prefix: str) -> None:
    """Delete every index under `prefix`. Elasticsearch refuses wildcard deletes by default
    (action.destructive_requires_name), so the names are resolved first."""
    names = list(es.indices.get(index=f"{prefix}-*", allow_no_indices=True, expand_wildcards="all"))
    if names:
        es.indices.delete(index=",".join(names), ignore_unavailable=True)


def real_store(tmp_path: Path | None = None, **options: Any) -> ElasticsearchStore:
    """An ElasticsearchStore on FACTCHECK_TEST_ELASTICSEARCH_URL under a prefix of its own."""
    prefix = f"factcheck-test-{uuid.uuid4().hex[:10]}"
    store = store_on(os.environ[REAL_URL_ENV], prefix=prefix, **options)
    close = store.close

    def close_and_drop() -> None:
        drop_indices(store.es, prefix)
        close()

    store.close = close_and_drop  # type: ignore[method-assign]
    return store


class CuttableProxy:
    """A TCP proxy in front of a server that a test can cut and restore: a real outage, no mock."""

    def __init__(self, target_url: str) -> None:
        host, _, port = target_url.split("://", 1)[1].rstrip("/").partition(":")
        self.target = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.cut = threading.Event()
        self.drop_responses = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.cut.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets |= {client, upstream}
            for source, sink, is_response in ((client, upstream, False), (upstream, client, True)):
                threading.Thread(target=self._pipe, args=(source, sink, is_response), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, is_response: bool) -> None:
        try:
            while data := source.recv(65536):
                if self.cut.is_set() or (is_response and self.drop_responses.is_set()):
                    break
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def sever(self) -> None:
        """Drop every open connection and refuse new ones until `restore()`."""
        self.cut.set()
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def lose_responses(self) -> None:
        """Requests still reach the server, which acts on them; its answers are lost on the way back."""
        self.drop_responses.set()

    def restore(self) -> None:
        self.cut.clear()
        self.drop_responses.clear()

    def close(self) -> None:
        self.sever()
        self.listener.close()


def elasticsearch_backends() -> dict[str, Any]:
    """Contract-suite factories: osmem always, the real cluster when FACTCHECK_TEST_ELASTICSEARCH_URL is set."""
    factories: dict[str, Any] = {"elasticsearch-osmem": osmem_store}
    if os.environ.get(REAL_URL_ENV):
        factories["elasticsearch-real"] = real_store
    return factories
