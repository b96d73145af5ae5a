"""Article payloads from files and folders, for `factcheck ingest`.

    NAME.txt / NAME.md   the text; NAME.meta.json beside it may carry the other article fields
    NAME.html / NAME.htm a saved web page (its main text and metadata: service.pages); a sidecar too
    NAME.xml/.rss/.atom  an RSS or Atom feed: one article per entry (service.feeds); an entry that
                         holds only a summary has its link fetched when a page fetcher is given
    NAME.json            one article object, or an array of them
    NAME.jsonl           one article object a line
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from service.errors import FactcheckError
from service.feeds import PagePayload, feed_entries
from service.jsontext import JSONNotAccepted, parse_json
from service.pages import decode_html

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SIDECAR = ".meta.json"


class FileProblem(ValueError):
    """A file or line that cannot become an article payload (`status`: the HTTP status it stands for)."""

    def __init__(self, detail: str, status: int = 400) -> None:
        super().__init__(detail)
        self.status = status


Payload = tuple[str, dict[str, Any] | FileProblem]  # (where, payload or problem)


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Ingestable files named directly or found below named folders, in sorted order."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise FileProblem(f"{path}: no such file or directory")
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        found.extend(p for p in candidates if _ingestable(p, named=not path.is_dir()))
    return found


def _ingestable(path: Path, named: bool) -> bool:
    if path.name.endswith(SIDECAR) or path.name.lower() == "readme.md" and not named:
        return False
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".json", ".jsonl"}


def read_payloads(files: Iterable[Path], fetch_page: PagePayload | None = None) -> Iterator[Payload]:
    """Each file's payloads (a feed's entries' links fetched by `fetch_page`, when given)."""
    for path in files:
        suffix = path.suffix.lower()
        try:
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                yield str(path), _text_payload(path)
            elif suffix in FEED_SUFFIXES:
                yield from _feed_payloads(path, fetch_page)
            elif suffix == ".jsonl":
                yield from _jsonl_payloads(path)
            else:
                yield from _json_payloads(path)
        except FileProblem as exc:
            yield str(path), exc


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FileProblem(f"not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None


def _text_payload(path: Path) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    sidecar = path.with_name(path.name[: -len(path.suffix)] + SIDECAR)
    if sidecar.exists():
        try:
            meta = parse_json(_read_text(sidecar))
        except json.JSONDecodeError as exc:
            raise FileProblem(f"sidecar {sidecar.name} is not valid JSON: {exc.msg}") from None
        except JSONNotAccepted as exc:
            raise FileProblem(f"sidecar {sidecar.name} is not accepted: {exc}") from None
        if not isinstance(meta, dict):
            raise FileProblem(f"sidecar {sidecar.name} must hold a JSON object")
        payload.update(meta)
    if path.suffix.lower() in HTML_SUFFIXES:
        payload["html"] = decode_html(_read_bytes(path))  # no server states a saved page's charset: detected
    else:
        payload["text"] = _read_text(path)
    return payload


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None


def _feed_payloads(path: Path, fetch_page: PagePayload | None) -> Iterator[Payload]:
    try:
        for where, payload in feed_entries(_read_bytes(path), str(path), fetch_page):
            yield where, FileProblem(payload.detail, payload.status) if isinstance(payload, FactcheckError) else payload
    except FactcheckError as exc:
        raise FileProblem(exc.detail, exc.status) from None


def _json_payloads(path: Path) -> Iterator[Payload]:
    try:
        data = parse_json(_read_text(path))
    except json.JSONDecodeError as exc:
        raise FileProblem(f"not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except JSONNotAccepted as exc:
        raise FileProblem(f"not accepted: {exc}") from None
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, 1):
        where = f"{path}[{number}]" if isinstance(data, list) else str(path)
        yield where, item if isinstance(item, dict) else FileProblem("expected a JSON object")


def _jsonl_payloads(path: Path) -> Iterator[Payload]:
    for number, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = parse_json(line)
        except json.JSONDecodeError as exc:
            yield where, FileProblem(f"not valid JSON: {exc.msg}")
            continue
        except JSONNotAccepted as exc:
            yield where, FileProblem(f"not accepted: {exc}")
            continue
        yield where, item if isinstance(item, dict) else FileProblem("expected a JSON object")
