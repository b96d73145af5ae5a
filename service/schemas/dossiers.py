"""Dossier requests (in) and dossiers (out), exactly the JSON of docs/API.md."""

from __future__ import annotations

from typing import Any

from flask import current_app, has_app_context
from marshmallow import Schema, ValidationError, fields, post_load, validate, validates, validates_schema

from service.dossier.analysis import keywords_of
from service.models import SearchFilters
from service.schemas.common import Day, SearchHitSchema
from service.settings import SETTINGS_BY_NAME

ID_LIST = fields.List(fields.String(validate=validate.Length(min=1, max=256)), load_default=list,
                      validate=validate.Length(max=100))


def max_claim_chars() -> int:
    """MAX_CLAIM_CHARS of the running app, or the declared default outside one (the CLI)."""
    if has_app_context():
        return int(current_app.config.get("MAX_CLAIM_CHARS", SETTINGS_BY_NAME["MAX_CLAIM_CHARS"].default))
    return int(SETTINGS_BY_NAME["MAX_CLAIM_CHARS"].default)


class DossierFiltersSchema(Schema):
    outlets = fields.List(fields.String(validate=validate.Length(min=1, max=200)), load_default=list,
                          validate=validate.Length(max=100))
    article_ids = ID_LIST
    external_ids = ID_LIST
    published_from = Day(load_default=None, allow_none=True)
    published_to = Day(load_default=None, allow_none=True)

    @validates_schema
    def _window(self, data: dict[str, Any], **_: Any) -> None:
        start, end = data.get("published_from"), data.get("published_to")
        if start and end and start > end:
            raise ValidationError("published_from is after published_to", "published_from")

    @post_load
    def _filters(self, data: dict[str, Any], **_: Any) -> SearchFilters:
        return SearchFilters(
            outlets=tuple(data["outlets"]), article_ids=tuple(data["article_ids"]),
            external_ids=tuple(data["external_ids"]),
            published_from=data["published_from"].isoformat() if data["published_from"] else None,
            published_to=data["published_to"].isoformat() if data["published_to"] else None,
        )


class DossierRequestSchema(Schema):
    """POST /dossiers: a claim, optional filters, how many evidence items to show."""

    claim = fields.String(required=True, metadata={"description": "The claim to check, in English."})
    filters = fields.Nested(DossierFiltersSchema, load_default=None, allow_none=True)
    max_evidence = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    claim_date = fields.Date(load_default=None, allow_none=True, metadata={
        "description": "When the claim was made (YYYY-MM-DD), optional: \"yesterday\", \"last week\", \"on "
                       "Monday\" and a day without a year in the claim are dated from it. Without it, relative "
                       "dates do not date the claim (the dossier's event_reason says so)."})

    @validates("claim")
    def _claim(self, value: str, **_: Any) -> None:
        if not value.strip():
            raise ValidationError("the claim is empty")
        limit = max_claim_chars()
        if len(value) > limit:
            raise ValidationError(f"the claim is {len(value)} characters long; the limit is {limit}")
        if not keywords_of(value):
            raise ValidationError("the claim has no searchable word (only stopwords, numbers or punctuation)")

    @post_load
    def _defaults(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        data["filters"] = data.get("filters") or SearchFilters()
        return data


class EntitySchema(Schema):
    text = fields.String(required=True)
    variants = fields.List(fields.String(), required=True,
                           metadata={"description": "Other spellings in the claim or the index."})


class QuantitySchema(Schema):
    text = fields.String(required=True)
    value = fields.Float(allow_none=True, metadata={"description": "The stated number; null for a range."})
    low = fields.Float(allow_none=True, metadata={"description": "Lower bound; null when open."})
    high = fields.Float(allow_none=True, metadata={"description": "Upper bound; null when open."})
    unit = fields.String(allow_none=True, metadata={"description": "The noun counted (USD, %, missiles)."})


class DateSchema(Schema):
    text = fields.String(required=True)
    start = fields.Date(allow_none=True)
    end = fields.Date(allow_none=True)
    relative = fields.Boolean(metadata={
        "description": "A date relative to when the claim was made (\"last week\", \"yesterday\"): resolved "
                       "against `claim_date` when the request gives one, else start and end are null."})


class ClaimAnalysisSchema(Schema):
    keywords = fields.List(fields.String(), required=True)
    entities = fields.List(fields.Nested(EntitySchema), required=True)
    quantities = fields.List(fields.Nested(QuantitySchema), required=True)
    dates = fields.List(fields.Nested(DateSchema), required=True)
    negated = fields.Boolean(required=True)
    claim_date = fields.Date(allow_none=True, metadata={
        "description": "The day the claim's relative dates and weekdays count from: the request's claim_date, or, when "
                       "it gives none and the claim dates itself relatively, the archive's latest report among the "
                       "claim's passages (claim_date_assumed)."})
    claim_date_assumed = fields.Boolean(load_default=False, dump_default=False, metadata={
        "description": "Whether claim_date was taken from the archive, the request giving none."})


class VerdictSchema(Schema):
    label = fields.String(required=True, validate=validate.OneOf(["supported", "refuted", "disputed", "unverified"]))
    confidence = fields.Float(required=True)
    rationale = fields.String(required=True)
    flags = fields.List(fields.String(), required=True, metadata={
        "description": "`misattributed`: the fact holds, but under another source than the claim credits; "
                       "`partly_supported`: one part of the claim is confirmed and another contradicted."})


class EventRefSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Shared by the passages that report one incident."})
    date = fields.String(allow_none=True, metadata={"description": "A day or an ISO interval; null when unknown."})
    place = fields.String(allow_none=True)
    label = fields.String(required=True)


class CreditSchema(Schema):
    written = fields.String(required=True, metadata={"description": "The words the passage credits."})
    source = fields.String(required=True, metadata={
        "description": "Who that is, resolved within the article (\"the agency\" → Reuters)."})
    kind = fields.String(required=True)
    resolved = fields.Boolean(required=True)
    affiliation = fields.String(allow_none=True, metadata={
        "description": "The organisation a credited person speaks for, as the article names it with their "
                       "title (\"Pentagon spokesperson … Patrick Ryder\" → Pentagon), or a name the credit gives "
                       "in brackets; null when none."})


class ReasonSchema(Schema):
    type = fields.String(required=True)
    claim_text = fields.String(required=True)
    passage_text = fields.String(required=True)
    detail = fields.String(required=True)


class EvidenceSchema(SearchHitSchema):
    """A search hit (passage, article, score, highlight) with its assessment."""

    stance = fields.String(required=True, validate=validate.OneOf(
        ["corroborating", "conflicting", "related", "other_event"]))
    stance_score = fields.Float(required=True)
    relevance = fields.Float(required=True)
    event_date = fields.String(allow_none=True, metadata={"description": "A day, or an ISO interval start/end."})
    event = fields.Nested(EventRefSchema, allow_none=True, metadata={
        "description": "The incident the passage reports (null when it reports none)."})
    attributed_to = fields.List(fields.Nested(CreditSchema), required=True)
    weight = fields.Float(required=True, metadata={
        "description": "How much it counts towards the verdict: less than 1 when its event cannot be told "
                       "from the claim's, or when it states the fact without the source the claim credits."})
    duplicate_of = fields.String(allow_none=True)
    reasons = fields.List(fields.Nested(ReasonSchema), required=True)


class EvidenceGroupsSchema(Schema):
    corroborating = fields.List(fields.Nested(EvidenceSchema), required=True)
    conflicting = fields.List(fields.Nested(EvidenceSchema), required=True)
    related = fields.List(fields.Nested(EvidenceSchema), required=True)
    other_events = fields.List(fields.Nested(EvidenceSchema), attribute="other_event", required=True, metadata={
        "description": "Passages about other incidents than the claim's: they never count for or against it."})


class SourcesSchema(Schema):
    outlets = fields.List(fields.String(), required=True)
    independent_corroborating = fields.Integer(required=True)
    independent_conflicting = fields.Integer(required=True)


class DossierSchema(Schema):
    id = fields.String(required=True)
    claim = fields.String(required=True)
    created_at = fields.String(required=True)
    took_ms = fields.Float(required=True)
    backend = fields.String(required=True)
    claim_analysis = fields.Nested(ClaimAnalysisSchema, required=True)
    verdict = fields.Nested(VerdictSchema, required=True)
    evidence = fields.Nested(EvidenceGroupsSchema, required=True)
    sources = fields.Nested(SourcesSchema, required=True)
    events = fields.List(fields.Nested(EventRefSchema), required=True, metadata={
        "description": "The events the claim was judged against."})
    event_reason = fields.String(required=True, metadata={"description": "Which event(s) the claim is about, and why."})
