"""`factcheck eval` on an archive that carries its own articles: made-up news of any subject with claims
about it (the probe sets of evaluation/data/archives/).

One JSON object: {"articles": [{"external_id", "outlet", "published_at" (optional), "title", "text"}],
"claims": [{"id", "claim", "verdict": supported|refuted|disputed|unverified, "expect": {"<words of one
passage>": "corroborating|conflicting|related|other_events"}, "why"}]}. The articles are loaded into a
fresh embedded store; each claim gets an open dossier over the whole archive. A claim is right when its
verdict is the expected one and every passage it names is in the bucket it names ("absent" when the
dossier does not show it). Reported: verdicts right, claims right, the confusion of verdicts.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from evaluation.climate_fever import VERDICT_LABELS, _matrix, _percentile, confusion, macro_f1
from evaluation.formats import bad_data, check_text
from service.dossier.pipeline import create_dossier
from service.ingest import prepare_article
from service.models import SearchFilters

BUCKETS = ("corroborating", "conflicting", "related", "other_events")
_API_BUCKET = {"other_event": "other_events"}


def read_archive(path: Path | str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The archive's article payloads and its claims, or one readable error."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as exc:
        raise bad_data(path, f"not JSON ({exc.msg} at line {exc.lineno})") from None
    except UnicodeDecodeError as exc:
        raise bad_data(path, f"not valid UTF-8 (byte {exc.start})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list) \
            or not isinstance(data.get("claims"), list):
        raise bad_data(path, "an archive is a JSON object with an `articles` list and a `claims` list")
    for number, article in enumerate(data["articles"]):
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise bad_data(path, f"article {number} needs a string `text`")
        check_text(path, f"article {number}", article)
    claims = []
    for number, row in enumerate(data["claims"]):
        expect = row.get("expect") or {} if isinstance(row, dict) else None
        if not isinstance(row, dict) or not isinstance(row.get("claim"), str) \
                or row.get("verdict") not in VERDICT_LABELS or not isinstance(expect, dict) \
                or any(bucket not in BUCKETS for bucket in expect.values()):
            raise bad_data(path, f"claim {number} needs a string `claim`, a `verdict` among "
                                 f"{', '.join(VERDICT_LABELS)} and `expect` buckets among {', '.join(BUCKETS)}")
        check_text(path, f"claim {number}", row)
        claims.append({"id": str(row.get("id", number)), "claim": row["claim"], "verdict": row["verdict"],
                       "expect": {str(k): v for k, v in expect.items()}})
    return data["articles"], claims


def run_archive(path: Path | str, *, store_dir: Path | str, limit: int | None = None) -> dict[str, Any]:
    from service.stores.embedded import EmbeddedStore

    articles, claims = read_archive(path)
    claims = claims[:limit]
    store = EmbeddedStore(store_dir)
    try:
        store.ingest([prepare_article(dict(a)) for a in articles])
        results = []
        for row in claims:
            started = time.perf_counter()
            dossier = create_dossier(store, row["claim"], SearchFilters(), max_evidence=100)
            took = (time.perf_counter() - started) * 1000
            # (the buckets by their API names: the dossier's "other_event" stance is `evidence.other_events`)
            where = [(e.passage.text, _API_BUCKET.get(bucket, bucket)) for bucket, items in dossier.evidence.items()
                     for e in items]
            misplaced = {words: got for words, want in row["expect"].items()
                         if (got := next((b for text, b in where if words in text), "absent")) != want}
            results.append({"id": row["id"], "claim": row["claim"], "expected": row["verdict"],
                            "verdict": dossier.verdict.label, "flags": list(dossier.verdict.flags),
                            "misplaced": misplaced, "latency_ms": round(took, 1)})
    finally:
        store.close()
    gold = [r["expected"] for r in results]
    predicted = [r["verdict"] for r in results]
    f1, _ = macro_f1(gold, predicted, VERDICT_LABELS)
    return {"format": "archive", "data": str(path), "claims": len(results), "articles": len(articles),
            "verdict": {"correct": sum(g == p for g, p in zip(gold, predicted, strict=True)),
                        "macro_f1": round(f1, 4), "confusion": confusion(gold, predicted, VERDICT_LABELS)},
            "right": sum(1 for r in results if r["verdict"] == r["expected"] and not r["misplaced"]),
            "latency_ms": {"p50": round(_percentile([r["latency_ms"] for r in results], 0.5), 1),
                           "p95": round(_percentile([r["latency_ms"] for r in results], 0.95), 1)},
            "claims_detail": results}


def format_archive(report: dict[str, Any]) -> str:
    v = report["verdict"]
    lines = [f"Data: {report['data']} — {report['claims']} claims on {report['articles']} articles", "",
             f"right      {report['right']}/{report['claims']} (verdict and every named passage's bucket)",
             f"verdicts   {v['correct']}/{report['claims']} correct   macro-F1 {v['macro_f1']:.3f}",
             f"latency    p50 {report['latency_ms']['p50']:.1f} ms   p95 {report['latency_ms']['p95']:.1f} ms", ""]
    lines += _matrix("Verdicts", v["confusion"], VERDICT_LABELS) + [""]
    for r in report["claims_detail"]:
        right = r["verdict"] == r["expected"] and not r["misplaced"]
        extra = "".join(f"  '{w[:40]}' in {b}" for w, b in r["misplaced"].items())
        lines.append(f"{'ok ' if right else 'XX '}{r['id']:>5}  {r['expected']:>10} → {r['verdict']:<10}{extra}")
    return "\n".join(lines)
