"""The dossier pipeline, top to bottom: claim → analysis → retrieval → events → stance → independence → verdict.

    gather_evidence (needs the store):
        check_claim_text (analyze_claim) ─► expand_variants ─► build_query ─► fetch (POOL passages)
        ─► the passages of the best hits' articles (to read each passage with its article)
    assess_claim (pure computation, may run in another process):
        rank (alignment, sentence vectors, search score) ─► read_article (text layer: each passage's
        event, credits, places) ─► score_pool (match_events, then score_stance of the ASSESSED best;
        the rest related, unread) ─► assess_independence ─► decide_verdict
        ─► Dossier (evidence trimmed to max_evidence)
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from service.dossier.analysis import analyze_claim
from service.dossier.event_match import ranked_event
from service.dossier.independence import assess_independence, summarize_sources
from service.dossier.model import BUCKETS, Candidate, ClaimAnalysis, Dossier, Evidence
from service.dossier.retrieval import POOL, Fetched, build_query, expand_variants, fetch, rank
from service.dossier.stance import score_pool
from service.dossier.verdict import decide_verdict
from service.errors import ValidationFailed
from service.highlight import highlight
from service.models import ArticleRef, ParsedQuery, Passage, SearchFilters
from service.settings import SETTINGS_BY_NAME
from service.stores.base import Store
from service.text.facts import read_article

MAX_CLAIM_CHARS: int = SETTINGS_BY_NAME["MAX_CLAIM_CHARS"].default
MIN_RELATED_RELEVANCE = 0.15  # related passages below this alignment are not worth showing
CONTEXT_ARTICLES = 30  # the articles of the best hits are read whole, so each passage is read with its article
FOLLOWED = 8  # the best hits whose next sentence joins the pool when it continues them
# The rules read this many of the pool's best passages (in retrieval's order), every passage of
# the articles the filters name, and the sentences that continue the best hits; the rest of the
# pool is related, unread (its reason says so). A budget for large archives: see docs/benchmarks.md.
ASSESSED = 40


def check_claim_text(claim: str, max_chars: int = MAX_CLAIM_CHARS, claim_date: date | None = None) -> ClaimAnalysis:
    """The claim's analysis; 422 (field `claim`) for a claim that is empty, too long or has no word
    to search for."""
    problem = None
    analysis = None
    if not claim or not claim.strip():
        problem = "the claim is empty"
    elif len(claim) > max_chars:
        problem = f"the claim is {len(claim)} characters long; the limit is {max_chars}"
    elif not (analysis := analyze_claim(claim, claim_date)).keywords:
        problem = "the claim has no searchable word (only stopwords, numbers or punctuation)"
    if problem or analysis is None:
        raise ValidationFailed(problem or "the claim is empty", errors={"claim": [problem or "the claim is empty"]})
    return analysis


def create_dossier(store: Store, claim: str, filters: SearchFilters | None = None,
                   max_evidence: int = 20, max_claim_chars: int = MAX_CLAIM_CHARS,
                   claim_date: date | None = None) -> Dossier:
    """Assess a claim against the archive; an empty archive gives an `unverified` dossier."""
    started = time.perf_counter()
    dossier = assess_claim(gather_evidence(store, claim, filters, max_evidence, max_claim_chars, claim_date))
    return replace(dossier, took_ms=round((time.perf_counter() - started) * 1000, 2))


@dataclass(frozen=True)
class Gathered:
    """Everything the store contributes to a dossier: the rest (`assess_claim`) is pure computation,
    so a server can hand it to another process (service.dossier.workers)."""

    claim: str
    max_evidence: int
    backend: str
    analysis: ClaimAnalysis
    query: ParsedQuery
    weights: dict[str, float]
    fetched: Fetched
    articles: tuple[tuple[Passage, ArticleRef], ...] = ()  # every passage of the best hits' articles


def gather_evidence(store: Store, claim: str, filters: SearchFilters | None = None,
                    max_evidence: int = 20, max_claim_chars: int = MAX_CLAIM_CHARS,
                    claim_date: date | None = None) -> Gathered:
    """Validate the request, analyze the claim and fetch the candidate pool from the store."""
    analysis = check_claim_text(claim, max_claim_chars, claim_date)
    if not 1 <= max_evidence <= 100:
        raise ValidationFailed("max_evidence must be between 1 and 100",
                               errors={"max_evidence": ["must be between 1 and 100"]})
    frequencies = store.vocabulary(analysis.keywords)  # read once for both steps
    analysis = expand_variants(store, analysis, frequencies)
    query, weights = built = build_query(store, analysis, frequencies)
    fetched = fetch(store, analysis, filters or SearchFilters(), pool=POOL, built=built)
    if claim_date is None and _years_only(analysis) and (now := archive_now(fetched)) is not None:
        # "last year's race", asked of an archive with no claim_date: counted from the archive's latest report on
        # it, an assumption the event reason states (counting from today would date an archived claim wrongly)
        # (a year only: "last week" counted so falls in the wrong week of an archive that spans months, as the seed
        # claims' did)
        analysis = replace(expand_variants(store, check_claim_text(claim, max_claim_chars, now), frequencies),
                           claim_date_assumed=True)
    analysis = replace(analysis, weights=tuple(weights.items()))
    return Gathered(claim, max_evidence, store.backend_name, analysis, query, weights, fetched,
                    _articles(store, fetched))


_A_YEAR = re.compile(r"\byear\b", re.IGNORECASE)


def _years_only(analysis: ClaimAnalysis) -> bool:
    """Whether the claim's unresolved relative dates are all years ("last year's race", "this year")."""
    unresolved = [d.text for d in analysis.dates if d.relative and d.start is None]
    return bool(unresolved) and all(_A_YEAR.search(text) for text in unresolved)


def archive_now(fetched: Fetched) -> date | None:
    """The day of the latest report among the searched passages, if any is dated."""
    days = [a.published_at[:10] for _, a, _ in fetched.hits if a.published_at]
    return date.fromisoformat(max(days)) if days else None


def _articles(store: Store, fetched: Fetched) -> tuple[tuple[Passage, ArticleRef], ...]:
    """The passages of the articles whose facts the pool needs beyond its own passages: those
    stored before facts were read at ingest (their facts are read now, with their article), and
    those of the best hits that the next sentence continues (it joins the pool)."""
    wanted: dict[str, None] = {}
    for position, (passage, _, _) in enumerate(fetched.hits):
        if passage.facts is None or (position < FOLLOWED and passage.facts.continued):
            wanted[passage.article_id] = None
    wanted.update((p.article_id, None) for p, _ in fetched.forced if p.facts is None)
    ids = list(wanted)[:CONTEXT_ARTICLES]
    return tuple(store.passages_of(ids)) if ids else ()


def read_facts(candidates: list[Candidate], articles: tuple[tuple[Passage, ArticleRef], ...]
               ) -> tuple[list[Candidate], frozenset[str]]:
    """Each candidate with its passage's facts: stored at ingest, or read now with the rest of its
    article for passages stored before. A sentence that continues a well-aligned one ("The agency
    confirmed … that the attack did not …") joins the pool, since it says more of the same; the
    ids of those continuing sentences come second (they are read closely, wherever they rank)."""
    grouped: dict[str, list[tuple[Passage, ArticleRef]]] = {}
    for passage, ref in articles:
        grouped.setdefault(ref.id, []).append((passage, ref))
    facts: dict[str, Any] = {}
    following: dict[str, tuple[Passage, ArticleRef]] = {}
    for rows in grouped.values():
        rows.sort(key=lambda row: row[0].ordinal)
        if any(p.facts is None for p, _ in rows):
            found = read_article([p.text for p, _ in rows], [p.attributions for p, _ in rows], rows[0][1].published_at)
        else:
            found = tuple(p.facts for p, _ in rows)
        for i, ((passage, _), passage_facts) in enumerate(zip(rows, found, strict=True)):
            facts[passage.id] = passage_facts
            if i + 1 < len(rows) and passage_facts.continued:
                following[passage.id] = rows[i + 1]
    pooled = {c.passage.id for c in candidates}
    added = []
    continuing: set[str] = set()
    for c in candidates[:FOLLOWED]:
        nxt = following.get(c.passage.id)
        if nxt is not None and c.relevance >= MIN_RELATED_RELEVANCE:
            continuing.add(nxt[0].id)
            if nxt[0].id not in pooled:
                pooled.add(nxt[0].id)
                added.append(Candidate(nxt[0], nxt[1], 0.0, "", round(c.relevance * 0.9, 4), c.forced,
                                       facts.get(nxt[0].id)))
    return [c if c.facts is not None else replace(c, facts=c.passage.facts or facts.get(c.passage.id))
            for c in [*candidates, *added]], frozenset(continuing)


def assess_claim(gathered: Gathered) -> Dossier:
    """Rank, assess each passage, count independent sources, decide: the dossier (took_ms unset)."""
    analysis = gathered.analysis
    ranked = rank(analysis, gathered.weights, gathered.fetched)
    candidates, continuing = read_facts(ranked, gathered.articles)
    # (a claim that picks its incident out by its rank at a site, "the second fire at the warehouse", is dated by the
    # archive's incidents there)
    event = ranked_event(analysis.event, candidates)
    if event is not analysis.event:
        analysis = replace(analysis, event=event)
    unread = frozenset(c.passage.id for c in ranked[ASSESSED:] if not c.forced) - continuing
    results = score_pool(analysis, candidates, unread)
    assessed = list(zip(candidates, results, strict=True))
    evidence, sources = assess_independence(assessed)
    verdict = decide_verdict(evidence, sources, timed=analysis.event.timed)
    events, event_reason = claim_events(analysis, evidence)
    # only the evidence shown is highlighted, with the query the search ran (same marks as search)
    shown = [replace(e, highlight=highlight(e.passage.text, gathered.query))
             for e in select_evidence(evidence, gathered.max_evidence)]
    # counts cover every assessed passage; the outlets listed are those of the evidence shown
    sources = replace(sources, outlets=summarize_sources(shown).outlets)
    return Dossier(
        id=uuid.uuid4().hex,
        claim=gathered.claim,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        took_ms=0.0,
        backend=gathered.backend,
        claim_analysis=analysis,
        verdict=verdict,
        evidence={stance: [e for e in shown if e.stance == stance] for stance in BUCKETS},
        sources=sources,
        events=events,
        event_reason=event_reason,
    )


def claim_events(analysis: ClaimAnalysis, evidence: list[Evidence]) -> tuple[tuple[Any, ...], str]:
    """The events the claim was judged against (those of its stance-taking evidence) and why."""
    taking = [e for e in evidence if e.stance in ("corroborating", "conflicting") and e.event is not None]
    events = tuple({e.event.id: e.event for e in taking}.values())
    others = {e.event.id for e in evidence if e.stance == "other_event" and e.event is not None}
    claim = analysis.event
    said = ", ".join(x for x in (claim.interval[2] if claim.interval else "", claim.partial_text,
                                 claim.site or "") if x)
    if not claim.constrained:
        why = "The claim names no date or site of an event: every passage is compared with it."
        if claim.unanchored:
            why = (f"The claim dates its event only relative to when it was made ({claim.unanchored}), and the "
                   f"request gives no claim_date to count from: every passage is compared with it.")
    elif events:
        labels = "; ".join(e.label for e in events[:3])
        why = f"The claim ({said}) is judged against {labels}."
    else:
        why = f"No event in the archive matches what the claim says of its time and place ({said})."
    if claim.unanchored and claim.constrained:
        why += f" '{claim.unanchored}' is not used: the request gives no claim_date to count from."
    if analysis.claim_date_assumed and analysis.claim_date is not None:
        relative = ", ".join(d.text for d in analysis.dates if d.relative)
        why += (f" The request gives no claim_date: the claim's relative dates ({relative}) are counted from the "
                f"archive's latest report on it, {analysis.claim_date.isoformat()}.")
    if others:
        why += f" {len(others)} other event{'s' if len(others) != 1 else ''} set aside."
    return events, why


def select_evidence(evidence: list[Evidence], limit: int) -> list[Evidence]:
    """The strongest `limit` items: stance-taking passages first, then the most relevant related ones."""
    def strength(e: Evidence) -> tuple[int, float, str]:
        taking = e.stance in ("corroborating", "conflicting")
        return (0 if taking else 1, -(e.stance_score * (0.5 + e.relevance) if taking else e.relevance),
                e.passage.id)

    eligible = [e for e in evidence if e.stance in ("corroborating", "conflicting") or e.forced
                or e.relevance >= MIN_RELATED_RELEVANCE]
    return sorted(eligible, key=strength)[:limit]
