"""The workbench page at /: served from the package, open like /health, under its own CSP."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from service import create_app
from tests.conftest import WRITE_KEY

WEB = Path(__file__).resolve().parent.parent / "service" / "web"


def test_the_page_is_served_with_a_csp_that_forbids_inline_script(anon_client: Any) -> None:
    response = anon_client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    csp = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert csp["default-src"] == "'none'" and csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert csp["connect-src"] == "'self'" and csp["frame-ancestors"] == "'none'"
    assert "unsafe" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY" and response.headers["X-Content-Type-Options"] == "nosniff"
    body = response.get_data(as_text=True)
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/assets/workbench.js" defer>']
    assert not re.search(r"\son[a-z]+=", body) and "style=" not in body  # nothing the CSP would block


@pytest.mark.parametrize(("asset", "mimetype"), [("/assets/workbench.js", "text/javascript"),
                                                 ("/assets/workbench.css", "text/css")])
def test_the_assets_are_served_from_the_package(anon_client: Any, asset: str, mimetype: str) -> None:
    with anon_client.get(asset) as response:
        assert response.status_code == 200 and response.mimetype == mimetype


def test_the_api_keeps_its_own_stricter_policy(anon_client: Any) -> None:
    assert anon_client.get("/api/v1/health").headers["Content-Security-Policy"] == \
        "default-src 'none'; frame-ancestors 'none'"
    missing = anon_client.get("/assets/nothing.js")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"


def test_the_page_stays_open_when_reads_need_a_key(tmp_path: Path) -> None:
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "API_KEYS": [WRITE_KEY], "READ_REQUIRES_KEY": True,
                      "RATE_LIMIT": 0, "DOSSIER_PROCESSES": 0})
    try:
        client = app.test_client()
        assert client.get("/").status_code == 200
        with client.get("/assets/workbench.js") as script:
            assert script.status_code == 200
        assert client.get("/api/v1/search?q=drones").status_code == 401
    finally:
        app.extensions["store"].close()


def test_the_script_never_writes_html() -> None:
    """Text goes in as text: the script has no innerHTML, outerHTML, insertAdjacentHTML,
    document.write or eval to misuse (tests/browser checks hostile text in the views)."""
    script = (WEB / "static" / "workbench.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink
