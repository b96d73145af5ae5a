"""Reviews of a dossier (in and out), the dossier listing, and the dossier as GET returns it."""

from __future__ import annotations

from typing import Any

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates_schema

from service.reviews import LABELS, STANCES
from service.schemas.dossiers import DossierSchema, VerdictSchema
from service.schemas.search import check_page_window

# control characters and lone surrogates are refused for every string by service.schemas.load
NOTE = {"load_default": None, "allow_none": True, "validate": [validate.Length(max=5000)]}
REVIEW_STATES = ("unreviewed", "in_review", "final")


class DecisionInSchema(Schema):
    passage_id = fields.String(required=True, validate=validate.Length(min=1, max=256))
    stance = fields.String(required=True, validate=validate.OneOf(STANCES))
    note = fields.String(**NOTE)


class VerdictInSchema(Schema):
    label = fields.String(required=True, validate=validate.OneOf(LABELS))
    note = fields.String(**NOTE)


class ReviewRequestSchema(Schema):
    """POST /dossiers/{id}/reviews: stance decisions, a final verdict, a note; at least one."""

    decisions = fields.List(fields.Nested(DecisionInSchema), validate=validate.Length(max=200), metadata={
        "description": "Overrides of evidence items' stances; a passage decided again keeps the latest."})
    verdict = fields.Nested(VerdictInSchema, allow_none=True, metadata={
        "description": "The reviewer's final verdict; it makes the review `final`."})
    note = fields.String(**NOTE, metadata={"description": "A free note on the case."})

    @validates_schema
    def _something(self, data: dict[str, Any], **_: Any) -> None:
        if not (data.get("decisions") or data.get("verdict") or data.get("note")):
            raise ValidationError("send at least one of decisions, verdict or note", "_body")


class DecisionSchema(Schema):
    passage_id = fields.String(required=True)
    machine_stance = fields.String(required=True, metadata={"description": "The stance the machine gave it."})
    stance = fields.String(required=True, metadata={"description": "The reviewer's stance."})
    note = fields.String(allow_none=True)
    at = fields.String(required=True, metadata={"description": "ISO 8601 UTC time of the change."})
    by = fields.String(required=True, metadata={
        "description": "Who: \"key:\" and 8 hex digits of the SHA-256 of the API key, or \"anonymous\"."})


class FinalVerdictSchema(Schema):
    label = fields.String(required=True, validate=validate.OneOf(LABELS))
    note = fields.String(allow_none=True)
    at = fields.String(required=True)
    by = fields.String(required=True)


class NoteSchema(Schema):
    note = fields.String(required=True)
    at = fields.String(required=True)
    by = fields.String(required=True)


class ChangeSchema(Schema):
    """One change as it was made; `kind` says which of the other fields it has."""

    at = fields.String(required=True)
    by = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(["decision", "verdict", "note"]))
    passage_id = fields.String()
    machine_stance = fields.String()
    stance = fields.String()
    label = fields.String()
    note = fields.String(allow_none=True)


class ReviewSchema(Schema):
    state = fields.String(required=True, validate=validate.OneOf(REVIEW_STATES), metadata={
        "description": "unreviewed: nothing yet; in_review: decisions or notes, no final verdict; "
                       "final: a final verdict is set."})
    decisions = fields.List(fields.Nested(DecisionSchema), required=True, metadata={
        "description": "The latest decision per passage."})
    verdict = fields.Nested(FinalVerdictSchema, allow_none=True, required=True)
    reviewed_verdict = fields.Nested(VerdictSchema, allow_none=True, required=True, metadata={
        "description": "The machine's verdict step re-run over the shown evidence with the reviewer's "
                       "stances (decided passages at full strength); null without decisions."})
    notes = fields.List(fields.Nested(NoteSchema), required=True)
    history = fields.List(fields.Nested(ChangeSchema), required=True,
                          metadata={"description": "Every change, oldest first."})


class SimilarDossierSchema(Schema):
    id = fields.String(required=True)
    claim = fields.String(required=True)
    created_at = fields.String(required=True)
    verdict = fields.String(required=True, metadata={
        "description": "Its verdict label (the reviewer's final one when set)."})
    relation = fields.String(required=True, validate=validate.OneOf(["same", "similar"]))
    differences = fields.List(fields.String(), required=True, metadata={
        "description": "What differs, this claim's value first: \"4 vs 2\"."})


class DossierDocumentSchema(DossierSchema):
    """A dossier as GET /dossiers/{id} returns it: the machine's assessment, unchanged, and beside it
    the earlier dossiers on the same claim and the review."""

    similar_dossiers = fields.List(fields.Nested(SimilarDossierSchema), required=True, metadata={
        "description": "Earlier dossiers whose claims say the same thing (found when this one was created)."})
    review = fields.Nested(ReviewSchema, required=True)


class DossierListArgsSchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    size = fields.Integer(load_default=20, validate=validate.Range(min=1))
    q = fields.String(load_default="", validate=validate.Length(max=1000), metadata={
        "description": "Words that must all be in the claim (any case; word forms match: rocket ~ rockets)."})
    verdict = fields.String(load_default=None, validate=validate.OneOf(LABELS), metadata={
        "description": "The machine's label, or the reviewer's final one when set."})
    review_state = fields.String(load_default=None, validate=validate.OneOf(REVIEW_STATES))

    @validates_schema
    def _window(self, data: dict[str, Any], **_: Any) -> None:
        check_page_window(data["page"], data["size"])


EXPORT_FORMATS = ("json", "markdown", "claimreview")


class DossierFormatArgsSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # other query parameters (a page's cache buster) are no error here

    format = fields.String(load_default=None, validate=validate.OneOf(EXPORT_FORMATS), metadata={
        "description": "Instead of the Accept header: markdown (text/markdown), claimreview "
                       "(application/ld+json, schema.org ClaimReview) or json."})


class ReviewSummarySchema(Schema):
    state = fields.String(required=True)
    verdict = fields.Nested(FinalVerdictSchema, allow_none=True, required=True)


class DossierSummarySchema(Schema):
    id = fields.String(required=True)
    claim = fields.String(required=True)
    created_at = fields.String(required=True)
    backend = fields.String(required=True)
    verdict = fields.Nested(VerdictSchema, required=True, metadata={"description": "The machine's verdict."})
    review = fields.Nested(ReviewSummarySchema, required=True)


class DossierListSchema(Schema):
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    size = fields.Integer(required=True)
    dossiers = fields.List(fields.Nested(DossierSummarySchema), required=True)
