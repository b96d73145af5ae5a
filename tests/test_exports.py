"""Exports of a reviewed dossier: the Markdown report and the schema.org ClaimReview (JSON-LD)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from service import create_app
from service.dossier.report import md, said_by
from tests.conftest import WRITE_KEY

API = "/api/v1"
SCHEMA = "http://schema.org/"
ARTICLES = [
    {"external_id": "wire-1", "outlet": "Northern Wire", "title": "Rockets hit Ain al-Asad",
     "url": "https://wire.example/rockets", "published_at": "2024-01-10",
     "text": "Four rockets struck the Ain al-Asad air base on January 9, 2024, the Iraqi army said. "
             "Nobody was hurt, according to the base."},
    {"external_id": "harbor-1", "outlet": "Harbor Times", "title": "Base attacked",
     "url": "https://harbor.example/base", "published_at": "2024-01-10",
     "text": "Four rockets hit the Ain al-Asad air base on January 9, 2024, officials told Reuters."},
    {"external_id": "no-url", "outlet": "Local Radio", "published_at": "2024-01-11",
     "text": "Residents heard four rockets strike the Ain al-Asad air base on January 9, 2024."},
]
CLAIM = "Four rockets struck the Ain al-Asad air base on January 9, 2024"


def _client(tmp_path: Path, **config: Any) -> tuple[Any, Any]:
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "BACKEND": "embedded", "TESTING": True,
                      "API_KEYS": [WRITE_KEY], "RATE_LIMIT": 0, "DOSSIER_PROCESSES": 0, **config})
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {WRITE_KEY}"
    assert client.post(f"{API}/articles/bulk", json=ARTICLES).get_json()["ingested"] == 3
    return app, client


@pytest.fixture
def reviewed(tmp_path: Path) -> Any:
    app, client = _client(tmp_path, PUBLISHER_NAME="Example Checks", PUBLISHER_URL="https://checks.example")
    dossier = client.post(f"{API}/dossiers", json={"claim": CLAIM}).get_json()
    corroborating = dossier["evidence"]["corroborating"]
    assert {item["article"]["external_id"] for item in corroborating} == {"wire-1", "harbor-1", "no-url"}
    passage = next(i for i in corroborating if i["article"]["external_id"] == "harbor-1")["passage"]["id"]
    response = client.post(f"{API}/dossiers/{dossier['id']}/reviews", json={
        "decisions": [{"passage_id": passage, "stance": "related", "note": "a second-hand *account*"}],
        "verdict": {"label": "refuted", "note": "the army withdrew its statement"}, "note": "called the base"})
    assert response.status_code == 201
    yield client, response.get_json()
    app.extensions["store"].close()


def test_markdown_report_has_sources_ids_and_the_reviewers_work(reviewed: Any) -> None:
    client, dossier = reviewed
    response = client.get(f"{API}/dossiers/{dossier['id']}", headers={"Accept": "text/markdown"})
    assert response.status_code == 200 and response.mimetype == "text/markdown"
    text = response.get_data(as_text=True)
    by = "key:" + hashlib.sha256(WRITE_KEY.encode()).hexdigest()[:8]
    item = next(i for i in dossier["evidence"]["corroborating"] if i["article"]["external_id"] == "wire-1")
    for expected in (f"said by {md(said_by(item))};", "*Northern Wire*", "<https://wire.example/rockets>", "2024-01-10",
                     f"article {item['article']['id']}", f"passage {item['passage']['id']}",
                     "## Review", "State: final.", "**Reviewer's verdict: refuted**",
                     "the army withdrew its statement", "corroborating → **related**",
                     "a second-hand \\*account\\*", by, "called the base"):
        assert expected in text, expected
    download = client.get(f"{API}/dossiers/{dossier['id']}?format=markdown")
    assert download.get_data(as_text=True) == text and download.mimetype == "text/markdown"
    assert download.headers["Content-Disposition"] == f"attachment; filename=dossier-{dossier['id']}.md"
    assert "Content-Disposition" not in response.headers


def _offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """The schema.org context, inline: the test sends nothing over the network."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}


def test_claimreview_is_json_ld_with_the_fields_google_requires(reviewed: Any) -> None:
    client, dossier = reviewed
    response = client.get(f"{API}/dossiers/{dossier['id']}", headers={"Accept": "application/ld+json"})
    assert response.status_code == 200 and response.mimetype == "application/ld+json"
    document = response.get_json()
    [expanded] = jsonld.expand(document, {"documentLoader": _offline_loader})
    assert expanded["@type"] == [SCHEMA + "ClaimReview"]

    def value(node: dict[str, Any], name: str) -> Any:
        [found] = node[SCHEMA + name]
        return found.get("@value", found)

    assert value(expanded, "url") == f"http://localhost/#/dossiers/{dossier['id']}"
    assert value(expanded, "claimReviewed") == CLAIM
    assert value(expanded, "datePublished") == dossier["review"]["verdict"]["at"][:10]
    author = value(expanded, "author")
    assert author["@type"] == [SCHEMA + "Organization"] and value(author, "name") == "Example Checks"
    assert value(author, "url") == "https://checks.example"
    rating = value(expanded, "reviewRating")
    assert rating["@type"] == [SCHEMA + "Rating"]
    assert value(rating, "alternateName") == "refuted"  # the reviewer's final verdict
    assert (value(rating, "ratingValue"), value(rating, "worstRating"), value(rating, "bestRating")) == (1, 1, 5)
    claim = value(expanded, "itemReviewed")
    assert claim["@type"] == [SCHEMA + "Claim"]
    # the reviewer set the Harbor Times passage aside; the radio's article has no URL
    assert [value(a, "url") for a in claim[SCHEMA + "appearance"]] == ["https://wire.example/rockets"]
    assert client.get(f"{API}/dossiers/{dossier['id']}?format=claimreview").get_json() == document


def test_claimreview_of_an_unreviewed_dossier_uses_the_machines_verdict_and_public_url(tmp_path: Path) -> None:
    app, client = _client(tmp_path, PUBLIC_URL="https://checks.example/workbench/")
    try:
        dossier = client.post(f"{API}/dossiers", json={"claim": CLAIM}).get_json()
        document = client.get(f"{API}/dossiers/{dossier['id']}?format=claimreview").get_json()
        assert document["url"] == f"https://checks.example/workbench/#/dossiers/{dossier['id']}"
        assert document["reviewRating"]["alternateName"] == dossier["verdict"]["label"] == "supported"
        assert document["reviewRating"]["ratingValue"] == 5
        assert document["datePublished"] == dossier["created_at"][:10]
        assert document["author"] == {"@type": "Organization", "name": "Fact-check workbench"}
        assert sorted(a["url"] for a in document["itemReviewed"]["appearance"]) == [
            "https://harbor.example/base", "https://wire.example/rockets"]
        bad = client.get(f"{API}/dossiers/{dossier['id']}?format=pdf")
        assert bad.status_code == 422 and "format" in bad.get_json()["errors"]
    finally:
        app.extensions["store"].close()
