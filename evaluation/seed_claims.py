"""`factcheck eval` on claims about the seed articles (../shared/data/seed-claims-dev.jsonl's format).

Each line: {"id", "claim", "verdict": supported|refuted|disputed|unverified, "corroborating":
[external ids], "conflicting": [external ids], "note"}. The seed articles are loaded into a fresh
embedded store as `make run` loads them (external id = file name without .txt); each claim gets
an open dossier over the whole archive. Reported: verdict accuracy and macro-F1, and evidence
found — how many of the listed articles the dossier puts in the bucket the line names.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from evaluation.climate_fever import VERDICT_LABELS, _matrix, _percentile, confusion, macro_f1
from evaluation.formats import bad_data, check_text, json_lines
from service.dossier.pipeline import create_dossier
from service.files import find_files, read_payloads
from service.ingest import prepare_article
from service.models import SearchFilters

BUCKETS = ("corroborating", "conflicting")


def read_seed_claims(path: Path | str) -> list[dict[str, Any]]:
    rows = []
    needs = f"each line needs a string `claim` and a `verdict` among {', '.join(VERDICT_LABELS)}"
    for number, row in json_lines(path, needs):
        if not isinstance(row.get("claim"), str) or row.get("verdict") not in VERDICT_LABELS:
            raise bad_data(path, f"line {number} needs a string `claim` and a `verdict` among "
                                 f"{', '.join(VERDICT_LABELS)}")
        check_text(path, f"line {number}", row)
        rows.append({"id": str(row.get("id", number)), "claim": row["claim"], "verdict": row["verdict"],
                     **{b: [str(x) for x in row.get(b) or []] for b in BUCKETS}})
    return rows


def run_seed_claims(path: Path | str, *, seeds: Path | str, store_dir: Path | str,
                    limit: int | None = None) -> dict[str, Any]:
    from service.stores.embedded import EmbeddedStore

    rows = read_seed_claims(path)[:limit]
    if not Path(seeds).is_dir():
        raise bad_data(seeds, "the seed articles' folder does not exist (give it with --seeds)")
    store = EmbeddedStore(store_dir)
    try:
        payloads = [payload for _, payload in read_payloads(find_files([Path(seeds)]))]
        store.ingest([prepare_article(p) for p in payloads])
        results = []
        for row in rows:
            started = time.perf_counter()
            dossier = create_dossier(store, row["claim"], SearchFilters(), max_evidence=100)
            took = (time.perf_counter() - started) * 1000
            found = {b: {e.article.external_id for e in dossier.evidence.get(b, [])} for b in BUCKETS}
            missing = {b: sorted(set(row[b]) - found[b]) for b in BUCKETS if set(row[b]) - found[b]}
            results.append({"id": row["id"], "claim": row["claim"], "expected": row["verdict"],
                            "verdict": dossier.verdict.label, "flags": list(dossier.verdict.flags),
                            "listed": sum(len(row[b]) for b in BUCKETS),
                            "found": sum(len(set(row[b]) & found[b]) for b in BUCKETS),
                            "missing": missing, "latency_ms": round(took, 1)})
    finally:
        store.close()
    return summarize_seed_claims(results, path=str(path), articles=len(payloads))


def summarize_seed_claims(results: list[dict[str, Any]], *, path: str, articles: int) -> dict[str, Any]:
    gold = [r["expected"] for r in results]
    predicted = [r["verdict"] for r in results]
    f1, per = macro_f1(gold, predicted, VERDICT_LABELS)
    listed = sum(r["listed"] for r in results)
    return {
        "format": "seed-claims", "data": path, "claims": len(results), "articles": articles,
        "verdict": {"correct": sum(g == p for g, p in zip(gold, predicted, strict=True)),
                    "accuracy": round(sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(results), 4)
                    if results else 0.0,
                    "macro_f1": round(f1, 4), "f1": {k: round(v, 4) for k, v in per.items()},
                    "confusion": confusion(gold, predicted, VERDICT_LABELS)},
        "evidence": {"listed": listed, "found": sum(r["found"] for r in results),
                     "claims_with_all_found": sum(1 for r in results if not r["missing"])},
        "latency_ms": {"p50": round(_percentile([r["latency_ms"] for r in results], 0.5), 1),
                       "p95": round(_percentile([r["latency_ms"] for r in results], 0.95), 1)},
        "claims_detail": results,
    }


def format_seed_claims(report: dict[str, Any]) -> str:
    v, e = report["verdict"], report["evidence"]
    lines = [f"Data: {report['data']} — {report['claims']} claims on {report['articles']} seed articles", "",
             f"verdicts   {v['correct']}/{report['claims']} correct   accuracy {v['accuracy']:.3f}   "
             f"macro-F1 {v['macro_f1']:.3f}",
             f"evidence   {e['found']}/{e['listed']} listed articles in their bucket   "
             f"{e['claims_with_all_found']}/{report['claims']} claims with all of them",
             f"latency    p50 {report['latency_ms']['p50']:.1f} ms   p95 {report['latency_ms']['p95']:.1f} ms", ""]
    lines += _matrix("Verdicts", v["confusion"], VERDICT_LABELS) + [""]
    for r in report["claims_detail"]:
        mark = "ok " if r["verdict"] == r["expected"] and not r["missing"] else "XX "
        extra = f"  missing {r['missing']}" if r["missing"] else ""
        flags = f" {r['flags']}" if r["flags"] else ""
        lines.append(f"{mark}{r['id']:>5}  {r['expected']:>10} → {r['verdict']:<10}{flags}{extra}")
    return "\n".join(lines)
