"""What the sentences of one article state, read together: each passage's event, who it is
credited to (descriptions resolved within the article) and the places it locates things in.

This is the one entry point the dossier steps use for a passage's facts (`read_article`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.dossier.memo import memo
from service.models import Attribution
from service.text.events import EventFacts, read_events
from service.text.places import Location, find_locations
from service.text.roles import Role, find_roles
from service.text.sources import Credit, resolve_credits


@dataclass(frozen=True)
class PassageFacts:
    event: EventFacts
    credits: tuple[Credit, ...]
    locations: tuple[Location, ...]
    roles: tuple[Role, ...]


@memo(4096)
def read_article(texts: tuple[str, ...], attributions: tuple[tuple[Attribution, ...], ...],
                 published_at: str | None) -> tuple[PassageFacts, ...]:
    """The facts of each passage of an article (its passages' texts and attributions, in order).

    Cached by every input it reads: the same article comes back in many dossiers."""
    events = read_events(texts, published_at)
    credits = resolve_credits(attributions)
    return tuple(PassageFacts(event, credit, tuple(find_locations(text)), tuple(find_roles(text)))
                 for text, event, credit in zip(texts, events, credits, strict=True))


def read_passages(passages: Sequence[tuple[str, tuple[Attribution, ...]]],
                  published_at: str | None) -> tuple[PassageFacts, ...]:
    """read_article for passages given as (text, attributions) pairs."""
    return read_article(tuple(t for t, _ in passages), tuple(a for _, a in passages), published_at)
