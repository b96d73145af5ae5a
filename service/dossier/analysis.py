"""Step 1 — claim analysis: keywords, names, quantities, dates and negation of a claim."""

from __future__ import annotations

from rapidfuzz import fuzz

from service.dossier.extract import (
    WORD_VALUES,
    find_dates,
    find_names,
    find_negations,
    find_quantities,
    find_slots,
    place_key,
)
from service.dossier.model import ClaimAnalysis, Entity
from service.tokens import STOPWORDS, index_terms

VARIANT_SIMILARITY = 85  # rapidfuzz ratio at which two names count as spellings of one name


def analyze_claim(claim: str) -> ClaimAnalysis:
    """Everything the later steps need to know about a claim, from its text alone."""
    dates = find_dates(claim)
    quantities = find_quantities(claim, [(d.span.start, d.span.end) for d in dates])
    return ClaimAnalysis(
        claim=claim,
        keywords=tuple(keywords_of(claim)),
        entities=tuple(group_variants([span.text for span in find_names(claim)])),
        quantities=tuple(quantities),
        dates=tuple(dates),
        negations=tuple(find_negations(claim)),
        slots=tuple(find_slots(claim)),
    )


def keywords_of(text: str) -> list[str]:
    """Normalized content words in order of first appearance (number words are quantities instead)."""
    seen: dict[str, None] = {}
    for term in index_terms(text):
        if term in STOPWORDS or term in WORD_VALUES or len(term) < 2:
            continue
        seen.setdefault(term, None)
    return list(seen)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("Ain al-Asad" / "Ain Al-Assad"), compared without case or "al-"."""
    ka, kb = place_key(a), place_key(b)
    return ka == kb or fuzz.ratio(ka, kb) >= VARIANT_SIMILARITY


def group_variants(names: list[str]) -> list[Entity]:
    """Names grouped by spelling: the first spelling is the entity's text, the others its variants."""
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if same_name(group[0], name):
                if name not in group:
                    group.append(name)
                break
        else:
            groups.append([name])
    return [Entity(group[0], tuple(group[1:])) for group in groups]
