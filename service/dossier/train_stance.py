"""Train the stance model on the TUNE split of CLIMATE-FEVER and write data/stance_model.json.

    .venv/bin/python -m service.dossier.train_stance /work/shared/data/climate-fever-dev.jsonl [--cv]

Only tune-split claims (service.evaluate.split_of) and their evidence are read: the store the
features come from holds the tune evidence only, so nothing of the test split reaches the
shipped weights. Multinomial logistic regression, class-weighted, L2-regularised, full-batch
gradient descent in plain Python (a few thousand pairs; no numerical library needed). The
per-class decision offsets are then chosen for macro-F1 on 5-fold out-of-fold predictions.
`--cv` also scores the whole pipeline (rules + fold model, independence, verdict) out of fold
and prints the verdict thresholds' grid: how MIN_STRENGTH and DOMINANCE were chosen.
Data: Diggelmann et al., 2020, CLIMATE-FEVER, arXiv:2012.00614.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from collections import Counter
from itertools import product
from pathlib import Path

from service.dossier.analysis import analyze_claim
from service.dossier.independence import assess_independence
from service.dossier.model import STANCES, Candidate, Evidence, SourceSummary
from service.dossier.retrieval import expand_variants, retrieve
from service.dossier.stance import assess, score_stance
from service.dossier.stance_model import MODEL_PATH, StanceModel, stance_features
from service.dossier.verdict import decide_verdict
from service.evaluate import (
    CLAIM_VERDICT,
    EVIDENCE_STANCE,
    STANCE_LABELS,
    VERDICT_LABELS,
    Claim,
    load_store,
    macro_f1,
    read_claims,
    select,
)
from service.models import SearchFilters
from service.stores.base import Store

MIN_FEATURE_COUNT = 3
EPOCHS = 8
RATE = 0.05
L2 = 1e-4

Example = tuple[dict[str, float], str]


def pair_examples(store: Store, claims: list[Claim]) -> tuple[list[Example], list[int]]:
    """Features of each claim–evidence pair (computed by the pipeline's own code), and claim numbers."""
    examples: list[Example] = []
    groups: list[int] = []
    for number, claim in enumerate(claims):
        analysis = expand_variants(store, analyze_claim(claim.text))
        ids = tuple(dict.fromkeys(e for e, _ in claim.evidence))
        candidates: dict[str, Candidate] = {}
        for c in retrieve(store, analysis, SearchFilters(external_ids=ids)):
            candidates.setdefault(c.article.external_id or "", c)
        for evidence_id, label in claim.evidence:
            candidate = candidates.get(evidence_id)
            if candidate is None:
                continue
            reasons, _, negated = assess(analysis, candidate)
            examples.append((stance_features(analysis, candidate.passage.text, reasons, negated,
                                             candidate.relevance), EVIDENCE_STANCE[label]))
            groups.append(number)
    return examples, groups


def train(examples: list[Example], vocabulary: set[str]) -> StanceModel:
    """Class-weighted multinomial logistic regression by SGD (deterministic order), L2 at each step."""
    counts = Counter(label for _, label in examples)
    class_weight = {c: len(examples) / (len(STANCES) * max(1, counts[c])) for c in STANCES}
    weights: dict[str, dict[str, float]] = {c: {} for c in STANCES}
    data = [({k: v for k, v in f.items() if k in vocabulary}, label) for f, label in examples]
    model = StanceModel(weights, {})
    model.weights = weights  # share the dicts: updates below are seen by probabilities()
    step = 0
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch / 5)
        for i in range(len(data)):
            features, label = data[(i * 7919 + epoch * 104729) % len(data)]
            probs = model.probabilities(features)
            step += 1
            for c in STANCES:
                error = (probs[c] - (1.0 if c == label else 0.0)) * class_weight[label]
                wc = weights[c]
                for k, v in features.items():
                    w = wc.get(k, 0.0)
                    wc[k] = w - rate * (error * v + L2 * w)
    pruned = {c: {k: round(v, 4) for k, v in weights[c].items() if abs(v) >= 1e-3} for c in STANCES}
    return StanceModel(pruned, {})


def tune_offsets(examples: list[Example], groups: list[int], vocabulary: set[str],
                 folds: int = 5) -> dict[str, float]:
    """Offsets for macro-F1 on out-of-fold predictions of the tune split (folds by claim)."""
    probabilities: list[dict[str, float]] = [{} for _ in examples]
    for fold in range(folds):
        training = [e for e, g in zip(examples, groups, strict=True) if g % folds != fold]
        model = train(training, vocabulary)
        for i, (features, _) in enumerate(examples):
            if groups[i] % folds == fold:
                probabilities[i] = dict(model.probabilities(features))
    gold = [label for _, label in examples]
    before, _ = macro_f1(gold, [max(p, key=p.__getitem__) for p in probabilities], STANCE_LABELS)
    best, best_f1 = {c: 0.0 for c in STANCES}, -1.0
    grid = [x / 10 for x in range(-15, 16)]
    for a, b in product(grid, grid):
        offsets = {"corroborating": a, "conflicting": b, "related": 0.0}
        predicted = [max(STANCES, key=lambda c, p=p: math.log(max(p[c], 1e-12)) + offsets[c])
                     for p in probabilities]
        f1, _ = macro_f1(gold, predicted, STANCE_LABELS)
        if f1 > best_f1:
            best, best_f1 = offsets, f1
    print(f"out-of-fold macro-F1 on tune: {before:.4f} without offsets, {best_f1:.4f} with {best}")
    return best


def cross_validate(store: Store, claims: list[Claim], examples: list[Example], groups: list[int],
                   vocabulary: set[str], offsets: dict[str, float], folds: int = 5) -> None:
    """Out-of-fold pair-stance and verdict macro-F1 of the whole pipeline, and the verdict grid."""
    models = []
    for fold in range(folds):
        model = train([e for e, g in zip(examples, groups, strict=True) if g % folds != fold], vocabulary)
        model.offsets = {c: float(offsets.get(c, 0.0)) for c in STANCES}
        models.append(model.freeze())
    gold_pairs: list[str] = []
    predicted_pairs: list[str] = []
    assessed: list[tuple[str, list[Evidence], SourceSummary]] = []
    for number, claim in enumerate(claims):
        analysis = expand_variants(store, analyze_claim(claim.text))
        ids = tuple(dict.fromkeys(e for e, _ in claim.evidence))
        candidates = retrieve(store, analysis, SearchFilters(external_ids=ids))
        results = {c.passage.id: score_stance(analysis, c, models[number % folds]) for c in candidates}
        by_external: dict[str | None, tuple[int, float, str]] = {}
        for c in candidates:  # as evaluate.pair_stances: an article's strongest stance-taking passage
            result = results[c.passage.id]
            rank = (int(result.stance != "related"), result.score, result.stance)
            by_external[c.article.external_id] = max(rank, by_external.get(c.article.external_id, rank))
        for evidence_id, label in claim.evidence:
            if evidence_id in by_external:
                gold_pairs.append(EVIDENCE_STANCE[label])
                predicted_pairs.append(by_external[evidence_id][2])
        evidence, sources = assess_independence([(c, results[c.passage.id]) for c in candidates])
        assessed.append((CLAIM_VERDICT[claim.label], evidence, sources))
    pair_f1, _ = macro_f1(gold_pairs, predicted_pairs, STANCE_LABELS)
    print(f"out-of-fold pipeline on tune: pair-stance macro-F1 {pair_f1:.4f}")
    grid = []
    for min_strength, dominance in product((0.3, 0.4, 0.5, 0.6, 0.8), (1.5, 2.0, 2.5, 3.0, 4.0)):
        labels = [decide_verdict(e, s, min_strength, dominance).label for _, e, s in assessed]
        f1, _ = macro_f1([g for g, _, _ in assessed], labels, VERDICT_LABELS)
        grid.append((f1, min_strength, dominance))
    for f1, min_strength, dominance in sorted(grid, reverse=True)[:5]:
        print(f"  verdict macro-F1 {f1:.4f} with MIN_STRENGTH {min_strength}, DOMINANCE {dominance}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cv", action="store_true", help="also cross-validate the whole pipeline on tune")
    args = parser.parse_args()
    from service.stores.embedded import EmbeddedStore

    claims, sentences = read_claims(args.path)
    tune = select(claims, "tune")
    tune_ids = {e for c in tune for e, _ in c.evidence}
    with tempfile.TemporaryDirectory(prefix="factcheck-train-") as store_dir:
        store = EmbeddedStore(store_dir)
        try:
            load_store(store, {k: v for k, v in sentences.items() if k in tune_ids})
            examples, groups = pair_examples(store, tune)
            counts = Counter(k for features, _ in examples for k in features)
            vocabulary = {k for k, n in counts.items() if n >= MIN_FEATURE_COUNT}
            print(f"{len(tune)} tune claims, {len(examples)} pairs, {len(vocabulary)} features")
            offsets = tune_offsets(examples, groups, vocabulary)
            if args.cv:
                cross_validate(store, tune, examples, groups, vocabulary, offsets)
        finally:
            store.close()
    model = train(examples, vocabulary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"trained_on": "CLIMATE-FEVER dev file, tune split only (Diggelmann et al., 2020, "
                              "arXiv:2012.00614)", "pairs": len(examples), "weights": model.weights,
                "offsets": offsets}
    args.out.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
