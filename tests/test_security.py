"""Write access needs a key; limits, CORS and security headers."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from service import create_app
from service.api.security import RateLimiter
from service.keys import KEY_FILE
from tests.conftest import READ_KEY, WRITE_KEY

API = "/api/v1"
ARTICLE = {"text": "A drone hit the base."}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("post", "/articles", ARTICLE), ("post", "/articles/bulk", [ARTICLE]),
     ("delete", "/articles/" + "0" * 20, None), ("post", "/dossiers", {"claim": "A drone hit the base"})],
)
@pytest.mark.parametrize(("key", "status"), [(None, 401), ("wrong", 401), (READ_KEY, 403)])
def test_writes_need_a_write_key(anon_client: Any, method: str, path: str, body: Any, key: str | None,
                                 status: int) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = getattr(anon_client, method)(API + path, json=body, headers=headers)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    if status == 401:
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert anon_client.get(f"{API}/health").get_json()["articles"] == 0


def test_write_key_writes(anon_client: Any) -> None:
    response = anon_client.post(f"{API}/articles", json=ARTICLE, headers={"Authorization": f"Bearer {WRITE_KEY}"})
    assert response.status_code == 201


def test_reads_are_open_by_default(anon_client: Any) -> None:
    assert anon_client.get(f"{API}/search?q=drone").status_code == 200


def test_reads_can_be_closed(app: Any, anon_client: Any) -> None:
    app.config["READ_REQUIRES_KEY"] = True
    assert anon_client.get(f"{API}/search?q=drone").status_code == 401
    assert anon_client.get(f"{API}/search?q=drone", headers={"Authorization": f"Bearer {READ_KEY}"}).status_code == 200
    assert anon_client.get(f"{API}/health").status_code == 200  # load balancers need it


def test_security_headers_on_every_response(anon_client: Any) -> None:
    for response in (anon_client.get(f"{API}/health"), anon_client.get(f"{API}/nowhere"),
                     anon_client.post(f"{API}/articles", json=ARTICLE)):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_cors_is_off_by_default(anon_client: Any) -> None:
    response = anon_client.get(f"{API}/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_allows_only_listed_origins(tmp_path: Path) -> None:
    app = create_app({"DATA_DIR": str(tmp_path), "API_KEYS": [WRITE_KEY],
                      "CORS_ORIGINS": ["https://newsroom.example"]})
    client = app.test_client()
    allowed = client.get(f"{API}/health", headers={"Origin": "https://newsroom.example"})
    denied = client.get(f"{API}/health", headers={"Origin": "https://evil.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://newsroom.example"
    assert "Access-Control-Allow-Origin" not in denied.headers
    app.extensions["store"].close()


def test_rate_limit_answers_429_with_retry_after(app: Any, client: Any) -> None:
    app.extensions["rate_limiter"] = RateLimiter(3)
    statuses = [client.get(f"{API}/search?q=x").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get(f"{API}/search?q=x")
    assert int(limited.headers["Retry-After"]) >= 1
    assert limited.mimetype == "application/problem+json"


def test_token_bucket_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])
    assert all(limiter.take("k") == 0 for _ in range(60))
    assert limiter.take("k") == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.take("k") == 0
    assert limiter.take("other") == 0  # buckets are per client


def test_generated_key_is_stored_with_mode_0600(tmp_path: Path) -> None:
    app = create_app({"DATA_DIR": str(tmp_path)})
    path = tmp_path / KEY_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    key = path.read_text().strip()
    assert app.config["API_KEYS"] == [key] and len(key) >= 32
    again = create_app({"DATA_DIR": str(tmp_path)})
    assert again.config["API_KEYS"] == [key]
    app.extensions["store"].close()
    again.extensions["store"].close()
