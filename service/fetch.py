"""Fetching web pages and feeds to ingest, without letting a URL reach inside the network (SSRF).

    URL ─► http(s) only ─► resolve its host (`resolve_host`: getaddrinfo)
        ─► every address public, or allowed by FETCH_ALLOWED_HOSTS? else 422 naming the reason
        ─► GET from the checked address itself (Host header and TLS SNI keep the name, so a second
           DNS answer cannot swap in another address between check and connect)
        ─► a redirect: its target goes through all of the above, at most FETCH_MAX_REDIRECTS times
        ─► status 2xx, an HTML or feed content type, at most FETCH_MAX_BYTES, all within FETCH_TIMEOUT

Redirects are followed here rather than by httpx, because each hop needs the address check. The
addresses refused are those `ipaddress` does not call global, and multicast; an IPv6 address
that carries an IPv4 one (mapped, 6to4, NAT64, Teredo) is judged by that one too.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from service.errors import FactcheckError, FetchRefused, PayloadTooLarge

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]
Payload = tuple[str, dict[str, Any] | FactcheckError]  # (where: the URL or feed entry, payload or problem)


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses a host name resolves to (tests replace this with a stub: no DNS traffic)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class FetchPolicy:
    """What fetching may do: the FETCH_* settings."""

    allowed_hosts: frozenset[str] = frozenset()
    allowed_networks: tuple[Network, ...] = ()
    timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "factcheck-workbench"

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> FetchPolicy:
        hosts, networks = _allowed(config["FETCH_ALLOWED_HOSTS"])
        return cls(hosts, networks, float(config["FETCH_TIMEOUT"]), int(config["FETCH_MAX_BYTES"]),
                   int(config["FETCH_MAX_REDIRECTS"]), str(config["FETCH_USER_AGENT"]))


def _allowed(entries: Iterable[str]) -> tuple[frozenset[str], tuple[Network, ...]]:
    hosts: set[str] = set()
    networks: list[Network] = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            hosts.add(entry.strip().lower().rstrip("."))
    return frozenset(hosts), tuple(networks)


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the URL it was finally read from, its media type, charset and bytes."""

    url: str
    media_type: str
    charset: str | None
    body: bytes

    @property
    def is_feed(self) -> bool:
        return self.media_type in FEED_TYPES


def refusal_reason(address: Address) -> str | None:
    """Why an address may not be fetched from (None: it is public)."""
    embedded = _embedded_ipv4(address)
    for checked in (*embedded, address):  # the IPv4 address it carries names the reason best
        for attribute, reason in (("is_unspecified", "unspecified"), ("is_loopback", "loopback"),
                                  ("is_link_local", "link-local"), ("is_multicast", "multicast"),
                                  ("is_private", "private"), ("is_reserved", "reserved")):
            if getattr(checked, attribute):
                return reason
        if not checked.is_global:
            return "non-public"
    return None


def _embedded_ipv4(address: Address) -> list[ipaddress.IPv4Address]:
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    found = [address.ipv4_mapped, address.sixtofour, address.teredo[1] if address.teredo else None]
    if address in _NAT64:
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [a for a in found if a is not None]


class Fetcher:
    """Fetches one URL at a time under a `FetchPolicy`. `resolver` and `transport` are for tests."""

    def __init__(self, policy: FetchPolicy, resolver: Resolver | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self._resolver = resolver
        self._transport = transport

    def fetch(self, url: str, accept: frozenset[str] = HTML_TYPES | FEED_TYPES) -> Fetched:
        """The document at `url` (after redirects), or FetchRefused / PayloadTooLarge."""
        deadline = time.monotonic() + self.policy.timeout
        current = _parse(url)
        with httpx.Client(transport=self._transport, follow_redirects=False, trust_env=False,
                          headers={"User-Agent": self.policy.user_agent}) as client:
            for hop in range(self.policy.max_redirects + 1):
                try:
                    address = self.checked_address(current)
                except FetchRefused as exc:
                    if hop == 0:
                        raise
                    raise FetchRefused(f"{url} redirected to {exc.detail}") from None
                try:
                    response = client.send(self._request(client, current, address, deadline), stream=True)
                except httpx.TimeoutException:
                    raise FetchRefused(f"{url}: no answer within {self.policy.timeout:g} s") from None
                except httpx.HTTPError as exc:
                    raise FetchRefused(f"{url}: could not be fetched ({type(exc).__name__})") from None
                try:
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECTS and location:
                        current = _parse(str(current.join(location)), original=url)
                        continue
                    return self._document(url, current, response, accept, deadline)
                finally:
                    response.close()
        raise FetchRefused(f"{url}: more than {self.policy.max_redirects} redirects")

    def checked_address(self, url: httpx.URL) -> str:
        """The address to connect to for `url`'s host, once every address it resolves to passed."""
        host = url.host.rstrip(".").lower()
        port = url.port or (443 if url.scheme == "https" else 80)
        resolver = self._resolver or resolve_host  # looked up per call, so tests can replace it
        try:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolver(host, port)]
        except (OSError, UnicodeError, ValueError):
            raise FetchRefused(f"{url}: the host {host!r} does not resolve") from None
        if not addresses:
            raise FetchRefused(f"{url}: the host {host!r} does not resolve")
        if host in self.policy.allowed_hosts:
            return str(addresses[0])
        for address in addresses:
            if any(address in network for network in self.policy.allowed_networks):
                continue
            reason = refusal_reason(address)
            if reason is not None:
                raise FetchRefused(f"{url}: refused: {host} resolves to {address}, a {reason} address "
                                   "(FACTCHECK_FETCH_ALLOWED_HOSTS lists hosts and networks allowed anyway)")
        return str(addresses[0])

    def _request(self, client: httpx.Client, url: httpx.URL, address: str, deadline: float) -> httpx.Request:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchRefused(f"{url}: no answer within {self.policy.timeout:g} s")
        return client.build_request(
            "GET", url.copy_with(host=address), timeout=httpx.Timeout(remaining),
            headers={"Host": url.netloc.decode("ascii"),
                     "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                               "application/xml;q=0.9, */*;q=0.1"},
            extensions={"sni_hostname": url.host})

    def _document(self, original: str, url: httpx.URL, response: httpx.Response, accept: frozenset[str],
                  deadline: float) -> Fetched:
        if not response.is_success:
            raise FetchRefused(f"{original}: the server answered {response.status_code}")
        media_type, _, params = response.headers.get("content-type", "").partition(";")
        media_type = media_type.strip().lower()
        if media_type not in accept:
            raise FetchRefused(f"{original}: content type {media_type or 'missing'!r} is not an HTML page or a feed")
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"{original}: the document is larger than {limit} bytes")
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise PayloadTooLarge(f"{original}: the document is larger than {limit} bytes")
                if time.monotonic() > deadline:
                    raise FetchRefused(f"{original}: not read within {self.policy.timeout:g} s")
        except httpx.TimeoutException:
            raise FetchRefused(f"{original}: not read within {self.policy.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchRefused(f"{original}: could not be read ({type(exc).__name__})") from None
        return Fetched(str(url), media_type, response.charset_encoding, bytes(body))


def _parse(url: str, original: str | None = None) -> httpx.URL:
    where = original or url
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise FetchRefused(f"{where}: not a valid URL") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        hop = "" if original is None else f" (redirected to {url})"
        raise FetchRefused(f"{where}{hop}: only http and https URLs with a host are fetched")
    return parsed


def is_url(source: str) -> bool:
    """Whether a `factcheck ingest` argument names a URL rather than a path."""
    return source.lower().startswith(("http://", "https://"))


def page_payload(fetcher: Fetcher, url: str) -> dict[str, Any]:
    """The article payload of the HTML page at `url` (a feed entry's link)."""
    from service.pages import decode_html

    fetched = fetcher.fetch(url, accept=HTML_TYPES)
    return {"html": decode_html(fetched.body, fetched.charset), "base_url": fetched.url}


def url_payloads(fetcher: Fetcher, url: str) -> Iterator[Payload]:
    """The payload of the page at `url`, or one per entry when it is a feed."""
    from service.feeds import feed_entries
    from service.pages import decode_html

    fetched = fetcher.fetch(url)
    if fetched.is_feed:
        yield from feed_entries(fetched.body, url, lambda link: page_payload(fetcher, link))
    else:
        yield url, {"html": decode_html(fetched.body, fetched.charset), "base_url": fetched.url}
