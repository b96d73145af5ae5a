"""Step 4 — independence: which evidence repeats which, and how many independent sources remain.

Two passages are near-duplicates when their normalized texts reach a rapidfuzz ratio of
DUPLICATE_RATIO (any outlets); the later one gets `duplicate_of` = the earlier one's id
(earlier by publication, then by id). Evidence rests on a *source*: the first cited agency,
group, official or outlet in its attributions; without an attribution, its own article
(outlet + title). Duplicates inherit the original's source. Independent counts are the numbers
of distinct sources among corroborating and among conflicting passages.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz, process

from service.dossier.model import Candidate, Evidence, SourceSummary, StanceResult
from service.dossier.stance_model import fold
from service.memo import memo

DUPLICATE_RATIO = 90
_CITED_KINDS = ("news_agency", "media", "official", "military", "armed_group", "person")
_WORD_RUN = re.compile(r"\w+")


@memo(65536)
def _norm(text: str) -> str:
    """The folded text's words, one space apart: punctuation is a space, runs of spaces are one."""
    return " ".join(_WORD_RUN.findall(fold(text)))


def source_key(candidate: Candidate) -> str:
    """What a passage's statement rests on: a cited source, else the article it appears in."""
    credits = candidate.facts.credits if candidate.facts is not None else ()
    for credit in credits:
        if credit.kind in _CITED_KINDS and (credit.resolved or any(ch.isupper() for ch in credit.source)):
            return "source:" + re.sub(r"^the\s+", "", _norm(credit.source))
    for attribution in candidate.passage.attributions:
        if attribution.kind in _CITED_KINDS:
            name = re.sub(r"^the\s+", "", _norm(attribution.source))
            if not any(ch.isupper() for ch in attribution.source.removeprefix("The ")):
                # "the group", "the agency": who that is depends on the article around it
                return f"source:{name}@{candidate.article.id}"
            return f"source:{name}"
    article = candidate.article
    return f"article:{_norm(article.outlet or '')}|{_norm(article.title or '') or article.id}"


def assess_independence(assessed: list[tuple[Candidate, StanceResult]]) -> tuple[list[Evidence], SourceSummary]:
    """Evidence items with duplicate_of and source keys, plus the independent counts."""
    order = sorted(range(len(assessed)), key=lambda i: (
        assessed[i][0].article.published_at is None, assessed[i][0].article.published_at or "",
        assessed[i][0].passage.id))
    duplicate_of = _duplicates([_norm(assessed[i][0].passage.text) for i in order])
    duplicate_of = {order[i]: order[j] for i, j in duplicate_of.items()}
    keys = _merge_names({i: source_key(assessed[i][0]) for i in order})
    for i, j in duplicate_of.items():
        keys[i] = keys[j]
    evidence = []
    for i, (candidate, result) in enumerate(assessed):
        evidence.append(Evidence(
            passage=candidate.passage, article=candidate.article, score=candidate.score,
            highlight=candidate.highlight, stance=result.stance, stance_score=result.score,
            relevance=round(candidate.relevance, 3),
            event_date=result.event_date.iso() if result.event_date else None,
            reasons=result.reasons,
            duplicate_of=assessed[duplicate_of[i]][0].passage.id if i in duplicate_of else None,
            source_key=keys[i], forced=candidate.forced, event=result.event,
            attributed_to=candidate.facts.credits if candidate.facts is not None else (),
            weight=result.weight, misattributed=result.misattributed,
        ))
    return evidence, summarize_sources(evidence)


def _duplicates(texts: list[str]) -> dict[int, int]:
    """Each near-duplicate's position → the first earlier original it repeats.

    One rapidfuzz `process.extract` per passage scores it against every original so far in C
    (with rapidfuzz's own length cut-off), instead of one Python call per pair.
    """
    duplicate_of: dict[int, int] = {}
    originals: list[int] = []
    original_texts: list[str] = []
    first: dict[str, int] = {}  # each text's first position
    for i, text in enumerate(texts):
        earlier = first.setdefault(text, i)
        if earlier != i:
            # a copy repeats what its first occurrence repeats, or that occurrence itself: no
            # original since then can match it, or it would have matched the first occurrence
            duplicate_of[i] = duplicate_of.get(earlier, earlier)
            continue
        matches = process.extract(text, original_texts, scorer=fuzz.ratio, score_cutoff=DUPLICATE_RATIO,
                                  limit=None) if original_texts else []
        if matches:
            duplicate_of[i] = originals[min(index for _, _, index in matches)]
        else:
            originals.append(i)
            original_texts.append(text)
    return duplicate_of


def _merge_names(keys: dict[int, str]) -> dict[int, str]:
    """One key per cited source however it is named ("Al-Mayadeen" = "the Al-Mayadeen news channel")."""
    names = sorted({k for k in keys.values() if k.startswith("source:") and "@" not in k}, key=len)
    canonical: dict[str, str] = {}
    for name in names:
        tokens = set(name[7:].split())
        canonical[name] = next((c for c in names if len(c) < len(name) and set(c[7:].split()) <= tokens
                                and canonical.get(c) == c), name)
    return {i: canonical.get(k, k) for i, k in keys.items()}


def summarize_sources(evidence: list[Evidence]) -> SourceSummary:
    outlets = Counter(e.article.outlet for e in evidence
                      if e.article.outlet and e.stance in ("corroborating", "conflicting"))
    return SourceSummary(
        outlets=tuple(name for name, _ in outlets.most_common()),
        independent_corroborating=len({e.source_key for e in evidence if e.stance == "corroborating"}),
        independent_conflicting=len({e.source_key for e in evidence if e.stance == "conflicting"}),
    )
