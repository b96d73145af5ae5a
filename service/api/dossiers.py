"""POST /dossiers, GET /dossiers/{id} (JSON, Markdown or ClaimReview), GET /dossiers, POST /dossiers/{id}/reviews."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, request, url_for

from service.actions import check_claim, dossier_listing
from service.api import JSON, load_args, load_body, negotiated_type, offers, store
from service.api.security import presented_key
from service.exports import claim_review, dossier_markdown, page_url
from service.reviews import present, record_review, reviewer
from service.schemas.dossiers import DossierRequestSchema
from service.schemas.reviews import (
    DossierFormatArgsSchema,
    DossierListArgsSchema,
    ReviewRequestSchema,
)

blueprint = Blueprint("dossiers", __name__)
DOSSIER_REQUEST = DossierRequestSchema()  # limits are read at request time: one instance for every request
REVIEW_REQUEST = ReviewRequestSchema()
DOSSIER_FORMAT = DossierFormatArgsSchema()
# ?format= → the media type it stands for (a page link cannot set Accept)
FORMATS = {"json": "application/json", "markdown": "text/markdown", "claimreview": "application/ld+json"}


@blueprint.post("/dossiers")
def post_dossier() -> tuple[dict[str, Any], int, dict[str, str]]:
    document = check_claim(store(), load_body(DOSSIER_REQUEST), current_app.extensions["dossier_workers"])
    return present(document), 201, {"Location": url_for("dossiers.get_dossier", dossier_id=document["id"])}


@blueprint.get("/dossiers/<dossier_id>")
@offers(JSON, FORMATS["markdown"], FORMATS["claimreview"])
def get_dossier(dossier_id: str) -> Any:
    wanted = load_args(DOSSIER_FORMAT)["format"]
    document = present(store().get_dossier(dossier_id))
    media = FORMATS[wanted] if wanted else negotiated_type()
    if media == "text/markdown":
        return _export(Response(dossier_markdown(document), mimetype="text/markdown"), wanted,
                       f"dossier-{dossier_id}.md")
    if media == "application/ld+json":
        config = current_app.config
        url = page_url(config["PUBLIC_URL"] or request.host_url, dossier_id)
        body = claim_review(document, url, config["PUBLISHER_NAME"], config["PUBLISHER_URL"])
        return _export(current_app.response_class(current_app.json.dumps(body), mimetype="application/ld+json"),
                       wanted, f"claimreview-{dossier_id}.jsonld")
    return document


def _export(response: Response, wanted: str | None, filename: str) -> Response:
    """Asked for by `?format=` (a link on a page): downloaded as a file of that name."""
    if wanted:
        response.headers.set("Content-Disposition", "attachment", filename=filename)
    return response


@blueprint.post("/dossiers/<dossier_id>/reviews")
def post_review(dossier_id: str) -> tuple[dict[str, Any], int, dict[str, str]]:
    document = record_review(store(), dossier_id, load_body(REVIEW_REQUEST), reviewer(presented_key()))
    return present(document), 201, {"Location": url_for("dossiers.get_dossier", dossier_id=dossier_id)}


@blueprint.get("/dossiers")
def list_dossiers() -> dict[str, Any]:
    return dossier_listing(store(), load_args(DossierListArgsSchema()))
