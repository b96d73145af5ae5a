"""GET /search through the HTTP API, on the seed corpus."""

from __future__ import annotations

from typing import Any

import pytest

API = "/api/v1"


def search(client: Any, query: str) -> dict[str, Any]:
    response = client.get(f"{API}/search?{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()  # type: ignore[no-any-return]


def test_response_shape(seeded_client: Any) -> None:
    body = search(seeded_client, "q=Ain al-Asad&size=3")
    assert set(body) == {"total", "page", "size", "took_ms", "hits", "facets"}
    assert body["total"] > 3 and len(body["hits"]) == 3
    hit = body["hits"][0]
    assert set(hit) == {"passage", "article", "score", "highlight"}
    assert set(hit["article"]) == {"id", "external_id", "title", "outlet", "url", "published_at"}
    assert "<mark>" in hit["highlight"]
    assert set(body["facets"]) == {"outlet", "published_month"}


@pytest.mark.parametrize("spelling", ["Ain al-Asad", "Ain Al-Assad", "ain al asad"])
def test_spelling_variants_find_both_spellings(seeded_client: Any, spelling: str) -> None:
    texts = [h["passage"]["text"] for h in search(seeded_client, f"q={spelling}&size=50")["hits"]]
    assert any("Al-Assad" in t for t in texts)
    assert any("al-Asad" in t for t in texts)


def test_phrase_and_exclusion(seeded_client: Any) -> None:
    phrase = search(seeded_client, 'q="Katyusha rockets"&size=50')
    assert phrase["total"] >= 1
    assert all("katyusha rocket" in h["passage"]["text"].lower() for h in phrase["hits"])
    excluded = search(seeded_client, "q=Katyusha -Baghdad&size=50")
    assert excluded["total"] >= 1
    assert all("baghdad" not in h["passage"]["text"].lower() for h in excluded["hits"])


def test_pages_do_not_overlap(seeded_client: Any) -> None:
    first = search(seeded_client, "q=base&size=5&page=1")
    second = search(seeded_client, "q=base&size=5&page=2")
    ids_first = {h["passage"]["id"] for h in first["hits"]}
    ids_second = {h["passage"]["id"] for h in second["hits"]}
    assert len(ids_first) == len(ids_second) == 5 and not ids_first & ids_second
    assert first["total"] == second["total"]


def test_outlet_filter_and_facet_agree(seeded_client: Any) -> None:
    body = search(seeded_client, "q=attack&size=100")
    facet = {f["value"]: f["count"] for f in body["facets"]["outlet"]}
    assert facet, "seed sidecars or datelines name outlets"
    outlet, count = next(iter(facet.items()))
    filtered = search(seeded_client, f"q=attack&outlet={outlet}&size=100")
    assert filtered["total"] == count
    assert {h["article"]["outlet"] for h in filtered["hits"]} == {outlet}


def test_sort_by_date_puts_newest_first_and_undated_last(seeded_client: Any) -> None:
    dates = [h["article"]["published_at"] for h in search(seeded_client, "q=base&sort=date&size=100")["hits"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated


@pytest.mark.parametrize(
    "q", [")(*&^", '"unbalanced', "-", "---", '""', "((((", "AND OR NOT", "a" * 900, "\u202e\u200b", "text:x~2^3"])
def test_any_query_string_is_valid(seeded_client: Any, q: str) -> None:
    response = seeded_client.get(f"{API}/search", query_string={"q": q})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "a" * 5000}, "q"),
        ({"q": "bad\x07bell"}, "q"),
        ({"size": "1000"}, "size"),
        ({"page": "-1"}, "page"),
        ({"page": "2000", "size": "100"}, "page"),
        ({"published_from": "yesterday"}, "published_from"),
        ({"published_from": "2024-02-01", "published_to": "2024-01-01"}, "published_from"),
        ({"sort": "random"}, "sort"),
    ],
)
def test_bad_search_arguments_get_422(seeded_client: Any, params: dict[str, str], field: str) -> None:
    response = seeded_client.get(f"{API}/search", query_string=params)
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_highlight_escapes_hostile_text(client: Any) -> None:
    client.post(f"{API}/articles", json={"text": 'Drones <script>alert(1)</script> hit "><img onerror=x> the base.'})
    hit = search(client, "q=drones script img")["hits"][0]
    assert "<script>" not in hit["highlight"] and "<img" not in hit["highlight"]
    assert "&lt;" in hit["highlight"] and "<mark>" in hit["highlight"]
