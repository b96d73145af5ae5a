"""Ingest: a validated article payload becomes an `Article` with passages, then goes to the store.

    payload ─► prepare_article ─► analyze_article (an `html` payload's main text and page metadata:
                                                   service.pages; metadata from the text, sentences,
                                                   attributions, each sentence's facts: service.text.facts)
                              ─► ArticleParts (plain values) ─► assemble_article ─► Article
    articles ─► begin_batch ─► store.begin_ingest (one transaction per batch, one savepoint per article)
            ─► its finishing call (indexing; a bulk ingest runs it in another thread) ─► outcomes ─► account_batch

Article ids are derived, not random: from the client's `external_id` when given, otherwise from
the text's SHA-256. Re-sending an article therefore reaches the same id on every backend, which
is what makes ingest idempotent and a retried bulk request complete without duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from service.attribution import find_attributions
from service.errors import BackendUnavailable
from service.metadata import extract_metadata
from service.models import Article, Attribution, Context, IngestOutcome, Passage
from service.pages import read_page
from service.segment import split_sentences
from service.stores.base import Store
from service.text.facts import encode_facts, read_article

METADATA_FIELDS = ("title", "outlet", "url", "author", "published_at", "language")


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(external_id: str | None, sha256: str) -> str:
    """A stable id: the same external_id (or, without one, the same text) gives the same id."""
    key = f"ext:{external_id}" if external_id is not None else f"sha:{sha256}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class ArticleParts(NamedTuple):
    """What `prepare_article` computes, as plain values: an `Article` before its dataclasses are
    built. Cheap to pickle, so a helper process can compute it (see service.preparing)."""

    id: str
    external_id: str | None
    metadata: tuple[str | None, ...]  # in METADATA_FIELDS order
    text: str
    ingested_at: str
    content_sha256: str
    # start, end, text, attributions, facts (what the sentence states, read with its article, as
    # the JSON it is stored as: a string pickles and unpickles 6x faster than the dataclasses)
    sentences: tuple[tuple[int, int, str, tuple[Attribution, ...], str | None], ...]


def prepare_article(fields: Mapping[str, Any], *, now: datetime | None = None) -> Article:
    """Split a validated payload into passages; fill metadata the page or text states and the payload lacks."""
    return assemble_article(analyze_article(fields, now=now))


def analyze_article(fields: Mapping[str, Any], *, now: datetime | None = None) -> ArticleParts:
    """The work of `prepare_article`: ids, metadata, sentences and their attributions.

    An `html` payload's text is the page's main text; what the page's metadata states comes before
    what its text states, and the payload's own fields before both."""
    if fields.get("html") is not None:
        page = read_page(fields["html"], fields.get("base_url"))
        text = page.text
        from_text = extract_metadata(text)
        stated = {**from_text, **page.metadata()}
        if from_text.get("published_at", "").startswith(f"{page.published_at}T"):
            stated["published_at"] = from_text["published_at"]  # the same day, with the time the text states
    else:
        text = fields["text"]
        stated = extract_metadata(text)
    sha = content_sha256(text)
    external_id = fields.get("external_id")
    metadata = tuple(fields.get(name) if fields.get(name) is not None else stated.get(name)
                     for name in METADATA_FIELDS)
    split = [(sentence.char_start, sentence.char_end, sentence.text, tuple(find_attributions(sentence.text)))
             for sentence in split_sentences(text)]
    facts = read_article([s[2] for s in split], [s[3] for s in split], metadata[METADATA_FIELDS.index("published_at")])
    sentences = tuple((*s, encode_facts(f)) for s, f in zip(split, facts, strict=True))
    ingested_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    return ArticleParts(article_id_for(external_id, sha), external_id, metadata, text, ingested_at, sha, sentences)


def assemble_article(parts: ArticleParts) -> Article:
    """The `Article` of analyzed parts: passages with their neighbours as context."""
    article_id, sentences = parts.id, parts.sentences
    last = len(sentences) - 1
    passages = tuple(
        Passage(
            id=f"{article_id}-{ordinal}",
            article_id=article_id,
            ordinal=ordinal,
            char_start=start,
            char_end=end,
            text=text,
            context=Context(
                previous=sentences[ordinal - 1][2] if ordinal > 0 else None,
                next=sentences[ordinal + 1][2] if ordinal < last else None,
            ),
            attributions=attributions,
            facts_json=facts,
        )
        for ordinal, (start, end, text, attributions, facts) in enumerate(sentences)
    )
    return Article(
        id=article_id,
        external_id=parts.external_id,
        text=parts.text,
        ingested_at=parts.ingested_at,
        content_sha256=parts.content_sha256,
        passages=passages,
        **dict(zip(METADATA_FIELDS, parts.metadata, strict=True)),
    )


@dataclass
class BulkReport:
    """The `POST /articles/bulk` answer: counts plus one error per failed line (1-based)."""

    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)  # each stored line: its article id
    # The API lists them (at most MAX_BULK_ARTICLES); `factcheck ingest` of a million files does not
    # keep a million entries it never prints.
    list_articles: bool = True

    def add_error(self, line: int, status: int, detail: str, article_id: str | None = None) -> None:
        self.failed += 1
        self.errors.append({"line": line, "status": status, "detail": detail, "article_id": article_id})

    def add_stored(self, line: int, outcome: IngestOutcome) -> None:
        if outcome.status == "created":
            self.ingested += 1
        else:
            self.unchanged += 1
        if self.list_articles:
            self.articles.append({"line": line, "article_id": outcome.article.id, "status": outcome.status})


def begin_batch(store: Store, articles: Sequence[Article]) -> Callable[[], list[IngestOutcome]]:
    """Start storing a batch; the call returned finishes it (it may run in another thread) and gives
    the outcomes. A store with `begin_ingest` (embedded) writes its database now and indexes in that
    call; any other store does all of it now. Either part may raise BackendUnavailable."""
    begin = getattr(store, "begin_ingest", None)
    if begin is not None:
        finish: Callable[[], list[IngestOutcome]] = begin(articles)
        return finish
    outcomes = store.ingest(articles)
    return lambda: outcomes


def report_unavailable(numbered: Sequence[tuple[Any, Article]], exc: BackendUnavailable, report: BulkReport) -> None:
    """The whole batch is unaccounted for; say so line by line so the client can re-send it."""
    for line, article in numbered:
        report.add_error(line, exc.status, exc.detail, article.id)


def account_batch(numbered: Sequence[tuple[Any, Article]], outcomes: Sequence[IngestOutcome],
                  report: BulkReport) -> None:
    """Count each line's outcome, or report it as an error with its HTTP status."""
    for (line, _), outcome in zip(numbered, outcomes, strict=True):
        article_id = outcome.article.id
        if outcome.status in ("created", "unchanged"):
            report.add_stored(line, outcome)
        elif outcome.status == "conflict":
            report.add_error(line, 409, outcome.detail or "external_id exists with other text", article_id)
        elif outcome.status == "rejected":
            report.add_error(line, 422, outcome.detail or "the backend refused the article", article_id)
        else:
            report.add_error(line, 503, outcome.detail or "the article could not be stored", article_id)
