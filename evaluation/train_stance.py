"""Train the stance model on the TUNE split of CLIMATE-FEVER and write data/stance_model.json.

    .venv/bin/python -m evaluation.train_stance /work/shared/data/climate-fever-dev.jsonl [--cv]

Only tune-split claims (evaluation.climate_fever.split_of) and their evidence are read: the store the
features come from holds the tune evidence only, so nothing of the test split reaches the
shipped weights. Multinomial logistic regression, class-weighted, L2-regularised, fitted by scikit-learn (a dev
dependency: the runtime only reads the weights).
The per-class decision offsets are chosen for pair macro-F1 on 5-fold out-of-fold outcomes of the
whole stance step (rules first, then the fold's model), folds by claim.

`--cv` scores the shipped pipeline out of fold on tune, twice: with the settings that ship (the
offsets chosen above and verdict.py's thresholds — chosen on these same folds, so slightly
optimistic) and nested, where every fold's offsets and verdict thresholds are chosen on the other
folds only. Data: Diggelmann et al., 2020, CLIMATE-FEVER, arXiv:2012.00614.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

from evaluation.climate_fever import (
    CLAIM_VERDICT,
    EVIDENCE_STANCE,
    STANCE_LABELS,
    VERDICT_LABELS,
    Claim,
    confusion,
    load_store,
    macro_f1,
    read_claims,
    select,
)
from service.dossier import verdict as verdict_step
from service.dossier.analysis import analyze_claim
from service.dossier.independence import assess_independence
from service.dossier.model import STANCES, Candidate, ClaimAnalysis, Stance, StanceResult
from service.dossier.retrieval import expand_variants, retrieve
from service.dossier.stance import assess, score_stance
from service.dossier.stance_model import MODEL_PATH, StanceModel, stance_features
from service.models import SearchFilters
from service.stores.base import Store

MIN_FEATURE_COUNT = 3
C = 0.1  # inverse L2 strength; 0.1 had the best 5-fold out-of-fold pair macro-F1 of 0.03, 0.1, 0.3, 1
STRANGER_CLAIMS = 1  # other claims whose sentences are `related` examples for each claim
STRANGER_WEIGHT = 0.5
FOLDS = 5
OFFSET_GRID = [x / 10 for x in range(-15, 16)]  # log-probability offsets
MIN_STRENGTH_GRID = [0.4, 0.5, 0.6, 0.8]  # below 0.4 one passage at the model's floor (1/3) would decide
DOMINANCE_GRID = [1.5, 2.0, 2.5, 3.0, 4.0, 6.0]

Example = tuple[dict[str, float], str, bool]  # features, label, whether a stranger (see TuneClaim)


@dataclass(frozen=True)
class TuneClaim:
    """A tune claim with what the pipeline retrieves for it when the filters name its own sentences,
    and `strangers`: another claim's sentences, retrieved the same way, as examples of passages
    that take no stance on it."""

    claim: Claim
    analysis: ClaimAnalysis
    candidates: tuple[Candidate, ...]
    strangers: tuple[Candidate, ...] = ()


def read_tune(store: Store, claims: list[Claim]) -> list[TuneClaim]:
    """Analysis and restricted retrieval for each claim, as `factcheck eval` runs them."""
    out = []
    for number, claim in enumerate(claims):
        analysis = expand_variants(store, analyze_claim(claim.text))
        ids = tuple(dict.fromkeys(e for e, _ in claim.evidence))
        own = set(ids)
        strangers = []
        for step in range(1, STRANGER_CLAIMS + 1):
            # a claim half the list away: claims are in file order, neighbours often share a topic
            other = claims[(number + step * len(claims) // (STRANGER_CLAIMS + 1)) % len(claims)]
            other_ids = tuple(dict.fromkeys(e for e, _ in other.evidence if e not in own))
            if other_ids:
                strangers += retrieve(store, analysis, SearchFilters(external_ids=other_ids))
        out.append(TuneClaim(claim, analysis, tuple(retrieve(store, analysis, SearchFilters(external_ids=ids))),
                             tuple(strangers)))
    return out


def pair_examples(tune: list[TuneClaim]) -> tuple[list[Example], list[int]]:
    """Features of each claim–evidence pair (computed by the pipeline's own code), and claim numbers;
    other claims' sentences count as `related` examples of the claim (see TuneClaim)."""
    examples: list[Example] = []
    groups: list[int] = []
    for number, item in enumerate(tune):
        candidates: dict[str, Candidate] = {}
        for c in item.candidates:
            candidates.setdefault(c.article.external_id or "", c)
        labelled = [(candidates.get(evidence_id), EVIDENCE_STANCE[label], False)
                    for evidence_id, label in item.claim.evidence]
        labelled += [(c, "related", True) for c in item.strangers]
        for candidate, label, stranger in labelled:
            if candidate is None:
                continue
            found = assess(item.analysis, candidate)
            examples.append((stance_features(item.analysis, candidate.passage.text, found.reasons, found.negated,
                                             candidate.relevance, candidate.semantic or 0.0), label, stranger))
            groups.append(number)
    return examples, groups


def train(examples: list[Example], vocabulary: set[str]) -> StanceModel:
    """A class-weighted, L2-regularised multinomial logistic regression fitted by scikit-learn
    (lbfgs): the classes are balanced over the labelled pairs, and the strangers only add their
    own weight. Its coefficients become the shipped sparse weights (the intercept is the `bias`
    feature's weight), so prediction stays a dot product in service.dossier.stance_model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(label for _, label, stranger in examples if not stranger)
    class_weight = {c: sum(counts.values()) / (len(STANCES) * max(1, counts[c])) for c in STANCES}
    rows = [{k: v for k, v in f.items() if k in vocabulary and k != "bias"} for f, _, _ in examples]
    labels = [label for _, label, _ in examples]
    sample_weight = [class_weight[label] * (STRANGER_WEIGHT if stranger else 1.0) for _, label, stranger in examples]
    vectorizer = DictVectorizer()
    fitted = LogisticRegression(C=C, max_iter=5000).fit(vectorizer.fit_transform(rows), labels,
                                                         sample_weight=sample_weight)
    names = vectorizer.get_feature_names_out()
    weights: dict[str, dict[str, float]] = {c: {} for c in STANCES}
    for row, c in enumerate(fitted.classes_):
        weights[c] = {str(k): round(float(w), 4) for k, w in zip(names, fitted.coef_[row], strict=True)
                      if abs(w) >= 1e-3}
        weights[c]["bias"] = round(float(fitted.intercept_[row]), 4)
    return StanceModel(weights, {})


# --- out-of-fold outcomes of the stance step, replayed under any offsets -------------------------

class _Recorder(StanceModel):
    """A fold's model that records what it was asked instead of deciding (see Outcome)."""

    def __init__(self, model: StanceModel) -> None:
        super().__init__(model.weights, {})
        self.freeze()
        self.asked: tuple[dict[Stance, float], bool, bool] | None = None

    def decide(self, probabilities: dict[Stance, float], confirmable: bool = True,  # type: ignore[override]
               contradicted: bool = False) -> Stance:
        self.asked = (dict(probabilities), confirmable, contradicted)
        return "related"


@dataclass(frozen=True)
class Outcome:
    """One passage's stance result; when the model decided, its probabilities, whether the rules let
    the passage confirm the claim and whether they found a contradiction (StanceModel.decide)."""

    result: StanceResult
    asked: tuple[dict[Stance, float], bool, bool] | None

    def under(self, model: StanceModel) -> StanceResult:
        """The result the pipeline gives with `model`'s offsets (score_stance's own formula)."""
        if self.asked is None:
            return self.result
        probabilities, confirmable, contradicted = self.asked
        stance = model.decide(probabilities, confirmable, contradicted)
        return StanceResult(stance, round(probabilities[stance], 3), self.result.reasons, self.result.event_date)


def outcomes(item: TuneClaim, model: StanceModel) -> list[Outcome]:
    """score_stance of every candidate of a claim with `model`, recorded for replay."""
    recorder = _Recorder(model)
    out = []
    for candidate in item.candidates:
        recorder.asked = None
        result = score_stance(item.analysis, candidate, recorder)
        out.append(Outcome(result, recorder.asked))
    return out


def out_of_fold(tune: list[TuneClaim], examples: list[Example], groups: list[int], vocabulary: set[str],
                members: Sequence[int], fold_of: Callable[[int], int], folds: int) -> dict[int, list[Outcome]]:
    """Outcomes of the claims numbered `members`, each from a model trained on the members of the other folds."""
    outs: dict[int, list[Outcome]] = {}
    chosen = set(members)
    for fold in range(folds):
        training = [e for e, g in zip(examples, groups, strict=True) if g in chosen and fold_of(g) != fold]
        model = train(training, vocabulary)
        for n in members:
            if fold_of(n) == fold:
                outs[n] = outcomes(tune[n], model)
    return outs


def outer_fold(number: int) -> int:
    """Folds by claim: claim number modulo FOLDS (claims are in file order, labels mixed)."""
    return number % FOLDS


def inner_fold(number: int) -> int:
    """Within the claims of the other outer folds, FOLDS - 1 inner folds."""
    return number // FOLDS % (FOLDS - 1)


# --- scoring out-of-fold outcomes ----------------------------------------------------------------

@dataclass
class Scored:
    gold_pairs: list[str]
    predicted_pairs: list[str]
    gold_verdicts: list[str]
    sides: list[tuple[float, float, int, int]]  # verdict.side_strengths of each claim's evidence

    def pair_f1(self) -> float:
        return macro_f1(self.gold_pairs, self.predicted_pairs, STANCE_LABELS)[0]

    def verdicts(self, min_strength: float, dominance: float) -> list[str]:
        # `sides` were summed under verdict.py's MIN_STRENGTH (which also decides which weak sources
        # are left out): the grid below varies only the thresholds verdict_label applies to them
        return [verdict_step.verdict_label(*side, min_strength, dominance) for side in self.sides]

    def verdict_f1(self, min_strength: float, dominance: float) -> float:
        return macro_f1(self.gold_verdicts, self.verdicts(min_strength, dominance), VERDICT_LABELS)[0]


class Replay:
    """Out-of-fold outcomes of some tune claims, scored under any offsets as the pipeline would
    (an article's strongest stance-taking passage for the pair, as evaluate.pair_stances; the
    independence step's evidence for the verdict)."""

    def __init__(self, tune: list[TuneClaim], outs: dict[int, list[Outcome]]) -> None:
        self.items = []
        for number, outcome_list in outs.items():
            item = tune[number]
            # which passages repeat which and whom they rest on does not depend on the stances
            template, _ = assess_independence([(c, o.result) for c, o in zip(item.candidates, outcome_list,
                                                                              strict=True)])
            self.items.append((item, outcome_list, template))
        self.outs = outs

    def score(self, offsets: dict[str, float], pairs_only: bool = False) -> Scored:
        model = StanceModel({}, offsets)
        scored = Scored([], [], [], [])
        for item, outcome_list, template in self.items:
            results = [o.under(model) for o in outcome_list]
            by_external: dict[str | None, tuple[int, float, str]] = {}
            for c, result in zip(item.candidates, results, strict=True):
                # another event's passage neither supports nor refutes: "related", as evaluate.pair_stances
                stance = "related" if result.stance == "other_event" else result.stance
                rank = (int(stance != "related"), result.score, stance)
                by_external[c.article.external_id] = max(rank, by_external.get(c.article.external_id, rank))
            for evidence_id, label in item.claim.evidence:
                if evidence_id in by_external:
                    scored.gold_pairs.append(EVIDENCE_STANCE[label])
                    scored.predicted_pairs.append(by_external[evidence_id][2])
            if not pairs_only:
                evidence = [replace(e, stance=r.stance, stance_score=r.score)
                            for e, r in zip(template, results, strict=True)]
                scored.gold_verdicts.append(CLAIM_VERDICT[item.claim.label])
                scored.sides.append(verdict_step.side_strengths(evidence))
        return scored

    def choose(self) -> tuple[dict[str, float], tuple[float, float]]:
        """The offsets with the best pair macro-F1, then the verdict thresholds with the best verdict
        macro-F1 under them. An offset pair is judged by the mean over its grid neighbours (±0.2):
        single points of a few hundred claims are noisy, and a plateau carries over to new claims
        better than a spike. (Choosing the offsets for the sum of both scores did worse out of fold:
        28 disputed claims make the verdict score too noisy to steer them.)"""
        table = {(a, b): self.score({"corroborating": a, "conflicting": b, "related": 0.0}, pairs_only=True).pair_f1()
                 for a, b in product(OFFSET_GRID, OFFSET_GRID)}
        a, b = max(table, key=lambda point: _neighbourhood_mean(table, point, (OFFSET_GRID, OFFSET_GRID), 2))
        offsets = {"corroborating": a, "conflicting": b, "related": 0.0}
        return offsets, choose_thresholds(self.score(offsets))


def choose_thresholds(scored: Scored) -> tuple[float, float]:
    """MIN_STRENGTH and DOMINANCE with the best verdict macro-F1 (ties: nearest the shipped values)."""
    shipped = (verdict_step.MIN_STRENGTH, verdict_step.DOMINANCE)
    return max(product(MIN_STRENGTH_GRID, DOMINANCE_GRID),
               key=lambda t: (round(scored.verdict_f1(*t), 9), -abs(t[0] - shipped[0]) - abs(t[1] - shipped[1])))


def _neighbourhood_mean(table: dict[tuple[float, float], float], point: tuple[float, float],
                        axes: tuple[list[float], list[float]], radius: int) -> float:
    """The mean of `table` over the grid points within `radius` steps of `point` on both axes."""
    i, j = axes[0].index(point[0]), axes[1].index(point[1])
    values = [table[(axes[0][x], axes[1][y])]
              for x in range(max(0, i - radius), min(len(axes[0]), i + radius + 1))
              for y in range(max(0, j - radius), min(len(axes[1]), j + radius + 1))]
    return round(sum(values) / len(values), 9)


def report(title: str, scored: Scored, verdicts: list[str]) -> None:
    pair_f1, pair_per = macro_f1(scored.gold_pairs, scored.predicted_pairs, STANCE_LABELS)
    v_f1, v_per = macro_f1(scored.gold_verdicts, verdicts, VERDICT_LABELS)
    print(f"{title}\n  pair-stance macro-F1 {pair_f1:.4f} ("
          + ", ".join(f"{k} {v:.3f}" for k, v in pair_per.items()) + f")\n  verdict macro-F1 {v_f1:.4f} ("
          + ", ".join(f"{k} {v:.3f}" for k, v in v_per.items()) + ")")
    _print_confusion("  pairs", confusion(scored.gold_pairs, scored.predicted_pairs, STANCE_LABELS), STANCE_LABELS)
    _print_confusion("  verdicts", confusion(scored.gold_verdicts, verdicts, VERDICT_LABELS), VERDICT_LABELS)


def _print_confusion(title: str, table: dict[str, dict[str, int]], labels: list[str]) -> None:
    print(f"{title} (rows gold, columns predicted: {', '.join(labels)})")
    for gold in labels:
        print(f"    {gold:<14}" + "".join(f"{table[gold][p]:>7}" for p in labels))


def cross_validate(tune: list[TuneClaim], examples: list[Example], groups: list[int], vocabulary: set[str],
                   offsets: dict[str, float], replay: Replay) -> None:
    """Out-of-fold figures of the shipped settings, and of a nested choice of every setting."""
    thresholds = (verdict_step.MIN_STRENGTH, verdict_step.DOMINANCE)
    shipped = replay.score(offsets)
    report(f"out of fold, shipped settings (offsets {_short(offsets)}; verdict.py's MIN_STRENGTH {thresholds[0]}, "
           f"DOMINANCE {thresholds[1]})", shipped, shipped.verdicts(*thresholds))
    print("  verdict macro-F1 by MIN_STRENGTH (rows) and DOMINANCE (columns) under these offsets:")
    print("        " + "".join(f"{d:>7}" for d in DOMINANCE_GRID))
    for m in MIN_STRENGTH_GRID:
        print(f"    {m:<4}" + "".join(f"{shipped.verdict_f1(m, d):7.3f}" for d in DOMINANCE_GRID))
    # nested: fold k's offsets and thresholds come from inner out-of-fold outcomes of the other folds
    nested = Scored([], [], [], [])
    verdicts: list[str] = []
    for fold in range(FOLDS):
        members = [n for n in range(len(tune)) if outer_fold(n) != fold]
        inner = out_of_fold(tune, examples, groups, vocabulary, members, inner_fold, FOLDS - 1)
        fold_offsets, fold_thresholds = Replay(tune, inner).choose()
        held = Replay(tune, {n: o for n, o in replay.outs.items() if outer_fold(n) == fold}).score(fold_offsets)
        nested.gold_pairs += held.gold_pairs
        nested.predicted_pairs += held.predicted_pairs
        nested.gold_verdicts += held.gold_verdicts
        nested.sides += held.sides
        verdicts += held.verdicts(*fold_thresholds)
        print(f"  fold {fold}: offsets {_short(fold_offsets)}, thresholds {fold_thresholds}")
    report("out of fold, nested choice of offsets and thresholds", nested, verdicts)


def _short(offsets: dict[str, float]) -> str:
    return f"corroborating {offsets['corroborating']:+.2f}, conflicting {offsets['conflicting']:+.2f}"


def build(path: Path, cv: bool, log: Callable[[str], None] = print) -> dict[str, object]:
    """Train on the tune split (and cross-validate); returns the model document to write."""
    from service.stores.embedded import EmbeddedStore

    claims, sentences = read_claims(path)
    tune_claims = select(claims, "tune")
    tune_ids = {e for c in tune_claims for e, _ in c.evidence}
    with tempfile.TemporaryDirectory(prefix="factcheck-train-") as store_dir:
        store = EmbeddedStore(store_dir)
        try:
            load_store(store, {k: v for k, v in sentences.items() if k in tune_ids})
            tune = read_tune(store, tune_claims)
        finally:
            store.close()
    examples, groups = pair_examples(tune)
    counts = Counter(k for features, _, _ in examples for k in features)
    vocabulary = {k for k, n in counts.items() if n >= MIN_FEATURE_COUNT}
    log(f"{len(tune)} tune claims, {len(examples)} pairs, {len(vocabulary)} features")
    replay = Replay(tune, out_of_fold(tune, examples, groups, vocabulary, range(len(tune)), outer_fold, FOLDS))
    offsets, thresholds = replay.choose()
    log(f"chosen on 5-fold out-of-fold outcomes: offsets {_short(offsets)}; "
        f"verdict thresholds MIN_STRENGTH {thresholds[0]}, DOMINANCE {thresholds[1]}")
    if thresholds != (verdict_step.MIN_STRENGTH, verdict_step.DOMINANCE):
        log(f"  note: verdict.py ships MIN_STRENGTH {verdict_step.MIN_STRENGTH}, DOMINANCE {verdict_step.DOMINANCE}")
    if cv:
        cross_validate(tune, examples, groups, vocabulary, offsets, replay)
    model = train(examples, vocabulary)
    return {"trained_on": "CLIMATE-FEVER dev file, tune split only (Diggelmann et al., 2020, arXiv:2012.00614)",
            "pairs": len(examples), "weights": model.weights, "offsets": offsets}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cv", action="store_true", help="also cross-validate the whole pipeline on tune")
    args = parser.parse_args()
    document = build(args.path, args.cv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
