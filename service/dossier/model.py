"""Plain data passed between the dossier steps: analysis → retrieval → stance → verdict → dossier."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from service.models import ArticleRef, Passage

# the text layer's data, used here and re-exported to the steps
from service.text.model import DateMention, EventDate, Negation, Quantity, Slot, Span  # noqa: F401

Stance = Literal["corroborating", "conflicting", "related", "other_event"]
VerdictLabel = Literal["supported", "refuted", "disputed", "unverified"]
UNDETERMINED_WEIGHT = 0.5  # a passage whose event cannot be told from the claim's counts half (events and stance)
STANCES: tuple[Stance, ...] = ("corroborating", "conflicting", "related")  # what the model chooses among
BUCKETS: tuple[Stance, ...] = ("corroborating", "conflicting", "related", "other_event")


@dataclass(frozen=True)
class Entity:
    """A name in the claim with its spelling variants (transliterations grouped by rapidfuzz)."""

    text: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimEvent:
    """What the claim says of the event it is about: the days (or a month/day without a year, or
    only a weekday), the site, the region, and whether it reports an incident at all."""

    interval: tuple[date, date, str] | None = None
    weekday: int | None = None
    month: int | None = None  # a month or day named without a year ("on October 31", "in January")
    day: int | None = None
    partial_text: str = ""
    site: str | None = None
    incident: bool = False
    region: tuple[str, str] | None = None  # (level, name): the province, district or city it happened in
    unanchored: str = ""  # relative dates ("last week") left unresolved: the claim has no claim_date
    # the rank that picks the incident out of a series at its site: (1, {"fire", "blaze"}, "the first fire at the
    # Brennick warehouse", "Brennick"), -1 the last (text.ordinals.incident_rank); event_match.ranked_event dates it
    # by the archive's incidents at the site (the claim's, or the one the rank's words name)
    rank: tuple[int, frozenset[str], str, str | None] | None = None
    # the interval is the ranked incident's, as the archive dates it, not a day the claim states: the number of
    # incidents of the archive's series (0: not ranked)
    ranked: int = 0
    # a capitalised name the claim puts its incident in ("the tornado in Penrow") that no word or table levels: the
    # town of passages the archive places in a town of that name (event_match; it constrains nothing else)
    town: str | None = None

    @property
    def constrained(self) -> bool:
        return bool(self.interval or self.weekday is not None or self.month or self.site or self.region)

    @property
    def timed(self) -> bool:
        """Whether the claim says when its event happened (a date or span, a month, a weekday, or a relative date
        left unresolved: "last week" with no claim_date)."""
        return bool(self.interval or self.weekday is not None or self.month or self.unanchored)


@dataclass(frozen=True)
class ClaimAnalysis:
    claim: str
    keywords: tuple[str, ...]
    entities: tuple[Entity, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    negations: tuple[Negation, ...]
    # keyword → spellings the index knows, for words it does not (filled by retrieval.expand_variants)
    expansions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    locations: tuple[Any, ...] = ()  # service.text.places.Location
    roles: tuple[Any, ...] = ()  # service.text.roles.Role
    credits: tuple[Any, ...] = ()  # service.text.sources.Credit: whom the claim credits
    event: ClaimEvent = field(default_factory=ClaimEvent)
    weights: tuple[tuple[str, float], ...] = ()  # keyword → idf weight (filled by the orchestrator)
    claim_date: date | None = None  # when the claim was made: the day its relative dates count from
    # whether claim_date is the archive's (the latest report among the claim's passages), for a claim that dates
    # itself relatively ("last year's race") in a request that gives none
    claim_date_assumed: bool = False
    # the places the pool's passages name with their level, (name, level, country): filled by the
    # stance step for a claim that says where something is, to read a passage's bare "in Deir ez-Zor"
    pool_places: tuple[tuple[str, str, str | None], ...] = ()
    # the bodies the claim credits by a description ("the miners' union said …"), each with the names the
    # pool's passages resolve that description to ("the company" → "Sarrow Minerals"): see stance.who
    described: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # whether the pool reports its names (but the site) on more than one day: then they do not pick out its incident
    # (a group that attacks a base often), and only its time does (filled by stance.score_pool)
    names_recur: bool = False

    @property
    def negated(self) -> bool:
        return bool(self.negations)


@dataclass(frozen=True)
class Candidate:
    """A passage in the pool, with its retrieval score and claim–passage alignment (0..1)."""

    passage: Passage
    article: ArticleRef
    score: float
    highlight: str
    relevance: float
    forced: bool = False  # assessed because the filters named its article
    facts: Any = None  # service.text.facts.PassageFacts, read with its article (None: read from the passage alone)
    semantic: float | None = None  # cosine of the claim's and the passage's sentence vectors (None: not yet worked out)


@dataclass(frozen=True)
class Reason:
    type: str
    claim_text: str
    passage_text: str
    detail: str


@dataclass(frozen=True)
class StanceResult:
    stance: Stance
    score: float
    reasons: tuple[Reason, ...]
    event_date: EventDate | None = None
    event: Any = None  # service.dossier.event_match.EventRef
    weight: float = 1.0  # how much it counts towards the verdict (less when its event is undetermined)
    misattributed: bool = False  # states the claim's fact, but credits another source than the claim


@dataclass(frozen=True)
class Evidence:
    """One assessed passage: the search-hit fields plus its stance (API.md's `E`)."""

    passage: Passage
    article: ArticleRef
    score: float
    highlight: str
    stance: Stance
    stance_score: float
    relevance: float
    event_date: str | None
    reasons: tuple[Reason, ...]
    duplicate_of: str | None = None
    source_key: str = ""  # what makes it (in)dependent of other evidence; not in the JSON
    forced: bool = False  # its article was named in the filters; not in the JSON
    event: Any = None  # service.dossier.event_match.EventRef
    attributed_to: tuple[Any, ...] = ()  # service.text.sources.Credit: who the passage credits, resolved
    weight: float = 1.0
    misattributed: bool = False


@dataclass(frozen=True)
class SourceSummary:
    outlets: tuple[str, ...]
    independent_corroborating: int
    independent_conflicting: int


@dataclass(frozen=True)
class Verdict:
    label: VerdictLabel
    confidence: float
    rationale: str
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dossier:
    id: str
    claim: str
    created_at: str
    took_ms: float
    backend: str
    claim_analysis: ClaimAnalysis
    verdict: Verdict
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    sources: SourceSummary = field(default_factory=lambda: SourceSummary((), 0, 0))
    events: tuple[Any, ...] = ()  # the EventRefs the claim was judged against
    event_reason: str = ""  # which event(s) the claim is about, and why
