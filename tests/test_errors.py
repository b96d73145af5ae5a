"""Every error leaves as RFC 7807 problem+json with the same shape, and no internals."""

from __future__ import annotations

from typing import Any

import pytest

API = "/api/v1"


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("post", "/articles", {"data": "{", "content_type": "application/json"}, 400),
        ("get", "/nowhere", {}, 404),
        ("get", "/articles/does-not-exist", {}, 404),
        ("put", "/articles", {}, 405),
        ("get", "/health", {"headers": {"Accept": "application/pdf"}}, 406),
        ("post", "/dossiers", {"data": '{"claim": "x"}', "content_type": "text/plain"}, 415),
        ("post", "/articles", {"json": {"text": 5}}, 422),
        ("get", "/search?size=0", {}, 422),
        ("post", "/articles", {"data": "x" * (3 * 1024 * 1024), "content_type": "application/json"}, 413),
    ],
)
def test_error_shape(client: Any, method: str, path: str, kwargs: dict[str, Any], status: int) -> None:
    assert_problem(getattr(client, method)(API + path, **kwargs), status)


def test_conflict_shape(client: Any) -> None:
    client.post(f"{API}/articles", json={"text": "one", "external_id": "x"})
    assert_problem(client.post(f"{API}/articles", json={"text": "two", "external_id": "x"}), 409)


def test_validation_errors_name_fields(client: Any) -> None:
    body = assert_problem(client.get(f"{API}/search?page=0&sort=sideways"), 422)
    assert set(body["errors"]) == {"page", "sort"}


def test_method_not_allowed_lists_allowed_methods(client: Any) -> None:
    response = client.patch(f"{API}/articles/{'0' * 20}")
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


def test_unexpected_exception_is_a_bare_500(app: Any, client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = app.extensions["store"]

    def explode() -> None:
        raise RuntimeError("secret engine detail /var/lib/x")

    monkeypatch.setattr(store, "stats", explode)
    body = assert_problem(client.get(f"{API}/health"), 500)
    assert "secret" not in body["detail"]
