"""The dossier pipeline, top to bottom: claim → analysis → retrieval → stance → independence → verdict.

    gather_evidence (needs the store):
        analyze_claim ─► expand_variants ─► build_query ─► fetch (≥100 passages)
    assess_claim (pure computation, may run in another process):
        rank (alignment) ─► score_pool (score_stance of each) ─► assess_independence ─► decide_verdict
        ─► Dossier (evidence trimmed to max_evidence)
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from service.dossier.analysis import analyze_claim
from service.dossier.independence import assess_independence, summarize_sources
from service.dossier.model import ClaimAnalysis, Dossier, Evidence
from service.dossier.retrieval import POOL, Fetched, build_query, expand_variants, fetch, rank
from service.dossier.stance import score_pool
from service.dossier.verdict import decide_verdict
from service.errors import ValidationFailed
from service.highlight import highlight
from service.models import ParsedQuery, SearchFilters
from service.stores.base import Store

MAX_CLAIM_CHARS = 2000
MIN_RELATED_RELEVANCE = 0.15  # related passages below this alignment are not worth showing


def check_claim_text(claim: str, max_chars: int = MAX_CLAIM_CHARS) -> ClaimAnalysis:
    """The claim's analysis; 422 (field `claim`) for a claim that is empty, too long or has no word
    to search for."""
    problem = None
    analysis = None
    if not claim or not claim.strip():
        problem = "the claim is empty"
    elif len(claim) > max_chars:
        problem = f"the claim is {len(claim)} characters long; the limit is {max_chars}"
    elif not (analysis := analyze_claim(claim)).keywords:
        problem = "the claim has no searchable word (only stopwords, numbers or punctuation)"
    if problem or analysis is None:
        raise ValidationFailed(problem or "the claim is empty", errors={"claim": [problem or "the claim is empty"]})
    return analysis


def create_dossier(store: Store, claim: str, filters: SearchFilters | None = None,
                   max_evidence: int = 20) -> Dossier:
    """Assess a claim against the archive; an empty archive gives an `unverified` dossier."""
    started = time.perf_counter()
    dossier = assess_claim(gather_evidence(store, claim, filters, max_evidence))
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


def gather_evidence(store: Store, claim: str, filters: SearchFilters | None = None,
                    max_evidence: int = 20) -> Gathered:
    """Validate the request, analyze the claim and fetch the candidate pool from the store."""
    analysis = check_claim_text(claim)
    if not 1 <= max_evidence <= 100:
        raise ValidationFailed("max_evidence must be between 1 and 100",
                               errors={"max_evidence": ["must be between 1 and 100"]})
    frequencies = store.vocabulary(analysis.keywords)  # read once for both steps
    analysis = expand_variants(store, analysis, frequencies)
    query, weights = built = build_query(store, analysis, frequencies)
    fetched = fetch(store, analysis, filters or SearchFilters(), pool=POOL, built=built)
    return Gathered(claim, max_evidence, store.backend_name, analysis, query, weights, fetched)


def assess_claim(gathered: Gathered) -> Dossier:
    """Rank, assess each passage, count independent sources, decide: the dossier (took_ms unset)."""
    analysis = gathered.analysis
    candidates = rank(analysis, gathered.weights, gathered.fetched)
    assessed = list(zip(candidates, score_pool(analysis, candidates), strict=True))
    evidence, sources = assess_independence(assessed)
    verdict = decide_verdict(evidence, sources)
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
        evidence={stance: [e for e in shown if e.stance == stance]
                  for stance in ("corroborating", "conflicting", "related")},
        sources=sources,
    )


def select_evidence(evidence: list[Evidence], limit: int) -> list[Evidence]:
    """The strongest `limit` items: stance-taking passages first, then the most relevant related ones."""
    def strength(e: Evidence) -> tuple[int, float, str]:
        taking = e.stance != "related"
        return (0 if taking else 1, -(e.stance_score * (0.5 + e.relevance) if taking else e.relevance),
                e.passage.id)

    eligible = [e for e in evidence if e.stance != "related" or e.forced or e.relevance >= MIN_RELATED_RELEVANCE
                or e.reasons and any(r.type == "different_event" for r in e.reasons)]
    return sorted(eligible, key=strength)[:limit]
