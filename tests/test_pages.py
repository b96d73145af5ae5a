"""HTML pages and bodies: the main text by trafilatura, the page's own metadata, furniture dropped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from service.ingest import prepare_article
from tests.conftest import SEEDS
from tests.support.seed_pages import FURNITURE, READER_COMMENTS, render_seed
from tests.support.web import FIXTURES

HARBOUR = (FIXTURES / "harbour-report.html").read_text(encoding="utf-8")
METADATA = ("title", "author", "published_at", "outlet", "url", "language")


@pytest.mark.parametrize(("page", "expected"), [
    ("harbour-report.html", {
        "title": "Ferry service to Port Aven resumes after storm", "author": "Marta Quill",
        "published_at": "2024-03-12", "outlet": "Coastline Courier",
        "url": "https://coastline-courier.example/news/2024/03/ferry-port-aven-resumes", "language": "en"}),
    ("jsonld-brief.html", {
        "title": "Council approves new cycle lanes", "author": "Tomas Reyes", "published_at": "2023-11-05",
        "outlet": "Valley Gazette", "url": "https://valley-gazette.example/local/cycle-lanes", "language": "en-GB"}),
    # states only its title: everything else stays null
    ("bare-notice.html", {"title": "Water supply notice", "author": None, "published_at": None, "outlet": None,
                          "url": None, "language": None}),
])
def test_page_metadata_is_what_the_page_states(page: str, expected: dict[str, Any]) -> None:
    article = prepare_article({"html": (FIXTURES / page).read_text(encoding="utf-8")})
    assert {name: getattr(article, name) for name in METADATA} == expected


def test_furniture_and_comments_are_not_passages() -> None:
    article = prepare_article({"html": HARBOUR})
    texts = [p.text for p in article.passages]
    assert "The harbour master said that the first crossing left at 7:15 with 212 passengers and 38 vehicles on " \
           "board." in texts
    assert article.text.startswith("Ferry service to Port Aven resumes after storm\nThe ferry link")
    for furniture in ("Logo", "Subscribe", "Share your opinion", "Share on", "Pelican42", "HarbourWatcher",
                      "Comments", "Privacy policy", "All rights reserved", "Sport"):
        assert furniture not in article.text
    # passages, attributions and facts come out as for the same text sent as text
    boarding = next(p for p in article.passages if "212 passengers" in p.text)
    assert boarding.attributions and "The harbour master" in boarding.facts_json
    as_text = prepare_article({"text": article.text, "published_at": article.published_at})
    assert [(p.text, p.char_start, p.attributions, p.facts_json) for p in article.passages] == \
        [(p.text, p.char_start, p.attributions, p.facts_json) for p in as_text.passages]


def test_base_url_is_the_url_only_when_the_page_states_none() -> None:
    bare = (FIXTURES / "bare-notice.html").read_text(encoding="utf-8")
    assert prepare_article({"html": bare, "base_url": "https://water.example/n/1"}).url == "https://water.example/n/1"
    canonical = prepare_article({"html": HARBOUR, "base_url": "https://mirror.example/copy"}).url
    assert canonical == "https://coastline-courier.example/news/2024/03/ferry-port-aven-resumes"


def test_a_base_url_host_is_no_outlet() -> None:
    """trafilatura names a site after its host when the page does not: that is not stated, so not used."""
    bare = (FIXTURES / "bare-notice.html").read_text(encoding="utf-8")
    assert prepare_article({"html": bare, "base_url": "https://www.water-board.example/n/1"}).outlet is None


def test_html_body_with_fields_in_the_query(client: Any) -> None:
    response = client.post("/api/v1/articles?external_id=harbour-1&title=Ferry+back&outlet=Given+Outlet",
                           data=HARBOUR.encode("utf-8"), content_type="text/html; charset=utf-8")
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    # the client's fields win; the rest is the page's own
    assert (body["external_id"], body["title"], body["outlet"]) == ("harbour-1", "Ferry back", "Given Outlet")
    assert (body["author"], body["published_at"], body["language"]) == ("Marta Quill", "2024-03-12", "en")
    assert not any("Share" in p["text"] for p in body["passages"])
    again = client.post("/api/v1/articles?external_id=harbour-1&title=Ferry+back&outlet=Given+Outlet",
                        data=HARBOUR.encode("utf-8"), content_type="text/html")
    assert again.status_code == 200 and again.get_json()["id"] == body["id"]


def test_html_body_charset_is_honoured(client: Any) -> None:
    page = ("<html><head><title>Caf\u00e9 reopens</title></head><body><article><p>The caf\u00e9 on the "
            "square reopened on Monday after the fire, the owner said to reporters.</p></article></body></html>")
    response = client.post("/api/v1/articles", data=page.encode("iso-8859-1"),
                           content_type="text/html; charset=iso-8859-1")
    assert response.status_code == 201, response.get_json()
    assert "The caf\u00e9 on the square reopened" in response.get_json()["text"]


@pytest.mark.parametrize(("body", "content_type", "status", "detail"), [
    ((FIXTURES / "picture-only.html").read_bytes(), "text/html", 422, "no main text"),
    (b"   ", "text/html", 400, "empty"),
    (json.dumps({"html": "<html><body><img src=x></body></html>"}).encode(), "application/json", 422, "no main text"),
    (json.dumps({"html": HARBOUR, "text": "Both."}).encode(), "application/json", 422, "exactly one"),
    (b'{"html": "<html><body><p>Cut \\ud800 here, a lone surrogate in the page text.</p></body></html>"}',
     "application/json", 422, "lone surrogate"),
    (json.dumps({"title": "Neither"}).encode(), "application/json", 422, "text"),
    (json.dumps({"text": "Some text here.", "base_url": "https://x.example/"}).encode(), "application/json", 422,
     "base_url"),
])
def test_bad_html_input_is_a_clear_4xx(client: Any, body: bytes, content_type: str, status: int,
                                       detail: str) -> None:
    response = client.post("/api/v1/articles", data=body, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert detail in json.dumps(response.get_json())
    assert client.get("/api/v1/health").get_json()["articles"] == 0  # nothing stored half-way


def test_html_in_bulk(client: Any) -> None:
    bare = (FIXTURES / "bare-notice.html").read_text(encoding="utf-8")
    response = client.post("/api/v1/articles/bulk", json=[
        {"html": HARBOUR}, {"html": "<html><body></body></html>"}, {"html": bare, "title": "Given"}])
    report = response.get_json()
    assert (report["ingested"], report["failed"]) == (2, 1)
    assert report["errors"][0]["line"] == 2 and report["errors"][0]["status"] == 422
    hits = client.get("/api/v1/search?q=tankers").get_json()["hits"]
    assert hits and hits[0]["article"]["title"] == "Given"


def test_factcheck_ingest_reads_saved_pages_with_sidecars(runner: Any, tmp_path: Path) -> None:
    from service.cli import main

    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("harbour-report.html", "jsonld-brief.html", "picture-only.html"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "jsonld-brief.meta.json").write_text(json.dumps({"external_id": "cycle", "outlet": "Sidecar"}))
    result = runner.invoke(main, ["ingest", "--quiet", str(folder)])
    assert result.exit_code == 1  # one page has no text
    assert "ingested 2, unchanged 0, failed 1" in result.output
    assert "picture-only.html: the HTML page has no main text" in result.stderr
    found = json.loads(runner.invoke(main, ["search", "cycle lanes", "--json"]).output)
    assert found["hits"][0]["article"]["outlet"] == "Sidecar"  # the sidecar's field wins over the page's


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_pages_keep_the_prose_and_drop_the_furniture(seed: Path) -> None:
    page, prose, furniture = render_seed(seed)
    from_html = prepare_article({"html": page})
    from_text = prepare_article({"text": seed.read_text(encoding="utf-8")})
    lines = from_html.text.splitlines()
    for line in prose:
        assert line in lines
    for line in furniture:
        assert line in from_text.text.splitlines()  # the scraped text keeps it
        assert line not in lines
    for comment in READER_COMMENTS:
        assert comment not in from_html.text
    passages = {p.text for p in from_html.passages}
    assert not passages & set(FURNITURE)
    # no passage the text does not have, but for a title heading the page adds
    plain = {p.text for p in from_text.passages}
    assert passages - plain <= {from_html.title}


def test_seed_pages_carry_the_furniture_of_the_issue() -> None:
    """The rendered seeds hold what the issue names ("Logo" nine times, "Share your opinion"), so the
    test above shows it dropped."""
    counts = {line: 0 for line in FURNITURE}
    for seed in SEEDS.glob("*.txt"):
        for line in render_seed(seed)[2]:
            counts[line] += 1
    assert counts["Logo"] == 9 and counts["Share your opinion"] == 1 and counts["Leave a Comment"] == 1
