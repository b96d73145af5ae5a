"""The seed texts rendered into web pages with the furniture of the sites they were scraped from.

The seeds are scraped text, furniture included ("Logo" nine times, "Share your opinion", "Tags",
"Leave a Comment", a related story's headline). Here each line goes where such a site puts it:
prose paragraphs and subheadings into the <article>, the title into <h1>, a byline and dateline
into the article's header, an embedded post as the <blockquote> that embeds it, and the
furniture into the masthead, the section menu, a share bar, a related-stories box and a comments
section with reader comments. Ingesting the page must keep the prose and drop the furniture.
(An embedded post is quoted matter, not furniture: trafilatura keeps it, and so do we.)
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from service.metadata import parse_byline, parse_dateline

# Seed lines that are page furniture, by where a page shows them.
FURNITURE = {
    "Logo": "masthead",
    "ARAB AND WORLD": "sections",
    "Tags": "share",
    "Share your opinion": "share",
    "Leave a Comment": "comments",
    "Israel has Failed to Achieve All of Its Objectives in Gaza – NYT": "related",
}
READER_COMMENTS = ("Reader comment: I read this twice and still have questions about the sources.",
                   "Reader comment: Thanks for covering this, nobody else did.")


def is_prose(line: str) -> bool:
    return line.rstrip("\"'”’)]")[-1:] in ".!?…" and len(line.split()) >= 6


def is_embed(line: str) -> bool:
    return "pic.twitter.com" in line or "(@" in line


def render_seed(text_path: Path) -> tuple[str, list[str], list[str]]:
    """(the page, the seed's prose lines, its furniture lines); embedded posts are neither."""
    sidecar = text_path.with_name(text_path.stem + ".meta.json")
    meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    lines = [line.strip() for line in text_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    title = meta.get("title")
    places: dict[str, list[str]] = {"masthead": [], "sections": [], "share": [], "comments": [], "related": []}
    body: list[str] = []
    prose: list[str] = []
    furniture: list[str] = []
    embed: list[str] = []
    for line in lines:
        escaped = html.escape(line)
        if line in FURNITURE:
            places[FURNITURE[line]].append(escaped)
            furniture.append(line)
        elif is_embed(line):
            embed.append(escaped)
        elif is_prose(line):
            if embed:  # the embed sits where it was, between paragraphs
                body.append(_tweet(embed))
                embed = []
            body.append(f"<p>{escaped}</p>")
            prose.append(line)
        elif line == title:
            continue  # the <h1>
        elif parse_byline(line):
            body.append(f'<p class="byline">{escaped}</p>')
        elif parse_dateline(line):
            body.append(f'<p class="dateline"><time>{escaped}</time></p>')
        else:
            body.append(f"<h2>{escaped}</h2>")
    if embed:
        body.append(_tweet(embed))
    masthead = "".join(f'<a href="/"><img src="/logo{i}.png" alt="{x}"></a>' for i, x in enumerate(places["masthead"]))
    sections = "".join(f'<li><a href="/section/{i}">{x}</a></li>' for i, x in enumerate(places["sections"]))
    share = "".join(f'<a class="share-button" href="#share">{x}</a>' for x in places["share"])
    related = "".join(f'<li><a href="/related/{i}">{x}</a></li>' for i, x in enumerate(places["related"]))
    comments = "".join(f'<div class="comment"><p>{html.escape(c)}</p></div>' for c in READER_COMMENTS)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{f"<title>{html.escape(title)}</title>" if title else ""}</head>
<body>
<header class="site-header">{masthead}<nav class="menu"><ul>{sections}<li><a href="/">Home</a></li></ul></nav></header>
<main><article>
{f"<h1>{html.escape(title)}</h1>" if title else ""}
{chr(10).join(body)}
</article>
<div class="share-tools">{share}</div>
<aside class="related"><h3>Related</h3><ul>{related}</ul></aside>
<section id="comments" class="comments"><h3>{" ".join(places["comments"]) or "Comments"}</h3>{comments}</section>
</main>
<footer class="site-footer"><p>All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""
    return page, prose, furniture


def _tweet(lines: list[str]) -> str:
    inner = "<br>".join(lines)
    return f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{inner}</p></blockquote>'
