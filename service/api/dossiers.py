"""POST /dossiers, GET /dossiers/{id} (JSON or Markdown), GET /dossiers."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, url_for
from marshmallow import Schema, fields, validate, validates_schema

from service.actions import check_claim
from service.api import JSON, load_args, load_body, negotiated_type, offers, store
from service.dossier.report import render_markdown
from service.schemas.dossiers import DossierRequestSchema, VerdictSchema
from service.schemas.search import check_page_window

blueprint = Blueprint("dossiers", __name__)
MARKDOWN = "text/markdown"
DOSSIER_REQUEST = DossierRequestSchema()  # limits are read at request time: one instance for every request


class DossierListArgsSchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    size = fields.Integer(load_default=20, validate=validate.Range(min=1))

    @validates_schema
    def _window(self, data: dict[str, Any], **_: Any) -> None:
        check_page_window(data["page"], data["size"])


class DossierSummarySchema(Schema):
    id = fields.String(required=True)
    claim = fields.String(required=True)
    created_at = fields.String(required=True)
    backend = fields.String(required=True)
    verdict = fields.Nested(VerdictSchema, required=True)


class DossierListSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    size = fields.Integer(required=True)
    dossiers = fields.List(fields.Nested(DossierSummarySchema), required=True)


@blueprint.post("/dossiers")
def post_dossier() -> tuple[dict[str, Any], int, dict[str, str]]:
    document = check_claim(store(), load_body(DOSSIER_REQUEST), current_app.extensions["dossier_workers"])
    return document, 201, {"Location": url_for("dossiers.get_dossier", dossier_id=document["id"])}


@blueprint.get("/dossiers/<dossier_id>")
@offers(JSON, MARKDOWN)
def get_dossier(dossier_id: str) -> Any:
    document = store().get_dossier(dossier_id)
    if negotiated_type() == MARKDOWN:
        return Response(render_markdown(document), mimetype="text/markdown")
    return document


@blueprint.get("/dossiers")
def list_dossiers() -> dict[str, Any]:
    args = load_args(DossierListArgsSchema())
    page, size = args["page"], args["size"]
    total, documents = store().list_dossiers((page - 1) * size, size)
    body = {"total": total, "page": page, "size": size, "dossiers": documents}
    return DossierListSchema().dump(body)  # type: ignore[no-any-return]
