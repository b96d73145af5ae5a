"""`factcheck serve`: the app under gunicorn, a production WSGI server.

The embedded backend keeps one tantivy writer, so it runs one worker process with threads;
on Elasticsearch the service is stateless and FACTCHECK_WORKERS processes may share the work.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from gunicorn.app.base import BaseApplication

from service.collector import settle_collector
from service.errors import FactcheckError
from service.keys import KEY_FILE, ensure_key_file
from service.settings import load_settings
from service.stores import store_warnings
from service.text.tables import load_tables

log = logging.getLogger(__name__)


class WorkbenchServer(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from service import create_app

        app = create_app()
        settle_collector()
        threading.Thread(target=_warm_up, args=(app,), name="warm-up", daemon=True).start()
        return app


def _warm_up(app: Any) -> None:
    """While the server waits for its first request: load the tables its request threads read and
    start its dossier workers, which load theirs (the first dossier of a cold server took 1.7 s,
    the next 0.05 s; docs/benchmarks.md)."""
    workers = threading.Thread(target=app.extensions["dossier_workers"].start_all, name="warm-up-workers", daemon=True)
    workers.start()  # they load their tables in their own processes meanwhile
    try:
        for warning in store_warnings(app.extensions["store"].stats()):
            log.warning(warning)
    except FactcheckError as exc:  # health says so too; the server serves what it can
        log.warning("could not read the store's stats at start: %s", exc.detail)
    load_tables()
    workers.join()


def _announce_key(settings: dict[str, Any]) -> None:
    """On first start, print the generated write key once; later, say where it is kept."""
    if settings["API_KEYS"]:
        return
    key, generated = ensure_key_file(settings["DATA_DIR"])
    path = Path(settings["DATA_DIR"]) / KEY_FILE
    if generated:
        print(f"Generated an API key for writes (kept in {path}, mode 0600):\n\n    {key}\n\n"
              f"Send it as 'Authorization: Bearer <key>'.", flush=True)
    else:
        print(f"Writes need the API key kept in {path}.", flush=True)


def _close_store(worker: Any) -> None:
    app = getattr(worker, "wsgi", None)
    extensions = getattr(app, "extensions", {}) if app is not None else {}
    if extensions.get("dossier_workers") is not None:
        extensions["dossier_workers"].close()
    if extensions.get("store") is not None:
        extensions["store"].close()


def check_address(host: str, port: int) -> None:
    """Fail at once, with one line, when the address cannot be listened on: gunicorn would retry
    five times a second apart, after we had generated a key for a server that never starts."""
    import socket

    if not 0 < port < 65536:
        raise FactcheckError(f"cannot listen on {host}:{port}: a port is a number from 1 to 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
            probe.bind(address)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise FactcheckError(f"cannot listen on {host}:{port}: {reason}") from None


def serve(host: str | None = None, port: int | None = None) -> None:
    settings = load_settings()
    host, port = host or settings["HOST"], port or settings["PORT"]
    check_address(host, port)
    if settings["BACKEND"] != "embedded":
        # Fail here with one line, not in every worker: a wrong URL or credentials at start.
        from service.stores import build_store

        build_store(settings).close()
    _announce_key(settings)
    embedded = settings["BACKEND"] == "embedded"
    options = {
        "bind": f"{host}:{port}",
        "workers": 1 if embedded else max(1, settings["WORKERS"]),
        "threads": max(1, settings["THREADS"]),
        "worker_class": "gthread",
        "timeout": 120,
        "graceful_timeout": 10,
        "accesslog": "-",
        "loglevel": settings["LOG_LEVEL"].lower(),
        "worker_exit": lambda server, worker: _close_store(worker),
    }
    WorkbenchServer(options).run()
