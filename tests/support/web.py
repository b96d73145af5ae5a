"""A local web server on 127.0.0.1 serving the fixture pages and feed, and a resolver stub.

Fixture files live in tests/fixtures/web (written for the tests). `{base}` in a served file is
replaced by the server's own address, so a feed's links lead back to it. A few paths misbehave
on purpose: redirects (to the server, in a loop, to a private address), a body over any small
limit, a JSON answer, a 404.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml; charset=utf-8"}


def loopback_resolver(host: str, port: int) -> list[str]:
    """Address literals as themselves, `localhost` as 127.0.0.1; any other name does not resolve."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    if host == "localhost":
        return ["127.0.0.1"]
    raise socket.gaierror(socket.EAI_NONAME, "no DNS in tests")


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.server.paths.append(self.path)
        path = self.path.split("?")[0]
        if path == "/redirect":
            self._redirect("/harbour-report.html")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-private":
            self._redirect("http://10.20.30.40/secret")
        elif path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path == "/big":
            self._send(200, "text/html", b"<html><body><p>" + b"word " * 200_000 + b"</p></body></html>")
        elif path == "/data.json":
            self._send(200, "application/json", b'{"text": "not a page"}')
        elif (FIXTURES / path.lstrip("/")).is_file() and "/" not in path.lstrip("/"):
            file = FIXTURES / path.lstrip("/")
            body = file.read_text(encoding="utf-8").replace("{base}", self.server.base)
            self._send(200, TYPES.get(file.suffix, "application/octet-stream"), body.encode("utf-8"))
        else:
            self._send(404, "text/html", b"<html><body><p>Not found</p></body></html>")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    base = ""
    paths: list[str]


@contextmanager
def fixture_server() -> Iterator[_Server]:
    """The fixture site on 127.0.0.1 (a free port); `.base` is its URL, `.paths` what was asked."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, name="fixture-web", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
