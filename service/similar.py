"""Earlier dossiers whose claims say the same thing as a new one (`similar_dossiers`).

    claim terms ─► store.related_dossiers (earlier dossiers sharing words) ─► wording (rapidfuzz)
                ─► facts (the stored claim analyses: amounts, dates, names, negation) ─► same | similar

Wording is compared on the claims' content-word stems in sorted order (rapidfuzz's
token_sort_ratio), so a paraphrase in another word order matches; numbers, number words and
month names are left to the facts, which the claim analysis stored with each dossier reads
better. A claim that matches in wording and facts is `same`; one that matches in wording but
differs in a fact is `similar`, each difference as "this claim's vs the earlier one's" ("4 vs 2").
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from service.dossier.analysis import same_name
from service.memo import memo
from service.stores.base import Store
from service.text.extract import MONTHS, WORD_VALUES
from service.tokens import STOPWORDS, index_terms, stem

CANDIDATES = 20  # earlier dossiers sharing the most rare words that are compared closely
LISTED = 10
MATCH = 75  # token_sort_ratio of the content stems from which two claims are about one thing
SAME = 85  # … and from which, with equal facts, they say the same thing


def find_similar(store: Store, document: dict[str, Any]) -> list[dict[str, Any]]:
    """The earlier dossiers on the same claim as `document`, closest first."""
    words = content_stems(document["claim"])
    if not words:
        return []
    found = []
    for other in store.related_dossiers(sorted(set(words)), CANDIDATES):
        if other["id"] == document["id"] or other["created_at"] > document["created_at"]:
            continue
        wording = fuzz.token_sort_ratio(" ".join(sorted(set(words))), " ".join(sorted(set(content_stems(
            other["claim"])))))
        if wording < MATCH:
            continue
        differences = fact_differences(document.get("claim_analysis") or {}, other.get("claim_analysis") or {})
        relation = "same" if wording >= SAME and not differences else "similar"
        found.append((relation != "same", -wording, other, relation, differences))
    found.sort(key=lambda row: (row[0], row[1]))  # stable: among equals, the store's order (newest first)
    return [{"id": other["id"], "claim": other["claim"], "created_at": other["created_at"],
             "verdict": other["verdict"], "relation": relation, "differences": differences}
            for _, _, other, relation, differences in found[:LISTED]]


@memo(4096)  # by the claim's text alone: the same earlier claims come back as candidates
def content_stems(claim: str) -> tuple[str, ...]:
    """The stems of a claim's content words, without numbers, number words and months."""
    return tuple(stem(term) for term in index_terms(claim)
                 if term not in STOPWORDS and term not in WORD_VALUES and term not in MONTHS and not term.isdigit())


def fact_differences(new: dict[str, Any], old: dict[str, Any]) -> list[str]:
    """What the two claim analyses (stored JSON) state differently, the new claim's side first."""
    return [*_amounts(new.get("quantities") or [], old.get("quantities") or []),
            *_dates(new.get("dates") or [], old.get("dates") or []),
            *_names(new.get("entities") or [], old.get("entities") or []),
            *(["negated vs not negated" if new.get("negated") else "not negated vs negated"]
              if bool(new.get("negated")) != bool(old.get("negated")) else [])]


def _amounts(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[str]:
    """Amounts of one unit compared with each other (an amount of a unit the other claim lacks
    is not a difference: the other claim simply does not say)."""
    differences = []
    for unit in dict.fromkeys(q.get("unit") for q in new):
        ours = sorted(_amount(q) for q in new if q.get("unit") == unit)
        theirs = sorted(_amount(q) for q in old if q.get("unit") == unit)
        if theirs and ours != theirs:
            differences.append(f"{', '.join(ours)} vs {', '.join(theirs)}")
    return differences


def _amount(q: dict[str, Any]) -> str:
    if q.get("value") is not None:
        return f"{q['value']:g}"
    low, high = q.get("low"), q.get("high")
    return f"{'' if low is None else f'{low:g}'}–{'' if high is None else f'{high:g}'}"


def _dates(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[str]:
    ours, theirs = [_day(d) for d in new], [_day(d) for d in old]
    if ours and theirs and sorted(ours) != sorted(theirs):
        return [f"{', '.join(ours)} vs {', '.join(theirs)}"]
    return []


def _day(d: dict[str, Any]) -> str:
    if not d.get("start"):
        return str(d["text"])
    return str(d["start"]) if d["start"] == d.get("end") else f"{d['start']}/{d.get('end') or ''}"


def _names(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[str]:
    """Names one claim gives that the other has no spelling of, when both give names."""
    ours = [e["text"] for e in new if not any(same_name(e["text"], o["text"]) for o in old)]
    theirs = [o["text"] for o in old if not any(same_name(o["text"], e["text"]) for e in new)]
    if ours and theirs:
        return [f"{', '.join(ours)} vs {', '.join(theirs)}"]
    return []
