"""POST/GET/DELETE /articles and the bulk endpoint, through the HTTP API."""

from __future__ import annotations

import json
from typing import Any

import pytest

API = "/api/v1"
TEXT = "Rockets hit the base on Monday, officials said. Nobody was hurt.\nThe group claimed the attack."


def post(client: Any, body: Any, **kwargs: Any) -> Any:
    return client.post(f"{API}/articles", json=body, **kwargs)


def test_create_then_get_returns_article_with_passages(client: Any) -> None:
    response = post(client, {"text": TEXT, "external_id": "a-1", "outlet": "Example Wire"})
    assert response.status_code == 201
    article = response.get_json()
    assert response.headers["Location"].endswith(f"/articles/{article['id']}")
    assert article["passage_count"] == len(article["passages"]) == 3
    assert article["title"] is None and article["author"] is None  # unknown metadata stays null
    for passage in article["passages"]:
        assert TEXT[passage["char_start"]:passage["char_end"]] == passage["text"]
    fetched = client.get(f"{API}/articles/{article['id']}").get_json()
    assert fetched == article


def test_same_external_id_and_text_is_idempotent(client: Any) -> None:
    first = post(client, {"text": TEXT, "external_id": "a-1"})
    again = post(client, {"text": TEXT, "external_id": "a-1"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]
    assert client.get(f"{API}/health").get_json()["articles"] == 1


def test_same_text_without_external_id_is_idempotent(client: Any) -> None:
    assert post(client, {"text": TEXT}).status_code == 201
    assert post(client, {"text": TEXT}).status_code == 200


def test_external_id_with_other_text_conflicts_and_keeps_the_original(client: Any) -> None:
    original = post(client, {"text": TEXT, "external_id": "a-1"}).get_json()
    response = post(client, {"text": "Different text entirely.", "external_id": "a-1"})
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"
    assert "a-1" in response.get_json()["detail"]
    assert client.get(f"{API}/articles/{original['id']}").get_json()["text"] == TEXT


def test_delete_removes_article_and_its_passages_from_search(client: Any) -> None:
    article = post(client, {"text": "The zeppelin landed in Mosul.", "external_id": "z"}).get_json()
    assert client.get(f"{API}/search?q=zeppelin").get_json()["total"] == 1
    assert client.delete(f"{API}/articles/{article['id']}").status_code == 204
    assert client.get(f"{API}/articles/{article['id']}").status_code == 404
    assert client.get(f"{API}/search?q=zeppelin").get_json()["total"] == 0
    assert client.delete(f"{API}/articles/{article['id']}").status_code == 404


@pytest.mark.parametrize(
    ("body", "field", "fragment"),
    [
        ({}, "text", "Missing data"),
        ({"text": ""}, "text", "Shorter than minimum"),
        ({"text": "   \n "}, "text", "empty"),
        ({"text": 42}, "text", "Not a valid string"),
        ({"text": "ok\x00bad"}, "text", "control character"),
        ({"text": "ok", "published_at": "yesterday"}, "published_at", "ISO 8601"),
        ({"text": "ok", "published_at": "2024-02-30"}, "published_at", "ISO 8601"),
        ({"text": "ok", "url": "javascript:alert(1)"}, "url", "Not a valid URL"),
        ({"text": "ok", "colour": "red"}, "colour", "Unknown field"),
    ],
)
def test_invalid_article_gets_422_naming_the_field(client: Any, body: dict[str, Any], field: str,
                                                   fragment: str) -> None:
    response = post(client, body)
    assert response.status_code == 422
    problem = response.get_json()
    assert response.mimetype == "application/problem+json"
    assert fragment in " ".join(problem["errors"][field])
    assert client.get(f"{API}/health").get_json()["articles"] == 0


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\xff\xfe{}", "UTF-8"),
        (b'{"text": ', "not valid JSON"),
        (b"", "empty"),
        (b'["text"]', "JSON object"),
    ],
)
def test_unreadable_body_gets_400(client: Any, data: bytes, fragment: str) -> None:
    response = client.post(f"{API}/articles", data=data, content_type="application/json")
    assert response.status_code == 400
    assert fragment in response.get_json()["detail"]


def test_ten_megabyte_body_gets_413_and_stores_nothing(client: Any) -> None:
    body = json.dumps({"text": "word " * (2 * 1024 * 1024)})
    response = client.post(f"{API}/articles", data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.get_json()["status"] == 413
    assert client.get(f"{API}/health").get_json()["articles"] == 0


def test_bulk_json_array(client: Any) -> None:
    items = [{"text": f"Report number {n} about drones.", "external_id": f"b-{n}"} for n in range(3)]
    report = client.post(f"{API}/articles/bulk", json=items).get_json()
    ids = [client.get(f"{API}/articles/b-{n}").get_json()["id"] for n in range(3)]
    assert report == {"ingested": 3, "unchanged": 0, "failed": 0, "errors": [],
                      "articles": [{"line": n + 1, "article_id": ids[n], "status": "created"} for n in range(3)]}
    again = client.post(f"{API}/articles/bulk", json=items).get_json()
    assert (again["ingested"], again["unchanged"]) == (0, 3)
    assert again["articles"] == [{"line": n + 1, "article_id": ids[n], "status": "unchanged"} for n in range(3)]


def test_bulk_ndjson_reports_broken_lines_and_keeps_going(client: Any) -> None:
    lines = [
        json.dumps({"text": "First report on rockets.", "external_id": "n-1"}),
        "{not json",
        json.dumps({"text": ""}),
        json.dumps({"text": "Other text.", "external_id": "n-1"}),  # conflicts with line 1
        json.dumps({"text": "Fifth report on drones.", "published_at": "yesterday"}),
        json.dumps({"text": "Sixth report on drones.", "external_id": "n-6"}),
    ]
    response = client.post(f"{API}/articles/bulk", data="\n".join(lines),
                           content_type="application/x-ndjson")
    report = response.get_json()
    assert (report["ingested"], report["failed"]) == (2, 4)
    by_line = {error["line"]: error for error in report["errors"]}
    assert sorted(by_line) == [2, 3, 4, 5]
    assert by_line[2]["status"] == 400 and "invalid JSON" in by_line[2]["detail"]
    assert by_line[3]["status"] == 422 and "text" in by_line[3]["detail"]
    assert by_line[4]["status"] == 409
    assert by_line[4]["article_id"] == report["articles"][0]["article_id"]  # the id it would have: line 1's
    assert by_line[2]["article_id"] is None and by_line[3]["article_id"] is None
    assert [(a["line"], a["status"]) for a in report["articles"]] == [(1, "created"), (6, "created")]
    assert by_line[5]["status"] == 422 and "published_at" in by_line[5]["detail"]
    assert client.get(f"{API}/health").get_json()["articles"] == 2


def test_bulk_over_the_article_limit_ingests_only_the_first(app: Any, client: Any) -> None:
    app.config["MAX_BULK_ARTICLES"] = 2
    items = [{"text": f"Item {n} on the base."} for n in range(4)]
    report = client.post(f"{API}/articles/bulk", json=items).get_json()
    assert (report["ingested"], report["failed"]) == (2, 2)
    assert {e["status"] for e in report["errors"]} == {413}


def test_seed_articles_carry_metadata_and_attributions(seeded_client: Any) -> None:
    hits = seeded_client.get(f"{API}/search?q=Katyusha rockets Reuters&size=50").get_json()["hits"]
    sources = {a["source"] for hit in hits for a in hit["passage"]["attributions"]}
    assert any("Reuters" in source for source in sources)


def test_an_article_is_found_by_external_id_and_a_miss_says_what_was_tried(client: Any) -> None:
    created = client.post(f"{API}/articles", json={"text": "Drones hit the port.", "external_id": "wire/2024 #7"})
    article = created.get_json()
    assert client.get(f"{API}/articles/wire/2024 #7".replace("#", "%23")).get_json() == article
    assert client.get(f"{API}/articles/{article['id']}").get_json() == article
    hexlike = client.post(f"{API}/articles", json={"text": "Rockets hit the base.",
                                                   "external_id": "0123456789abcdef0123"}).get_json()
    assert client.get(f"{API}/articles/0123456789abcdef0123").get_json() == hexlike  # no article has it as id
    missing = client.get(f"{API}/articles/no-such-thing")
    assert missing.status_code == 404 and "external_id 'no-such-thing'" in missing.get_json()["detail"]
    missing = client.get(f"{API}/articles/ffffffffffffffffffff")
    assert missing.status_code == 404 and "id nor external_id 'ffffffffffffffffffff'" in missing.get_json()["detail"]
    assert client.get(f"{API}/articles/bulk").status_code == 405  # the bulk endpoint, not an external id
    assert client.delete(f"{API}/articles/0123456789abcdef0123").status_code == 204  # by external id too
    assert client.get(f"{API}/articles/{hexlike['id']}").status_code == 404


def test_articles_are_listed_newest_first_with_filters(client: Any) -> None:
    from datetime import UTC, datetime

    from service.ingest import prepare_article

    payloads = [{"external_id": "a", "outlet": "Wire", "published_at": "2024-01-10", "text": "One."},
                {"external_id": "b", "outlet": "Times", "published_at": "2024-02-03T10:00:00+00:00", "text": "Two."},
                {"external_id": "c", "outlet": "Wire", "text": "Three."}]
    store = client.application.extensions["store"]
    store.ingest([prepare_article(p, now=datetime(2024, 5, n, tzinfo=UTC)) for n, p in enumerate(payloads, 1)])

    def listed(query: str = "") -> list[str]:
        response = client.get(f"{API}/articles?{query}")
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert body["total"] >= len(body["articles"])
        return [a["external_id"] for a in body["articles"]]

    assert listed() == ["c", "b", "a"]
    assert listed("size=1&page=2") == ["b"]
    assert listed("outlet=Wire") == ["c", "a"]
    assert listed("external_id=a&external_id=b") == ["b", "a"]
    assert listed("published_from=2024-02-01") == ["b"]
    assert listed("published_to=2024-02-03&outlet=Times") == ["b"]
    assert set(client.get(f"{API}/articles").get_json()["articles"][0]) == {
        "id", "external_id", "title", "outlet", "url", "published_at"}
    for bad in ("published_from=yesterday", "page=0", "published_from=2024-03-01&published_to=2024-02-01"):
        response = client.get(f"{API}/articles?{bad}")
        assert response.status_code == 422, bad
