"""RSS and Atom feeds become article payloads, one per entry (feedparser reads the feed).

    feed bytes ─► feedparser ─► entry ─► its full content as `html` (or `text`), when it carries one
                                     └─► only a summary: its link fetched (service.fetch, same rules
                                         as any URL), the page as `html`
               every payload: external_id = the entry's id (guid), else its link, so a re-run
               reaches the same articles; title, author, published_at, url from the entry, outlet
               and language from the feed, where they are stated.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from service.errors import FactcheckError, ValidationFailed

PagePayload = Callable[[str], dict[str, Any]]  # an entry's link → {"html": ..., "base_url": ...}
EntryPayload = tuple[str, dict[str, Any] | FactcheckError]  # (where: the entry, payload or problem)

_MAX_EXTERNAL_ID = 256  # ArticleInSchema's limit


def feed_entries(data: bytes, where: str, fetch_page: PagePayload | None) -> Iterator[EntryPayload]:
    """Each entry's payload, or the problem that stops it; 422 when `data` is no feed at all."""
    import feedparser

    # A stream, never a string: feedparser fetches a string that looks like a URL by itself.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise ValidationFailed(f"{where}: not an RSS or Atom feed with entries")
    feed = parsed.feed
    common = {"outlet": _clean(feed.get("title"), 200), "language": _language(feed.get("language"))}
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        name = f"{where} entry {number}" + (f" ({link})" if link else "")
        try:
            yield name, _entry_payload(entry, common, fetch_page)
        except FactcheckError as exc:
            yield name, exc


def _entry_payload(entry: Any, common: dict[str, Any], fetch_page: PagePayload | None) -> dict[str, Any]:
    link = entry.get("link") if _is_http(entry.get("link")) else None
    fields = {
        **common,
        "external_id": _external_id(entry.get("id") or link),
        "title": _clean(entry.get("title"), 1000),
        "author": _clean(entry.get("author"), 500),
        "published_at": _when(entry.get("published_parsed") or entry.get("updated_parsed")),
        "url": link,
    }
    content = next((c for c in entry.get("content", []) if (c.get("value") or "").strip()), None)
    if content is not None:
        if "html" in (content.get("type") or ""):
            # a fragment: trafilatura reads whole documents
            body = {"html": f"<html><body><article>{content['value']}</article></body></html>"}
        else:
            body = {"text": content["value"]}
    elif link is None:
        raise ValidationFailed("the entry has no content and no http(s) link to fetch it from")
    elif fetch_page is None:
        raise ValidationFailed(f"the entry holds only a summary; its link {link} is not fetched here")
    else:
        body = fetch_page(link)
    return {**{k: v for k, v in fields.items() if v is not None}, **body}


def _external_id(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if len(value) > _MAX_EXTERNAL_ID:
        return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()
    return value


def _clean(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:limit] or None


def _language(value: Any) -> str | None:
    value = _clean(value, 35)
    return value if value is not None and len(value) >= 2 else None


def _when(parsed: Any) -> str | None:
    """feedparser's UTC time tuple as an ISO datetime."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _is_http(value: Any) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))
