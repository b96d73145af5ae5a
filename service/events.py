"""The events of the archive, as the API (`GET /events`) and the CLI (`factcheck events`) list them.

    q, entity, dates ─► run_search (up to EVENT_POOL passages) ─► each passage's stored event
    ─► grouped by event ─► in each event, passages grouped by who they credit, with the figures
       each source reports ─► events in date order (undated last) ─► one page

This is the table a fact-checker builds by hand: for each incident, who said what ("Reuters: two
Americans slightly injured; US military sources: several soldiers wounded"). Events are those of
the passages the search finds, so a listing covers at most EVENT_POOL passages; `searched`
says how many it read.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from service.dossier.event_match import EventRef, event_ref
from service.dossier.stance_model import fold
from service.errors import ValidationFailed
from service.models import SearchFilters, SearchHit
from service.search import run_search
from service.stores.base import Store
from service.text.extract import find_quantities, unit_class
from service.text.facts import read_article

EVENT_POOL = 500  # passages read for one listing
ENTITY_MATCH = 85  # rapidfuzz partial ratio at which a passage names the entity (spellings vary)


@dataclass(frozen=True)
class EventsQuery:
    q: str = ""
    entity: str = ""
    published_from: str | None = None
    published_to: str | None = None
    page: int = 1
    size: int = 20


def list_events(store: Store, query: EventsQuery) -> dict[str, Any]:
    """One page of events with their passages grouped by source (module docstring)."""
    started = time.perf_counter()
    if not (query.q.strip() or query.entity.strip() or query.published_from or query.published_to):
        raise ValidationFailed("give q, entity or a date range to list events",
                               errors={"q": ["give q, entity, published_from or published_to"]})
    words = " ".join(x for x in (query.q, query.entity) if x.strip())
    filters = SearchFilters(published_from=query.published_from, published_to=query.published_to)
    result = run_search(store, words, filters, "relevance" if words else "date", 1, EVENT_POOL, facets=False)
    hits = [h for h in result.hits if not query.entity or _names(h, query.entity)]
    grouped: dict[str, tuple[EventRef, list[SearchHit]]] = {}
    for hit in hits:
        facts = hit.passage.facts or read_article([hit.passage.text], [hit.passage.attributions],
                                                  hit.article.published_at)[0]
        ref = event_ref(hit.article.id, facts.event)
        if ref is None or facts.event.basis == "none":
            continue  # a passage that reports no incident
        grouped.setdefault(ref.id, (ref, []))[1].append(hit)
    events = sorted(grouped.values(), key=lambda item: (item[0].date is None, item[0].date or "", item[0].label))
    page = events[(query.page - 1) * query.size: query.page * query.size]
    _add_rest_of_articles(store, page)
    return {
        "total": len(events), "page": query.page, "size": query.size, "searched": len(result.hits),
        "took_ms": round((time.perf_counter() - started) * 1000, 2),
        "events": [_event(ref, items) for ref, items in page],
    }


def _add_rest_of_articles(store: Store, page: list[tuple[EventRef, list[SearchHit]]]) -> None:
    """The other passages of the page's articles that report the same events ("REUTERS: … two
    Americans were slightly injured" names no base, but reports the attack its article is about)."""
    wanted = {ref.id: items for ref, items in page}
    seen = {h.passage.id for _, items in page for h in items}
    articles = list(dict.fromkeys(h.article.id for _, items in page for h in items))
    for passage, article in store.passages_of(articles) if articles else ():
        if passage.id in seen or passage.facts is None or passage.facts.event.basis == "none":
            continue
        ref = event_ref(article.id, passage.facts.event)
        if ref is not None and ref.id in wanted:
            wanted[ref.id].append(SearchHit(passage, article, 0.0, ""))


def _names(hit: SearchHit, entity: str) -> bool:
    return fuzz.partial_ratio(fold(entity), fold(hit.passage.text), score_cutoff=ENTITY_MATCH) > 0


def _event(ref: EventRef, hits: list[SearchHit]) -> dict[str, Any]:
    by_source: dict[str, list[SearchHit]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for hit in hits:
        source, kind = _source(hit)
        key = source.casefold()
        kinds.setdefault(key, kind)
        by_source[key].append(hit)
    names = {key: _source(items[0])[0] for key, items in by_source.items()}
    return {
        "id": ref.id, "date": ref.date, "place": ref.place, "label": ref.label,
        "passages": len(hits), "articles": len({h.article.id for h in hits}),
        "sources": [{
            "source": names[key], "kind": kinds[key],
            "outlets": sorted({h.article.outlet for h in items if h.article.outlet}),
            "figures": list(dict.fromkeys(_figure(q) for h in items for q in find_quantities(h.passage.text)
                                          if unit_class(q.unit) is not None or q.predicate)),
            "passages": [{"id": h.passage.id, "article_id": h.article.id, "text": h.passage.text} for h in items],
        } for key, items in sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
    }


def _source(hit: SearchHit) -> tuple[str, str]:
    """Who a passage rests on: its first named credit, else its first credit, else its outlet."""
    credits = hit.passage.facts.credits if hit.passage.facts is not None else ()
    named = [c for c in credits if c.kind != "anonymous"] or list(credits)
    if named:
        return named[0].source, named[0].kind
    return hit.article.outlet or "the article itself (no outlet named)", "outlet"


def _figure(q: Any) -> str:
    fate = f" ({q.predicate})" if q.predicate else ""
    return f"{q.text}{fate}"
