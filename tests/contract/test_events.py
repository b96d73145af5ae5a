"""Contract: the events listing (GET /events) on every backend, from the facts stored at ingest."""

from __future__ import annotations

import pytest

from service.errors import ValidationFailed
from service.events import EventsQuery, list_events
from service.stores.base import Store
from tests.test_judgement import ARCHIVE as JUDGEMENT_ARCHIVE

pytestmark = pytest.mark.backend

ARCHIVE = [a for a in JUDGEMENT_ARCHIVE if a["external_id"] in ("fire-nord", "fire-baltic")] + [
    {"external_id": "later", "outlet": "Agence Nord", "published_at": "2025-02-12",
     "text": "A second fire broke out at the Halden textile factory on Tuesday.\n"
             "Nobody was hurt, the fire brigade said."},
]

@pytest.fixture
def archive(store: Store) -> Store:
    from service.ingest import prepare_article

    assert [o.status for o in store.ingest([prepare_article(a) for a in ARCHIVE])] == ["created"] * 3
    return store


def test_an_incident_told_by_two_agencies_is_one_event_with_each_figure(archive: Store) -> None:
    listing = list_events(archive, EventsQuery(entity="Halden textile factory"))
    assert listing["total"] == 2
    first, second = listing["events"]  # in date order
    assert first["date"] == "2024-03-04" and first["articles"] == 2 and "Halden" in first["label"]
    figures = {s["source"]: s["figures"] for s in first["sources"]}
    assert figures["Agence Nord"] == ["14 workers (killed)"]
    assert figures["Baltic News Agency"] == ["9 workers (killed)"]
    assert second["date"] == "2025-02-11"  # the second fire is another event


def test_events_are_paged_and_filtered_by_date(archive: Store) -> None:
    page = list_events(archive, EventsQuery(entity="Halden", page=2, size=1))
    assert page["total"] == 2 and [e["date"] for e in page["events"]] == ["2025-02-11"]
    recent = list_events(archive, EventsQuery(q="fire", published_from="2025-01-01"))
    assert [e["date"] for e in recent["events"]] == ["2025-02-11"]


def test_an_unbounded_listing_is_refused(archive: Store) -> None:
    with pytest.raises(ValidationFailed) as caught:
        list_events(archive, EventsQuery())
    assert caught.value.status == 422 and "q" in (caught.value.errors or {})
