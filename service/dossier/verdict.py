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

from dataclasses import replace

from service.dossier.model import Evidence, SourceSummary, Verdict, VerdictLabel

# Chosen on out-of-fold stances of the CLIMATE-FEVER tune split (docs/verdicts.md), never on test.
MIN_STRENGTH = 0.4
DOMINANCE = 4.0
UNDETERMINED_WHEN_KNOWN = 0.5  # further factor on undetermined-event evidence when the claim's event is known
# Reason types that confirm or contradict a part of the claim (its claim_text names the part).
_CONFIRMS = ("quantity_match", "role_match", "negation_match", "entity_match", "quote_match", "platform_match")
_CONTRADICTS = ("quantity_mismatch", "negation", "entity_mismatch", "date_mismatch", "role_mismatch", "quote_mismatch",
                "platform_mismatch", "condition_mismatch", "actor_mismatch", "weapon_mismatch", "fate_mismatch",
                "cause_mismatch", "rank_mismatch")


def _strengths(evidence: list[Evidence], stance: str) -> dict[str, Evidence]:
    best: dict[str, Evidence] = {}
    for item in evidence:
        if item.stance == stance and (item.source_key not in best
                                      or _strength(item) > _strength(best[item.source_key])):
            best[item.source_key] = item
    return best


def _other_sources_agree(evidence: list[Evidence]) -> list[Evidence]:
    """When a passage confirms the fact under the source the claim credits, passages that state it
    under other sources confirm that those said it too: no contradiction (they become related)."""
    matched = [e for e in evidence if e.stance == "corroborating" and any(r.type == "source_match" for r in e.reasons)]
    if not matched:
        return evidence
    # (a confirmation of the model's alone, that states none of the claim's facts, does not outweigh a passage that
    # states them under another source: "Lindholm's environment agency said the leak was contained" against the
    # claim's valve, which the passage names under the plant's operator)
    anchored = any(r.type in (*_CONFIRMS, "place_match") for e in matched for r in e.reasons)
    best = max(e.stance_score for e in matched)
    return [replace(e, stance="related", misattributed=False) if e.misattributed and not any(
        r.type in _CONTRADICTS for r in e.reasons) and (anchored or (
            not any(r.type in _CONFIRMS for r in e.reasons) and best >= e.stance_score)) else e for e in evidence]


def _strength(item: Evidence) -> float:
    return item.stance_score * item.weight


def _weighed(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence whose event is undetermined counts half (its weight); a quarter when other evidence
    is known to be about the claim's own event and takes a stance."""
    determined = any(e.stance in ("corroborating", "conflicting") and e.weight >= 1.0
                     and not any(r.type == "event_undetermined" for r in e.reasons) for e in evidence)
    if not determined:
        return evidence
    return [replace(e, weight=e.weight * UNDETERMINED_WHEN_KNOWN) if any(r.type == "event_undetermined"
                                                                         for r in e.reasons) else e
            for e in evidence]


def side_strengths(evidence: list[Evidence]) -> tuple[float, float, int, int]:
    """S and X (summed strengths of corroborating and conflicting sources) and the two source counts."""
    return _sums(_strengths(evidence, "corroborating"), _strengths(evidence, "conflicting"))


def _sums(corroborating: dict[str, Evidence], conflicting: dict[str, Evidence],
          min_strength: float = MIN_STRENGTH) -> tuple[float, float, int, int]:
    """S, X and the source counts. A source too weak to decide a verdict alone (below min_strength)
    does not dispute one that could, on the other side: it is left out of that side."""
    strong_c = any(_strength(e) >= min_strength for e in corroborating.values())
    strong_x = any(_strength(e) >= min_strength for e in conflicting.values())
    if strong_c != strong_x:
        if strong_c:
            conflicting = {k: e for k, e in conflicting.items() if _strength(e) >= min_strength}
        else:
            corroborating = {k: e for k, e in corroborating.items() if _strength(e) >= min_strength}
    return (sum(_strength(e) for e in corroborating.values()), sum(_strength(e) for e in conflicting.values()),
            len(corroborating), len(conflicting))


def _split_parts(evidence: list[Evidence]) -> tuple[set[str], set[str]]:
    """The claim parts confirmed by corroborating evidence and those contradicted by conflicting
    evidence that no corroborating passage confirms."""
    confirmed = {r.claim_text for e in evidence if e.stance == "corroborating" for r in e.reasons
                 if r.type in _CONFIRMS}
    contradicted = {r.claim_text for e in evidence if e.stance == "conflicting" for r in e.reasons
                    if r.type in _CONTRADICTS}
    return confirmed, contradicted - confirmed


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
                   dominance: float = DOMINANCE, timed: bool = True) -> Verdict:
    """The verdict over all assessed evidence (not only the items shown); thresholds as documented. `timed`: the
    claim says when its event happened (a date, a month, a weekday)."""
    evidence = _weighed(_other_sources_agree(evidence))
    conflicting = _strengths(evidence, "conflicting")
    corroborating = _strengths(evidence, "corroborating")
    for key in set(corroborating) & set(conflicting):
        # a source does not dispute its own stated contradiction with a passage that states none of
        # the claim's facts (only the model's reading of its words)
        if any(r.type in _CONTRADICTS for r in conflicting[key].reasons) and not any(
                r.type in (*_CONFIRMS, "date_match") for e in evidence
                if e.source_key == key and e.stance == "corroborating" for r in e.reasons):
            del corroborating[key]
    # a passage giving two accounts, one of which restates the claim, counts that account as corroborating too
    # (service.dossier.stance._two_accounts): its sources disagree
    for item in evidence:
        if item.stance == "conflicting" and any(r.type == "accounts_differ" for r in item.reasons):
            account = f"{item.source_key}|{next(r.claim_text for r in item.reasons if r.type == 'accounts_differ')}"
            if account not in corroborating or _strength(item) > _strength(corroborating[account]):
                corroborating[account] = item
    s, x, nc, nx = _sums(corroborating, conflicting, min_strength)
    counts = _counts(nc, nx)
    discrepancy = _key_discrepancy(conflicting)
    label = verdict_label(s, x, nc, nx, min_strength, dominance)
    flags = _flags(evidence)
    taking = [e for e in evidence if e.stance in ("corroborating", "conflicting")]
    unplaced = bool(taking) and all(any(r.type == "event_undetermined" for r in e.reasons) for e in taking)
    if timed and unplaced:
        # a claim says when; nothing that takes a stance can be placed at that time: the archive cannot tell (a claim
        # that says nothing of its time is weighed as below, each such passage counting less)
        return Verdict("unverified", 0.5,
                       f"No passage that takes a stance can be placed in the claim's time ({counts}, all about "
                       "events whose date the archive does not give).", flags)
    confirmed, contradicted = _split_parts(evidence)
    if label == "disputed" and confirmed and contradicted and max(s, x) >= min_strength:
        # sources do not disagree on one fact: one part of the claim holds, another does not
        parts = "; ".join(sorted(contradicted))
        return Verdict("refuted", round(min(0.9, x / (s + x) + 0.25), 2),
                       f"Partly supported, so refuted as a whole: {', '.join(sorted(confirmed))} is confirmed, "
                       f"but {parts} is contradicted ({counts}). Key discrepancy: {discrepancy}.",
                       (*flags, "partly_supported"))
    if label == "unverified":
        related = sum(1 for e in evidence if e.stance == "related")
        if not evidence:
            why = "The archive holds no passage that shares a searchable word with the claim."
        else:
            why = (f"Too little to decide: {counts}, {related} related passage"
                   f"{'s' if related != 1 else ''} that neither confirm nor contradict it.")
            if unplaced:
                # (weak evidence is weaker still when the archive cannot tell its event is the claim's)
                why += " No passage that takes a stance can be placed at the claim's event: each counts less."
        confidence = 0.9 if not evidence else round(max(0.3, 0.8 - max(s, x)), 2)
        return Verdict("unverified", confidence, why, flags)
    share = s / (s + x)
    if label == "supported":
        confidence = share * (1 - 0.5 ** (nc + 0.5))
        why = f"Supported by {counts}."
        if nx:
            why += f" The dissent: {discrepancy}."
        return Verdict("supported", round(confidence, 2), why, flags)
    if label == "refuted":
        confidence = (1 - share) * (1 - 0.5 ** (nx + 0.5))
        why = f"Contradicted by {counts}. Key discrepancy: {discrepancy}."
        return Verdict("refuted", round(confidence, 2), why, flags)
    confidence = 1 - abs(share - 0.5)  # the more balanced, the surer that sources disagree
    return Verdict("disputed", round(confidence * (1 - 0.5 ** min(nc, nx)), 2),
                   f"Sources disagree: {counts}. Key discrepancy: {discrepancy}.", flags)


def _flags(evidence: list[Evidence]) -> tuple[str, ...]:
    """`misattributed`: the claim's fact is stated, but credited to another source than the claim's,
    and no passage states it under the claim's source."""
    credited = any(e.stance == "corroborating" and any(r.type == "source_match" for r in e.reasons) for e in evidence)
    if not credited and any(e.misattributed and e.stance == "conflicting" for e in evidence):
        return ("misattributed",)
    return ()


def _counts(nc: int, nx: int) -> str:
    return (f"{nc} independent source{'s' if nc != 1 else ''} corroborating and "
            f"{nx} independent source{'s' if nx != 1 else ''} conflicting")


def _key_discrepancy(conflicting: dict[str, Evidence]) -> str:
    """The reason detail of the strongest conflicting passage, with who said it."""
    if not conflicting:
        return "none"
    top = max(conflicting.values(), key=_strength)
    reason = next((r for r in top.reasons
                   if r.type in _CONTRADICTS or r.type in ("source_mismatch", "accounts_differ")), None)
    who = top.article.outlet or top.article.title or "an unnamed outlet"
    credits = [c for c in top.attributed_to if c.kind != "anonymous"] or list(top.attributed_to)
    cited = [a for a in top.passage.attributions if a.kind != "anonymous"] or list(top.passage.attributions)
    if credits:
        who = f"{credits[0].source} via {who}"
    elif cited:
        who = f"{cited[0].source} via {who}"
    if reason is None:
        return f"“{_clip(top.passage.text)}” ({who})"
    return f"{reason.detail} ({who})"


def _clip(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
