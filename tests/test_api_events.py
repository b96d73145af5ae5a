"""GET /events through the HTTP API and `factcheck events`, on the seed corpus."""

from __future__ import annotations

from typing import Any

import pytest

API = "/api/v1"


def test_the_table_a_fact_checker_builds_by_hand(seeded_client: Any) -> None:
    response = seeded_client.get(f"{API}/events?entity=Ain al-Asad&published_from=2024-01-01")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert set(body) == {"total", "page", "size", "searched", "took_ms", "events"}
    [january] = [e for e in body["events"] if e["date"] == "2024-01-20"]
    figures = {s["source"]: s["figures"] for s in january["sources"]}
    assert figures["REUTERS"] == ["two Americans (injured)"]
    assert figures["US military sources"] == ["several US soldiers (injured)"]
    assert figures["Al-Mayadeen"] == ["at least ten heavy missiles"]  # "the Lebanon-based news network"
    assert any("17 to 40" in f for f in sum(figures.values(), []))
    assert set(january["sources"][0]) == {"source", "kind", "outlets", "figures", "passages"}


def test_attacks_on_one_base_are_separate_events(seeded_client: Any) -> None:
    body = seeded_client.get(f"{API}/events?entity=Ain al-Asad&size=50").get_json()
    dates = [e["date"] for e in body["events"] if e["place"] and e["place"].lower().startswith("ain al-as")]
    assert {"2023-10-30", "2023-10-31", "2024-01-20"} <= set(dates)
    labels = [e["label"] for e in body["events"]]
    assert any("a Monday, date unknown" in label for label in labels)  # claimed by The Revolutionaries


@pytest.mark.parametrize(("query", "field"), [
    ("", "q"),
    ("q=attack&published_from=2023-13-01", "published_from"),
    ("q=attack&published_from=2024-02-01&published_to=2024-01-01", "published_from"),
    ("q=attack&page=0", "page"),
    ("q=attack&size=1000", "size"),
    ("q=attack&size=abc", "size"),
])
def test_malformed_parameters_are_a_problem_naming_the_field(seeded_client: Any, query: str, field: str) -> None:
    response = seeded_client.get(f"{API}/events?{query}")
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
    assert field in response.get_json()["errors"]


def test_openapi_lists_the_events_endpoint(client: Any) -> None:
    spec = client.get(f"{API}/openapi.json").get_json()
    assert "/events" in spec["paths"] and "get" in spec["paths"]["/events"]


def test_factcheck_events_prints_who_said_what(runner: Any, seeds_dir: Any) -> None:
    from service.cli import main

    assert runner.invoke(main, ["ingest", "--quiet", str(seeds_dir)]).exit_code == 0
    result = runner.invoke(main, ["events", "--entity", "Ain al-Asad", "--from", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert "2024-01-20" in result.output and "REUTERS (news_agency" in result.output
    assert "two Americans (injured)" in result.output
    bad = runner.invoke(main, ["events"])
    assert bad.exit_code == 2 and "give q, entity or a date range" in bad.stderr
