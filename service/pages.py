"""HTML pages become article text and metadata, by trafilatura (main text) and htmldate (dates).

    HTML ─► lxml tree ─► trafilatura.bare_extraction (main text; comments, navigation and other
                         page furniture left out) ─► text
                     └─► the page's own metadata: title, author, publication date (htmldate,
                         from markup only), site name → outlet, canonical URL, language (<html lang>)

Only what the page states is filled: the date search does not read dates out of the prose
(htmldate's `extensive_search` off), and a site name that trafilatura would derive from the
URL's host when the page names none is dropped. The caller's own fields win over all of these
(service.ingest).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, fields
from typing import Any

from service.errors import ValidationFailed

# C0/C1 controls other than tab and newlines: a page may carry them (invalid HTML), text may not.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_MAX_FIELD = {"title": 1000, "author": 500, "outlet": 200}
_DATE_PARAMS = {"original_date": True, "extensive_search": False}

# trafilatura and htmldate log every page they find little in at WARNING/ERROR: not our errors.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Page:
    """The main text of a page and the metadata it states (None where it states nothing)."""

    text: str
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None

    def metadata(self) -> dict[str, str]:
        """The stated fields, by article field name."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name != "text" and getattr(self, f.name) is not None}


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Bytes of a page as text: the charset its server or file declares, else a detected one."""
    from trafilatura.utils import decode_file

    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    return decode_file(data)


def read_page(html: str, base_url: str | None = None) -> Page:
    """The main text and stated metadata of an HTML page; 422 when it has no main text."""
    import trafilatura
    from trafilatura.utils import load_html

    if not _encodable(html):  # lxml would silently cut the page at it
        raise ValidationFailed("the HTML holds a lone surrogate (not a Unicode character)")
    try:
        tree = load_html(html)
        document = None if tree is None else trafilatura.bare_extraction(
            tree, url=base_url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS))
    except Exception as exc:  # noqa: BLE001 - a third-party parser on arbitrary input: any failure is "unreadable"
        raise ValidationFailed(f"the HTML could not be read ({type(exc).__name__})") from None
    text = _CONTROL.sub("", getattr(document, "text", None) or "").strip()
    if not text:
        raise ValidationFailed("the HTML page has no main text to ingest")
    return Page(text=text, title=_field(document.title, "title"), author=_field(document.author, "author"),
                published_at=_date(document.date), outlet=_outlet(document), url=_url(document.url),
                language=_language(tree))


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _field(value: Any, name: str) -> str | None:
    if not isinstance(value, str) or not _encodable(value):
        return None
    value = _CONTROL.sub("", value).strip()
    return value[: _MAX_FIELD[name]] or None


def _date(value: Any) -> str | None:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def _outlet(document: Any) -> str | None:
    """The site name the page states; not the one trafilatura makes of the URL's host without it."""
    from trafilatura.metadata import META_URL

    name = _field(document.sitename, "outlet")
    from_host = META_URL.match(document.url) if isinstance(document.url, str) else None
    if name is None or (from_host is not None and name == from_host[1]):
        return None
    return name


def _url(value: Any) -> str | None:
    if isinstance(value, str) and _URL.match(value) and not _CONTROL.search(value) and _encodable(value):
        return value
    return None


def _language(tree: Any) -> str | None:
    """The language the page declares: <html lang>, else a Content-Language meta."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath('//meta[translate(@http-equiv, "CONTENTLAG", "contentlag")="content-language"]/@content')
    for value in candidates:
        value = (value or "").split(",")[0].strip()
        if _LANGUAGE.match(value) and len(value) <= 35:
            return value
    return None
