"""URLs and feeds: fetching under the SSRF rules, POST /articles/fetch, `factcheck ingest URL|feed`.

Nothing here reaches beyond 127.0.0.1: names resolve through a stub (tests/conftest.py), refusals
of private and link-local addresses are checked on the address check itself with a transport that
fails the test if it is ever called, and pages come from tests/support/web.py's local server.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service import create_app
from service.errors import FactcheckError, FetchRefused, PayloadTooLarge
from service.fetch import Fetcher, FetchPolicy, refusal_reason
from tests.conftest import WRITE_KEY
from tests.support.web import FIXTURES, fixture_server


class NoConnection(httpx.BaseTransport):
    """A transport that records any request: a refused URL must never get this far."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raise AssertionError(f"a connection was attempted to {request.url}")


def stub_resolver(answers: dict[str, list[str]]) -> Any:
    def resolve(host: str, port: int) -> list[str]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "unknown name")
        return answers[host]

    return resolve


@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("100.64.0.1", "non-public"),  # carrier-grade NAT
    ("240.0.0.1", "private"), ("192.0.2.1", "private"),  # reserved / documentation
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),  # IPv4-mapped
    ("2002:a00:1::1", "private"),  # 6to4 of 10.0.0.1
    ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254
    ("93.184.215.14", None), ("2606:4700::1111", None),
])
def test_address_check(address: str, reason: str | None) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(("answers", "reason"), [
    (["10.0.0.7"], "private"),
    (["169.254.169.254"], "link-local"),
    (["127.0.0.1"], "loopback"),
    (["::ffff:192.168.0.10"], "private"),
    (["93.184.215.14", "10.0.0.7"], "private"),  # every address is checked, not only the first
])
def test_non_public_hosts_are_refused_before_any_connection(answers: list[str], reason: str) -> None:
    transport = NoConnection()
    fetcher = Fetcher(FetchPolicy(), resolver=stub_resolver({"news.example": answers}), transport=transport)
    with pytest.raises(FetchRefused) as refused:
        fetcher.fetch("https://news.example/story.html")
    assert refused.value.status == 422
    assert f"a {reason} address" in refused.value.detail and "news.example" in refused.value.detail
    assert transport.requests == []


@pytest.mark.parametrize(("url", "detail"), [
    ("ftp://news.example/x", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http:///nohost", "only http and https"),
    ("not a url", "only http and https"),
    ("http://unknown.example/", "does not resolve"),
])
def test_unfetchable_urls_are_refused(url: str, detail: str) -> None:
    transport = NoConnection()
    fetcher = Fetcher(FetchPolicy(), resolver=stub_resolver({}), transport=transport)
    with pytest.raises(FetchRefused, match=detail):
        fetcher.fetch(url)
    assert transport.requests == []


def test_the_checked_address_is_the_one_connected_to() -> None:
    """No second DNS answer between check and connect: the request goes to the checked address, and
    the name travels in the Host header and TLS SNI."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<html><body>x</body></html>")

    fetcher = Fetcher(FetchPolicy(), resolver=stub_resolver({"news.example": ["93.184.215.14"]}),
                      transport=httpx.MockTransport(answer))
    fetched = fetcher.fetch("https://news.example:8443/a?b=1")
    assert fetched.url == "https://news.example:8443/a?b=1"
    (request,) = seen
    assert request.url.host == "93.184.215.14" and request.url.port == 8443
    assert request.headers["Host"] == "news.example:8443"
    assert request.extensions["sni_hostname"] == "news.example"


def test_a_redirect_to_a_private_address_is_refused_before_connecting() -> None:
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(request.headers["Host"])
        return httpx.Response(302, headers={"Location": "http://internal.example/admin"})

    resolver = stub_resolver({"news.example": ["93.184.215.14"], "internal.example": ["10.9.8.7"]})
    fetcher = Fetcher(FetchPolicy(), resolver=resolver, transport=httpx.MockTransport(answer))
    with pytest.raises(FetchRefused, match="redirected to http://internal.example/admin: refused: .* private"):
        fetcher.fetch("http://news.example/")
    assert hosts == ["news.example"]


@pytest.fixture
def site() -> Iterator[Any]:
    with fixture_server() as server:
        yield server


def local_fetcher(**policy: Any) -> Fetcher:
    return Fetcher(FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),), **policy))


def test_loopback_is_refused_unless_allowed(site: Any) -> None:
    with pytest.raises(FetchRefused, match="a loopback address"):
        Fetcher(FetchPolicy()).fetch(f"{site.base}/harbour-report.html")
    assert site.paths == []
    fetched = local_fetcher().fetch(f"{site.base}/harbour-report.html")
    assert fetched.media_type == "text/html" and b"Port Aven" in fetched.body
    by_name = Fetcher(FetchPolicy(allowed_hosts=frozenset({"localhost"})))
    port = site.base.rsplit(":", 1)[1]
    assert by_name.fetch(f"http://localhost:{port}/bare-notice.html").url.startswith("http://localhost:")


def test_redirects_are_followed_and_counted(site: Any) -> None:
    assert local_fetcher().fetch(f"{site.base}/redirect").url == f"{site.base}/harbour-report.html"
    with pytest.raises(FetchRefused, match="more than 3 redirects"):
        local_fetcher(max_redirects=3).fetch(f"{site.base}/loop")
    assert site.paths.count("/loop") == 4


@pytest.mark.parametrize(("path", "error", "detail"), [
    ("/to-private", FetchRefused, "redirected to http://10.20.30.40/secret: refused"),
    ("/to-metadata", FetchRefused, "a link-local address"),
    ("/big", PayloadTooLarge, "larger than 100000 bytes"),
    ("/data.json", FetchRefused, "content type 'application/json' is not an HTML page or a feed"),
    ("/missing.html", FetchRefused, "the server answered 404"),
])
def test_bad_answers_are_refused(site: Any, path: str, error: type[FactcheckError], detail: str) -> None:
    with pytest.raises(error) as raised:
        local_fetcher(max_bytes=100_000).fetch(site.base + path)
    assert detail in raised.value.detail


def test_timeout_covers_the_whole_fetch(site: Any) -> None:
    import threading

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts, never answers
    try:
        with pytest.raises(FetchRefused, match="no answer within 0.5 s"):
            local_fetcher(timeout=0.5).fetch(f"http://127.0.0.1:{silent.getsockname()[1]}/")
    finally:
        threading.Thread(target=silent.close).start()


@pytest.fixture
def fetch_client(tmp_path: Path) -> Iterator[Any]:
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "API_KEYS": [WRITE_KEY], "RATE_LIMIT": 0,
                      "DOSSIER_PROCESSES": 0, "TESTING": True, "FETCH_ALLOWED_HOSTS": ["127.0.0.1"],
                      "MAX_FETCH_URLS": 5})
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {WRITE_KEY}"
    yield client
    app.extensions["store"].close()


def test_fetch_endpoint_reports_each_url(fetch_client: Any, site: Any) -> None:
    urls = [f"{site.base}/harbour-report.html", "http://10.0.0.1/internal", f"{site.base}/missing.html",
            "gopher://old.example/", f"{site.base}/picture-only.html"]
    response = fetch_client.post("/api/v1/articles/fetch", json={"urls": urls})
    assert response.status_code == 200
    report = response.get_json()
    assert (report["ingested"], report["unchanged"], report["failed"]) == (1, 0, 4)
    assert [(e["line"], e["status"]) for e in report["errors"]] == [(2, 422), (3, 422), (4, 422), (5, 422)]
    assert "a private address" in report["errors"][0]["detail"]
    assert "no main text" in report["errors"][3]["detail"]
    hit = fetch_client.get("/api/v1/search?q=harbour+master").get_json()["hits"][0]["article"]
    # the page's canonical URL, not the address it was fetched from
    assert hit["url"] == "https://coastline-courier.example/news/2024/03/ferry-port-aven-resumes"
    assert hit["outlet"] == "Coastline Courier"
    again = fetch_client.post("/api/v1/articles/fetch", json={"urls": urls[:1]}).get_json()
    assert (again["ingested"], again["unchanged"]) == (0, 1)


def test_fetched_page_without_canonical_url_keeps_its_address(fetch_client: Any, site: Any) -> None:
    report = fetch_client.post("/api/v1/articles/fetch", json={"urls": [f"{site.base}/redirect"]}).get_json()
    assert report["ingested"] == 1
    notice = fetch_client.post("/api/v1/articles/fetch", json={"urls": [f"{site.base}/bare-notice.html"]})
    assert notice.get_json()["ingested"] == 1
    hit = fetch_client.get("/api/v1/search?q=tankers").get_json()["hits"][0]["article"]
    assert hit["url"] == f"{site.base}/bare-notice.html"


@pytest.mark.parametrize(("body", "status", "detail"), [
    ({"urls": []}, 422, "urls"),
    ({"urls": ["http://a.example/"] * 6}, 422, "at most 5 URLs"),
    ({"urls": "http://a.example/"}, 422, "urls"),
    ({}, 422, "urls"),
    ([], 400, "expected a JSON object"),
])
def test_fetch_endpoint_rejects_bad_requests(fetch_client: Any, body: Any, status: int, detail: str) -> None:
    response = fetch_client.post("/api/v1/articles/fetch", json=body)
    assert response.status_code == status and response.mimetype == "application/problem+json"
    assert detail in json.dumps(response.get_json())


def test_fetch_endpoint_needs_a_write_key(app: Any) -> None:
    response = app.test_client().post("/api/v1/articles/fetch", json={"urls": ["http://a.example/"]})
    assert response.status_code == 401


def test_loopback_refused_by_default_in_the_api(client: Any, site: Any) -> None:
    report = client.post("/api/v1/articles/fetch", json={"urls": [f"{site.base}/harbour-report.html"]}).get_json()
    assert report["failed"] == 1 and "a loopback address" in report["errors"][0]["detail"]
    assert site.paths == []


def test_feed_url_gives_an_article_per_entry_and_is_idempotent(fetch_client: Any, site: Any) -> None:
    first = fetch_client.post("/api/v1/articles/fetch", json={"urls": [f"{site.base}/wire-feed.xml"]}).get_json()
    assert (first["ingested"], first["failed"]) == (3, 0), first
    # entry 1 carries its content; entries 2 and 3 hold a summary only, so their links were fetched
    assert "/lighthouse.html" not in site.paths
    assert {"/harbour-report.html", "/bare-notice.html"} <= set(site.paths)
    again = fetch_client.post("/api/v1/articles/fetch", json={"urls": [f"{site.base}/wire-feed.xml"]}).get_json()
    assert (again["ingested"], again["unchanged"], again["failed"]) == (0, 3, 0)
    lighthouse = fetch_client.get("/api/v1/search?q=lighthouse+keeper").get_json()["hits"][0]["article"]
    assert (lighthouse["outlet"], lighthouse["title"], lighthouse["published_at"]) == (
        "Island Wire", "Lighthouse keeper retires after forty years", "2024-03-04T09:00:00+00:00")
    ferry_id = fetch_client.get("/api/v1/search?q=harbour+master").get_json()["hits"][0]["article"]["id"]
    ferry = fetch_client.get(f"/api/v1/articles/{ferry_id}").get_json()
    assert ferry["author"] == "Marta Quill"  # from the fetched page: the entry names none
    assert ferry["external_id"] == "island-wire-0002"


def test_cli_ingests_urls_and_feed_files(runner: Any, site: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from service.cli import main

    monkeypatch.setenv("FACTCHECK_FETCH_ALLOWED_HOSTS", "127.0.0.0/8")
    feed = tmp_path / "wire.xml"
    feed.write_text((FIXTURES / "wire-feed.xml").read_text(encoding="utf-8").replace("{base}", site.base))
    result = runner.invoke(main, ["ingest", str(feed), f"{site.base}/jsonld-brief.html", f"{site.base}/data.json"])
    assert result.exit_code == 1
    assert "ingested 4, unchanged 0, failed 1" in result.output
    assert f"factcheck: {site.base}/data.json: content type 'application/json'" in result.stderr
    assert "ingest: 3/3 sources" in result.stderr  # plain progress lines: the runner is no terminal
    again = runner.invoke(main, ["ingest", "--quiet", str(feed)])
    assert "ingested 0, unchanged 3, failed 0" in again.output and "sources" not in again.stderr


def test_cli_refuses_loopback_urls_by_default(runner: Any, site: Any) -> None:
    from service.cli import main

    result = runner.invoke(main, ["ingest", "--quiet", f"{site.base}/harbour-report.html"])
    assert result.exit_code == 1 and "a loopback address" in result.stderr
    assert site.paths == []


def test_feed_file_entries_with_only_a_summary_and_no_fetch_allowed(runner: Any, tmp_path: Path) -> None:
    from service.cli import main

    feed = tmp_path / "wire.rss"
    feed.write_text((FIXTURES / "wire-feed.xml").read_text(encoding="utf-8").replace("{base}", "http://10.1.1.1"))
    result = runner.invoke(main, ["ingest", "--quiet", str(feed)])
    assert "ingested 1, unchanged 0, failed 2" in result.output
    assert "entry 2 (http://10.1.1.1/harbour-report.html): http://10.1.1.1/harbour-report.html: refused" \
        in result.stderr


def test_not_a_feed(runner: Any, tmp_path: Path) -> None:
    from service.cli import main

    bad = tmp_path / "notes.xml"
    bad.write_text("<notes><note>hello</note></notes>")
    result = runner.invoke(main, ["ingest", "--quiet", str(bad)])
    assert result.exit_code == 1 and "not an RSS or Atom feed" in result.stderr
