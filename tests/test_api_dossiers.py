"""POST /dossiers, GET /dossiers/{id} and GET /dossiers through the HTTP API."""

from __future__ import annotations

from typing import Any

API = "/api/v1"


def test_dossier_is_stored_listed_newest_first_and_exported(seeded_client: Any) -> None:
    claims = ["Two Americans were slightly injured at Ain al-Asad",
              "Four Katyusha rockets were launched at Ain al-Asad",
              "Drones attacked the Al-Tanf base"]
    created = []
    for claim in claims:
        response = seeded_client.post(f"{API}/dossiers", json={"claim": claim})
        assert response.status_code == 201
        assert response.headers["Location"].endswith(response.get_json()["id"])
        created.append(response.get_json())
    first = seeded_client.get(f"{API}/dossiers/{created[0]['id']}").get_json()
    assert first == created[0]

    listing = seeded_client.get(f"{API}/dossiers?page=1&size=2").get_json()
    assert listing["total"] == 3 and (listing["page"], listing["size"]) == (1, 2)
    assert [d["id"] for d in listing["dossiers"]] == [created[2]["id"], created[1]["id"]]
    assert set(listing["dossiers"][0]) == {"id", "claim", "created_at", "backend", "verdict", "review"}
    assert listing["dossiers"][0]["review"] == {"state": "unreviewed", "verdict": None}
    assert listing["dossiers"][0]["verdict"]["label"] in {"supported", "refuted", "disputed", "unverified"}
    rest = seeded_client.get(f"{API}/dossiers?page=2&size=2").get_json()
    assert [d["id"] for d in rest["dossiers"]] == [created[0]["id"]]

    markdown = seeded_client.get(f"{API}/dossiers/{created[0]['id']}", headers={"Accept": "text/markdown"})
    assert markdown.mimetype == "text/markdown"
    assert "Two Americans" in markdown.get_data(as_text=True)


def test_unknown_dossier_is_404(client: Any) -> None:
    response = client.get(f"{API}/dossiers/0123456789abcdef")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
