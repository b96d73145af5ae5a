"""Every setting of the service, declared once.

This table is the single source for the code (`load_settings`), `factcheck --help` and the
README's configuration table (a test fails when the README misses one).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from service.errors import ValidationFailed


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"expected a boolean (1/0, true/false), got {value!r}")


def _list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str
    env: str = ""

    @property
    def env_name(self) -> str:
        return self.env or f"FACTCHECK_{self.name}"


MiB = 1024 * 1024

SETTINGS: tuple[Setting, ...] = (
    Setting("BACKEND", "embedded", "Storage backend: `embedded` (SQLite + tantivy) or `elasticsearch`."),
    Setting("DATA_DIR", "./data", "Directory of the embedded backend's SQLite database and tantivy index."),
    Setting("HOST", "127.0.0.1", "Address `factcheck serve` listens on."),
    Setting("PORT", 8080, "Port `factcheck serve` listens on.", int),
    Setting("WORKERS", 1, "gunicorn worker processes (the embedded backend always uses 1).", int),
    Setting("THREADS", 8, "Threads per gunicorn worker.", int),
    Setting("DOSSIER_PROCESSES", 2, "Processes per server worker that assess dossiers (pure Python, so they use "
            "other cores than the request threads' GIL; 2 suits a 2-core machine). `0`: assess in the request "
            "thread.", int),
    Setting("INGEST_PROCESSES", 2, "Processes per server worker that analyze bulk ingests (at most one per core; "
            "started by the first bulk of more than 50 articles, niced) while the request's thread stores. `0`: "
            "analyze in the request thread.", int),
    Setting("MAX_BODY_BYTES", 2 * MiB, "Largest request body, except bulk ingest (413 above).", int),
    Setting("MAX_BULK_BYTES", 64 * MiB, "Largest `POST /articles/bulk` body (413 above).", int),
    Setting("MAX_BULK_ARTICLES", 10_000, "Most articles in one bulk request.", int),
    Setting("MAX_QUERY_CHARS", 1_000, "Longest search query `q`.", int),
    Setting("MAX_CLAIM_CHARS", 2_000, "Longest dossier claim.", int),
    Setting("MAX_PAGE_SIZE", 100, "Largest `size` of a search or listing page.", int),
    Setting("MAX_RESULT_WINDOW", 10_000, "Deepest result reachable by paging (page × size).", int),
    Setting("ELASTICSEARCH_URL", "http://localhost:9200", "Elasticsearch URL (backend `elasticsearch`).",
            env="ELASTICSEARCH_URL"),
    Setting("ELASTICSEARCH_API_KEY", "", "Elasticsearch API key (encoded form).", env="ELASTICSEARCH_API_KEY"),
    Setting("ELASTICSEARCH_USERNAME", "", "Elasticsearch basic-auth user.", env="ELASTICSEARCH_USERNAME"),
    Setting("ELASTICSEARCH_PASSWORD", "", "Elasticsearch basic-auth password.", env="ELASTICSEARCH_PASSWORD"),
    Setting("ELASTICSEARCH_CA_CERTS", "", "Path of a CA certificate bundle for Elasticsearch TLS.",
            env="ELASTICSEARCH_CA_CERTS"),
    Setting("ELASTICSEARCH_CONNECT_ATTEMPTS", 5, "Tries to reach Elasticsearch at start (backoff 1, 2, 4… s) "
            "before giving up with one error line.", int, env="ELASTICSEARCH_CONNECT_ATTEMPTS"),
    Setting("INDEX_PREFIX", "factcheck", "Prefix of the Elasticsearch index and alias names."),
    Setting("LOG_LEVEL", "INFO", "Logging level of the service."),
    Setting("API_KEYS", [], "Comma-separated keys allowed to write (and read). Unset: a key is generated on first "
            "start and kept in `DATA_DIR/api-key` (mode 0600).", _list),
    Setting("READ_KEYS", [], "Comma-separated keys allowed to read only (writes answer 403).", _list),
    Setting("READ_REQUIRES_KEY", False, "`1`: reads need a key too (health and openapi.json stay open).", _bool),
    Setting("CORS_ORIGINS", [], "Comma-separated origins allowed by CORS; empty: CORS off.", _list),
    Setting("FETCH_ALLOWED_HOSTS", [], "Comma-separated hosts and networks (CIDR) that URL fetching may reach "
            "although they are loopback, private, link-local or otherwise not public (refused by default: SSRF).",
            _list),
    Setting("FETCH_TIMEOUT", 15.0, "Seconds one URL fetch may take in all (redirects and body included).", float),
    Setting("FETCH_MAX_BYTES", 5 * MiB, "Largest page or feed a URL fetch reads (413 above).", int),
    Setting("FETCH_MAX_REDIRECTS", 5, "Most redirects one URL fetch follows (each target is checked again).", int),
    Setting("FETCH_USER_AGENT", "factcheck-workbench/0.1 (fact-check archive ingest)",
            "User-Agent header of URL fetches."),
    Setting("MAX_FETCH_URLS", 50, "Most URLs in one `POST /articles/fetch` request.", int),
    Setting("PUBLIC_URL", "", "The workbench's public address (`https://factcheck.example.org`): dossier page links "
            "in exports are `PUBLIC_URL/#/dossiers/{id}`. Empty: the address the request came to."),
    Setting("PUBLISHER_NAME", "Fact-check workbench", "The `author` (an Organization) of ClaimReview exports."),
    Setting("PUBLISHER_URL", "", "The `author.url` of ClaimReview exports; empty: none."),
    Setting("RATE_LIMIT", 1200, "Requests per minute per key (or per address without one); `0` turns it off.", int),
)

SETTINGS_BY_NAME = {s.name: s for s in SETTINGS}


def load_settings(environ: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults, then environment variables, then explicit overrides (e.g. a test mapping)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for setting in SETTINGS:
        values[setting.name] = copy.copy(setting.default)
        raw = environ.get(setting.env_name)
        if raw is not None:
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as exc:
                problems[setting.env_name] = [str(exc)]
    for key, value in (overrides or {}).items():
        values[key] = value
    if problems:
        raise ValidationFailed("invalid configuration", errors=problems)
    backend = values["BACKEND"]
    if backend not in {"embedded", "elasticsearch"}:
        raise ValidationFailed(
            "invalid configuration",
            errors={"FACTCHECK_BACKEND": [f"must be 'embedded' or 'elasticsearch', not {backend!r}"]},
        )
    return values


def _shown(default: Any) -> str:
    if isinstance(default, bool):
        return "1" if default else "0"
    if isinstance(default, list):
        return ",".join(default)
    return str(default)


def settings_table() -> str:
    """The README's configuration table (`python -m service.settings` prints it)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.env_name}` | `{_shown(s.default)}` | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)


if __name__ == "__main__":
    print(settings_table())
