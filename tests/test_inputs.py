"""Inputs that once reached a 5xx (issue 15, part 2): each gets a clear 4xx and nothing is stored half-way."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from service.jsontext import MAX_DEPTH, JSONNotAccepted, JSONTooDeep, decode_prefix, parse_json
from tests.test_errors import assert_problem

API = "/api/v1"
SURROGATE_TEXT = '"Two drones \\ud800 hit Ain al-Asad on Friday."'  # JSON text: a lone high surrogate escape
DEEP = "[" * 100_000 + "]" * 100_000


def post_raw(client: Any, path: str, body: str, content_type: str = "application/json") -> Any:
    return client.post(API + path, data=body.encode(), content_type=content_type)


def counts(client: Any) -> tuple[int, int]:
    health = client.get(f"{API}/health").get_json()
    dossiers = client.get(f"{API}/dossiers").get_json()["total"]
    return health["articles"], dossiers


# --- lone surrogates: rejected with 422 naming the field and the offset -------------------------

def test_article_with_a_lone_surrogate_is_422_naming_field_and_offset(client: Any) -> None:
    response = post_raw(client, "/articles", '{"external_id": "sur-1", "text": ' + SURROGATE_TEXT + "}")
    body = assert_problem(response, 422)
    assert body["errors"] == {"text": ["contains a lone surrogate (U+D800) at offset 11"]}
    assert counts(client) == (0, 0)


@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson"])
def test_bulk_line_with_a_lone_surrogate_fails_alone(client: Any, content_type: str) -> None:
    good = '{"external_id": "ok-1", "text": "Drones hit the Harir base on Friday, officials said."}'
    bad = '{"external_id": "sur-1", "text": ' + SURROGATE_TEXT + "}"
    body = f"[{good}, {bad}]" if content_type == "application/json" else f"{good}\n{bad}\n"
    response = post_raw(client, "/articles/bulk", body, content_type)
    assert response.status_code == 200
    report = response.get_json()
    assert (report["ingested"], report["failed"]) == (1, 1)
    assert report["errors"] == [{"line": 2, "status": 422, "article_id": None,
                                 "detail": "text: contains a lone surrogate (U+D800) at offset 11"}]
    assert counts(client)[0] == 1


@pytest.mark.parametrize(("body", "field"), [
    ('{"claim": "Two drones \\ud800 hit Ain al-Asad"}', "claim"),
    ('{"claim": "Two drones hit Ain al-Asad", "filters": {"outlets": ["Reuters\\udfff"]}}', "filters.outlets.0"),
    ('{"claim": "Two drones hit Ain al-Asad", "filters": {"external_ids": ["a", "\\ud800"]}}',
     "filters.external_ids.1"),
    ('{"claim": "Two drones hit Ain al-Asad", "\\ud800": 1}', "\\ud800"),
])
def test_dossier_with_a_lone_surrogate_is_422_not_503(client: Any, body: str, field: str) -> None:
    problem = assert_problem(post_raw(client, "/dossiers", body), 422)
    assert list(problem["errors"]) == [field]
    assert "lone surrogate (U+D" in problem["errors"][field][0]
    assert counts(client) == (0, 0)


def test_a_surrogate_pair_is_one_character_and_accepted(client: Any) -> None:
    response = post_raw(client, "/articles", '{"text": "Drones hit the base \\ud83d\\ude80 on Friday."}')
    assert response.status_code == 201
    assert "\U0001F680" in response.get_json()["text"]


@pytest.mark.parametrize("query", [
    "q=%ED%A0%80drones",  # a surrogate in WTF-8: no UTF-8 at all
    "q=drones&outlet=Reuters%FF",
])
def test_query_string_that_is_not_utf8_is_422_naming_the_parameter(client: Any, query: str) -> None:
    problem = assert_problem(client.get(f"{API}/search?{query}"), 422)
    assert "not valid UTF-8" in problem["detail"]
    assert set(problem["errors"]) <= {"q", "outlet"}


@pytest.mark.parametrize(("path", "field"), [
    ("/search?q=drones&outlet=%00", "outlet.0"),
    ("/search?q=drones&article_id=a%01b", "article_id.0"),
    ("/events?entity=Ain%00", "entity"),
    ("/dossiers?page=1%00", "page"),
])
def test_nul_and_control_characters_in_query_parameters_are_422(client: Any, path: str, field: str) -> None:
    problem = assert_problem(client.get(API + path), 422)
    assert problem["errors"][field][0].startswith("contains a control character (U+00")


def test_nul_outlet_filter_matches_nothing_it_should_not(client: Any) -> None:
    # The embedded index files articles without an outlet under "\u0000": a NUL filter must not reach it.
    client.post(f"{API}/articles", json={"text": "Drones hit the Harir base on Friday, officials said."})
    problem = assert_problem(post_raw(client, "/dossiers", json.dumps(
        {"claim": "Drones hit the Harir base", "filters": {"outlets": ["\u0000"]}})), 422)
    assert "filters.outlets.0" in problem["errors"]


# --- nesting, numbers and constants: bounded while parsing -------------------------------------

@pytest.mark.parametrize("path", ["/articles", "/dossiers"])
def test_deeply_nested_body_is_400_nested_too_deeply(client: Any, path: str) -> None:
    body = '{"claim": "Two drones hit Ain al-Asad", "text": "x", "filters": ' + DEEP + "}"
    problem = assert_problem(post_raw(client, path, body), 400)
    assert "nested too deeply" in problem["detail"] and str(MAX_DEPTH) in problem["detail"]
    assert counts(client) == (0, 0)


@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson"])
def test_deeply_nested_bulk_item_fails_alone(client: Any, content_type: str) -> None:
    good = '{"text": "Drones hit the Harir base on Friday, officials said."}'
    deep = '{"text": "x", "title": ' + DEEP + "}"
    body = f"[{good}, {deep}]" if content_type == "application/json" else f"{good}\n{deep}\n"
    report = post_raw(client, "/articles/bulk", body, content_type).get_json()
    assert report["ingested"] == 1
    assert report["errors"][0]["line"] == 2 and "nested too deeply" in report["errors"][0]["detail"]


def test_nesting_up_to_the_limit_reaches_the_schema(client: Any) -> None:
    nested = "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2)  # inside {"filters": {"outlets": ...}}
    body = '{"claim": "Two drones hit Ain al-Asad", "filters": {"outlets": ' + nested + "}}"
    assert_problem(post_raw(client, "/dossiers", body), 422)


@pytest.mark.parametrize(("fragment", "status", "words"), [
    ("9" * 5000, 400, "5000 digits"),
    ("-" + "9" * 101, 400, "101 digits"),
    ("NaN", 400, "NaN is not a JSON value"),
    ("-Infinity", 400, "-Infinity is not a JSON value"),
    ("1e999", 422, "max_evidence"),
    ("1" + "0" * 99, 422, "max_evidence"),  # 100 digits: the most a number may have
])
def test_huge_numbers_and_constants_are_4xx(client: Any, fragment: str, status: int, words: str) -> None:
    body = '{"claim": "Two drones hit Ain al-Asad", "max_evidence": ' + fragment + "}"
    problem = assert_problem(post_raw(client, "/dossiers", body), status)
    assert words in problem["detail"]


def test_depth_scan_ignores_brackets_inside_strings() -> None:
    text = json.dumps({"text": "[" * 1000 + '\\"{' * 100, "list": [[1]]})
    assert parse_json(text)["list"] == [[1]]
    with pytest.raises(JSONTooDeep, match=r"line 2, column 34\)"):
        parse_json("\n " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))


def test_decode_prefix_looks_only_at_the_first_value() -> None:
    text = '{"a": [1]}, ' + "[" * 100  # the next array item may be cut off or bad: not this one's problem
    assert decode_prefix(text) == ({"a": [1]}, 10)
    with pytest.raises(JSONNotAccepted):
        decode_prefix("[" * 40 + "1" + "]" * 40)


# --- dates, media types ------------------------------------------------------------------------

@pytest.mark.parametrize("request_", [
    ("post", "/dossiers", {"json": {"claim": "Drones hit Ain al-Asad",
                                    "filters": {"published_from": "2023-10-31T12:00:00"}}}),
    ("get", "/search?q=drones&published_from=2023-10-31T12:00:00", {}),
    ("get", "/events?published_to=31/10/2023", {}),
])
def test_a_bad_date_says_which_form_is_expected(client: Any, request_: tuple[str, str, dict[str, Any]]) -> None:
    method, path, kwargs = request_
    problem = assert_problem(getattr(client, method)(API + path, **kwargs), 422)
    assert "YYYY-MM-DD" in problem["detail"] and "2023-10-31" in problem["detail"]


@pytest.mark.parametrize("path", ["/articles", "/dossiers", "/articles/bulk"])
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "application/json; charset=latin-1", "application/xml"])
def test_a_body_declared_as_something_else_is_415(client: Any, path: str, content_type: str) -> None:
    body = json.dumps({"claim": "Drones hit Ain al-Asad", "text": "Drones hit Ain al-Asad on Friday."})
    problem = assert_problem(post_raw(client, path, body, content_type), 415)
    assert "Content-Type" in problem["detail"] or "UTF-8" in problem["detail"]
    assert counts(client) == (0, 0)


@pytest.mark.parametrize("content_type", [None, "application/json; charset=utf-8", "application/vnd.api+json"])
def test_json_bodies_are_read_with_or_without_content_type(client: Any, content_type: str | None) -> None:
    body = json.dumps({"text": "Drones hit the Harir base on Friday, officials said."}).encode()
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(f"{API}/articles", data=body, headers=headers)
    assert response.status_code == 201, response.get_json()


@pytest.fixture
def dossier_path(client: Any) -> str:
    client.post(f"{API}/articles", json={"text": "Drones hit the Harir base on Friday, officials said."})
    return str(client.post(f"{API}/dossiers", json={"claim": "Drones hit the Harir base"}).headers["Location"])


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


@pytest.mark.parametrize(("accept", "mimetype"), [
    (None, "application/json"),
    ("", "application/json"),
    ("*/*", "application/json"),
    (BROWSER, "application/json"),
    ("application/json", "application/json"),
    ("application/problem+json", "application/json"),
    ("application/*", "application/json"),
    ("text/markdown", "text/markdown"),
    ("text/markdown;q=0.9, application/json", "application/json"),
    ("text/*", "text/markdown"),
])
def test_dossier_negotiation_serves_what_is_acceptable(client: Any, dossier_path: str, accept: str | None,
                                                       mimetype: str) -> None:
    headers = {} if accept is None else {"Accept": accept}
    response = client.get(dossier_path, headers=headers)
    assert response.status_code == 200 and response.mimetype == mimetype


@pytest.mark.parametrize(("path", "accept"), [
    ("/health", "application/pdf"),
    ("/health", "text/markdown"),
    ("/search?q=drones", "text/html"),
    ("/openapi.json", "image/png"),
    ("/dossiers", "application/json;q=0"),
])
def test_an_unacceptable_accept_is_406(client: Any, path: str, accept: str) -> None:
    problem = assert_problem(client.get(API + path, headers={"Accept": accept}), 406)
    assert "application/json" in problem["detail"]


def test_406_lists_what_the_dossier_offers(client: Any, dossier_path: str) -> None:
    problem = assert_problem(client.get(dossier_path, headers={"Accept": "application/pdf"}), 406)
    assert "application/json, text/markdown" in problem["detail"]


# --- the backend's own failures are logged ---------------------------------------------------

def test_a_503_is_logged_with_its_cause(client: Any, app: Any, monkeypatch: pytest.MonkeyPatch,
                                        caplog: pytest.LogCaptureFixture) -> None:
    from service.stores.embedded_db import engine_errors

    store = app.extensions["store"]

    def broken(*_: Any, **__: Any) -> Any:
        with engine_errors():
            raise ValueError("tantivy said no")

    monkeypatch.setattr(store, "search", broken)
    with caplog.at_level(logging.ERROR, logger="service.api"):
        assert_problem(client.get(f"{API}/search?q=drones"), 503)
    record = next(r for r in caplog.records if "Backend unavailable" in r.getMessage())
    assert record.exc_info is not None and "tantivy said no" in caplog.text


# --- the command line: one line on stderr, non-zero exit ---------------------------------------

def test_ingest_file_with_a_surrogate_or_deep_nesting_is_one_line_each(runner: Any, tmp_path: Any) -> None:
    from service.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.jsonl").write_text(
        '{"text": "Drones hit the Harir base on Friday."}\n{"text": ' + SURROGATE_TEXT + "}\n"
        '{"text": "x", "title": ' + "[" * 5000 + "]" * 5000 + "}\n", encoding="utf-8")
    (folder / "deep.json").write_text(DEEP, encoding="utf-8")
    result = runner.invoke(main, ["ingest", "--quiet", str(folder)])
    assert result.exit_code == 1
    assert "ingested 1, unchanged 0, failed 3" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in result.stderr
    assert any("rows.jsonl:2" in line and "lone surrogate (U+D800) at offset 11" in line for line in lines)
    assert any("rows.jsonl:3" in line and "nested too deeply" in line for line in lines)
    assert any("deep.json" in line and "nested too deeply" in line for line in lines)


def test_check_with_a_surrogate_claim_is_one_line(runner: Any) -> None:
    from service.cli import main

    result = runner.invoke(main, ["check", "Drones hit \udcff Ain al-Asad"])  # what Python makes of bad argv bytes
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: error: claim: contains a lone surrogate (U+DCFF) at offset 11"


def test_help_keeps_the_settings_table_one_setting_a_line(runner: Any) -> None:
    from service.cli import main
    from service.settings import SETTINGS

    lines = runner.invoke(main, ["--help"], terminal_width=80).output.splitlines()
    for setting in SETTINGS:
        starts = [line for line in lines if line.strip().startswith(setting.env_name + " ")]
        assert len(starts) == 1, setting.env_name
        assert "(default:" in starts[0]
    assert all(len(line) <= 110 for line in lines)


def test_serve_on_a_busy_port_fails_at_once_without_a_key(runner: Any, tmp_path: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import time

    from service.cli import main

    data = tmp_path / "serve-data"
    monkeypatch.setenv("FACTCHECK_DATA_DIR", str(data))
    monkeypatch.delenv("FACTCHECK_API_KEYS", raising=False)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        started = time.monotonic()
        result = runner.invoke(main, ["serve", "--host", "127.0.0.1", "--port", str(port)])
    assert time.monotonic() - started < 1.0  # gunicorn's own retries take five seconds
    assert result.exit_code == 1
    assert result.stderr.strip() == f"factcheck: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    assert result.stdout == "" and not (data / "api-key").exists()


def test_serve_refuses_a_port_out_of_range(runner: Any) -> None:
    from service.cli import main

    result = runner.invoke(main, ["serve", "--port", "99999"])
    assert result.exit_code == 1 and "from 1 to 65535" in result.stderr


@pytest.mark.parametrize(("rows", "words"), [
    ([{"claim": "x", "claim_label": "SUPPORTS", "evidences": []}], "line 1 is not a CLIMATE-FEVER claim (no claim_id)"),
    ([{"claim_id": "1", "claim": "x", "claim_label": "SUPPORTS", "evidences": []},
      {"claim_id": "2", "claim": "y", "claim_label": "SUPPORTS", "evidences": [{"evidence": "z"}]}],
     "line 2 is not a CLIMATE-FEVER claim;"),
    ([{"claim_id": "1", "claim": "x", "claim_label": "MAYBE", "evidences": []}], "line 1 is not a CLIMATE-FEVER"),
    ([{"claim_id": "1", "claim": "x\ud800", "claim_label": "SUPPORTS", "evidences": []}],
     "line 1: claim contains a lone surrogate"),
])
def test_eval_on_rows_without_the_fields_is_one_line(runner: Any, tmp_path: Any, rows: list[dict[str, Any]],
                                                     words: str) -> None:
    from service.cli import main

    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = runner.invoke(main, ["eval", "--format", "climate-fever", str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr, result.stderr


@pytest.mark.parametrize(("name", "content", "words"), [
    ("claims.json", '[{"claim": "x\\ud800", "label": "Supported"}]', "claim 0: claim contains a lone surrogate"),
    ("claims.json", '[{"claim": "x", "label": "Supported", "questions": [3]}]', "`questions` must be a list"),
    ("claims.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("claims.jsonl", '{"claim": "x\\udc00", "verdict": "supported"}\n', "line 1: claim contains a lone surrogate"),
])
def test_eval_of_other_formats_names_the_bad_claim_in_one_line(runner: Any, tmp_path: Any, name: str, content: str,
                                                               words: str) -> None:
    from service.cli import main

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(main, ["eval", "--seeds", str(tmp_path), str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr, result.stderr
