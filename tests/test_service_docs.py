"""Settings, OpenAPI and README stay true to the code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from service.errors import ValidationFailed
from service.settings import SETTINGS, load_settings, settings_table

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.env_name)
def test_every_setting_is_in_the_readme(setting: Any) -> None:
    assert f"`{setting.env_name}`" in README


def test_readme_configuration_table_is_generated_from_the_settings() -> None:
    start, end = README.index("<!-- settings:start -->"), README.index("<!-- settings:end -->")
    documented = README[start:end].split("\n", 1)[1].strip()
    assert documented == settings_table(), "regenerate it with: python -m service.settings"


def test_environment_overrides_defaults_and_test_mapping_overrides_both() -> None:
    values = load_settings({"FACTCHECK_PORT": "9000", "FACTCHECK_HOST": "0.0.0.0"}, {"HOST": "::1"})
    assert (values["PORT"], values["HOST"]) == (9000, "::1")


@pytest.mark.parametrize("env", [{"FACTCHECK_PORT": "eighty"}, {"FACTCHECK_BACKEND": "mongo"}])
def test_bad_settings_are_named(env: dict[str, str]) -> None:
    with pytest.raises(ValidationFailed) as raised:
        load_settings(env)
    assert set(raised.value.errors or {}) == set(env)


def test_openapi_lists_every_route(app: Any, client: Any) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue  # the workbench page (/) and its files are not part of the API
        if rule.endpoint in {"static", "meta.openapi"}:
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method.lower()) in documented, f"{method} {path} is not in the OpenAPI document"


def test_openapi_request_schema_is_the_validating_schema(client: Any) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    article_in = spec["components"]["schemas"]["ArticleIn"]
    assert "required" not in article_in  # either of two: text or html
    assert article_in["oneOf"] == [{"required": ["text"]}, {"required": ["html"]}]
    assert "published_at" in article_in["properties"]


def test_health_reports_backend_and_counts(client: Any) -> None:
    assert client.get("/api/v1/health").get_json() == {
        "status": "ok", "backend": "embedded", "articles": 0, "passages": 0, "facts_current": True, "warnings": []}


def test_docs_page_serves_swagger_ui_from_the_package_under_a_strict_policy(app: Any) -> None:
    client = app.test_client()  # no key: the documentation is open like openapi.json
    assert client.get("/docs").status_code == 302 and client.get("/docs").headers["Location"].endswith("/api/v1/docs")
    page = client.get("/api/v1/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy and "default-src 'none'" in policy
    assert "<script>" not in html and "http" not in html.replace('charset="utf-8"', "")  # no inline script, no CDN
    scripts = re.findall(r'<script src="([^"]+)"', html) + re.findall(r'<link rel="\w+"[^>]* href="([^"]+)"', html)
    assert len(scripts) == 5
    for src in scripts:
        asset = client.get("/api/v1/" + src)
        assert asset.status_code == 200 and asset.data, src
        assert asset.headers["X-Content-Type-Options"] == "nosniff"
        if src.endswith(".js"):
            assert asset.mimetype == "text/javascript"
    assert b"SwaggerUIBundle" in client.get("/api/v1/docs/assets/swagger-ui-bundle.js").data
    assert b"openapi.json" in client.get("/api/v1/docs/init.js").data
    missing = client.get("/api/v1/docs/assets/index.html")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"


def test_openapi_lists_the_review_endpoint_and_export_formats(client: Any) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    review = spec["paths"]["/dossiers/{dossier_id}/reviews"]["post"]
    assert {"201", "401", "403", "404", "422"} <= set(review["responses"])
    assert review["security"] == [{"bearer": []}]
    get = spec["paths"]["/dossiers/{dossier_id}"]["get"]["responses"]["200"]["content"]
    assert set(get) == {"application/json", "text/markdown", "application/ld+json"}
    dossier = spec["components"]["schemas"]["DossierDocument"]["properties"]
    assert {"review", "similar_dossiers", "verdict", "evidence"} <= set(dossier)
    listing = {p["name"] for p in spec["paths"]["/dossiers"]["get"]["parameters"]}
    assert {"q", "verdict", "review_state", "page", "size"} <= listing
