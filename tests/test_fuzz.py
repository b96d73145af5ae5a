"""Fuzzing against the served /openapi.json: no 5xx, no response that breaks the schema.

Two runs, both over every operation and every field the OpenAPI document lists (so a new
endpoint or field is fuzzed without touching this file):

- schemathesis generates requests from the schemas; a hook puts hostile values into one field
  of about half of them: lone surrogates, NULs and other control characters, right-to-left and
  zero-width characters, over-long strings, deeply nested arrays, huge integers and floats,
  NaN and infinities.
- a sweep sends raw fragments that no JSON serializer produces (a 5,000-digit integer, arrays
  nested 100,000 deep, escaped lone surrogates, bytes that are not UTF-8 in the query string
  and the path) to each field of a valid request, and checks that a refused write stored nothing.

A bounded run for `make test`; `python -m bench.fuzz` runs a longer one and prints the tally of
statuses that the `after_call` hook keeps (FACTCHECK_FUZZ_REPORT names the file it writes).
"""

from __future__ import annotations

import collections
import copy
import json
import os
import re
import tempfile
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import positive_data_acceptance
from schemathesis.generation import GenerationMode

from service import create_app
from tests.conftest import WRITE_KEY

_DATA = tempfile.TemporaryDirectory(prefix="factcheck-fuzz-")
APP = create_app({"DATA_DIR": _DATA.name, "API_KEYS": [WRITE_KEY], "RATE_LIMIT": 0, "TESTING": True})
AUTH = {"Authorization": f"Bearer {WRITE_KEY}"}
SPEC: dict[str, Any] = APP.test_client().get("/api/v1/openapi.json").get_json()
STATUSES: collections.Counter[str] = collections.Counter()  # "POST /dossiers 422" → count


# Raw JSON text the hook wants sent that no Python value gives, or that schemathesis cannot hold
# (its revalidation of a mutated case encodes strings as UTF-8, so a lone surrogate breaks it): the
# case carries a token string, and the serializers put the raw text in its place.
_RAW: dict[str, str] = {}  # token → raw JSON text
_TOKENS: dict[str, str] = {}  # raw JSON text → token
_RAW_TOKEN = re.compile(r'"\\u2063raw(\d+)\\u2063"')  # a token as json.dumps writes it


def raw(text: str) -> str:
    """A token that goes on the wire as `text` (JSON) in a body."""
    if text not in _TOKENS:
        _TOKENS[text] = f"\u2063raw{len(_RAW)}\u2063"
        _RAW[_TOKENS[text]] = text
    return _TOKENS[text]


def _wire(value: Any) -> bytes:
    text = json.dumps(value, default=str)  # NaN and Infinity as Python writes them: the API must say 400
    return _RAW_TOKEN.sub(lambda m: _RAW[f"\u2063raw{m.group(1)}\u2063"], text).encode()


@schemathesis.serializer("application/x-ndjson")
def _ndjson(_ctx: object, value: object) -> bytes:
    """Bulk bodies as NDJSON: one JSON value a line (a non-list value is one line)."""
    items = value if isinstance(value, list) else [value]
    return b"\n".join(_wire(item) for item in items)


@schemathesis.serializer("application/json")
def _json(_ctx: object, value: object) -> bytes:
    """JSON with the raw fragments in place; raw bytes (from negative generation) go as they are."""
    return value if isinstance(value, bytes) else _wire(value)


EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "15"))  # per operation
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)


# --- where a value can go: every field of every operation, read from the OpenAPI document ------

Path = tuple[str | int, ...]


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _body_paths(node: dict[str, Any], prefix: Path = (), seen: frozenset[str] = frozenset()) -> list[Path]:
    """Every property (and list element) a body may carry, as paths: ("filters", "outlets", 0)."""
    ref = node.get("$ref")
    if ref in seen:
        return []
    node, seen = _resolve(node), seen | {ref} if ref else seen
    paths: list[Path] = []
    for alternative in node.get("anyOf", []) + node.get("allOf", []) + node.get("oneOf", []):
        paths += _body_paths(alternative, prefix, seen)
    for name, sub in node.get("properties", {}).items():
        if not _resolve(sub).get("readOnly"):
            paths += [(*prefix, name), *_body_paths(sub, (*prefix, name), seen)]
    if node.get("type") == "array" and "items" in node:
        paths += [(*prefix, 0), *_body_paths(node["items"], (*prefix, 0), seen)]
    return list(dict.fromkeys(paths))


def _fields(path: str, method: str) -> dict[str, list[Any]]:
    operation = SPEC["paths"][path][method]
    found: dict[str, list[Any]] = {"query": [], "path": [], "body": []}
    for parameter in operation.get("parameters", []):
        found[parameter["in"]].append(parameter["name"])
    content = operation.get("requestBody", {}).get("content", {})
    if content:
        body = next(iter(content.values()))["schema"]
        if path.endswith("/bulk"):  # items are ArticleIn, validated one by one (see service/openapi.py)
            found["body"] = [(0,), *[(0, *p) for p in _body_paths({"$ref": "#/components/schemas/ArticleIn"})]]
        else:
            found["body"] = _body_paths(body)
    return found


OPERATIONS = [(path, method) for path, methods in SPEC["paths"].items() for method in methods]
FIELDS = {(path, method): _fields(path, method) for path, method in OPERATIONS}


def set_at(body: Any, path: Path, value: Any) -> Any:
    """`body` with `value` at `path`, creating the objects and lists on the way."""
    root: Any = ([] if isinstance(path[0], int) else {}) if not isinstance(body, dict | list) else body
    node = root
    for step, following in zip(path, [*path[1:], None], strict=True):
        if isinstance(step, int) and not isinstance(node, list) or isinstance(step, str) and not isinstance(node, dict):
            return root  # the generated body has another shape here: leave it
        if following is None:
            if isinstance(node, list):
                node[:] = node or [None]
                node[0] = value
            else:
                node[step] = value
            return root
        child = ([] if isinstance(following, int) else {})
        if isinstance(node, list):
            if not node or not isinstance(node[0], type(child)):
                node[:] = [child] if not node else [child, *node[1:]]
            node = node[0]
        else:
            if not isinstance(node.get(step), type(child)):
                node[step] = child
            node = node[step]
    return root


# --- hostile values, for schemathesis ---------------------------------------------------------

def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE_STRINGS = st.one_of(
    st.sampled_from(["\ud800", "Ain al-Asad \udfff", "\x00", "a\x00b", "\x1b[31m", "\x7f\x85",
                     "\u202eevil\u202c", "\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f",  # RTL override, Arabic
                     "zero\u200bwidth\u200c\u200d\ufeff", "\u2066isolate\u2069", "\U0001F680\ud83d"]),
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Lo", "Mn", "Zs"]), min_size=1, max_size=40),
    st.builds(lambda unit, n: unit * n, st.sampled_from(["a", "\u0645", "\u200b", "drone "]),
              # past every length limit, but under FACTCHECK_MAX_BODY_BYTES once escaped (6 bytes a
              # character at most): a 413 is right for a bigger body, yet not what schemathesis expects
              st.sampled_from([257, 1_001, 2_001, 20_000, 300_000])),
)
HOSTILE_NUMBERS = st.one_of(
    st.integers(min_value=2**63).map(lambda n: n * 10**40), st.integers(max_value=-(2**63)),
    st.sampled_from([10**4000, -(10**299), 2**64, 0, -1, 1e308, -1e308, 5e-324, -0.0, True]),
)
HOSTILE_RAW = st.sampled_from([  # JSON text only: numbers past Python's 4,300-digit limit, non-JSON constants, depth
    "9" * 5000, "-" + "9" * 4400, "1e999", "-1e999", "NaN", "Infinity", "-Infinity",
    _deep(33), _deep(300), _deep(100_000), '{"a":' * 40 + "1" + "}" * 40, '"\\ud800\\udc00\\udc00"',
]).map(raw)
HOSTILE = st.one_of(HOSTILE_STRINGS, HOSTILE_NUMBERS, HOSTILE_RAW,
                    st.sampled_from([{}, [], None, {"": ""}, {"\ud800": 1}, ["\x00"], [[["\ud800"]]]]))


def _has_surrogate(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _url_safe(value: Any) -> Any:
    """What a query or path value can be on the wire: text that UTF-8 can encode (the sweep sends
    the bytes that cannot be)."""
    text = value if isinstance(value, str) else json.dumps(value)
    text = _RAW.get(text, text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _hostile_case(case: schemathesis.Case, where: tuple[str, Any], value: Any) -> schemathesis.Case:
    location, name = where
    if location == "body":
        case.body = set_at(copy.deepcopy(case.body), name, raw(json.dumps(value)) if _has_surrogate(value) else value)
    elif location == "query":
        case.query = {**(case.query or {}), name: _url_safe(value)}
    else:
        case.path_parameters = {**(case.path_parameters or {}), name: _url_safe(value)}
    return case


@schema.hook
def flatmap_case(context: Any, case: schemathesis.Case) -> Any:
    """About half of the positive cases get one hostile value in one of the operation's fields."""
    meta = case.meta
    if meta is not None and meta.generation.mode != GenerationMode.POSITIVE:
        return st.just(case)
    if getattr(case, "media_type", None) == "text/html":
        return st.just(case)  # an HTML page has no fields: any text is a page (extracted or refused with 422)
    fields = FIELDS.get((case.operation.path, case.method.lower()), {})
    places = [(location, name) for location, names in fields.items() for name in names]
    if not places:
        return st.just(case)
    hostile = st.tuples(st.sampled_from(places), HOSTILE).map(lambda pick: _hostile_case(case, *pick))
    return st.one_of(st.just(case), hostile)


REFUSALS = ("lone surrogate", "control character", "not valid UTF-8", "nested too deeply", "digits",
            "is not a JSON value", "Number too large", "characters long")


def tally(run: str, method: str, path: str, status: int, text: str) -> None:
    """Count the status, and which of the hostile-input refusals the answer (or a bulk line) names."""
    STATUSES[f"{method.upper()} {path} {status}"] += 1
    for refusal in REFUSALS:
        if refusal in text:
            STATUSES[f"refused ({run}): {refusal}"] += 1


@schema.hook
def after_call(context: Any, case: schemathesis.Case, response: Any) -> None:
    # bytes, not .text: a docs asset may be an image
    tally("schemathesis", case.method, case.operation.path, response.status_code,
          response.content.decode("utf-8", "replace"))


@pytest.fixture(scope="module", autouse=True)
def _seeded() -> Iterator[None]:
    client = APP.test_client()
    client.post("/api/v1/articles", json={"text": "Two rockets hit Ain al-Asad on Monday, Reuters said.",
                                          "outlet": "Example Wire", "published_at": "2024-01-22"}, headers=AUTH)
    yield
    report = os.environ.get("FACTCHECK_FUZZ_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as handle:
            json.dump(dict(sorted(STATUSES.items())), handle, indent=1)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    # positive_data_acceptance is left out: some rules cannot be said in JSON Schema (a claim needs
    # a searchable word, 2024-02-30 is not a date, a query has a length limit read from settings,
    # no string may hold a lone surrogate or a NUL), so a schema-valid request may rightly get a
    # 422. Every other check runs, 5xx included.
    case.call_and_validate(headers=AUTH, excluded_checks=[positive_data_acceptance])


# --- the sweep: raw fragments into every field ------------------------------------------------

ARTICLE = {"text": "Two drones hit the Harir base on Friday, Reuters said.", "external_id": "sweep",
           "title": "Drones", "outlet": "Example Wire", "url": "https://example.org/a", "author": "A. Writer",
           "published_at": "2024-01-22", "language": "en"}
VALID_BODIES: dict[tuple[str, str], Any] = {
    ("/articles", "post"): ARTICLE,
    ("/articles/bulk", "post"): [ARTICLE],
    ("/dossiers", "post"): {"claim": "Two drones hit the Harir base", "max_evidence": 5, "filters": {
        "outlets": ["Example Wire"], "article_ids": ["a" * 20], "external_ids": ["sweep"],
        "published_from": "2024-01-01", "published_to": "2024-12-31"}, "claim_date": "2024-09-18"},
    # a documentation address (TEST-NET-1): refused by the address check before any connection
    ("/articles/fetch", "post"): {"urls": ["http://192.0.2.1/page.html"]},
    ("/dossiers/{dossier_id}/reviews", "post"): {
        "decisions": [{"passage_id": "a" * 20 + "-0", "stance": "related", "note": "Another incident."}],
        "verdict": {"label": "refuted", "note": "The outlet corrected it."}, "note": "Checked."},
}
PLACEHOLDER = "\u2063HOSTILE\u2063"
JSON_FRAGMENTS = {  # raw JSON text, as a client could send it
    "lone surrogate": '"Ain \\ud800 al-Asad"', "low surrogate first": '"\\udc00\\ud800"', "NUL": '"a\\u0000b"',
    "escape": '"\\u001b[31m"', "RTL": '"\\u202e\\u0639\\u064a\\u0646"', "zero-width": '"\\u200b\\ufeff"',
    "over-long": '"' + "drone " * 50_000 + '"', "huge integer": "9" * 5000, "huge float": "1e999",
    "NaN": "NaN", "Infinity": "-Infinity", "deep": "[" * 100_000 + "]" * 100_000,
    "deep object": '{"a":' * 5000 + "1" + "}" * 5000, "empty object": "{}", "null": "null",
}
URL_FRAGMENTS = {  # raw, percent-encoded query or path text
    "surrogate (WTF-8)": "%ED%A0%80", "not UTF-8": "%FF%FE", "NUL": "a%00b", "escape": "%1B%5B31m",
    "RTL": quote("\u202e\u0639\u064a\u0646"), "zero-width": quote("\u200b\ufeff"), "over-long": "d" * 20_000,
    "huge integer": "9" * 5000, "huge float": "1e999", "deep": "%5B" * 2000,
}


def _sweep_cases() -> list[Any]:
    cases = []
    for (path, method), fields in FIELDS.items():
        for location, names in fields.items():
            fragments = JSON_FRAGMENTS if location == "body" else URL_FRAGMENTS
            for name in names:
                label = ".".join(map(str, name)) if location == "body" else name
                cases += [pytest.param(path, method, location, name, fragment,
                                       id=f"{method.upper()} {path} {location}:{label} {kind}")
                          for kind, fragment in fragments.items()]
    return cases


def _counts(client: Any) -> tuple[int, int]:
    return (client.get("/api/v1/health").get_json()["articles"],
            client.get("/api/v1/dossiers").get_json()["total"])


def _sweep_request(path: str, method: str, location: str, name: Any, fragment: str) -> tuple[str, dict[str, Any]]:
    url = path.replace("{article_id}", "a" * 20).replace("{dossier_id}", "d" * 32)
    kwargs: dict[str, Any] = {"headers": AUTH}
    if location == "path":
        url = path.replace("{" + name + "}", fragment)
    elif location == "query":
        url = f"{url}?{name}={fragment}"
    if location == "body" or (path, method) in VALID_BODIES:
        body = set_at(copy.deepcopy(VALID_BODIES.get((path, method), {})), name, PLACEHOLDER) \
            if location == "body" else VALID_BODIES[(path, method)]
        text = json.dumps(body).replace(json.dumps(PLACEHOLDER), fragment)
        kwargs.update(data=text.encode("utf-8"), content_type="application/json")
    return "/api/v1" + url, kwargs


@pytest.mark.parametrize(("path", "method", "location", "name", "fragment"), _sweep_cases())
def test_hostile_fragment_in_every_field(path: str, method: str, location: str, name: Any, fragment: str) -> None:
    client = APP.test_client()
    before = _counts(client)
    url, kwargs = _sweep_request(path, method, location, name, fragment)
    response = getattr(client, method)(url, **kwargs)
    tally("sweep", method, path, response.status_code, response.get_data(as_text=True))
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
        if method == "post" and not path.endswith("/bulk"):
            assert _counts(client) == before  # nothing stored half-way
    expected = REFUSED.get(location, {}).get(fragment)
    if expected is not None and path.endswith("/bulk") and name == (0,):
        expected = 400  # the item itself is no object
    if expected is not None and path.endswith("/bulk"):
        assert [error["status"] for error in response.get_json()["errors"]] == [expected]
    elif expected is not None and not (location == "query" and expected == 422 and name in NUMERIC_QUERY):
        assert response.status_code == expected


NUMERIC_QUERY = {"page", "size"}  # refused by the number parser before the characters are looked at
REFUSED = {  # fragments that never get further than the boundary, and the status that says so
    "body": {JSON_FRAGMENTS[k]: 400 for k in ("huge integer", "NaN", "Infinity", "deep", "deep object")}
    | {JSON_FRAGMENTS[k]: 422 for k in ("lone surrogate", "low surrogate first", "NUL", "escape")},
    "query": {URL_FRAGMENTS[k]: 422 for k in ("surrogate (WTF-8)", "not UTF-8", "NUL", "escape")},
}


def test_every_operation_with_a_body_has_a_valid_one_for_the_sweep() -> None:
    with_body = {key for key, fields in FIELDS.items() if fields["body"]}
    assert with_body == set(VALID_BODIES)
    assert ("filters", "outlets", 0) in FIELDS[("/dossiers", "post")]["body"]
    assert ("q" in FIELDS[("/search", "get")]["query"]) and FIELDS[("/dossiers/{dossier_id}", "get")]["path"]
