"""Exports of a stored dossier with its review: a Markdown report and a schema.org ClaimReview.

Both read the document GET /dossiers/{id} returns. The Markdown report is the machine's report
(service.dossier.report: who said each passage, outlet, date, URL, article and passage ids) with
the reviewer's work after it. The ClaimReview follows Google's Fact Check markup: `url`,
`claimReviewed`, `reviewRating` (`alternateName` = the verdict, on a stated 1–5 scale),
`itemReviewed` (the Claim with `appearance`: the evidence's articles), `datePublished`, `author`.
"""

from __future__ import annotations

import re
from typing import Any

from service.dossier.report import md, render_markdown
from service.reviews import GROUPS, review_of

# The verdict on schema.org's numeric scale (worst 1, best 5): how true the claim is. `unverified`
# is no point on that scale, so it has no ratingValue, only its name.
RATING = {"refuted": 1, "disputed": 3, "supported": 5}
WORST, BEST = 1, 5
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$")


def page_url(base: str, dossier_id: str) -> str:
    """The dossier's page in the workbench (its hash route)."""
    return f"{base.rstrip('/')}/#/dossiers/{dossier_id}"


def final_label(document: dict[str, Any]) -> str:
    """The reviewer's final verdict when set, else the machine's."""
    final = review_of(document)["verdict"]
    return str(final["label"] if final else document["verdict"]["label"])


def dossier_markdown(document: dict[str, Any]) -> str:
    """The Markdown report, then the review: final verdict, decisions, notes, earlier dossiers."""
    review = review_of(document)
    lines = [render_markdown(document).rstrip("\n"), "", "## Review", "", f"State: {md(review['state'])}."]
    final = review["verdict"]
    if final:
        lines.append(f"**Reviewer's verdict: {md(final['label'])}** ({_who(final)})"
                     + (f" — {md(final['note'])}" if final.get("note") else ""))
    else:
        lines.append("No final verdict from a reviewer yet; the verdict above is the machine's.")
    if review["reviewed_verdict"]:
        rv = review["reviewed_verdict"]
        lines.append(f"Verdict with the reviewer's stances: {md(rv['label'])} (confidence {rv['confidence']:.2f})"
                     f" — {md(rv['rationale'])}")
    lines += ["", f"### Decisions ({len(review['decisions'])})", ""]
    texts = _passage_texts(document)
    for n, decision in enumerate(review["decisions"], 1):
        lines.append(f"{n}. Passage {md(decision['passage_id'])}: {md(decision['machine_stance'])} → "
                     f"**{md(decision['stance'])}** ({_who(decision)})"
                     + (f" — {md(decision['note'])}" if decision.get("note") else ""))
        if decision["passage_id"] in texts:
            lines.append(f"   > {md(texts[decision['passage_id']])}")
    if not review["decisions"]:
        lines.append("None.")
    lines += ["", f"### Notes ({len(review['notes'])})", ""]
    lines += [f"- {md(note['note'])} ({_who(note)})" for note in review["notes"]] or ["None."]
    similar = document.get("similar_dossiers") or []
    if similar:
        lines += ["", "## Earlier dossiers on this claim", ""]
        for other in similar:
            differs = f", differs in: {', '.join(md(d) for d in other['differences'])}" if other["differences"] else ""
            lines.append(f"- {md(other['relation'])}: “{md(other['claim'])}” — {md(other['verdict'])}, "
                         f"dossier {md(other['id'])} of {md(other['created_at'])}{differs}")
    return "\n".join(lines) + "\n"


def _who(change: dict[str, Any]) -> str:
    return f"{md(change['by'])}, {md(change['at'])}"


def _passage_texts(document: dict[str, Any]) -> dict[str, str]:
    evidence = document.get("evidence") or {}
    return {item["passage"]["id"]: item["passage"]["text"] for group in GROUPS for item in evidence.get(group, ())}


def claim_review(document: dict[str, Any], url: str, publisher_name: str, publisher_url: str) -> dict[str, Any]:
    """The dossier as a schema.org ClaimReview (JSON-LD)."""
    review = review_of(document)
    label = final_label(document)
    final = review["verdict"]
    stances = {d["passage_id"]: d["stance"] for d in review["decisions"]}
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label, "worstRating": WORST, "bestRating": BEST,
                              "ratingExplanation": (final.get("note") if final else None)
                              or document["verdict"]["rationale"]}
    if label in RATING:
        rating["ratingValue"] = RATING[label]
    author: dict[str, Any] = {"@type": "Organization", "name": publisher_name}
    if publisher_url:
        author["url"] = publisher_url
    published = (final["at"] if final else document["created_at"])[:10]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": document["claim"],
        "datePublished": published,
        "author": author,
        "reviewRating": rating,
        "itemReviewed": {"@type": "Claim", "appearance": _appearances(document, stances)},
    }


def _appearances(document: dict[str, Any], stances: dict[str, str]) -> list[dict[str, Any]]:
    """The articles of the evidence that takes a stance on the claim (the reviewer's stances where
    decided), once each, with an http(s) URL."""
    seen: dict[str, dict[str, Any]] = {}
    evidence = document.get("evidence") or {}
    for group, stance in GROUPS.items():
        for item in evidence.get(group, ()):
            if stances.get(item["passage"]["id"], stance) not in ("corroborating", "conflicting"):
                continue
            article = item["article"]
            link = article.get("url") or ""
            if not _SAFE_URL.match(link) or link in seen:
                continue
            work: dict[str, Any] = {"@type": "CreativeWork", "url": link}
            if article.get("title"):
                work["headline"] = article["title"]
            if article.get("published_at"):
                work["datePublished"] = article["published_at"]
            if article.get("outlet"):
                work["publisher"] = {"@type": "Organization", "name": article["outlet"]}
            seen[link] = work
    return list(seen.values())
