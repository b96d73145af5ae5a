"""`factcheck eval` on AVeriTeC claims (Schlichtkrull et al., 2023, "AVeriTeC: A Dataset for
Real-world Claim Verification with Evidence from the Web", NeurIPS Datasets and Benchmarks;
CC BY-NC 4.0).

Each claim's non-empty answers are loaded as articles (title = the question, text = the answer
with its boolean explanation when it has one, url = the source URL when it is one); the claim is
checked by a dossier restricted to its own answers. Labels: Supported → supported, Refuted →
refuted, Conflicting Evidence/Cherrypicking → disputed, Not Enough Evidence → unverified.
Reported: verdict macro-F1 over the four labels, with the confusion matrix.
"""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from evaluation.climate_fever import VERDICT_LABELS, _matrix, _percentile, confusion, macro_f1
from evaluation.formats import bad_data, check_text
from service.dossier.pipeline import create_dossier
from service.ingest import prepare_article
from service.models import SearchFilters

LABELS = {"Supported": "supported", "Refuted": "refuted", "Conflicting Evidence/Cherrypicking": "disputed",
          "Not Enough Evidence": "unverified"}
CITATION = ("AVeriTeC: Schlichtkrull et al., 2023, \"AVeriTeC: A Dataset for Real-world Claim Verification with "
            "Evidence from the Web\", NeurIPS Datasets and Benchmarks (CC BY-NC 4.0)")


def read_averitec(path: Path | str) -> list[dict[str, Any]]:
    """Claims with their label and answer articles (external ids averitec-<claim>-<question>-<answer>)."""
    from service.jsontext import JSONNotAccepted, parse_json

    try:
        with open(path, encoding="utf-8") as handle:
            data = parse_json(handle.read())
    except json.JSONDecodeError as exc:
        raise bad_data(path, f"not JSON ({exc.msg} at line {exc.lineno})") from exc
    except JSONNotAccepted as exc:
        raise bad_data(path, f"not accepted: {exc}") from None
    except UnicodeDecodeError as exc:
        raise bad_data(path, f"not valid UTF-8 (byte {exc.start})") from None
    if not isinstance(data, list):
        raise bad_data(path, "an AVeriTeC file is a JSON array of claims")
    claims = []
    for number, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("claim"), str) or item.get("label") not in LABELS:
            raise bad_data(path, f"claim {number} needs a string `claim` and a `label` among {', '.join(LABELS)}")
        questions = item.get("questions") or []
        if not isinstance(questions, list) or not all(
                isinstance(q, dict) and isinstance(q.get("answers") or [], list)
                and all(isinstance(a, dict) for a in q.get("answers") or []) for q in questions):
            raise bad_data(path, f"claim {number}: `questions` must be a list of objects, each with a list of "
                                 "`answers` objects")
        check_text(path, f"claim {number}", item)
        articles = []
        for q, question in enumerate(item.get("questions") or []):
            for a, answer in enumerate(question.get("answers") or []):
                text = str(answer.get("answer") or "").strip()
                if not text:
                    continue
                explanation = str(answer.get("boolean_explanation") or "").strip()
                if explanation:
                    text = f"{text}. {explanation}" if not text.endswith(".") else f"{text} {explanation}"
                url = str(answer.get("source_url") or "")
                articles.append({"external_id": f"averitec-{number}-{q}-{a}", "title": question.get("question"),
                                 "text": text, "url": url if url.startswith(("http://", "https://")) else None})
        claims.append({"number": number, "claim": item["claim"], "label": LABELS[item["label"]],
                       "articles": articles, "claim_date": _claim_date(item.get("claim_date"))})
    return claims


def _claim_date(raw: Any) -> date | None:
    """AVeriTeC's claim_date ("31-10-2020", day first); None when absent or unreadable."""
    try:
        return datetime.strptime(str(raw), "%d-%m-%Y").date() if raw else None
    except ValueError:
        return None


def run_averitec(path: Path | str, *, store_dir: Path | str, limit: int | None = None) -> dict[str, Any]:
    from service.stores.embedded import EmbeddedStore

    claims = read_averitec(path)[:limit]
    store = EmbeddedStore(store_dir)
    gold, predicted, latencies = [], [], []
    try:
        store.ingest([prepare_article(a) for c in claims for a in c["articles"]])
        for claim in claims:
            ids = tuple(a["external_id"] for a in claim["articles"])
            started = time.perf_counter()
            if ids:
                label = create_dossier(store, claim["claim"], SearchFilters(external_ids=ids), 100,
                                       claim_date=claim["claim_date"]).verdict.label
            else:
                label = "unverified"  # no answer to read
            latencies.append((time.perf_counter() - started) * 1000)
            gold.append(claim["label"])
            predicted.append(label)
    finally:
        store.close()
    f1, per = macro_f1(gold, predicted, VERDICT_LABELS)
    return {"format": "averitec", "data": str(path), "citation": CITATION, "claims": len(claims),
            "answers": sum(len(c["articles"]) for c in claims),
            "verdict": {"macro_f1": round(f1, 4), "f1": {k: round(v, 4) for k, v in per.items()},
                        "accuracy": round(sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold), 4)
                        if gold else 0.0,
                        "confusion": confusion(gold, predicted, VERDICT_LABELS)},
            "latency_ms": {"p50": round(_percentile(latencies, 0.5), 1), "p95": round(_percentile(latencies, 0.95), 1)}}


def format_averitec(report: dict[str, Any]) -> str:
    v = report["verdict"]
    lines = [f"Data: {report['data']} — {report['claims']} claims, {report['answers']} answers loaded as articles",
             f"Cite: {report['citation']}", "",
             f"verdict   macro-F1 {v['macro_f1']:.3f}   accuracy {v['accuracy']:.3f}   "
             + "  ".join(f"F1 {k} {val:.3f}" for k, val in v["f1"].items()),
             f"latency   p50 {report['latency_ms']['p50']:.1f} ms   p95 {report['latency_ms']['p95']:.1f} ms", ""]
    return "\n".join(lines + _matrix("Verdicts", v["confusion"], VERDICT_LABELS))
