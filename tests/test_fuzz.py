"""Schemathesis against the served /openapi.json: no 5xx, no response that breaks the schema.

A bounded run for `make test`; bench/fuzz.py runs a longer one.
"""

from __future__ import annotations

import os
import tempfile

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from service import create_app
from tests.conftest import WRITE_KEY

_DATA = tempfile.TemporaryDirectory(prefix="factcheck-fuzz-")
APP = create_app({"DATA_DIR": _DATA.name, "API_KEYS": [WRITE_KEY], "RATE_LIMIT": 0, "TESTING": True})
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "15"))  # per operation
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _seeded() -> None:
    client = APP.test_client()
    client.post("/api/v1/articles", json={"text": "Two rockets hit Ain al-Asad on Monday, Reuters said.",
                                          "outlet": "Example Wire", "published_at": "2024-01-22"},
                headers={"Authorization": f"Bearer {WRITE_KEY}"})


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {WRITE_KEY}"})
