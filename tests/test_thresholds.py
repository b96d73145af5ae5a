"""Every threshold the verdict and the ranking depend on, pinned: moving one changes verdicts, so it
must be a deliberate change (with the evaluation figures rerun and docs/verdicts.md updated)."""

from __future__ import annotations

import importlib

import pytest

PINNED = [
    ("service.dossier.verdict", "MIN_STRENGTH", 0.4),
    ("service.dossier.verdict", "DOMINANCE", 4.0),
    ("service.dossier.verdict", "UNDETERMINED_WHEN_KNOWN", 0.5),
    ("service.dossier.stance.negation", "ANSWER_NO_COVERAGE", 0.4),
    ("service.dossier.stance.negation", "ANSWER_YES_COVERAGE", 0.6),
    ("service.dossier.stance", "VAGUE_FACTOR", 0.5),
    ("service.dossier.stance", "STRONG_ALIGNMENT", 0.6),
    ("service.dossier.stance", "MODEL_MIN_RELEVANCE", 0.15),
    ("service.dossier.stance.negation", "NEGATION_MIN_COVERAGE", 0.6),
    ("service.dossier.stance.terms", "PREDICATE_MIN_COVERAGE", 0.5),
    ("service.dossier.stance.terms", "MAIN_MIN_COVERAGE", 0.4),
    ("service.dossier.stance.terms", "RESTATES", 0.6),
    ("service.dossier.model", "UNDETERMINED_WEIGHT", 0.5),
    ("service.dossier.stance.dates", "MISDATED_COVERAGE", 0.75),
    ("service.dossier.stance.credits", "MISATTRIBUTION_COVERAGE", 0.8),
    ("service.dossier.stance.credits", "MISATTRIBUTION_CLOSE", 0.65),
    ("service.dossier.stance.credits", "SAME_STATEMENT_COVERAGE", 0.35),
    ("service.dossier.stance", "CONFLICT_WEIGHTS", {"quantity_mismatch": 0.35, "negation": 0.3,
                                                    "entity_mismatch": 0.3, "date_mismatch": 0.3,
                                                    "actor_mismatch": 0.3, "weapon_mismatch": 0.3}),
    ("service.dossier.stance.terms", "ACTOR_RESTATES", 0.8),
    ("service.dossier.stance.amounts", "CONVERTED_MATCH", 0.05),
    ("service.dossier.stance.terms", "NAMES_STATED", 0.5),
    ("service.dossier.event_match", "DATE_SLACK_DAYS", 3),
    ("service.dossier.independence", "DUPLICATE_RATIO", 90),
    ("service.dossier.pipeline", "MIN_RELATED_RELEVANCE", 0.15),
    ("service.dossier.pipeline", "ASSESSED", 40),
    ("service.dossier.pipeline", "FOLLOWED", 8),
    ("service.dossier.retrieval", "POOL", 60),
    ("service.dossier.retrieval", "ENTITY_BOOST", 1.5),
    ("service.dossier.retrieval", "ORDER_WEIGHTS", (0.1, 0.6, 0.3)),
    ("service.dossier.retrieval", "VECTOR_HEAD", 30),
]


@pytest.mark.parametrize(("module", "name", "value"), PINNED, ids=[f"{m.rsplit('.', 1)[1]}.{n}" for m, n, _ in PINNED])
def test_threshold_is_pinned(module: str, name: str, value: object) -> None:
    found = getattr(importlib.import_module(module), name)
    if isinstance(value, dict):
        assert {k: found[k] for k in value} == value
    else:
        assert found == value
