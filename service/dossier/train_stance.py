"""Train the stance model on the TUNE split of CLIMATE-FEVER and write data/stance_model.json.

    .venv/bin/python -m service.dossier.train_stance /work/shared/data/climate-fever-dev.jsonl

Only tune-split claims (service.evaluate.split_of) and their evidence are read: the store the
features come from holds the tune evidence only, so nothing of the test split reaches the
shipped weights. Multinomial logistic regression, class-weighted, L2-regularised, full-batch
gradient descent in plain Python (a few thousand pairs; no numerical library needed). The
per-class decision offsets are then chosen for macro-F1 on 5-fold out-of-fold predictions.
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
from service.dossier.model import STANCES, Candidate
from service.dossier.retrieval import expand_variants, retrieve
from service.dossier.stance import assess
from service.dossier.stance_model import MODEL_PATH, StanceModel, stance_features
from service.evaluate import EVIDENCE_STANCE, STANCE_LABELS, Claim, load_store, macro_f1, read_claims, select
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
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
        finally:
            store.close()
    counts = Counter(k for features, _ in examples for k in features)
    vocabulary = {k for k, n in counts.items() if n >= MIN_FEATURE_COUNT}
    print(f"{len(tune)} tune claims, {len(examples)} pairs, {len(vocabulary)} features")
    offsets = tune_offsets(examples, groups, vocabulary)
    model = train(examples, vocabulary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"trained_on": "CLIMATE-FEVER dev file, tune split only (Diggelmann et al., 2020, "
                              "arXiv:2012.00614)", "pairs": len(examples), "weights": model.weights,
                "offsets": offsets}
    args.out.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
