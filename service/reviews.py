"""Case work on a dossier: a reviewer's stance decisions, final verdict and notes, beside the machine's.

    POST /dossiers/{id}/reviews ─► record_review ─► store.update_review(change)
        change: check the passages named ─► history += the changes ─► latest decision per passage
                ─► state ─► reviewed_verdict (the verdict step re-run with the reviewer's stances)

The machine's assessment (`verdict`, `evidence`, …) is never changed; the review is its own
object (`review_of` gives the one of an unreviewed dossier). Every change names who made it by a
fingerprint of the API key, never the key itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from service.dossier.analysis import analyze_claim
from service.dossier.independence import source_key, summarize_sources
from service.dossier.model import Candidate, Evidence, Reason
from service.dossier.verdict import decide_verdict
from service.errors import NotFound
from service.models import ArticleRef, Attribution, Context, Passage
from service.stores.base import Store
from service.text.sources import Credit

# The JSON's evidence groups and the stance each stands for ("other_events" holds `other_event`).
GROUPS = {"corroborating": "corroborating", "conflicting": "conflicting", "related": "related",
          "other_events": "other_event"}
STANCES = tuple(GROUPS.values())
LABELS = ("supported", "refuted", "disputed", "unverified")


def reviewer(key: str | None) -> str:
    """Who made a change, without revealing the key: "key:" + 8 hex digits of its SHA-256."""
    if not key:
        return "anonymous"
    return "key:" + hashlib.sha256(key.encode()).hexdigest()[:8]


def empty_review() -> dict[str, Any]:
    return {"state": "unreviewed", "decisions": [], "verdict": None, "reviewed_verdict": None,
            "notes": [], "history": []}


def review_of(document: dict[str, Any]) -> dict[str, Any]:
    """The dossier's review, or the empty one of a dossier nobody has reviewed yet."""
    return document.get("review") or empty_review()


def present(document: dict[str, Any]) -> dict[str, Any]:
    """The dossier as the API shows it: with its review (empty when none) and its similar dossiers
    (none listed for a dossier stored before they were looked for)."""
    return {**document, "similar_dossiers": document.get("similar_dossiers", []), "review": review_of(document)}


def record_review(store: Store, dossier_id: str, request: dict[str, Any], by: str,
                  now: datetime | None = None) -> dict[str, Any]:
    """Apply a ReviewRequestSchema-loaded request to the dossier's review; the dossier with it.

    NotFound for an unknown dossier, or for a passage that is not in its evidence (nothing stored)."""
    at = (now or datetime.now(UTC)).isoformat(timespec="seconds")

    def change(document: dict[str, Any]) -> dict[str, Any]:
        return apply_request(document, request, by, at)

    return store.update_review(dossier_id, change)


def apply_request(document: dict[str, Any], request: dict[str, Any], by: str, at: str) -> dict[str, Any]:
    """The review after `request`: pure, so the store can run it inside its atomic update."""
    machine = machine_stances(document)
    unknown = [d["passage_id"] for d in request.get("decisions") or () if d["passage_id"] not in machine]
    if unknown:
        raise NotFound(f"passage {unknown[0]!r} is not in the evidence of dossier {document['id']!r}")
    review = review_of(document)
    history = list(review["history"])
    for decision in request.get("decisions") or ():
        history.append({"at": at, "by": by, "kind": "decision", "passage_id": decision["passage_id"],
                        "machine_stance": machine[decision["passage_id"]], "stance": decision["stance"],
                        "note": decision.get("note")})
    if request.get("verdict"):
        history.append({"at": at, "by": by, "kind": "verdict", "label": request["verdict"]["label"],
                        "note": request["verdict"].get("note")})
    if request.get("note"):
        history.append({"at": at, "by": by, "kind": "note", "note": request["note"]})
    return review_from_history(document, history)


def review_from_history(document: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything else in a review follows from its history of changes."""
    latest: dict[str, dict[str, Any]] = {}
    verdict = None
    notes = []
    for change in history:
        if change["kind"] == "decision":
            latest.pop(change["passage_id"], None)  # a passage decided again moves to the end
            latest[change["passage_id"]] = {key: change[key] for key in (
                "passage_id", "machine_stance", "stance", "note", "at", "by")}
        elif change["kind"] == "verdict":
            verdict = {key: change[key] for key in ("label", "note", "at", "by")}
        else:
            notes.append({key: change[key] for key in ("note", "at", "by")})
    decisions = list(latest.values())
    state = "final" if verdict else "in_review" if decisions or notes else "unreviewed"
    return {"state": state, "decisions": decisions, "verdict": verdict,
            "reviewed_verdict": reviewed_verdict(document, {d["passage_id"]: d["stance"] for d in decisions}),
            "notes": notes, "history": history}


def machine_stances(document: dict[str, Any]) -> dict[str, str]:
    """passage id → the stance the machine gave it, for every evidence item of the dossier."""
    evidence = document.get("evidence") or {}
    return {item["passage"]["id"]: stance for group, stance in GROUPS.items() for item in evidence.get(group, ())}


def reviewed_verdict(document: dict[str, Any], stances: dict[str, str]) -> dict[str, Any] | None:
    """The machine's verdict step (service.dossier.verdict) over the dossier's evidence with the
    reviewer's stances; None without decisions.

    It sees the evidence the dossier shows (its stored part), not the whole pool the machine
    weighed. A passage the reviewer decided counts with full stance strength (a person checked
    it); its weight (how sure its event is the claim's) stays the machine's."""
    if not stances:
        return None
    evidence = []
    for item in _items(document):
        decided = stances.get(item.passage.id)
        evidence.append(replace(item, stance=decided, stance_score=1.0) if decided else item)
    evidence = _inherit_sources(evidence)
    # (the claim's time is read again from its words and claim_date, as the dossier read it)
    said = (document.get("claim_analysis") or {}).get("claim_date")
    timed = analyze_claim(str(document.get("claim") or ""), date.fromisoformat(said) if said else None).event.timed
    verdict = decide_verdict(evidence, summarize_sources(evidence), timed=timed)
    return {"label": verdict.label, "confidence": verdict.confidence, "rationale": verdict.rationale,
            "flags": list(verdict.flags)}


@dataclass(frozen=True)
class _Credits:
    """The part of a passage's facts that `source_key` reads: its resolved credits."""

    credits: tuple[Credit, ...]


def _items(document: dict[str, Any]) -> list[Evidence]:
    """The stored evidence items back as the pipeline's Evidence (source keys as independence gives
    them). Fields are read by name, so that a document with more fields (a later version) or fewer
    (an earlier one) still reads."""
    items = []
    for group, stance in GROUPS.items():
        for item in (document.get("evidence") or {}).get(group, ()):
            p, a = item["passage"], item["article"]
            context = p.get("context") or {}
            passage = Passage(p["id"], p["article_id"], p["ordinal"], p["char_start"], p["char_end"], p["text"],
                              Context(context.get("previous"), context.get("next")),
                              tuple(Attribution(x["source"], x["kind"], x["cue"], x["char_start"], x["char_end"])
                                    for x in p.get("attributions") or ()))
            article = ArticleRef(a["id"], a.get("external_id"), a.get("title"), a.get("outlet"), a.get("url"),
                                 a.get("published_at"))
            credits = tuple(Credit(c["written"], c["source"], c["kind"], c["resolved"])
                            for c in item.get("attributed_to") or ())
            relevance = item.get("relevance", 0.0)
            key = source_key(Candidate(passage, article, item.get("score", 0.0), "", relevance,
                                       facts=_Credits(credits)))
            reasons = tuple(Reason(r["type"], r.get("claim_text", ""), r.get("passage_text", ""), r.get("detail", ""))
                            for r in item.get("reasons") or ())
            items.append(Evidence(
                passage=passage, article=article, score=item.get("score", 0.0), highlight=item.get("highlight", ""),
                stance=stance, stance_score=item["stance_score"], relevance=relevance,  # type: ignore[arg-type]
                event_date=item.get("event_date"), reasons=reasons, duplicate_of=item.get("duplicate_of"),
                source_key=key, attributed_to=credits, weight=item.get("weight", 1.0)))
    return items


def _inherit_sources(evidence: list[Evidence]) -> list[Evidence]:
    """A passage that repeats another rests on that one's source, as in the independence step."""
    keys = {e.passage.id: e.source_key for e in evidence}
    return [replace(e, source_key=keys[e.duplicate_of]) if e.duplicate_of in keys else e for e in evidence]
