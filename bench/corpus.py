"""A deterministic synthetic news corpus: sentences in the seeds' register, Zipfian vocabulary.

Each article has 8–14 sentences drawn from templates that mix places, armed groups, agencies,
numbers and weekdays, so that ingest exercises the splitter and attribution, and queries see
realistic term frequencies (a few very common words, a long tail of rare ones).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

PLACES = ["Ain al-Asad", "Ain Al-Assad", "Erbil", "Baghdad", "Anbar", "Diyala", "Al-Tanf", "Deir ez-Zor",
          "Al-Hasakah", "Harir", "Haditha", "Basra", "Mosul", "Kirkuk", "Al-Omar", "Conoco", "Shaddadi",
          "Rukban", "Jurf al-Sakhar", "Babil"]
SOURCES = ["Reuters", "AFP", "the Associated Press", "Al-Mayadeen", "Al Jazeera", "Baghdad Al-Youm",
           "Sabereen News", "The New Region", "a security source", "two Iraqi security sources",
           "US officials", "the Pentagon", "a military spokesperson", "the Islamic Resistance in Iraq",
           "Kataib Hezbollah", "local residents"]
OUTLETS = ["Example Wire", "Tehran Times", "Jerusalem Time", "Press TV", "The Palestine Chronicle",
           "The New Region", "Al Jazeera", "Reuters", "Middle East Eye", "Rudaw"]
WEAPONS = ["rockets", "drones", "missiles", "Katyusha rockets", "mortar shells", "attack drones"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = ["two", "three", "four", "five", "several", "at least five", "ten", "17", "40", "a dozen"]
TEMPLATES = [
    "{n} {weapon} targeted the {place} base on {day}, {source} said.",
    "{source} told {source2} that {n} {weapon} were fired at {place}.",
    "According to {source}, the attack on {place} caused no casualties.",
    "The attack on {place} injured {n} US personnel, {source} reported.",
    "{source} claimed responsibility for the strike near {place} on {day} night.",
    "In a statement, {source} said the {weapon} hit their targets directly.",
    "There were no immediate reports of damage at {place}.",
    "Forces at {place} intercepted {n} {weapon} before they reached the {word} perimeter.",
    "The {word} convoy was struck near {place} as {source} confirmed the {word2} details.",
    "Officials described the {word} situation around {place} as {word2}.",
]


def _zipf_words(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)]


class Corpus:
    """`articles(n_passages)` yields article payloads until about n_passages sentences are made."""

    def __init__(self, seed: int = 7, vocabulary: int = 50_000) -> None:
        self.rng = random.Random(seed)
        self.words = _zipf_words(self.rng, vocabulary)
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(vocabulary)))

    def word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cum_weights)[0]

    def sentence(self) -> str:
        rng = self.rng
        return rng.choice(TEMPLATES).format(
            n=rng.choice(NUMBERS), weapon=rng.choice(WEAPONS), place=rng.choice(PLACES),
            day=rng.choice(WEEKDAYS), source=rng.choice(SOURCES), source2=rng.choice(SOURCES),
            word=self.word(), word2=self.word(),
        )

    def articles(self, n_passages: int) -> Iterator[dict[str, Any]]:
        made = 0
        number = 0
        start = date(2023, 10, 1)
        while made < n_passages:
            count = min(self.rng.randint(8, 14), n_passages - made)
            sentences = [self.sentence() for _ in range(count)]
            number += 1
            made += count
            yield {
                "external_id": f"synthetic-{number}",
                "outlet": self.rng.choice(OUTLETS),
                "published_at": (start + timedelta(days=self.rng.randint(0, 400))).isoformat(),
                "title": f"Report {number}",
                "text": " ".join(sentences),
            }

    def queries(self, count: int) -> list[dict[str, Any]]:
        """A mixed load: names (with variants), common and rare words, phrases, exclusions, filters."""
        rng = self.rng
        made: list[dict[str, Any]] = []
        kinds = ["name", "words", "rare", "phrase", "exclude", "filtered", "claim"]
        for index in range(count):
            kind = kinds[index % len(kinds)]
            place, weapon = rng.choice(PLACES), rng.choice(WEAPONS)
            if kind == "name":
                q = place
            elif kind == "words":
                q = f"{weapon} {rng.choice(WEEKDAYS)}"
            elif kind == "rare":
                q = f"{rng.choice(self.words[5000:])} {rng.choice(self.words[1000:5000])}"
            elif kind == "phrase":
                q = f'"{weapon}" {place}'
            elif kind == "exclude":
                q = f"{weapon} {place} -{rng.choice(PLACES).split()[0]}"
            elif kind == "filtered":
                q = f"{weapon} attack"
            else:
                q = f"{rng.choice(NUMBERS)} {weapon} targeted {place} on {rng.choice(WEEKDAYS)}"
            made.append({"q": q, "outlet": rng.choice(OUTLETS) if kind == "filtered" else None,
                         "sort": "date" if index % 10 == 9 else "relevance"})
        return made


def as_page(payload: dict[str, Any]) -> dict[str, Any]:
    """The article as the web page a newsroom saves: metadata in <head>, two or three sentences a
    paragraph, and the furniture around them (masthead, menu, share bar, related links, reader
    comments, footer) that extraction must leave out. Its external_id is kept, its other fields
    are the page's to state."""
    import html as markup

    sentences = payload["text"].split(". ")
    paragraphs = [". ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    body = "\n".join(f"<p>{markup.escape(p if p.endswith('.') else p + '.')}</p>" for p in paragraphs)
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(8))
    comments = "".join(f'<div class="comment"><p>Reader {i} wrote: what about the other side?</p></div>'
                       for i in range(3))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{markup.escape(payload["title"])}</title>
<meta property="og:site_name" content="{markup.escape(payload["outlet"])}">
<meta property="article:published_time" content="{payload["published_at"]}T08:00:00+00:00">
</head><body>
<header><a href="/"><img src="/logo.png" alt="Logo"></a><nav><ul>{menu}</ul></nav></header>
<main><article>
{body}
</article>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> Share your opinion</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/r/1">Earlier attacks on the base</a></li></ul></aside>
<section class="comments" id="comments">{comments}</section>
</main><footer><p>All rights reserved.</p></footer></body></html>"""
    return {"external_id": payload["external_id"], "html": page}
