"""`factcheck eval`: retrieval, stance and verdict figures on FEVER-style JSONL (CLIMATE-FEVER).

Data: Diggelmann et al., 2020, "CLIMATE-FEVER: A Dataset for Verification of Real-World Climate
Claims", arXiv:2012.00614. Each claim comes with five Wikipedia sentences labelled against it.

    read JSONL ─► split by a hash of claim_id (≈30 % tune, ≈70 % test) ─► load every evidence
    sentence as an article (outlet "Wikipedia", title = its article, external_id = evidence_id)
    into a fresh embedded store ─► for each claim of the split:
      (a) open retrieval: recall@5 / @20 of its SUPPORTS/REFUTES sentences among all sentences
      (b) pair stance: a dossier restricted to its own five sentences (filters.external_ids)
      (c) claim verdict of that dossier          (d) latency of the open dossier

The stance model is trained on the tune part only (evaluation/train_stance.py); figures
to quote come from the test part.
"""

from __future__ import annotations

import hashlib
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.dossier.analysis import analyze_claim
from service.dossier.pipeline import create_dossier
from service.dossier.retrieval import expand_variants, retrieve
from service.ingest import prepare_article
from service.models import SearchFilters
from service.stores.base import Store

TUNE_SHARE = 30  # percent of claims in the tune split
EVIDENCE_STANCE = {"SUPPORTS": "corroborating", "REFUTES": "conflicting", "NOT_ENOUGH_INFO": "related"}
CLAIM_VERDICT = {"SUPPORTS": "supported", "REFUTES": "refuted", "DISPUTED": "disputed",
                 "NOT_ENOUGH_INFO": "unverified"}
STANCE_LABELS = ["corroborating", "conflicting", "related"]
VERDICT_LABELS = ["supported", "refuted", "disputed", "unverified"]
CITATION = ("CLIMATE-FEVER: Diggelmann et al., 2020, \"CLIMATE-FEVER: A Dataset for Verification of "
            "Real-World Climate Claims\", arXiv:2012.00614")


@dataclass(frozen=True)
class Claim:
    claim_id: str
    text: str
    label: str
    evidence: tuple[tuple[str, str], ...]  # (evidence_id as loaded, evidence label)


def split_of(claim_id: str) -> str:
    """'tune' or 'test', fixed by a hash of the claim id (no randomness, no dependence on order)."""
    bucket = int(hashlib.sha256(claim_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "tune" if bucket < TUNE_SHARE else "test"


def read_claims(path: Path | str) -> tuple[list[Claim], dict[str, dict[str, Any]]]:
    """Claims and the distinct evidence sentences (identical sentences kept once, under their first id)."""
    claims: list[Claim] = []
    sentences: dict[str, dict[str, Any]] = {}
    by_text: dict[str, str] = {}
    for row in _rows(path):
        evidence = []
        for item in row.get("evidences", []):
            text = " ".join(str(item["evidence"]).split())
            evidence_id = by_text.setdefault(text, str(item["evidence_id"]))
            sentences.setdefault(evidence_id, {"external_id": evidence_id, "text": text,
                                               "title": item.get("article"), "outlet": "Wikipedia"})
            evidence.append((evidence_id, str(item["evidence_label"])))
        claims.append(Claim(str(row["claim_id"]), row["claim"], row["claim_label"], tuple(evidence)))
    return claims, sentences


_ROW_FIELDS = (f"CLIMATE-FEVER lines need claim_id, claim, claim_label ({', '.join(CLAIM_VERDICT)}) and "
               f"evidences (a list of objects with evidence_id, evidence, evidence_label "
               f"({', '.join(EVIDENCE_STANCE)}))")


def _rows(path: Path | str) -> Iterator[dict[str, Any]]:
    """The row of each non-blank line, or one readable error for the first bad line."""
    from evaluation.formats import bad_data, check_text, json_lines

    for number, row in json_lines(path, _ROW_FIELDS):
        missing = [key for key in ("claim_id", "claim", "claim_label", "evidences") if key not in row]
        evidences = row.get("evidences")
        if missing or not isinstance(row["claim"], str) or row["claim_label"] not in CLAIM_VERDICT \
                or not isinstance(evidences, list) or not all(
                    isinstance(e, dict) and {"evidence_id", "evidence", "evidence_label"} <= e.keys()
                    and e["evidence_label"] in EVIDENCE_STANCE for e in evidences):
            lacks = f" (no {', '.join(missing)})" if missing else ""
            raise bad_data(path, f"line {number} is not a CLIMATE-FEVER claim{lacks}; {_ROW_FIELDS}")
        check_text(path, f"line {number}", row)
        yield row


def select(claims: list[Claim], split: str, limit: int | None = None) -> list[Claim]:
    chosen = [c for c in claims if split == "all" or split_of(c.claim_id) == split]
    return chosen[:limit] if limit is not None else chosen


def load_store(store: Store, sentences: dict[str, dict[str, Any]], batch: int = 500) -> int:
    """Ingest the evidence sentences as articles; returns how many the store holds."""
    payloads = list(sentences.values())
    for start in range(0, len(payloads), batch):
        store.ingest([prepare_article(p) for p in payloads[start:start + batch]])
    return len(payloads)


def pair_stances(store: Store, claim: Claim) -> tuple[dict[str, str], str, float]:
    """Each evidence sentence's stance in a dossier restricted to the claim's own sentences."""
    ids = tuple(dict.fromkeys(e for e, _ in claim.evidence))
    dossier = create_dossier(store, claim.text, SearchFilters(external_ids=ids), max_evidence=100)
    found: dict[str, tuple[int, float, str]] = {}
    order = {"corroborating": 2, "conflicting": 2, "related": 1, "other_event": 1}
    for items in dossier.evidence.values():
        for item in items:
            key = item.article.external_id or ""
            # a passage about another event neither supports nor refutes: NOT_ENOUGH_INFO's "related"
            stance = "related" if item.stance == "other_event" else item.stance
            rank = (order[item.stance], item.stance_score, stance)
            if key not in found or rank > found[key]:
                found[key] = rank
    return {key: value[2] for key, value in found.items()}, dossier.verdict.label, dossier.took_ms


def open_ranking(store: Store, claim: Claim) -> list[str]:
    """External ids of the sentences retrieval ranks for the claim, best first, each once."""
    candidates = retrieve(store, expand_variants(store, analyze_claim(claim.text)), SearchFilters())
    return list(dict.fromkeys(c.article.external_id or "" for c in candidates))


def macro_f1(gold: list[str], predicted: list[str], labels: list[str]) -> tuple[float, dict[str, float]]:
    scores = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return sum(scores.values()) / len(labels), scores


def confusion(gold: list[str], predicted: list[str], labels: list[str]) -> dict[str, dict[str, int]]:
    """gold label → predicted label → count."""
    table = {g: dict.fromkeys(labels, 0) for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        table[g][p] += 1
    return table


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def evaluate_claims(store: Store, claims: list[Claim]) -> Iterator[dict[str, Any]]:
    """Per-claim measurements (used by run_eval and by the training script)."""
    for claim in claims:
        gold = {e for e, label in claim.evidence if label in ("SUPPORTS", "REFUTES")}
        ranking = open_ranking(store, claim)
        started = time.perf_counter()
        create_dossier(store, claim.text, SearchFilters(), max_evidence=20)
        latency = (time.perf_counter() - started) * 1000
        stances, verdict, _ = pair_stances(store, claim)
        yield {
            "claim": claim, "latency_ms": latency, "verdict": verdict,
            "recall": {k: len(gold & set(ranking[:k])) / len(gold) for k in (5, 20)} if gold else None,
            "pairs": [(EVIDENCE_STANCE[label], stances.get(e, "related")) for e, label in claim.evidence],
        }


def run_eval(path: Path | str, *, split: str = "test", store_dir: Path | str,
             limit: int | None = None) -> dict[str, Any]:
    """Load the evidence into a fresh embedded store at `store_dir` and measure (a)–(d) on the split."""
    from service.stores.embedded import EmbeddedStore

    if split not in ("test", "tune", "all"):
        raise ValueError(f"split must be test, tune or all, not {split!r}")
    claims, sentences = read_claims(path)
    chosen = select(claims, split, limit)
    store = EmbeddedStore(store_dir)
    try:
        started = time.perf_counter()
        loaded = load_store(store, sentences)
        load_s = time.perf_counter() - started
        rows = list(evaluate_claims(store, chosen))
    finally:
        store.close()
    return summarize(rows, split=split, path=str(path), sentences=loaded, load_s=load_s)


def summarize(rows: list[dict[str, Any]], *, split: str, path: str, sentences: int,
              load_s: float) -> dict[str, Any]:
    recalls = [r["recall"] for r in rows if r["recall"] is not None]
    pairs = [p for r in rows for p in r["pairs"]]
    gold_s, pred_s = [g for g, _ in pairs], [p for _, p in pairs]
    gold_v = [CLAIM_VERDICT[r["claim"].label] for r in rows]
    pred_v = [r["verdict"] for r in rows]
    stance_f1, stance_per = macro_f1(gold_s, pred_s, STANCE_LABELS)
    verdict_f1, verdict_per = macro_f1(gold_v, pred_v, VERDICT_LABELS)
    latencies = [r["latency_ms"] for r in rows]
    return {
        "data": path, "citation": CITATION, "split": split, "claims": len(rows),
        "evidence_sentences_indexed": sentences, "load_seconds": round(load_s, 1),
        "retrieval": {"claims_with_gold": len(recalls),
                      "recall@5": round(statistics.fmean(r[5] for r in recalls), 4) if recalls else 0.0,
                      "recall@20": round(statistics.fmean(r[20] for r in recalls), 4) if recalls else 0.0},
        "pair_stance": {"pairs": len(pairs), "macro_f1": round(stance_f1, 4),
                        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0,
                        "f1": {k: round(v, 4) for k, v in stance_per.items()},
                        "confusion": confusion(gold_s, pred_s, STANCE_LABELS)},
        "verdict": {"macro_f1": round(verdict_f1, 4),
                    "accuracy": round(sum(g == p for g, p in zip(gold_v, pred_v, strict=True)) / len(rows), 4)
                    if rows else 0.0,
                    "f1": {k: round(v, 4) for k, v in verdict_per.items()},
                    "confusion": confusion(gold_v, pred_v, VERDICT_LABELS)},
        "latency_ms": {"p50": round(_percentile(latencies, 0.5), 1), "p95": round(_percentile(latencies, 0.95), 1)},
    }


def _matrix(title: str, table: dict[str, dict[str, int]], labels: list[str]) -> list[str]:
    width = max(len(label) for label in labels) + 2
    lines = [f"{title} (rows: gold, columns: predicted)",
             " " * width + "".join(label[:12].rjust(14) for label in labels)]
    for gold in labels:
        lines.append(gold.ljust(width) + "".join(str(table[gold][p]).rjust(14) for p in labels))
    return lines


def format_eval_table(report: dict[str, Any]) -> str:
    """The report as a readable table, with the data's citation."""
    r, s, v = report["retrieval"], report["pair_stance"], report["verdict"]
    lines = [
        f"Data: {report['data']} — split {report['split']}, {report['claims']} claims, "
        f"{report['evidence_sentences_indexed']} evidence sentences indexed ({report['load_seconds']} s)",
        f"Cite: {report['citation']}", "",
        f"(a) open retrieval   recall@5 {r['recall@5']:.3f}   recall@20 {r['recall@20']:.3f}"
        f"   ({r['claims_with_gold']} claims with SUPPORTS/REFUTES evidence)",
        f"(b) pair stance      macro-F1 {s['macro_f1']:.3f}   accuracy {s['accuracy']:.3f}   ({s['pairs']} pairs)   "
        + "  ".join(f"F1 {k} {val:.3f}" for k, val in s["f1"].items()),
        f"(c) claim verdict    macro-F1 {v['macro_f1']:.3f}   accuracy {v['accuracy']:.3f}   "
        + "  ".join(f"F1 {k} {val:.3f}" for k, val in v["f1"].items()),
        f"(d) dossier latency  p50 {report['latency_ms']['p50']:.1f} ms   p95 {report['latency_ms']['p95']:.1f} ms",
        "",
    ]
    lines += _matrix("Pair stance", s["confusion"], STANCE_LABELS) + [""]
    lines += _matrix("Claim verdict", v["confusion"], VERDICT_LABELS)
    return "\n".join(lines)
