"""Step 3 — stance: does a passage corroborate the claim, conflict with it, or only relate to it?

Rules first, each leaving a typed reason that quotes both texts (docs/verdicts.md has the table):
a passage dated to another event is `related` (different_event); a mismatch on the same counted
thing, a negated predicate in a passage that restates the claim, another place in the same slot
or another date for an otherwise matching report make it `conflicting`; an agreeing count or
date with strong overlap makes it `corroborating`. When no rule decides, the shipped logistic
regression (stance_model) does, with every reason — decisive or not — among its features.
"""

from __future__ import annotations

from collections.abc import KeysView
from datetime import date
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from service.dossier.analysis import same_name
from service.dossier.events import claim_interval, date_from_mentions, parse_published
from service.dossier.extract import (
    UNIT_CLASSES,
    find_dates,
    find_negations,
    find_quantities,
    find_slots,
    place_key,
    unit_class,
)
from service.dossier.memo import memo
from service.dossier.model import (
    STANCES,
    Candidate,
    ClaimAnalysis,
    EventDate,
    Quantity,
    Reason,
    Span,
    Stance,
    StanceResult,
)
from service.dossier.stance_model import (
    StanceModel,
    content_stem_set,
    content_stems,
    load_model,
    stance_features,
    stem_set,
    stemmed_words,
    word_by_stem,
)
from service.tokens import stem

CONFLICT_WEIGHTS = {"quantity_mismatch": 0.35, "negation": 0.3, "entity_mismatch": 0.3, "date_mismatch": 0.3}
SUPPORT_WEIGHTS = {"quantity_match": 0.3, "date_match": 0.15, "entity_match": 0.1}
VAGUE_FACTOR = 0.5  # a mismatch against "several" and the like weighs half
STRONG_ALIGNMENT = 0.6  # without a model, alignment from which a passage corroborates
MODEL_MIN_RELEVANCE = 0.15  # pool passages below this are related without asking the model (not shown either)
# A report dated a few days off on otherwise matching details is a date discrepancy; further
# apart, it is another event (a claim about one attack does not conflict with another attack).
DATE_SLACK_DAYS = 3
# A negation decides alone only when the passage restates most of the claim (share of the claim's
# content stems); with less in common it is a model feature. On the CLIMATE-FEVER tune split a
# negation found with only 3 shared stems was REFUTES for 29 % of pairs: a cue, not a verdict.
NEGATION_MIN_COVERAGE = 0.6
UNCONFIRMING: tuple[Stance, ...] = ("conflicting", "related")  # what a passage silent on the amounts may be


def score_stance(analysis: ClaimAnalysis, candidate: Candidate, model: StanceModel | None = None) -> StanceResult:
    """The stance of one passage towards the claim, with its reasons and the event's date.

    `model` replaces the shipped one (training and cross-validation score folds with their own)."""
    return _decide(analysis, candidate, assess(analysis, candidate), model or load_model())


def score_pool(analysis: ClaimAnalysis, candidates: list[Candidate]) -> list[StanceResult]:
    """score_stance of each candidate of a pool, each distinct case scored once.

    A pool repeats passages (a wire story in several outlets, boilerplate). A passage's stance
    depends on its text, alignment and flag, and on its article's date only through what
    read_passage finds with it (and, for a dated claim, the date itself): copies that agree on
    those get the same result, which is not worked out again."""
    dated = claim_terms(analysis).interval is not None
    scored: dict[tuple[Any, ...], StanceResult] = {}
    results = []
    for candidate in candidates:
        text, published_at = candidate.passage.text, candidate.article.published_at
        key = (text, read_passage(text, published_at), published_at if dated else None,
               candidate.relevance, candidate.forced)
        result = scored.get(key)
        if result is None:
            result = scored[key] = score_stance(analysis, candidate)
        results.append(result)
    return results


# What a passage states, independent of any claim, cached across dossiers as plain tuples of
# strings and dates: the garbage collector stops tracking those, while a cache of dataclass
# objects grew every full collection (see memo.py). (start, end, text) of the event date,
# (cue, scope) of each negation, and the (start, end) offsets of every date mention, which
# passage_quantities masks (so that a passage's dates are found once).
PassageFacts = tuple[tuple[date, date, str] | None, tuple[tuple[str, str], ...], tuple[tuple[int, int], ...]]
_NO_FACTS: PassageFacts = (None, (), ())


@memo(32768)
def read_passage(text: str, published_at: str | None) -> PassageFacts:
    """The event date, the negations (cue, scope) and the date offsets of a passage."""
    mentions = find_dates(text, parse_published(published_at))
    event = date_from_mentions(mentions)
    negations = _negations(text)
    if not mentions and not negations:
        return _NO_FACTS
    return ((event.start, event.end, event.text) if event else None, negations,
            tuple((m.span.start, m.span.end) for m in mentions))


@memo(32768)
def _negations(text: str) -> tuple[tuple[str, str], ...]:
    # by text alone: the same passage under another article's date negates the same things
    return tuple((n.cue.text, n.scope.text) for n in find_negations(text))


def passage_quantities(text: str, published_at: str | None) -> tuple[Quantity, ...]:
    """The amounts a passage states (its dates masked); read only for claims that state amounts."""
    dates = read_passage(text, published_at)[2]
    return tuple(Quantity(Span(*span), *rest) for span, *rest in _quantity_tuples(text, dates))


@memo(32768)
def _quantity_tuples(text: str, dates: tuple[tuple[int, int], ...]) -> tuple[tuple[Any, ...], ...]:
    # cached as plain tuples, like read_passage, so the collector stops tracking them; by the
    # date offsets rather than the article's date, which the amounts depend on only through them
    return tuple(((q.span.text, q.span.start, q.span.end), q.value, q.low, q.high, q.unit, q.predicate, q.vague)
                 for q in find_quantities(text, dates))


class Assessment(NamedTuple):
    """What the rules found: reasons, the event's date, whether the passage negates anything, and
    the summed weights of the reasons that decide on their own (the others only inform the model)."""

    reasons: tuple[Reason, ...]
    event: EventDate | None
    negated: bool
    conflict: float
    support: float


class ClaimTerms(NamedTuple):
    """What the rules compare of a claim, worked out once per claim rather than once per passage."""

    keywords: dict[str, str]  # stem → word as written, for the claim's keywords
    content: KeysView[str]  # its content stems
    predicates: set[str]  # content stems that are not names: what a negation can dispute
    negated: set[str]  # the stems its own negations govern
    interval: tuple[date, date, str] | None  # the days its dates cover
    counts: bool  # whether it states an amount of counted things
    others: tuple[str, ...]  # its other names and their variants, lowercased
    unit_stems: frozenset[str] | None  # a passage can state a comparable amount only with one of these (None: any)


_last_claim: tuple[ClaimAnalysis, ClaimTerms] | None = None


def claim_terms(analysis: ClaimAnalysis) -> ClaimTerms:
    """The claim's terms; those of the last claim are kept, since a pool's ~100 passages are scored
    one after another against the same analysis (compared by identity: hashing one costs more)."""
    global _last_claim
    last = _last_claim
    if last is not None and last[0] is analysis:
        return last[1]
    keywords = {stem(k) for k in analysis.keywords}
    # Only the claim's predicate words count: "not confined to American targets" negates
    # "confined", not the claim's "Americans" — a name is never what a negation disputes.
    names = {s for e in analysis.entities for s in content_stems(e.text)}
    slot_names = {place_key(s.name) for s in analysis.slots}
    terms = ClaimTerms(
        keywords={s: w for s, w in stemmed_words(analysis.claim) if s in keywords},
        content=content_stem_set(analysis.claim),
        predicates=content_stem_set(analysis.claim) - names,
        negated=set().union(*(_scope_stems(n.scope.text) for n in analysis.negations)),
        interval=claim_interval(analysis.dates),
        counts=any(counted(q) for q in analysis.quantities),
        others=tuple(name.lower() for e in analysis.entities if place_key(e.text) not in slot_names
                     for name in (e.text, *e.variants)) if analysis.slots else (),
        unit_stems=_unit_stems(analysis.quantities),
    )
    _last_claim = (analysis, terms)
    return terms


def _unit_stems(quantities: tuple[Quantity, ...]) -> frozenset[str] | None:
    """The word stems a passage's amount must be counted in to be `comparable` with one of the
    claim's: its class's nouns, or its own noun; None (read every passage's amounts) when an amount
    is money or a percentage, or its noun is more than letters ("F-16s"), where words and stems may
    not line up. Amounts are the dearest thing read of a cold passage: most passages of a pool
    name none of these nouns, and their amounts cannot match or mismatch the claim's anyway."""
    stems: set[str] = set()
    for q in quantities:
        if not q.unit:
            continue  # an amount of nothing named is comparable with nothing
        kind = unit_class(q.unit)
        if kind in UNIT_CLASSES:
            stems |= UNIT_CLASSES[kind]
        elif kind is None and q.unit.isalpha():
            stems.add(stem(q.unit))
        else:
            return None
    return frozenset(stems)


def assess(analysis: ClaimAnalysis, candidate: Candidate) -> Assessment:
    """The rule reasons for one passage, its event date, negation, and the decisive weights."""
    text = candidate.passage.text
    dated, negations, _ = read_passage(text, candidate.article.published_at)
    event = EventDate(*dated) if dated else None
    terms = claim_terms(analysis)

    weighed: list[tuple[Reason, bool]] = [(r, False) for r in _term_overlap(terms, text)]
    if analysis.quantities and (terms.unit_stems is None or not terms.unit_stems.isdisjoint(stem_set(text))):
        weighed += _quantities(analysis.quantities, passage_quantities(text, candidate.article.published_at))
    weighed += _negation(analysis, terms, text, negations)
    weighed += [(r, True) for r in _slots(analysis, terms, text)]
    specific = any(r.type == "quantity_match" and decisive for r, decisive in weighed) or candidate.relevance >= 0.85
    weighed += [(r, True) for r in _dates(terms.interval, event, candidate.article.published_at, specific)]
    conflict = sum(CONFLICT_WEIGHTS.get(r.type, 0.0) * (VAGUE_FACTOR if "vague" in r.detail else 1.0)
                   for r, decisive in weighed if decisive)
    support = sum(SUPPORT_WEIGHTS.get(r.type, 0.0) for r, decisive in weighed if decisive)
    return Assessment(tuple(r for r, _ in weighed), event, bool(negations), conflict, support)


def _decide(analysis: ClaimAnalysis, candidate: Candidate, found: Assessment,
            model: StanceModel | None) -> StanceResult:
    reasons, event, negated, conflict, support = found
    types = [r.type for r in reasons]
    if "different_event" in types:
        return StanceResult("related", 0.7, reasons, event)
    if conflict > 0 and conflict >= support:
        return StanceResult("conflicting", round(min(0.95, 0.4 + conflict), 3), reasons, event)
    if support > 0 and candidate.relevance >= 0.3:
        return StanceResult("corroborating", round(min(0.95, 0.4 + support + candidate.relevance / 4), 3),
                            reasons, event)
    # a passage that states none of the claim's counted amounts cannot confirm them
    amounts_unchecked = claim_terms(analysis).counts and not any(t.startswith("quantity_") for t in types)
    if model is None or (not candidate.forced and candidate.relevance < MODEL_MIN_RELEVANCE):
        # no model, or a pool passage too loosely aligned to be worth the model's time (it is not shown)
        if model is None and candidate.relevance >= STRONG_ALIGNMENT and not amounts_unchecked:
            return StanceResult("corroborating", round(candidate.relevance * 0.8, 3), reasons, event)
        return StanceResult("related", round(1 - candidate.relevance / 2, 3), reasons, event)
    probabilities = model.probabilities(stance_features(analysis, candidate.passage.text, reasons,
                                                        negated, candidate.relevance))
    stance = model.decide(probabilities, UNCONFIRMING if amounts_unchecked else STANCES)
    return StanceResult(stance, round(probabilities[stance], 3), reasons, event)


def _term_overlap(terms: ClaimTerms, text: str) -> list[Reason]:
    claim_words = terms.keywords
    passage_words = word_by_stem(text)
    shared = [s for s in claim_words if s in passage_words]
    if not shared:
        return []
    return [Reason("term_overlap", ", ".join(claim_words[s] for s in shared),
                   ", ".join(passage_words[s] for s in shared),
                   f"{len(shared)} of {len(claim_words)} claim keywords appear in the passage")]


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts count the same thing (same noun, or same class and, for people, same fate)."""
    if not a.unit or not b.unit:
        return False
    ca, cb = unit_class(a.unit), unit_class(b.unit)
    if ca is None or cb is None:
        return stem(a.unit) == stem(b.unit)
    if ca != cb:
        return False
    if ca == "people":
        if a.predicate is None or a.predicate != b.predicate:
            return False
        # "Americans" and "Israelis" are different people; "Americans" and "personnel" may not be
        if stem(a.unit) != stem(b.unit) and a.unit[:1].isupper() and b.unit[:1].isupper():
            return False
    return True


def overlaps(a: Quantity, b: Quantity) -> bool:
    eps = 1e-9
    return ((a.low is None or b.high is None or a.low <= b.high + eps)
            and (b.low is None or a.high is None or b.low <= a.high + eps))


def _say(q: Quantity) -> str:
    if q.value is not None and q.low == q.high == q.value:
        return f"{q.value:g}"
    return q.text


def counted(q: Quantity) -> bool:
    """Whether an amount counts things of a known class (people, projectiles, drones).

    Only those amounts decide a stance alone. Two measurements (a percentage, tonnes, years,
    dollars) that differ usually measure different things — another period, sector or place —
    and on the CLIMATE-FEVER tune split a mismatch of such amounts was REFUTES for 14 % of pairs,
    about the base rate; their reasons are still shown and are features of the model."""
    return unit_class(q.unit) in UNIT_CLASSES


def _quantities(claimed: tuple[Quantity, ...], stated: tuple[Quantity, ...]) -> list[tuple[Reason, bool]]:
    """Amount matches and mismatches, each with whether it decides alone (counted things)."""
    reasons = []
    for c in claimed:
        pairs = [p for p in stated if comparable(c, p)]
        if not pairs:
            continue
        match = next((p for p in pairs if overlaps(c, p)), None)
        thing = c.predicate or c.unit
        if match is not None:
            reasons.append((Reason("quantity_match", c.text, match.text,
                                   f"claim says {_say(c)}, passage says {match.text} ({thing})"),
                            counted(c)))
            continue
        p = pairs[0]
        vague = c.vague or p.vague
        note = " — vague amount, read by convention (docs/verdicts.md)" if vague else ""
        reasons.append((Reason("quantity_mismatch", c.text, p.text,
                               f"claim says {_say(c)}, passage says {p.text} ({thing}){note}"),
                        counted(c)))
    return reasons


def _scope_stems(scope: str) -> set[str]:
    """The first two content words a negation governs ("did not result in casualties")."""
    return set([s for s in content_stems(scope) if s not in _WEAK][:2])


_WEAK = {stem(w) for w in "any immediate report reports possible extent such other".split()}


def _negation(analysis: ClaimAnalysis, terms: ClaimTerms, text: str,
              negations: tuple[tuple[str, str], ...]) -> list[tuple[Reason, bool]]:
    """A predicate the claim asserts and the passage negates (negations as (cue, scope)), or the
    reverse; decisive only when the passage restates most of the claim (NEGATION_MIN_COVERAGE)."""
    if not negations and not analysis.negations:
        return []  # most pairs: nothing is negated on either side
    passage_stems = content_stem_set(text)
    claim_all = terms.content
    common = len(claim_all & passage_stems)
    if common < 3:
        return []  # too little in common to read a negation as disagreement about the same thing
    decisive = common / len(claim_all) >= NEGATION_MIN_COVERAGE
    claim_stems, claim_negated = terms.predicates, terms.negated
    passage_negated = set().union(*(_scope_stems(scope) for _, scope in negations))
    reasons = []
    for cue, scope in negations:
        hit = sorted((_scope_stems(scope) & claim_stems) - claim_negated)
        if hit:
            reasons.append(Reason("negation", _quote(analysis.claim, hit[0]), f"{cue} {scope}",
                                  f"the passage negates “{_quote(text, hit[0])}”, which the claim asserts"))
    for n in analysis.negations:
        hit = sorted((_scope_stems(n.scope.text) & passage_stems) - passage_negated)
        if hit:
            reasons.append(Reason("negation", f"{n.cue.text} {n.scope.text}", _quote(text, hit[0]),
                                  f"the claim denies “{_quote(analysis.claim, hit[0])}”, which the passage asserts"))
    return [(r, decisive) for r in reasons[:2]]


def _quote(text: str, word_stem: str) -> str:
    return next((w for s, w in stemmed_words(text) if s == word_stem), word_stem)


def _slots(analysis: ClaimAnalysis, terms: ClaimTerms, text: str) -> list[Reason]:
    """Another place name in the same slot ("Diyala province" vs "province of Anbar")."""
    if not analysis.slots:
        return []
    stated = passage_slots(text)
    if not stated:
        return []  # most passages: no slot to compare
    lowered = text.lower()
    shares_entity = any(fuzz.partial_ratio(name, lowered) >= 85 for name in terms.others)
    reasons = []
    for c in analysis.slots:
        for kind, name, said in stated:
            if kind == c.kind and same_name(c.name, name):
                reasons.append(Reason("entity_match", c.span.text, said, f"both name {c.name} ({c.kind})"))
                break
        else:
            other = next((s for s in stated if s[0] == c.kind), None)
            if other is not None and shares_entity:
                reasons.append(Reason("entity_mismatch", c.span.text, other[2],
                                      f"claim says {c.name} ({c.kind}), passage says {other[1]}"))
    return reasons


@memo(32768)
def passage_slots(text: str) -> tuple[tuple[str, str, str], ...]:
    """(kind, name, text) of each place slot of a passage, cached as plain tuples (see read_passage)."""
    return tuple((s.kind, s.name, s.span.text) for s in find_slots(text))


def _dates(claimed: tuple[date, date, str] | None, event: EventDate | None, published_at: str | None,
           specific: bool) -> list[Reason]:
    if claimed is None:
        return []
    start, end, said = claimed
    if event is not None:
        if event.overlaps(start, end):
            return [Reason("date_match", said, event.text, f"both date it to {event.iso()}")]
        gap = min(abs((event.start - end).days), abs((start - event.end).days))
        if specific and gap <= DATE_SLACK_DAYS:
            return [Reason("date_mismatch", said, event.text,
                           f"claim dates it {said}, passage {event.text} ({event.iso()})")]
        return [Reason("different_event", said, event.text,
                       f"the passage reports an event of {event.iso()}, not of {said}")]
    published = parse_published(published_at)
    if published is not None and published < start:
        return [Reason("different_event", said, published.isoformat(),
                       f"the article was published on {published.isoformat()}, before {said}")]
    return []
