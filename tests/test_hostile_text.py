"""HTML, script and invisible characters are stored as text and always escaped on the way out."""

from __future__ import annotations

from typing import Any

import pytest

API = "/api/v1"
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<a href='javascript:alert(1)'>click</a>",
    "\u202egnp.exe",  # right-to-left override
    "zero\u200bwidth\u200djoiner",
]


def _article(client: Any, fragment: str) -> dict[str, Any]:
    text = f"Drones struck the Harir base on Friday. Witnesses saw {fragment} near the gate, officials said."
    response = client.post(f"{API}/articles", json={"text": text, "title": fragment, "outlet": "Example Wire"})
    assert response.status_code == 201
    return response.get_json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_text_is_stored_exactly(client: Any, fragment: str) -> None:
    article = _article(client, fragment)
    stored = client.get(f"{API}/articles/{article['id']}").get_json()
    assert fragment in stored["text"] and stored["title"] == fragment
    assert any(fragment in p["text"] for p in stored["passages"])


@pytest.mark.parametrize("fragment", HOSTILE)
def test_highlight_never_carries_markup_or_direction_overrides(client: Any, fragment: str) -> None:
    _article(client, fragment)
    hits = client.get(f"{API}/search", query_string={"q": "witnesses gate"}).get_json()["hits"]
    highlight = hits[0]["highlight"]
    without_marks = highlight.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks and ">" not in without_marks
    assert '"' not in without_marks or "&quot;" in highlight
    assert "\u202e" not in highlight
    assert "<mark>" in highlight


@pytest.mark.parametrize("fragment", HOSTILE[:3])
def test_markdown_report_escapes_claim_and_passages(client: Any, fragment: str) -> None:
    _article(client, fragment)
    claim = f"Drones struck the Harir base on Friday {fragment}"
    created = client.post(f"{API}/dossiers", json={"claim": claim})
    assert created.status_code == 201
    report = client.get(f"{API}/dossiers/{created.get_json()['id']}", headers={"Accept": "text/markdown"})
    assert report.mimetype == "text/markdown"
    body = report.get_data(as_text=True)
    for tag in ("<script", "<img", "<a "):
        assert tag not in body
    assert "Harir" in body
