"""The workbench page: one HTML page at `/`, its script and its style, shipped in the package.

The page holds no data: its script reads everything from /api/v1 with the key the user types
(kept in the browser's localStorage), so the page and its files are open like /health. Its own
Content-Security-Policy allows scripts, styles and fetches from this origin only: no inline
script, no inline event handler, no other host.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template

blueprint = Blueprint("web", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/assets")

PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@blueprint.get("/")
def index() -> Response:
    response = Response(render_template("index.html"), mimetype="text/html")
    response.headers["Content-Security-Policy"] = PAGE_CSP
    response.headers["Cache-Control"] = "no-cache"
    return response
