"""The fact-check workbench: a Flask API over an archive of news passages.

`create_app` owns the wiring: settings (defaults, then FACTCHECK_* environment variables, then
the test mapping), the store (built once, kept in `app.extensions["store"]`), the dossier worker
processes (`app.extensions["dossier_workers"]`, started on first use), the URL fetcher
(`app.extensions["fetcher"]`, its FETCH_* settings), the error handler, the API blueprints and
the workbench page (`service/web`, at `/`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    from service import web
    from service.api import register_api
    from service.dossier.workers import DossierWorkers
    from service.fetch import Fetcher, FetchPolicy
    from service.keys import ensure_key_file
    from service.settings import load_settings
    from service.stores import build_store

    app = Flask(__name__)
    app.config.from_mapping(load_settings(overrides=test_config))
    app.json.sort_keys = False  # type: ignore[attr-defined]
    logging.basicConfig(level=app.config["LOG_LEVEL"])
    if not app.config["API_KEYS"]:
        key, _ = ensure_key_file(app.config["DATA_DIR"])
        app.config["API_KEYS"] = [key]
    app.extensions["store"] = build_store(app.config)
    app.extensions["dossier_workers"] = DossierWorkers(app.config["DOSSIER_PROCESSES"])
    app.extensions["fetcher"] = Fetcher(FetchPolicy.from_config(app.config))
    register_api(app)
    app.register_blueprint(web.blueprint)
    return app
