"""Step 2 — retrieval: a pool of candidate passages for a claim, re-ranked by claim–passage alignment.

The query weighs each keyword by its rarity (idf from `store.vocabulary`) and names more than
other words; a name the index does not know is expanded with `store.similar_words` (spelling
variants). When the filters name articles, every passage of those articles joins the pool,
whether or not it shares a word with the claim.
"""

from __future__ import annotations

import math
import re
import time
import weakref
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from service.dossier.model import Candidate, ClaimAnalysis, Entity
from service.dossier.stance_model import fold, similarity, stem_set
from service.errors import ValidationFailed
from service.models import ArticleRef, ParsedQuery, Passage, QueryTerm, SearchFilters, SearchRequest
from service.stores.base import Store
from service.text.clauses import identifying_clauses
from service.text.extract import harm_words
from service.text.vectors import similarities
from service.tokens import index_terms, normalize, stem, words

# Passages a dossier fetches: the rules read the best 40 (pipeline.ASSESSED) and vectors reorder
# the best 30 (VECTOR_HEAD); the rest are related, unread. 60 rather than 100 saved ~8 ms p50 and
# ~13 ms p95 a dossier at 100k passages (interleaved A/B), with the same figures on every
# evaluation set (CLIMATE-FEVER recall@5 0.372 either way).
POOL = 60
# The pool's order: alignment, closeness in meaning (sentence vectors) and the search score (as a
# share of the best hit's). Chosen for recall@5 on CLIMATE-FEVER's tune split (Diggelmann et al.,
# 2020, arXiv:2012.00614) over a grid of 0.1 steps: 0.297 with alignment alone, 0.379 with these
# (test split: 0.297 → 0.373). Meaning counts most because evidence often says the claim in
# other words ("sea ice loss" for "global warming").
ORDER_WEIGHTS = (0.1, 0.6, 0.3)
# Only the first VECTOR_HEAD passages of the order without meaning (alignment and search score,
# in the same proportions) are embedded and re-ordered, with every passage of articles the
# filters name; embedding costs ~0.1 ms a passage. On the tune split recall@5 is the same from a
# head of 20 (0.379 with 100, 0.378 with 30–50; test 0.373 and 0.371–0.373).
VECTOR_HEAD = 30
ENTITY_BOOST = 1.5
HARM_WEIGHT = 0.2  # a harm's other words ("hurt" for "injured") against the claim's own word
MAX_EXPANSIONS = 5  # out-of-vocabulary words looked up with similar_words per claim
TOTAL_TTL_S = 5.0  # how long a large store's passage count (idf's N) is reused: counting costs ms
TOTAL_CACHED_FROM = 10_000  # smaller stores are counted every time (cheap, and exact right after ingest)
_totals: weakref.WeakKeyDictionary[Store, tuple[float, int]] = weakref.WeakKeyDictionary()


def passage_total(store: Store) -> int:
    """The store's passage count; a large one is re-read at most every TOTAL_TTL_S (idf barely moves)."""
    now = time.monotonic()
    try:
        cached = _totals.get(store)
    except TypeError:  # a store that cannot be weakly referenced is simply asked every time
        cached = None
    if cached is not None and now - cached[0] <= TOTAL_TTL_S:
        return cached[1]
    total = max(1, store.stats().passages)
    if total >= TOTAL_CACHED_FROM:
        try:
            _totals[store] = (now, total)
        except TypeError:
            pass
    return total


def expand_variants(store: Store, analysis: ClaimAnalysis,
                    frequencies: dict[str, int] | None = None) -> ClaimAnalysis:
    """The analysis with the index's spellings of words it does not know ("assad" → "asad").

    `frequencies`: store.vocabulary(analysis.keywords), when the caller has it already."""
    if frequencies is None:
        frequencies = store.vocabulary(analysis.keywords)
    expansions: dict[str, tuple[str, ...]] = {}
    for word in analysis.keywords:
        if frequencies.get(word, 0) == 0 and len(word) >= 4 and not word.isdigit():
            variants = tuple(v for v in store.similar_words(word, limit=3) if v != word)
            if variants:
                expansions[word] = variants
            if len(expansions) >= MAX_EXPANSIONS:
                break
    if not expansions:
        return analysis
    entities = []
    for entity in analysis.entities:
        found = list(entity.variants)
        tokens = [normalize(w.text) for w in words(entity.text)]
        for i, token in enumerate(tokens):
            for variant in expansions.get(token, ()):
                spelled = " ".join(tokens[:i] + [variant] + tokens[i + 1:])
                if spelled not in found:
                    found.append(spelled)
        entities.append(Entity(entity.text, tuple(found)))
    return replace(analysis, entities=tuple(entities), expansions=tuple(expansions.items()))


def build_query(store: Store, analysis: ClaimAnalysis,
                frequencies: dict[str, int] | None = None) -> tuple[ParsedQuery, dict[str, float]]:
    """Query terms boosted by idf (names ×1.5), and each keyword's weight for alignment.

    `frequencies`: document frequencies the caller has read already (as for expand_variants);
    only the other words are looked up."""
    entity_words = {t for e in analysis.entities for name in (e.text, *e.variants) for t in index_terms(name)}
    expansions = dict(analysis.expansions)
    harms = _harms_asserted(analysis)
    lookup = list(analysis.keywords) + [v for vs in expansions.values() for v in vs] \
        + [w for ws in harms.values() for w in ws]
    known = frequencies or {}
    missing = [word for word in lookup if word not in known]
    frequencies = {**known, **store.vocabulary(missing)} if missing else known
    total = passage_total(store)
    weights: dict[str, float] = {}
    terms = []
    def idf(df: int) -> float:
        return math.log(1 + (total - df + 0.5) / (df + 0.5))

    for word in analysis.keywords:
        variants = expansions.get(word, ())
        weights[word] = idf(max([frequencies.get(word, 0)] + [frequencies.get(v, 0) for v in variants])) \
            * (ENTITY_BOOST if word in entity_words else 1.0)
        terms.append(QueryTerm(word, round(weights[word], 3), variants))
        # (a harm is also searched in its other words, "hurt" for "injuries", at a fraction of the weight of the
        # rarer of the two: a passage that says "Nobody was hurt" shares no other word with the claim it denies,
        # and passages that share the claim's own words still come first)
        terms += [QueryTerm(other, round(min(weights[word], idf(frequencies.get(other, 0))) * HARM_WEIGHT, 3))
                  for other in harms.get(word, ())]
    return ParsedQuery(terms=tuple(terms)), weights


def _harms_asserted(analysis: ClaimAnalysis) -> dict[str, list[str]]:
    """The other words of each harm the claim asserts or denies ("hurt" for "no injuries"), not of one that only
    picks out its incident ("in the attack that injured five")."""
    spans: list[tuple[int, int]] | None = None
    out: dict[str, list[str]] = {}
    for word in analysis.keywords:
        others = [w for w in harm_words(word) if w not in analysis.keywords]
        if others and spans is None:
            spans = identifying_clauses(analysis.claim)  # (read only for a claim that names a harm)
        if others and spans is not None and any(not any(a <= m.start() < b for a, b in spans)
                          for m in re.finditer(rf"\b{re.escape(word)}\b", analysis.claim, re.IGNORECASE)):
            out[word] = others
    return out


def retrieve(store: Store, analysis: ClaimAnalysis, filters: SearchFilters, pool: int = POOL,
             built: tuple[ParsedQuery, dict[str, float]] | None = None) -> list[Candidate]:
    """Up to `pool` searched passages (plus every passage of named articles), best aligned first.

    Pass an analysis through `expand_variants` first so that unknown spellings find their variants.
    `built` is build_query's result when the caller needs the query too (to highlight what it shows).
    Candidates carry no highlight: marking a hundred passages to show twenty was half the dossier time.
    """
    weights = (built or build_query(store, analysis))[1]
    return rank(analysis, weights, fetch(store, analysis, filters, pool, built))


@dataclass(frozen=True)
class Fetched:
    """What the store returned for a claim: searched hits and the passages of named articles."""

    hits: tuple[tuple[Passage, ArticleRef, float], ...]
    forced: tuple[tuple[Passage, ArticleRef], ...] = ()


def fetch(store: Store, analysis: ClaimAnalysis, filters: SearchFilters, pool: int = POOL,
          built: tuple[ParsedQuery, dict[str, float]] | None = None) -> Fetched:
    """The store's part of retrieval: search the pool, read the named articles' passages."""
    query = (built or build_query(store, analysis))[0]
    forced: list[tuple[Passage, ArticleRef]] = []
    if filters.article_ids or filters.external_ids:
        refs = _resolve(store, filters)
        filters = replace(filters, article_ids=tuple(r.id for r in refs), external_ids=())
        forced = store.passages_of([r.id for r in refs])
    found = store.search(SearchRequest(query=query, filters=filters, limit=max(pool, POOL), facets=False,
                                       highlight=False))
    return Fetched(tuple((hit.passage, hit.article, hit.score) for hit in found.hits), tuple(forced))


def rank(analysis: ClaimAnalysis, weights: dict[str, float], fetched: Fetched) -> list[Candidate]:
    """Candidates from fetched passages, best first by ORDER_WEIGHTS (no store needed: runs anywhere)."""
    candidates: dict[str, Candidate] = {}
    align = Aligner(analysis, weights)
    for passage, article, score in fetched.hits:
        candidates[passage.id] = Candidate(passage, article, score, "", align(passage.text), facts=passage.facts)
    for passage, article in fetched.forced:
        known = candidates.get(passage.id)
        if known is not None:
            candidates[passage.id] = replace(known, forced=True)
        else:
            candidates[passage.id] = Candidate(passage, article, 0.0, "", align(passage.text), forced=True,
                                               facts=passage.facts)
    a, m, s = ORDER_WEIGHTS
    best = max((c.score for c in candidates.values()), default=0.0) or 1.0
    pool = sorted(candidates.values(), key=lambda c: (-(a * c.relevance + s * c.score / best), c.passage.id))
    read = [c for i, c in enumerate(pool) if i < VECTOR_HEAD or c.forced]
    closeness = dict(zip((c.passage.id for c in read), similarities(analysis.claim, [c.passage.text for c in read]),
                         strict=True))
    head = [replace(c, semantic=closeness[c.passage.id]) for c in read]
    head.sort(key=lambda c: (-(a * c.relevance + m * (c.semantic or 0.0) + s * c.score / best), c.passage.id))
    return head + [c for c in pool if c.passage.id not in closeness]


def _resolve(store: Store, filters: SearchFilters) -> list[ArticleRef]:
    refs = store.resolve_articles(filters.article_ids, filters.external_ids)
    errors: dict[str, list[str]] = {}
    missing_ids = sorted(set(filters.article_ids) - {r.id for r in refs})
    missing_ext = sorted(set(filters.external_ids) - {r.external_id for r in refs if r.external_id})
    if missing_ids:
        errors["filters.article_ids"] = [f"no article with id {', '.join(missing_ids)}"]
    if missing_ext:
        errors["filters.external_ids"] = [f"no article with external_id {', '.join(missing_ext)}"]
    if errors:
        raise ValidationFailed("the filters name articles that do not exist: "
                               + "; ".join(m for msgs in errors.values() for m in msgs), errors=errors)
    return refs


class Aligner:
    """Claim–passage alignment in 0..1 — weighted term overlap, fuzzy similarity and name hits —
    for one claim and many passages: the claim's side is worked out once."""

    def __init__(self, analysis: ClaimAnalysis, weights: dict[str, float]) -> None:
        self.stem_weights = [(stem(word), w) for word, w in weights.items()]
        self.total = sum(weights.values()) or 1.0
        self.claim_norm = fold(analysis.claim)
        self.names = [[normalize(name) for name in (e.text, *e.variants)] for e in analysis.entities]
        self.known: dict[str, float] = {}  # a pool repeats texts (wire copies in several outlets)

    def __call__(self, text: str) -> float:
        known = self.known.get(text)
        if known is None:
            known = self.known[text] = self._align(text)
        return known

    def _align(self, text: str) -> float:
        passage_stems = stem_set(text)
        overlap = sum(w for word_stem, w in self.stem_weights if word_stem in passage_stems) / self.total
        text_norm = fold(text)
        token_set, partial = similarity(self.claim_norm, text_norm)
        if partial < 0:  # long passage: partial_ratio not computed
            partial = token_set
        if not self.names:
            return round(0.6 * overlap + 0.25 * token_set + 0.15 * partial, 4)
        hits = sum(1 for names in self.names
                   if any(fuzz.partial_ratio(name, text_norm, score_cutoff=85) for name in names))
        return round(0.45 * overlap + 0.2 * token_set + 0.1 * partial + 0.25 * hits / len(self.names), 4)
