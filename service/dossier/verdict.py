"""Step 5 — verdict: supported, refuted, disputed or unverified, with a confidence and a rationale.

Each independent source counts once, with the strength of its strongest passage (stance_score).
S and X are the summed strengths of corroborating and conflicting sources.

    no source either way, or S and X both below MIN_STRENGTH   → unverified
    X == 0 or S ≥ DOMINANCE × X                                  → supported
    S == 0 or X ≥ DOMINANCE × S                                  → refuted
    otherwise (credible evidence on both sides)                  → disputed

The confidence grows with the share of the winning side and with the number of its sources
(docs/verdicts.md gives the formula and worked examples).
"""

from __future__ import annotations

from service.dossier.model import Evidence, SourceSummary, Verdict, VerdictLabel

# Chosen on out-of-fold stances of the CLIMATE-FEVER tune split (docs/verdicts.md), never on test.
MIN_STRENGTH = 0.4
DOMINANCE = 4.0


def _strengths(evidence: list[Evidence], stance: str) -> dict[str, Evidence]:
    best: dict[str, Evidence] = {}
    for item in evidence:
        if item.stance == stance and (item.source_key not in best
                                      or item.stance_score > best[item.source_key].stance_score):
            best[item.source_key] = item
    return best


def side_strengths(evidence: list[Evidence]) -> tuple[float, float, int, int]:
    """S and X (summed strengths of corroborating and conflicting sources) and the two source counts."""
    return _sums(_strengths(evidence, "corroborating"), _strengths(evidence, "conflicting"))


def _sums(corroborating: dict[str, Evidence], conflicting: dict[str, Evidence]) -> tuple[float, float, int, int]:
    return (sum(e.stance_score for e in corroborating.values()), sum(e.stance_score for e in conflicting.values()),
            len(corroborating), len(conflicting))


def verdict_label(s: float, x: float, nc: int, nx: int, min_strength: float = MIN_STRENGTH,
                  dominance: float = DOMINANCE) -> VerdictLabel:
    """The label from S, X and the counts (the table in the module docstring)."""
    if (nc == 0 and nx == 0) or max(s, x) < min_strength:
        return "unverified"
    if x == 0 or s >= dominance * x:
        return "supported"
    if s == 0 or x >= dominance * s:
        return "refuted"
    return "disputed"


def decide_verdict(evidence: list[Evidence], sources: SourceSummary, min_strength: float = MIN_STRENGTH,
                   dominance: float = DOMINANCE) -> Verdict:
    """The verdict over all assessed evidence (not only the items shown); thresholds as documented."""
    conflicting = _strengths(evidence, "conflicting")
    s, x, nc, nx = _sums(_strengths(evidence, "corroborating"), conflicting)
    counts = _counts(nc, nx)
    discrepancy = _key_discrepancy(conflicting)
    label = verdict_label(s, x, nc, nx, min_strength, dominance)
    if label == "unverified":
        related = sum(1 for e in evidence if e.stance == "related")
        if not evidence:
            why = "The archive holds no passage that shares a searchable word with the claim."
        else:
            why = (f"Too little to decide: {counts}, {related} related passage"
                   f"{'s' if related != 1 else ''} that neither confirm nor contradict it.")
        confidence = 0.9 if not evidence else round(max(0.3, 0.8 - max(s, x)), 2)
        return Verdict("unverified", confidence, why)
    share = s / (s + x)
    if label == "supported":
        confidence = share * (1 - 0.5 ** (nc + 0.5))
        why = f"Supported by {counts}."
        if nx:
            why += f" The dissent: {discrepancy}."
        return Verdict("supported", round(confidence, 2), why)
    if label == "refuted":
        confidence = (1 - share) * (1 - 0.5 ** (nx + 0.5))
        why = f"Contradicted by {counts}. Key discrepancy: {discrepancy}."
        return Verdict("refuted", round(confidence, 2), why)
    confidence = 1 - abs(share - 0.5)  # the more balanced, the surer that sources disagree
    return Verdict("disputed", round(confidence * (1 - 0.5 ** min(nc, nx)), 2),
                   f"Sources disagree: {counts}. Key discrepancy: {discrepancy}.")


def _counts(nc: int, nx: int) -> str:
    return (f"{nc} independent source{'s' if nc != 1 else ''} corroborating and "
            f"{nx} independent source{'s' if nx != 1 else ''} conflicting")


def _key_discrepancy(conflicting: dict[str, Evidence]) -> str:
    """The reason detail of the strongest conflicting passage, with who said it."""
    if not conflicting:
        return "none"
    top = max(conflicting.values(), key=lambda e: e.stance_score)
    reason = next((r for r in top.reasons if r.type not in ("term_overlap", "date_match", "entity_match")), None)
    who = top.article.outlet or top.article.title or "an unnamed outlet"
    cited = [a for a in top.passage.attributions if a.kind != "anonymous"] or list(top.passage.attributions)
    if cited:
        who = f"{cited[0].source} via {who}"
    if reason is None:
        return f"“{_clip(top.passage.text)}” ({who})"
    return f"{reason.detail} ({who})"


def _clip(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
