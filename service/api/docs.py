"""GET /api/v1/docs: Swagger UI on /api/v1/openapi.json, its assets from the swagger-ui-bundle
package (no CDN); GET /docs redirects there."""

from __future__ import annotations

import functools
import mimetypes
from importlib import resources

from flask import Blueprint, Response, redirect, url_for
from swagger_ui_bundle import swagger_ui_path

from service.errors import NotFound

blueprint = Blueprint("apidocs", __name__)
shortcut = Blueprint("apidocs_shortcut", __name__)

PAGE = resources.files("service") / "apidocs"
ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png",
          "favicon-16x16.png")
# Scripts and styles from this server only; Swagger UI sets inline style attributes (React) and
# shows its logo as a data: image, and fetches the OpenAPI document from here.
DOCS_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; "
               "frame-ancestors 'none'")


def _with_policy(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = DOCS_POLICY
    return response


@blueprint.get("/docs")
def page() -> Response:
    return _with_policy(Response(PAGE.joinpath("index.html").read_text(encoding="utf-8"), mimetype="text/html"))


@blueprint.get("/docs/init.js")
def init_script() -> Response:
    return _with_policy(Response(PAGE.joinpath("init.js").read_text(encoding="utf-8"),
                                 mimetype="text/javascript"))


@blueprint.get("/docs/assets/<name>")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise NotFound(f"no such documentation asset: {name}")
    response = Response(_asset(name), mimetype=mimetypes.guess_type(name)[0] or "application/octet-stream")
    response.cache_control.max_age = 86400
    response.cache_control.public = True
    return _with_policy(response)


@functools.cache
def _asset(name: str) -> bytes:
    """An asset's bytes, read once (five files, 1.9 MB in all)."""
    return (swagger_ui_path / name).read_bytes()


@shortcut.get("/docs")
def to_docs() -> Response:
    return redirect(url_for("apidocs.page"), code=302)  # type: ignore[return-value]
