"""Case work through the HTTP API: reviews, the history list, similar dossiers, exports."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from tests.conftest import READ_KEY, WRITE_KEY

API = "/api/v1"
BY = "key:" + hashlib.sha256(WRITE_KEY.encode()).hexdigest()[:8]


def _dossier(client: Any, claim: str) -> dict[str, Any]:
    response = client.post(f"{API}/dossiers", json={"claim": claim})
    assert response.status_code == 201, response.get_json()
    return response.get_json()  # type: ignore[no-any-return]


def _review(client: Any, dossier_id: str, body: Any) -> Any:
    return client.post(f"{API}/dossiers/{dossier_id}/reviews", json=body)


@pytest.fixture
def dossier(seeded_client: Any) -> dict[str, Any]:
    document = _dossier(seeded_client, "Four Katyusha rockets were launched at Ain al-Asad")
    assert document["evidence"]["corroborating"] and document["evidence"]["conflicting"]
    return document


def test_a_new_dossier_is_unreviewed(dossier: dict[str, Any], seeded_client: Any) -> None:
    assert dossier["review"] == {"state": "unreviewed", "decisions": [], "verdict": None, "reviewed_verdict": None,
                                 "notes": [], "history": []}
    assert dossier["similar_dossiers"] == []
    assert seeded_client.get(f"{API}/dossiers/{dossier['id']}").get_json() == dossier


def test_decisions_verdict_and_notes_are_kept_beside_the_machines_assessment(
        seeded_client: Any, dossier: dict[str, Any]) -> None:
    conflicting = dossier["evidence"]["conflicting"][0]["passage"]["id"]
    related = dossier["evidence"]["related"][0]["passage"]["id"]
    response = _review(seeded_client, dossier["id"], {
        "decisions": [{"passage_id": conflicting, "stance": "other_event", "note": "another attack"},
                      {"passage_id": related, "stance": "corroborating"}],
        "note": "checked the wires"})
    assert response.status_code == 201 and response.headers["Location"].endswith(f"/dossiers/{dossier['id']}")
    body = response.get_json()
    assert {k: v for k, v in body.items() if k != "review"} == {k: v for k, v in dossier.items() if k != "review"}
    review = body["review"]
    assert review["state"] == "in_review" and review["verdict"] is None
    assert [(d["passage_id"], d["machine_stance"], d["stance"], d["note"], d["by"]) for d in review["decisions"]] == [
        (conflicting, "conflicting", "other_event", "another attack", BY),
        (related, "related", "corroborating", None, BY)]
    assert review["decisions"][0]["at"].endswith("+00:00")
    assert [(n["note"], n["by"]) for n in review["notes"]] == [("checked the wires", BY)]
    # without the conflicting passage, the machine's own verdict step finds the claim supported
    assert dossier["verdict"]["label"] == "disputed"
    assert review["reviewed_verdict"]["label"] == "supported"
    assert set(review["reviewed_verdict"]) == {"label", "confidence", "rationale", "flags"}

    again = _review(seeded_client, dossier["id"], {
        "decisions": [{"passage_id": conflicting, "stance": "conflicting"}],
        "verdict": {"label": "refuted", "note": "the base denied it"}}).get_json()["review"]
    assert again["state"] == "final"
    assert again["verdict"]["label"] == "refuted" and again["verdict"]["note"] == "the base denied it"
    assert [(d["passage_id"], d["stance"]) for d in again["decisions"]] == [
        (related, "corroborating"), (conflicting, "conflicting")]  # the latest per passage
    assert again["reviewed_verdict"]["label"] == "disputed"
    assert [c["kind"] for c in again["history"]] == ["decision", "decision", "note", "decision", "verdict"]
    assert seeded_client.get(f"{API}/dossiers/{dossier['id']}").get_json()["review"] == again


@pytest.mark.parametrize(("body", "field"), [
    ({"decisions": [{"passage_id": "x", "stance": "agrees"}]}, "decisions.0.stance"),
    ({"verdict": {"label": "true"}}, "verdict.label"),
    ({"verdict": {}}, "verdict.label"),
    ({}, "_body"),
    ({"note": ""}, "_body"),
    ({"decisions": [{"stance": "related"}]}, "decisions.0.passage_id"),
    ({"note": 3}, "note"),
])
def test_invalid_reviews_are_422_naming_the_field(seeded_client: Any, dossier: dict[str, Any],
                                                    body: Any, field: str) -> None:
    response = _review(seeded_client, dossier["id"], body)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"]
    assert seeded_client.get(f"{API}/dossiers/{dossier['id']}").get_json()["review"]["state"] == "unreviewed"


def test_unknown_dossier_or_passage_is_404_and_stores_nothing(seeded_client: Any, dossier: dict[str, Any]) -> None:
    response = _review(seeded_client, "0123456789abcdef", {"note": "n"})
    assert response.status_code == 404 and "0123456789abcdef" in response.get_json()["detail"]
    known = dossier["evidence"]["related"][0]["passage"]["id"]
    response = _review(seeded_client, dossier["id"], {"decisions": [
        {"passage_id": known, "stance": "related"}, {"passage_id": "ffffffffffffffffffff-99", "stance": "related"}]})
    assert response.status_code == 404 and "ffffffffffffffffffff-99" in response.get_json()["detail"]
    assert seeded_client.get(f"{API}/dossiers/{dossier['id']}").get_json()["review"]["history"] == []


def test_reviews_need_the_write_key(app: Any, dossier: dict[str, Any]) -> None:
    anonymous = app.test_client().post(f"{API}/dossiers/{dossier['id']}/reviews", json={"note": "n"})
    assert anonymous.status_code == 401
    reader = app.test_client().post(f"{API}/dossiers/{dossier['id']}/reviews", json={"note": "n"},
                                    headers={"Authorization": f"Bearer {READ_KEY}"})
    assert reader.status_code == 403


def test_the_history_list_searches_claims_and_filters_by_verdict_and_review_state(seeded_client: Any) -> None:
    rockets = _dossier(seeded_client, "Four Katyusha rockets were launched at Ain al-Asad")
    drones = _dossier(seeded_client, "Drones attacked the Al-Tanf base")
    injured = _dossier(seeded_client, "Two Americans were slightly injured at Ain al-Asad")

    def listed(query: str) -> list[str]:
        response = seeded_client.get(f"{API}/dossiers?{query}")
        assert response.status_code == 200, response.get_json()
        return [d["id"] for d in response.get_json()["dossiers"]]

    assert listed("q=AIN+asad") == [injured["id"], rockets["id"]]
    assert listed("q=rocket") == [rockets["id"]]  # word forms match
    assert listed("q=katyusha+drones") == []
    assert listed(f"verdict={drones['verdict']['label']}") == [
        d["id"] for d in (injured, drones, rockets) if d["verdict"]["label"] == drones["verdict"]["label"]]
    _review(seeded_client, rockets["id"], {"verdict": {"label": "refuted"}})
    _review(seeded_client, drones["id"], {"note": "look again"})
    assert listed("verdict=refuted") == [rockets["id"]]
    assert listed("review_state=final") == [rockets["id"]]
    assert listed("review_state=in_review") == [drones["id"]]
    assert listed("review_state=unreviewed&q=asad") == [injured["id"]]
    item = seeded_client.get(f"{API}/dossiers?review_state=final").get_json()["dossiers"][0]
    assert item["review"]["state"] == "final" and item["review"]["verdict"]["label"] == "refuted"
    assert item["verdict"] == rockets["verdict"]  # the machine's, unchanged
    for bad in ("verdict=true", "review_state=done", "q=" + "x" * 1001):
        response = seeded_client.get(f"{API}/dossiers?{bad}")
        assert response.status_code == 422 and bad.split("=")[0] in response.get_json()["errors"]


def test_earlier_dossiers_on_the_same_claim_are_listed(seeded_client: Any) -> None:
    first = _dossier(seeded_client, "Four Katyusha rockets were launched at Ain al-Asad")
    _dossier(seeded_client, "Drones attacked the Al-Tanf base")
    reordered = _dossier(seeded_client, "At Ain al-Asad, four Katyusha rockets were launched")
    assert [(s["id"], s["relation"], s["differences"]) for s in reordered["similar_dossiers"]] == [
        (first["id"], "same", [])]
    assert reordered["similar_dossiers"][0]["claim"] == first["claim"]
    assert reordered["similar_dossiers"][0]["verdict"] == first["verdict"]["label"]
    other_number = _dossier(seeded_client, "Two Katyusha rockets were launched at Ain al-Asad")
    assert [(s["id"], s["relation"], s["differences"]) for s in other_number["similar_dossiers"]] == [
        (reordered["id"], "similar", ["2 vs 4"]), (first["id"], "similar", ["2 vs 4"])]
    stored = seeded_client.get(f"{API}/dossiers/{other_number['id']}").get_json()
    assert stored["similar_dossiers"] == other_number["similar_dossiers"]
