"""Readable renderings of a stored dossier document: Markdown for a CMS, plain text for the CLI.

Both take the JSON document (what GET /dossiers/{id} returns), so a stored dossier renders the
same way years later. Every piece of claim or passage text is neutralised for Markdown: HTML
special characters become entities and only the characters Markdown would act on are
backslash-escaped (emphasis, links, code, tables, a leading list or heading marker), so a pasted
report cannot run a script or smuggle a link while dates, dashes and parentheses stay readable;
only http(s) article URLs become links.
"""

from __future__ import annotations

import html
import re
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# A marker that would start a heading, list, quote or rule when the text opens a line (or follows "> ").
_LEADING_MARKER = re.compile(r"^(#|[-+=]|\d+(?=[.)]))")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$")
STANCE_TITLES = (("corroborating", "Corroborating"), ("conflicting", "Conflicting"), ("related", "Related"),
                 ("other_events", "About other events"))


def said_by(item: dict[str, Any]) -> str:
    """Who the passage credits, as resolved within its article ("The agency" → Reuters), else its outlet."""
    credits = item.get("attributed_to") or []
    named = [c for c in credits if c["kind"] != "anonymous"] or credits
    if named:
        return "; ".join(c["source"] + (f", for {c['affiliation']}" if c.get("affiliation") else "")
                         + (f" (“{c['written']}”)" if c["resolved"] else "") for c in named)
    return (item["article"].get("outlet") or "its outlet") + " (no one credited)"


def _event(item: dict[str, Any]) -> str:
    event = item.get("event")
    return event["label"] if event else "no incident"


def md(text: Any) -> str:
    """Text safe to paste into Markdown: one line, HTML escaped, Markdown syntax escaped."""
    flat = " ".join(str(text).split())
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
    return _LEADING_MARKER.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1),
                               escaped, count=1)


def _amount(q: dict[str, Any]) -> str:
    bounds = f"{_num(q.get('low'))}–{_num(q.get('high'))}"
    return f"{md(q['text'])} ({bounds}{', ' + md(q['unit']) if q.get('unit') else ''})"


def _date(d: dict[str, Any]) -> str:
    """A claim date with the days it covers; a weekday with nothing to anchor it says so."""
    if not d.get("start") or not d.get("end"):
        return f"{md(d['text'])} (day not resolved: the claim gives no reference date)"
    days = d["start"] if d["start"] == d["end"] else f"{d['start']} to {d['end']}"
    return f"{md(d['text'])} ({days})"


def _num(value: Any) -> str:
    return "?" if value is None else f"{value:g}"


def _source_line(item: dict[str, Any]) -> str:
    article = item["article"]
    parts = [f"*{md(article.get('outlet') or 'unknown outlet')}*"]
    if article.get("title"):
        parts.append(f"“{md(article['title'])}”")
    if article.get("published_at"):
        parts.append(md(article["published_at"]))
    url = article.get("url") or ""
    if _SAFE_URL.match(url):
        parts.append(f"<{html.escape(url)}>")
    return ", ".join(parts)


def render_markdown(doc: dict[str, Any]) -> str:
    """A report a journalist can paste: verdict, what the claim says, sources, evidence with reasons."""
    verdict, analysis, sources = doc["verdict"], doc["claim_analysis"], doc["sources"]
    lines = [
        f"# Claim check: {md(doc['claim'])}", "",
        f"**Verdict: {md(verdict['label'])}** (confidence {verdict['confidence']:.2f}) — {md(verdict['rationale'])}"
        + (f" Flags: {', '.join(md(f) for f in verdict.get('flags') or [])}." if verdict.get("flags") else ""),
        "", f"Dossier {md(doc['id'])}, created {md(doc['created_at'])} on the {md(doc['backend'])} archive.", "",
        "## What the claim says", "",
        f"- Keywords: {', '.join(md(k) for k in analysis['keywords']) or '—'}",
        "- Names: " + (", ".join(md(e['text']) + (f" (also {', '.join(md(v) for v in e['variants'])})"
                                                   if e["variants"] else "") for e in analysis["entities"]) or "—"),
        f"- Amounts: {', '.join(_amount(q) for q in analysis['quantities']) or '—'}",
        "- Dates: " + (", ".join(_date(d) for d in analysis["dates"]) or "—"),
        f"- Negated: {'yes' if analysis['negated'] else 'no'}",
        f"- Event: {md(doc.get('event_reason') or '—')}", "",
        "## Sources", "",
        f"- Independent sources corroborating: {sources['independent_corroborating']}",
        f"- Independent sources conflicting: {sources['independent_conflicting']}",
        f"- Outlets: {', '.join(md(o) for o in sources['outlets']) or '—'}",
    ]
    for stance, title in STANCE_TITLES:
        items = doc["evidence"].get(stance, [])
        lines += ["", f"## {title} ({len(items)})", ""]
        if not items:
            lines.append("None.")
        for n, item in enumerate(items, 1):
            meta = [f"stance score {item['stance_score']:.2f}", f"relevance {item['relevance']:.2f}"]
            if item.get("event_date"):
                meta.append(f"event date {md(item['event_date'])}")
            if item.get("duplicate_of"):
                meta.append(f"repeats passage {md(item['duplicate_of'])}")
            if item.get("weight", 1) < 1:
                meta.append(f"weight {item['weight']:.2f}")
            lines.append(f"{n}. > {md(item['passage']['text'])}")
            ids = f"article {md(item['article']['id'])}, passage {md(item['passage']['id'])}"
            lines.append(f"   — said by {md(said_by(item))}; {_source_line(item)}; event: {md(_event(item))} "
                         f"({'; '.join(meta)}; {ids})")
            for reason in item["reasons"]:
                lines.append(f"   - {md(reason['type'])}: {md(reason['detail'])}")
    return "\n".join(lines) + "\n"


def render_summary(doc: dict[str, Any], per_stance: int = 5) -> str:
    """The `factcheck check` summary: verdict, counts and the top evidence of each stance."""
    verdict, sources = doc["verdict"], doc["sources"]
    lines = [
        f"Claim:   {doc['claim']}",
        f"Verdict: {verdict['label'].upper()} (confidence {verdict['confidence']:.2f})",
        f"         {verdict['rationale']}"
        + (f"\n         Flags: {', '.join(verdict['flags'])}" if verdict.get("flags") else ""),
        f"Event:   {doc.get('event_reason') or '-'}",
        f"Sources: {sources['independent_corroborating']} independent corroborating, "
        f"{sources['independent_conflicting']} independent conflicting; outlets: "
        f"{', '.join(sources['outlets']) or '-'}",
    ]
    for stance, title in STANCE_TITLES:
        items = doc["evidence"].get(stance, [])
        lines.append(f"\n{title} ({len(items)}):")
        for item in items[:per_stance]:
            article = item["article"]
            when = item.get("event_date") or article.get("published_at") or "undated"
            text = item["passage"]["text"]
            text = text if len(text) <= 200 else text[:199] + "…"
            lines.append(f"  [{item['stance_score']:.2f}] “{text}”")
            outlet = article.get("outlet") or "unknown outlet"
            lines.append(f"         said by {said_by(item)}; event: {_event(item)}")
            lines.append(f"         {outlet}, {when}, passage {item['passage']['id']}"
                         + (f" (repeats {item['duplicate_of']})" if item.get("duplicate_of") else ""))
            for reason in item["reasons"]:
                if reason["type"] != "term_overlap":
                    lines.append(f"         {reason['type']}: {reason['detail']}")
        if len(items) > per_stance:
            lines.append(f"  … {len(items) - per_stance} more (--json for all)")
    lines.append(f"\nDossier {doc['id']} ({doc['took_ms']:.0f} ms, {doc['backend']})")
    return "\n".join(lines)
