"""The compiled dumps of search pages and dossiers equal marshmallow's own `Schema.dump`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from marshmallow import Schema, fields, post_dump

from service.actions import SEARCH_RESPONSE
from service.dossier.pipeline import assess_claim, gather_evidence
from service.dossier.workers import _DOSSIER, assess_document
from service.models import SearchFilters
from service.schemas.fastdump import compile_dump
from service.search import run_search

QUERIES = ["Ain al-Asad", '"ballistic missiles" Iraq', "rockets -drones", "Katyusha", "nothing-matches-this", ""]
CLAIMS = ["Two Americans were slightly injured in the January attack on Ain al-Asad.",
          "Ten missiles were fired at the base.", "Two Katyusha rockets fell near the airport in August 2024.",
          "Nobody was hurt in Diyala province."]


@pytest.mark.parametrize("q", QUERIES)
def test_a_search_page_dumps_as_marshmallow_dumps_it(app: Any, seeded_client: Any, q: str) -> None:
    result = run_search(app.extensions["store"], q, SearchFilters(), size=20)
    body = {"total": result.total, "page": 1, "size": 20, "took_ms": 1.5, "hits": result.hits,
            "facets": {name: result.facets.get(name, ()) for name in ("outlet", "published_month")}}
    assert compile_dump(SEARCH_RESPONSE)(body) == SEARCH_RESPONSE.dump(body)
    if q == "Ain al-Asad":
        assert result.hits and result.hits[0].passage.attributions is not None


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_dossier_dumps_as_marshmallow_dumps_it(app: Any, seeded_client: Any, claim: str) -> None:
    dossier = assess_claim(gather_evidence(app.extensions["store"], claim))
    assert any(dossier.evidence.values())  # the seeds hold evidence for every claim here
    assert compile_dump(_DOSSIER)(dossier) == _DOSSIER.dump(dossier)
    assert assess_document(gather_evidence(app.extensions["store"], claim)).keys() == _DOSSIER.dump(dossier).keys()


@dataclass
class Thing:
    name: str | None
    count: Any
    ratio: Any
    tags: list[Any] = field(default_factory=list)
    child: Any = None
    flag: bool = True


class ChildSchema(Schema):
    label = fields.String(data_key="title")
    missing_here = fields.String()


class ThingSchema(Schema):
    name = fields.String(allow_none=True)
    count = fields.Integer()
    ratio = fields.Float()
    tags = fields.List(fields.String())
    child = fields.Nested(ChildSchema, allow_none=True)
    flag = fields.Boolean()  # no compiled converter: marshmallow's own path
    shown = fields.String(attribute="ratio", dump_only=True)
    fallback = fields.String(dump_default="n/a")


class HookedSchema(ThingSchema):
    @post_dump
    def _mark(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        return {**data, "hooked": True}


@pytest.mark.parametrize("thing", [
    Thing("a", 3, 0.5, ["x", 1], {"label": "c"}),
    Thing(None, "7", 2, [], None, False),
    Thing("é", True, "1.25", [None], {"title": "not the attribute"}),
    {"name": "as a dict", "count": 1.9, "ratio": 3, "tags": ("t",), "flag": 0},
])
@pytest.mark.parametrize("schema", [ThingSchema(), HookedSchema(), ThingSchema(only=("name", "child"))])
def test_field_types_keys_and_fallbacks_match_marshmallow(thing: Any, schema: Schema) -> None:
    assert compile_dump(schema)(thing) == schema.dump(thing)
