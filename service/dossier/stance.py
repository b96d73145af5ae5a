"""Step 3 — stance: does a passage corroborate the claim, conflict with it, or only relate to it?

Rules first, each leaving a typed reason that quotes both texts (docs/verdicts.md has the table):
a passage dated to another event is `related` (different_event); a mismatch on the same counted
thing, a negated predicate in a passage that restates the claim, another place in the same slot
or another date for an otherwise matching report make it `conflicting`; an agreeing count or
date with strong overlap makes it `corroborating`. When no rule decides, the shipped logistic
regression (stance_model) does, with every reason — decisive or not — among its features.
"""

from __future__ import annotations

import re
from collections.abc import KeysView
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from service.dossier.event_match import (
    WEEKDAY_NAMES,
    EventMatch,
    match_events,
    set_aside_by_details,
)
from service.dossier.model import (
    UNDETERMINED_WEIGHT,
    Candidate,
    ClaimAnalysis,
    EventDate,
    Quantity,
    Reason,
    Stance,
    StanceResult,
)
from service.dossier.stance_model import (
    StanceModel,
    content_stem_set,
    content_stems,
    fold,
    load_model,
    stance_features,
    stem_set,
    stemmed_words,
    word_by_stem,
)
from service.memo import memo
from service.text.answers import answer_to, read_with_question
from service.text.bearings import compatible, find_bearings
from service.text.clauses import identifying_clauses, in_relative_clauses, main_clause, main_predicate
from service.text.conditions import find_conditions
from service.text.denials import find_denials
from service.text.extract import (
    FATE_WORDS,
    MONTHS,
    UNIT_CLASSES,
    WEEKDAYS,
    WORD_VALUES,
    find_dates,
    find_names,
    find_negations,
    harm_severities,
    severity_after,
    unit_class,
)
from service.text.facts import PassageFacts, passage_amounts, passage_negations, read_article
from service.text.places import (
    FOUND_BEFORE,
    FOUND_WORDS,
    demonym_country,
    facilities,
    opposite_directions,
    peoples_named,
    same_place,
    same_place_name,
)
from service.text.platforms import MEDIUM_WORDS, find_platforms
from service.text.quantifiers import SAYS as QUANTIFIER_SAYS
from service.text.quantifiers import find_quantifiers
from service.text.quotes import find_quotes
from service.text.sources import find_attributions, same_source
from service.text.synonyms import CANONICAL, OPPOSED, unphrase
from service.text.units import measure
from service.text.vectors import similarities
from service.tokens import stem

CONFLICT_WEIGHTS = {"quantity_mismatch": 0.35, "negation": 0.3, "entity_mismatch": 0.3, "date_mismatch": 0.3,
                    "role_mismatch": 0.3, "quote_mismatch": 0.35, "answer_denies": 0.35,
                    "denial": 0.35, "platform_mismatch": 0.3, "condition_mismatch": 0.3, "actor_mismatch": 0.3,
                    "weapon_mismatch": 0.3}
SUPPORT_WEIGHTS = {"quantity_match": 0.3, "date_match": 0.15, "entity_match": 0.1, "role_match": 0.3,
                   "negation_match": 0.3, "quote_match": 0.35, "answer_confirms": 0.3, "platform_match": 0.1}
# A yes or a no to a yes/no question (an answer stored under its question, service.text.answers)
# decides when the question asks what the claim says: the share of the question's content words
# that are the claim's. A no denies with less in common than a yes confirms, because a question
# asks one part of the claim ("Did the NBA have tax-exempt status?" of "The NFL, NBA and MLB have
# tax-exempt status"): one part denied refutes the claim, one part confirmed does not confirm it.
# Set by reading the answers of AVeriTeC dev-150 (all of it: its held-back 350 claims are the test).
ANSWER_NO_COVERAGE = 0.4
ANSWER_YES_COVERAGE = 0.6
# Words that deny without a negation cue, in a claim or a question ("zero deaths", "unable to vote")
_DENYING = frozenset(stem(w) for w in ("zero", "unable", "false", "fake", "fabricated", "hoax"))
QUOTE_SAME = 92  # rapidfuzz ratio of two quotes that are the same words (punctuation, case aside)
QUOTE_ALTERED = 70  # partial ratio from which a different quote is the same one, altered
VAGUE_FACTOR = 0.5  # a mismatch against "several" and the like weighs half
STRONG_ALIGNMENT = 0.6  # without a model, alignment from which a passage corroborates
MODEL_MIN_RELEVANCE = 0.15  # pool passages below this are related without asking the model (not shown either)
# A negation decides alone only when the passage restates most of the claim (share of the claim's
# content stems); with less in common it is a model feature. On the CLIMATE-FEVER tune split a
# negation found with only 3 shared stems was REFUTES for 29 % of pairs: a cue, not a verdict.
NEGATION_MIN_COVERAGE = 0.6
# A passage corroborates only when it states the claim's predicate, not just its names: the share
# of the claim's predicate words (content words outside its names and credited sources, weighed
# by idf) that the passage (with the sentence before it, when it opens with "The …"/"It …") holds.
PREDICATE_MIN_COVERAGE = 0.5
# …and at least this share of its main clause's predicate, when the claim has clauses that only
# identify its subject ("the launcher found in Haditha was seized by …": seized must be stated)
MAIN_MIN_COVERAGE = 0.4
# A passage that restates this much of the claim's predicate with another named subject says that
# someone else did it ("The House passed the package" against "The Senate passed the package").
ACTOR_RESTATES = 0.8
NAMES_STATED = 0.5  # …and this share of its names, for money, percentages and measures to decide
RESTATES = 0.6  # predicate coverage from which two unnamed places ("a base in X") are the same thing's
# Fates that one word can stand for (the amounts' fate words, a few more forms, and "casualties",
# which are the killed and the injured).
_FATES = {stem(w): fates for fates, words_ in (
    (("~injured",), [*FATE_WORDS["injured"], "wounding", "harmed"]),
    (("~killed",), [*FATE_WORDS["killed"], "killing"]),
    (("~injured", "~killed"), ["casualties", "casualty", "victims"]),
) for w in words_}
_ANAPHOR = re.compile(r"^\W*(?:The|This|That|These|Those|It|He|She|They|Its|Their|His|Her)\b"
                      r"|\b(?:the|this|that|these|those) "
                      r"(?:incident|attack|strike|report|operation|raid|blast|claim)s?\b")


def refers_back(text: str) -> bool:
    """Whether a sentence leans on the one before it ("The agency said …", "… also reported the
    incident"): then that sentence is read with it."""
    return _ANAPHOR.search(text) is not None
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# the time of day goes with the date ("on Tuesday night"): the date rules compare it, not coverage
_DATE_WORDS |= frozenset("night nights morning evening afternoon dawn midnight noon overnight tonight".split())
_DATE_WORDS |= frozenset(stem(w) for w in _DATE_WORDS)  # predicate stems are compared stemmed ("januari")


def with_facts(candidate: Candidate) -> Candidate:
    """The candidate with its passage's facts; read from the passage alone when its article was not."""
    if candidate.facts is not None:
        return candidate
    passage = candidate.passage
    facts = passage.facts or read_article([passage.text], [passage.attributions], candidate.article.published_at)[0]
    return replace(candidate, facts=facts)


def reading(candidate: Candidate) -> str:
    """The passage's text as the rules read it: an article's first sentence under a question title
    is read with its question (service.text.answers), every other passage as written."""
    passage = candidate.passage
    if passage.ordinal == 0 and candidate.article.title:
        read = read_with_question(candidate.article.title, passage.text)
        return passage.text if read is None else read
    return passage.text


def score_stance(analysis: ClaimAnalysis, candidate: Candidate, model: StanceModel | None = None,
                 match: EventMatch | None = None) -> StanceResult:
    """The stance of one passage towards the claim, with its reasons and the event's date.

    `model` replaces the shipped one (training and cross-validation score folds with their own);
    `match` is the passage's event relation to the claim's (score_pool works it out over the pool)."""
    candidate = with_facts(candidate)
    if match is None:
        match = match_events(analysis.event, [candidate])[0]
    return _decide(analysis, candidate, assess(analysis, candidate, match), model or load_model(), match)


def score_pool(analysis: ClaimAnalysis, candidates: list[Candidate],
               unread: frozenset[str] = frozenset()) -> list[StanceResult]:
    """score_stance of each candidate of a pool, their events related to the claim's together.

    The passages whose ids are in `unread` are not assessed: each is related, with an `unassessed`
    reason (the orchestrator's budget: see pipeline.ASSESSED)."""
    candidates = [with_facts(c) for c in candidates]
    analysis = _level_places(analysis, candidates)
    matches = match_events(analysis.event, candidates)
    results = [_unassessed(c, m) if c.passage.id in unread else score_stance(analysis, c, match=m)
               for c, m in zip(candidates, matches, strict=True)]
    results = _misdated(analysis, candidates, set_aside_by_details(analysis, candidates, results))
    return _misplaced(analysis, candidates, results)


def _unassessed(candidate: Candidate, match: EventMatch) -> StanceResult:
    why = Reason("unassessed", "", "", "ranked below the passages the dossier reads closely: counted as related")
    return StanceResult("related", round(1 - candidate.relevance / 2, 3), (why,), None, match.event)


# A passage of another day that restates this much of the claim reports the claim's incident
# misdated, when no passage of the claim's own day takes a stance on it.
MISDATED_COVERAGE = 0.75


def _misdated(analysis: ClaimAnalysis, candidates: list[Candidate],
              results: list[StanceResult]) -> list[StanceResult]:
    """"… shot down a drone on Saturday" when the archive reports it downed on Thursday and on no
    other day: the passages that restate the claim at another time of the same place conflict
    (date_mismatch), instead of being set aside as another event — unless the archive reports an
    incident at that place on the claim's day too (then the claim's detail is another incident's)."""
    claim = analysis.event
    said = claim.interval[2] if claim.interval else claim.partial_text
    if not said and claim.weekday is not None:
        said = WEEKDAY_NAMES[claim.weekday]
    if not said or any(r.stance in ("corroborating", "conflicting") and r.weight >= 1 for r in results):
        return results  # a passage of a known event takes a stance (an undetermined one knows no day)
    terms = claim_terms(analysis)
    # places the archive reports an incident at on the claim's own day: a restating passage of
    # another day at one of them reports another incident there (a recycled detail), not this one misdated
    that_day = [r.event.place for r in results if r.event is not None and r.event.place
                and any(x.type == "date_match" for x in r.reasons)]
    restating = [r.event is not None and (r.event.date is not None or r.event.weekday is not None)
                 and r.stance == "other_event" and (claim.site is None or r.event.place is None
                                                    or same_place(claim.site, r.event.place))
                 and _restates_incident(terms, c, r)
                 for c, r in zip(candidates, results, strict=True)]
    # one incident restated on one other day is the claim's, misdated; of several ("Ain al-Asad was
    # attacked by Hamas in 2021", a base attacked many times), only one holding the claim's own detail
    days = {(r.event.date, r.event.weekday) for r, ok in zip(results, restating, strict=True) if ok and r.event}
    out = []
    for candidate, result, ok in zip(candidates, results, restating, strict=True):
        ref = result.event
        if ref is not None and ref.place and any(same_place(ref.place, place) for place in that_day):
            out.append(result)
            continue
        if ref is not None and ok and (len(days) == 1 or _holds_detail(analysis, terms, candidate, result)):
            when = ref.date or f"a {WEEKDAY_NAMES[ref.weekday or 0]}"
            why = Reason("date_mismatch", said, ref.label, f"the passage reports it on {when}; the claim says {said}")
            reasons = tuple(r for r in result.reasons if r.type not in ("different_event", "other_event_match"))
            result = replace(result, stance="conflicting", score=0.6, reasons=(*reasons, why))
        out.append(result)
    return out


_INCIDENT_DETAILS = ("quantity_match", "negation_match", "quote_match", "role_match")


def _restates_incident(terms: ClaimTerms, candidate: Candidate, result: StanceResult) -> bool:
    """Whether a passage restates the claim's incident: most of its predicate (MISDATED_COVERAGE),
    or much of it (RESTATES) with one of its details ("no direct order from Iran": both deny it)."""
    coverage = predicate_coverage(terms, reading(candidate), candidate.passage.context.previous)
    return coverage >= MISDATED_COVERAGE or (
        coverage >= RESTATES and any(r.type in _INCIDENT_DETAILS for r in result.reasons))


def _holds_detail(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate, result: StanceResult) -> bool:
    """Whether a restating passage holds the claim's own incident, not one of its kind: a matching
    amount, or a name of the claim's besides its places ("Ain al-Asad was attacked by Hamas" is not
    every attack on the base, misdated)."""
    if any(r.type == "quantity_match" for r in result.reasons):
        return True
    region = analysis.event.region
    places = {s for loc in analysis.locations for s in content_stems(loc.place)}
    places |= set(content_stems(region[1])) if region else set()
    places |= set(terms.site)
    if not set(terms.name_weights) - places:
        return False
    return _names_stated(terms, reading(candidate), candidate.passage.context.previous, frozenset(places)) > 0


def _misplaced(analysis: ClaimAnalysis, candidates: list[Candidate],
               results: list[StanceResult]) -> list[StanceResult]:
    """"… downed a drone over Nineveh province" when the archive reports that drone downed in
    Diyala province and no incident of the kind in Nineveh: the passages that restate the claim
    (MISDATED_COVERAGE) in another province, district or city conflict (entity_mismatch), instead
    of being set aside as another event. A passage that restates it in the claim's own region
    means the archive knows that incident: the others stay other events, as they do when a passage
    of a known event takes a stance (one whose event is undetermined does not know where it was)."""
    region = analysis.event.region
    if region is None or any(r.stance in ("corroborating", "conflicting") and r.weight >= 1 for r in results):
        return results
    level, name = region
    terms = claim_terms(analysis)
    restating = [predicate_coverage(terms, reading(c), c.passage.context.previous) >= MISDATED_COVERAGE
                 for c in candidates]
    if any(ok and c.facts is not None and c.facts.event.region is not None
           and same_place(c.facts.event.region[1], name) for c, ok in zip(candidates, restating, strict=True)):
        return results
    out = []
    for candidate, result, ok in zip(candidates, results, restating, strict=True):
        there = candidate.facts.event.region if candidate.facts is not None else None
        if ok and _holds_detail(analysis, terms, candidate, result) and result.stance == "other_event" \
                and there is not None and there[0] == level and not same_place(there[1], name) \
                and not any(r.type == "date_mismatch" for r in result.reasons) \
                and (analysis.event.interval is None or any(r.type == "date_match" for r in result.reasons)):
            why = Reason("entity_mismatch", name, there[1],
                         f"claim says {name} ({level}), passage says {there[1]} ({level})")
            reasons = tuple(r for r in result.reasons if r.type not in ("different_event", "other_event_match")
                            and not (r.type == "entity_mismatch" and r.claim_text == name))
            result = replace(result, stance="conflicting", score=0.6, reasons=(*reasons, why))
        out.append(result)
    return out


@memo(32768)
def _negations(text: str) -> tuple[tuple[str, str], ...]:
    """passage_negations of a text that is not a stored passage (a sentence before, a question's reading)."""
    return passage_negations(text)


class Assessment(NamedTuple):
    """What the rules found: reasons, the event's date, whether the passage negates anything, the
    summed weights of the reasons that decide on their own (the others only inform the model),
    and how much of the claim's predicate the passage states."""

    reasons: tuple[Reason, ...]
    event: EventDate | None
    negated: bool
    conflict: float
    support: float
    coverage: float = 1.0


class ClaimTerms(NamedTuple):
    """What the rules compare of a claim, worked out once per claim rather than once per passage."""

    keywords: dict[str, str]  # stem → word as written, for the claim's keywords
    content: KeysView[str]  # its content stems
    predicates: set[str]  # content stems that are not names, with their fates: what a negation can dispute
    negated: set[str]  # the stems its own negations govern
    interval: tuple[date, date, str] | None  # the days its dates cover
    counts: bool  # whether it states an amount of counted things or a measure ("42 kilometres")
    unit_stems: frozenset[str] | None  # a passage can state a comparable amount only with one of these (None: any)
    predicate_weights: dict[str, float]  # predicate stem → idf weight (see PREDICATE_MIN_COVERAGE)
    name_weights: dict[str, float]  # the stems of the claim's names → idf weight
    # the predicate stems of its main clause, when clauses that only identify its subject leave
    # some out ("the launcher found in Haditha was seized": seized, not found); None when none do
    main_weights: dict[str, float] | None = None
    # the stems of the names the claim opens with, its subject ("Lloyd Austin and Yoav Gallant
    # held …"): a passage naming none of them does not say what they did
    subject: frozenset[str] = frozenset()
    subject_text: str = ""  # that subject as written
    possessed: str | None = None  # the stem of what the subject's name owns ("Iraq's government" → govern)
    claimant: str | None = None  # who the claim says claimed an attack ("Hezbollah claimed the attack")
    # what a subject its clause identifies is said to be ("the target hit by the missile *was the
    # city's port*" → port): a passage that does not name it does not confirm it
    complement: str | None = None
    verb: str | None = None  # the stem of the verb after the claim's named subject ("… Senate passed" → pass)
    # the content stems of its main clause (the clauses that only identify something left out) and of
    # its event's site: what a passage of the claim's own event must restate for a negation to decide
    main_content: frozenset[str] = frozenset()
    site: frozenset[str] = frozenset()
    # who a passive claim says did it, and the stem of what ("… was carried out by Israel")
    agent: tuple[str, str] | None = None
    # whether an amount lies in what the claim asserts, not only in a clause that identifies its
    # event ("briefed on the Monday attack *that wounded at least five*")
    counts_asserted: bool = True


_last_claim: tuple[ClaimAnalysis, ClaimTerms] | None = None


def claim_terms(analysis: ClaimAnalysis) -> ClaimTerms:
    """The claim's terms; those of the last claim are kept, since a pool's passages are scored
    one after another against the same analysis (compared by identity: hashing one costs more)."""
    global _last_claim
    last = _last_claim
    if last is not None and last[0] is analysis:
        return last[1]
    keywords = {stem(k) for k in analysis.keywords}
    # Only the claim's predicate words count: "not confined to American targets" negates
    # "confined", not the claim's "Americans" — a name is never what a negation disputes.
    names = {s for e in analysis.entities for s in content_stems(e.text)}
    credited = {s for c in analysis.credits for s in content_stems(c.written)}
    weights = {stem(word): w for word, w in analysis.weights}
    # a measure's unit is the amount's to compare ("42 kilometres" is stated by "24 km"), not a word to find
    units = {stem(q.unit) for q in analysis.quantities if measure(q.unit) is not None}
    # where it happened is the place rules' to compare: "in Anbar province", "took place" state no predicate
    located = {s for loc in analysis.locations for s in content_stems(analysis.claim[loc.start:loc.end])}
    located |= {s for m in _TOOK_PLACE.finditer(analysis.claim) for s in content_stems(m.group())}
    predicate_stems = set(content_stem_set(analysis.claim)) - names - credited - _REPORTING - _NEGATORS - units
    predicate_stems -= located
    predicate_weights = {s: weights.get(s, 1.0) for s in predicate_stems if not s.isdigit() and s not in _DATE_WORDS}
    owner = _possessed(analysis.claim)
    subject_names = _subject_names(analysis.claim)
    main = main_predicate(analysis.claim)
    main_weights = None
    if main != analysis.claim:
        main_stems = set(content_stem_set(main))
        main_weights = {s: w for s, w in predicate_weights.items() if s in main_stems}
    terms = ClaimTerms(
        keywords={s: w for s, w in stemmed_words(analysis.claim) if s in keywords},
        content=content_stem_set(analysis.claim),
        predicates=_with_fates(set(content_stem_set(analysis.claim)) - names),
        negated=set().union(*(_scope_stems(n.scope.text) for n in analysis.negations)),
        interval=analysis.event.interval,
        counts=any(counted(q) or measure(q.unit) is not None for q in analysis.quantities),
        unit_stems=_unit_stems(analysis.quantities),
        predicate_weights=predicate_weights,
        name_weights={s: weights.get(s, 1.0) for s in names},
        main_weights=main_weights or None,
        # a credited speaker is the source rules' to check
        subject=(_stems_of(subject_names) or (owner[0] if owner else frozenset())) - credited,
        subject_text=" and ".join(name.text for name in subject_names),
        possessed=owner[1] if owner else None,
        # who claimed an attack: an armed group the claim says claimed it ("Hezbollah claimed the attack")
        claimant=next((a.source for a in find_attributions(analysis.claim)
                       if a.cue.startswith("claimed") and a.kind == "armed_group"), None),
        complement=_complement(main) if main != analysis.claim else None,
        verb=_verb_after(analysis.claim, subject_names[-1].end) if subject_names else None,
        main_content=frozenset(content_stem_set(main_clause(analysis.claim))),
        agent=passive_agent(analysis.claim),
        counts_asserted=_counts_asserted(analysis),
        site=frozenset(content_stems(analysis.event.site)) if analysis.event.site else frozenset(),
    )
    _last_claim = (analysis, terms)
    return terms


def _counts_asserted(analysis: ClaimAnalysis) -> bool:
    return len(in_relative_clauses(analysis.claim, analysis.quantities)) < len(analysis.quantities)


_REPORTING = {stem(w) for w in """said says reported report told according wrote claimed stated announced citing cited
    quoting quoted described confirmed""".split()}
_NEGATORS = {stem(w) for w in "not no never nobody none nothing neither nor without cannot".split()}
# verbs that say only that an event happened, where or when the rest of the sentence says
_TOOK_PLACE = re.compile(r"\b(?:(?:take|takes|took|taken|taking)\s+place|happen(?:s|ed)?|occur(?:s|red)?)\b", re.I)


_COPULA_NOUN = re.compile(r"^(?:is|was|are|were)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)\W*$")


def _complement(main: str) -> str | None:
    """The stem of the noun a copular main clause ends on ("was the city's port" → port)."""
    m = _COPULA_NOUN.match(main)
    if m is None or re.search(r"\b(?:in|at|on|of|from|by|near)\b", main):
        return None
    head = m.group("head")
    if head.endswith("ed") or stem(head) in _FATES:
        return None  # "was seriously hurt", "were injured": a state, compared as a fate
    # "was the Al-Malikiyah base": what names it is the name, not the noun every base shares
    named = [s for word in re.findall(r"\b[A-Z][\w'’-]*", main) for s in content_stems(word) if s not in _PARTICLES]
    return named[0] if named else stem(head)


def _with_fates(stems: set[str]) -> set[str]:
    return stems | _fates_of(stems)


def _fates_of(stems: set[str]) -> set[str]:
    return {fate for s in stems for fate in _FATES.get(s, ())}


def read_stems(text: str, previous: str | None) -> set[str]:
    """A passage's content stems, with the sentence before when it refers back to it."""
    stems = set(content_stem_set(text))
    if previous and refers_back(text):
        stems |= set(content_stem_set(previous))
    return stems


def _unit_stems(quantities: tuple[Quantity, ...]) -> frozenset[str] | None:
    """The word stems a passage's amount must be counted in to be `comparable` with one of the
    claim's: its class's nouns, or its own noun; None (read every passage's amounts) when an amount
    is money or a percentage, or its noun is more than letters ("F-16s"), or a noun may be left
    out ("wounding about 21,048")."""
    stems: set[str] = set()
    for q in quantities:
        if not q.unit:
            continue  # an amount of nothing named is comparable with nothing
        kind = unit_class(q.unit)
        if kind in UNIT_CLASSES:
            stems |= UNIT_CLASSES[kind]
        elif kind is None and measure(q.unit) is not None:
            return None  # a measure can be stated in another unit ("km" for "kilometres")
        elif kind is None and q.unit.isalpha():
            stems.add(stem(q.unit))
        else:
            return None
    # as the rules read a passage's words: "Americans" is read as "US" (service.text.synonyms)
    return frozenset(stems | {CANONICAL.get(s, s) for s in stems})


_SUBJECT_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")


_OPENING_TIME = re.compile(r"(?:On|In|Last|This|Earlier|Later|Since|By)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                           r"(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+(?:\s+\d{4})?|\d{4}"
                           r"|week|month|year)\s*,?\s+")


def _subject_names(text: str) -> list[Any]:
    """The names a sentence opens with (after "The" and a country's word: "The US Senate", "The
    Iraqi Ministry of Health"), joined by "and" or commas: its named subject. Empty when it opens
    otherwise."""
    names = find_names(text)
    if not names:
        return []
    # "On November 2 the US Senate passed …": a date the sentence opens with is not its subject
    opening = _OPENING_TIME.match(text)
    if opening is not None:
        names = [n for n in names if n.start >= opening.end()]
        if not names:
            return []
    lead = text[opening.end() if opening else 0:names[0].start].split()
    if lead and lead[0].lower() == "the":
        lead = lead[1:]
    if len(lead) > 1 or (lead and demonym_country(lead[0]) is None):
        return []
    subject = [names[0]]
    for name in names[1:]:
        if not _SUBJECT_JOIN.fullmatch(text[subject[-1].end:name.start]):
            break
        subject.append(name)
    return subject


_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,4}"
_VERB_SKIP = re.compile(r"(?:\s+(?:on|in|last|this|also|reportedly|had|has|have|was|were|is|are|\d[\d,]*|[A-Z][a-z]+\.?"
                        r"|\w+ly)\b|\s*,)*\s+(?P<verb>[a-z]+)\b")


def _verb_after(text: str, end: int) -> str | None:
    """The stem of the first word after `end` that is not a date, an auxiliary or an adverb: the
    verb of a subject that ends there ("The House of Representatives on November 2 passed …")."""
    m = _VERB_SKIP.match(text, end)
    return stem(m.group("verb")) if m else None


def _stems_of(names: list[Any]) -> frozenset[str]:
    return frozenset(s for name in names for s in content_stems(name.text))


def _subject_stems(claim: str) -> frozenset[str]:
    """Content stems of the claim's named subject (_subject_names)."""
    return _stems_of(_subject_names(claim))


_POSSESSED = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})['’]s\s+(?P<noun>[a-z][a-z-]+)\b")


# what a country or organisation owns that speaks or acts for it ("Iraq's government"): "Norland's war"
# or "Norland's strikes" are not a subject of their own
_ORGANS = frozenset(stem(w) for w in """government ministry parliament cabinet president presidency prime police
    court council embassy foreign defence defense interior health""".split())


def _possessed(claim: str) -> tuple[frozenset[str], str] | None:
    """A claim that opens with what a name owns ("Iraq's *government* condemned …"): the name's
    stems and the stem of the noun. Its subject is that noun of the name: a passage that names only
    the country does not name it."""
    m = _POSSESSED.match(claim)
    if m is None or stem(m.group("noun")) not in _ORGANS:
        return None
    return frozenset(content_stems(m.group("name"))), stem(m.group("noun"))


def _actor(terms: ClaimTerms, candidate: Candidate, text: str, coverage: float) -> list[Reason]:
    """The claim's fact stated of another named subject: a passage that restates its predicate
    (ACTOR_RESTATES) with one of its details (an amount, the date) and at least half of its other
    names, names none of its subject and opens with another name, not one it credits as a speaker
    ("The House of Representatives passed …" against "The Senate passed …")."""
    previous = candidate.passage.context.previous
    if not terms.subject or coverage < ACTOR_RESTATES or not _subject_unstated(terms, candidate) \
            or _names_stated(terms, text, previous, terms.subject) < NAMES_STATED:
        return []  # not the claim's fact: its other names are not there
    names = _subject_names(text)
    stems = _stems_of(names)
    if not stems or stems & terms.subject or terms.verb is None or _verb_after(text, names[-1].end) != terms.verb:
        return []  # the passage's opening names must do what the claim's subject does ("… passed")
    speakers = [candidate.passage.text[a.char_start:a.char_end] for a in candidate.passage.attributions]
    if any(name.text in said or said in name.text for name in names for said in speakers):
        return []  # "Al-Mayadeen reported that …": a source, which the source rules compare
    theirs = " and ".join(name.text for name in names)
    return [Reason("actor_mismatch", terms.subject_text, theirs,
                   f"the claim says {terms.subject_text} did it; the passage says {theirs}")]


_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed|[a-z]+en"
                      r"|hit|struck|shot|led|fought|made|sent|built|run|held|won|shut|set|cut)(?:\s+(?:out|down|up|off))?"
                      r"\s+by\s+(?:the\s+)?(?P<agent>" + _NAME_RUN + r")")
_DOER_NOUNS = r"(?:\s+(?:forces|troops|army|military|jets|aircraft|warplanes|navy|police|government|officials))?"


_STRIKE_NOUNS = r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|missile\s+strikes?|strikes?|raids?|bombings?|shelling)"
_NATIONAL_STRIKE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<agent>U\.S\.|US|[A-Z][a-z]+)\s+(?:[a-z]+\s+)?"
                              + _STRIKE_NOUNS + r"\b")
STRIKE = "~strike"  # the deed of a country's strike ("an Israeli airstrike")


def passive_agent(claim: str) -> tuple[str, str] | None:
    """Who a claim says did it and the stem of the deed: a passive's agent ("… was carried out by
    Israel" → Israel, carri), or the country of a strike ("An Israeli airstrike …" → Israeli,
    STRIKE); None when the claim says it otherwise."""
    m = _PASSIVE.search(claim)
    if m and not ({w.lower() for w in m.group("agent").split()} & _DATE_WORDS):  # "restored by Sunday": a deadline
        return m.group("agent").rstrip("."), stem(m.group("verb"))
    national = _NATIONAL_STRIKE.search(claim)
    if national and demonym_country(national.group("agent")) is not None:
        return national.group("agent"), STRIKE
    return None


def _doers(text: str, verb: str) -> list[str]:
    """The names a text says did `verb` (a stem): "US forces had carried out …", "… carried out by the
    army"; for STRIKE, the country of a strike ("a US strike") or who carried one out."""
    found = []
    if verb == STRIKE:
        found += [m.group("agent") for m in _NATIONAL_STRIKE.finditer(text)
                  if demonym_country(m.group("agent")) is not None]
        for m in re.finditer(r"(?P<agent>" + _NAME_RUN + _DOER_NOUNS + r")\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?"
                             r"(?:carried\s+out|conducted|launched)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?"
                             + _STRIKE_NOUNS + r"\b", text):
            found.append(m.group("agent"))
        return [re.sub(r"^The\s+", "", name) for name in found if content_stems(name)]
    # active voice only: in "The US Embassy in Kabul was attacked", Kabul did nothing
    for m in re.finditer(r"(?P<agent>" + _NAME_RUN + _DOER_NOUNS + r")"
                         + r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", text):
        if stem(m.group("verb")) == verb:
            found.append(m.group("agent"))
    for m in re.finditer(r"\b(?P<verb>[a-z]+)(?:\s+(?:out|down|up|off))?\s+by\s+(?:the\s+)?(?P<agent>" + _NAME_RUN
                         + r")", text):
        if stem(m.group("verb")) == verb:
            found.append(m.group("agent"))
    return [re.sub(r"^The\s+", "", name.rstrip(".")) for name in found if content_stems(name)]


def _agent(terms: ClaimTerms, text: str, previous: str | None) -> list[Reason]:
    """"The strike … was carried out by Israel" against a passage that restates the claim
    (RESTATES, checked by the caller) with half its other names and says another named doer
    did the same deed ("US forces had carried out a … strike"), naming none of the claim's."""
    if terms.agent is None:
        return []
    agent, verb = terms.agent
    own = frozenset(content_stems(agent))
    context = f"{previous} {text}" if previous and refers_back(text) else text
    stems = set(content_stem_set(context))
    if own & stems or _names_stated(terms, text, previous, own) < NAMES_STATED:
        return []
    country = demonym_country(agent.split()[0])
    theirs = [d for d in dict.fromkeys(_doers(context, verb)) if not own & set(content_stems(d))
              and (country is None or demonym_country(d.split()[0]) != country)]
    if not theirs:
        return []
    return [Reason("actor_mismatch", agent, theirs[0], f"the claim says {agent} did it; the passage says {theirs[0]}")]


def _names(name: str, text: str) -> bool:
    """Whether a text names a group ("the Islamic Resistance of Iraq"), its article aside, nearly as written."""
    return bool(fuzz.partial_ratio(fold(re.sub(r"^(?:the|The)\s+", "", name)), fold(text), score_cutoff=90))


def _claimant(claim: str, terms: ClaimTerms, candidate: Candidate, text: str, previous: str | None) -> list[Reason]:
    """"Hezbollah claimed the drone attack" against "the Islamic Resistance of Iraq announced the
    drone attack": a passage that restates the rest of the claim (ACTOR_RESTATES) and credits the
    attack to another armed group, naming none of the claim's claimant."""
    if terms.claimant is None:
        return []
    theirs = [a.source for a in candidate.passage.attributions if a.kind == "armed_group"
              and a.cue.startswith(("claimed", "announced", "declared"))]
    if not theirs or any(same_source(terms.claimant, t) for t in theirs) or any(_names(t, claim) for t in theirs):
        return []  # the passage's group is the claim's, or one the claim names too
    if _names(terms.claimant, f"{previous or ''} {text}"):
        return []  # the passage names the claim's claimant too
    own = set(content_stems(terms.claimant))
    if _coverage({s: w for s, w in terms.predicate_weights.items() if s not in own}, text, previous) < ACTOR_RESTATES:
        return []
    return [Reason("actor_mismatch", terms.claimant, theirs[0],
                   f"the claim says {terms.claimant} claimed it; the passage says {theirs[0]}")]


def _subject_unstated(terms: ClaimTerms, candidate: Candidate) -> bool:
    """Whether the passage (with the sentence before, when it goes on from it) names none of the
    claim's named subject."""
    if not terms.subject:
        return False
    stems = read_stems(reading(candidate), candidate.passage.context.previous)
    # an article particle names nothing: "Al Jazeera" does not name "Ain al-Asad"
    subject = terms.subject - _PARTICLES or terms.subject
    return not subject & stems or (terms.possessed is not None and terms.possessed not in stems)


_SUPERLATIVES = {w: group for group in ("largest biggest", "smallest", "highest tallest", "lowest", "oldest",
                                          "newest", "longest", "shortest", "deadliest", "bloodiest", "worst", "best",
                                          "greatest", "strongest", "heaviest", "first", "fastest", "richest",
                                          "poorest") for w in group.split()}
_SUPERLATIVE = re.compile(r"\b(?:" + "|".join(_SUPERLATIVES) + r")\b", re.I)
# what the claim says something *is*: "Ain al-Asad is the largest base", "was the country's deadliest"
_CALLED_SUPERLATIVE = re.compile(r"\b(?:is|was|are|were|became|remains|remained)\s+(?:the|its|their)\s+"
                                 r"(?:[\w'’-]+['’]s\s+)?(?:single\s+)?(?P<word>" + "|".join(_SUPERLATIVES) + r")\b",
                                 re.I)


def _superlative_unstated(claim: str, text: str, previous: str | None) -> bool:
    """Whether the claim says something is the largest, the first … and the passage (with the
    sentence it goes on from) does not say so in the same or a synonymous word. Only a superlative
    the claim asserts ("X is the largest"), not one that identifies ("the first adjustment")."""
    said = {_SUPERLATIVES[m.group("word").lower()] for m in _CALLED_SUPERLATIVE.finditer(claim)}
    if not said:
        return False
    context = f"{previous} {text}" if previous and refers_back(text) else text
    stated = {_SUPERLATIVES[m.group().lower()] for m in _SUPERLATIVE.finditer(context)}
    return not said <= stated


_UNKNOWN = re.compile(r"\b(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|unknown|not\s+clear)"
                      r"|(?:did|does|do)\s+not\s+(?:yet\s+)?know)\s+(?:whether|if)\s+(?P<clause>\S+(?:\s+\S+){0,5})"
                      r"|\bno\s+(?:(?:immediate\s+)?(?:word|news|information|confirmation)|immediate\s+reports?)\s+(?:on|of|about)\s+"
                      r"(?:the\s+(?:extent|scale|number|level)\s+of\s+(?:any\s+)?)?"
                      r"(?P<told>(?:[a-z]+\s+(?:or|and)\s+)?[a-z]+)"
                      r"(?:(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?,?\s+(?:or|and)\s+(?:possible\s+|any\s+)?"
                      r"(?P<told2>[a-z]+))?"
                      # "Damage and casualty figures for the attack were not immediately reported"
                      r"|\b(?P<fig>[a-z]+)(?:\s+(?:and|or)\s+(?P<fig2>[a-z]+))?\s+(?:figures|tolls?|details|numbers|counts)"
                      r"\b[^.;]{0,80}?\b(?:(?:were|was|are|is)\s+not|have\s+not\s+been|has\s+not\s+been)\s+"
                      r"(?:immediately\s+|yet\s+)?(?:reported|released|available|disclosed|known|given)"
                      r"|\b(?P<what>[a-z]+)(?:\s+of\s+(?:the\s+|any\s+)?(?P<noun>[a-z]+))?\s+(?:is|was|are|were|remains?"
                      r"|remained)\s+(?:still\s+|as\s+yet\s+|yet\s+)?(?:unknown|unclear|not\s+(?:yet\s+)?known"
                      r"|not\s+(?:yet\s+)?clear|uncertain|unconfirmed)\b", re.I)


_CLAIMED_RESPONSIBILITY = re.compile(r"\b(?:claimed|claiming|claims|claim|declared|declaring|declares)\s+"
                                     r"(?:full\s+|direct\s+)?responsibility\b", re.I)
_EFFECT = re.compile(r"\b(?:caused|causing|resulted\s+in|results\s+in|led\s+to|leads\s+to"
                     r"|inflicted|inflicting)\s+(?:(?:no|any|some|heavy|significant|severe|major|minor|serious|extensive"
                     r"|widespread|considerable|great|little|much|many|several|more|fewer|less|increased|higher|the|a|an)\s+)*"
                     r"(?P<noun>[a-z]+)", re.I)


def _effect(claim: str) -> str | None:
    """The stem of the effect a claim says something had ("caused heavy damage" → damag), if it says one."""
    m = _EFFECT.search(claim)
    if m is None:
        return None
    stems = content_stems(m.group("noun"))
    return stems[0] if stems else None


@memo(8192)
def _unknown_stems(text: str) -> frozenset[str]:
    """What a passage says is not known ("the extent of damage is still unknown" → damage; "it is
    unclear whether anyone was hurt" → hurt), with the fates they stand for."""
    if "unknown" not in text and "unclear" not in text and "not known" not in text and "clear" not in text \
            and "know" not in text and "uncertain" not in text and "unconfirmed" not in text and "no " not in text \
            and " not " not in text:
        return frozenset()
    found: set[str] = set()
    for m in _UNKNOWN.finditer(text):
        what = m.group("what")
        # "the cause of the fire is unknown": the fire is known, its cause is not
        noun = None if what and what.lower() in _ABOUT_IT else m.group("noun")
        clause = m.group("clause")
        if clause:  # "unclear whether the fire spread": its subject is known, what it did is not
            words = clause.split()
            if words[0].lower() not in _SOMEONE_WORDS:
                words = words[2:] if words[0].lower() in ("the", "a", "an", "its", "their", "his", "her") else words[1:]
            clause = " ".join(words)
        words = " ".join(x for x in (what, noun, clause, *m.group("told", "told2", "fig", "fig2")) if x)
        found |= {s for s in content_stems(words) if s not in _WEAK and s not in _SOMEONE}
    return frozenset(_with_fates(found))


_ABOUT_IT = frozenset("cause causes identity motive motives origin origins source reason reasons".split())
_SOMEONE_WORDS = frozenset("anyone anybody someone somebody anything something any some".split())


_SOMEONE = frozenset(stem(w) for w in "anyone anybody someone somebody anything something".split())


_PARTICLES = frozenset("al el ad as an ar at az ash bin ibn abu de da la le van von der".split())


def predicate_coverage(terms: ClaimTerms, text: str, previous: str | None) -> float:
    """The idf-weighted share of the claim's predicate stems the passage states (see the constant)."""
    return _coverage(terms.predicate_weights, text, previous)


def main_coverage(terms: ClaimTerms, text: str, previous: str | None) -> float:
    """The same share of its main clause's predicate stems (1 when no clause only identifies)."""
    return 1.0 if terms.main_weights is None else _coverage(terms.main_weights, text, previous)


def _coverage(weights: dict[str, float], text: str, previous: str | None) -> float:
    if not weights:
        return 1.0
    stems = read_stems(text, previous)
    fates = _fates_of(stems)
    total = sum(weights.values())
    # "hurt" is stated by "casualties": a word counts as stated when its fate is
    return sum(w for s, w in weights.items() if s in stems or fates.intersection(_FATES.get(s, ()))) / total


def assess(analysis: ClaimAnalysis, candidate: Candidate, match: EventMatch | None = None) -> Assessment:
    """The rule reasons for one passage, its event date, negation, and the decisive weights."""
    candidate = with_facts(candidate)
    if match is None:
        match = match_events(analysis.event, [candidate])[0]
    text = reading(candidate)
    facts: PassageFacts = candidate.facts
    previous = candidate.passage.context.previous
    event = _event_date(facts)
    # what the passage states was read at ingest (service.text.facts); a first sentence read with its
    # question title (reading) says more than its stored text, and is read now
    as_stored = text == candidate.passage.text
    negations = facts.negations if as_stored else _negations(text)
    terms = claim_terms(analysis)
    coverage = predicate_coverage(terms, text, previous)

    weighed: list[tuple[Reason, bool]] = [(r, False) for r in _term_overlap(terms, text)]
    if analysis.quantities and (terms.unit_stems is None or not terms.unit_stems.isdisjoint(stem_set(text))):
        stated = facts.amounts if as_stored else passage_amounts(text, candidate.article.published_at)
        weighed += _quantities(analysis, text, previous, stated, coverage,
                               _names_stated(terms, f"{previous or ''} {text}", None), match.relation == "same")
        weighed += [(r, True) for r in _proportions(analysis, stated)]
    at_site = match.relation == "same" and bool(analysis.event.site) and facts.event.place is not None \
        and same_place(analysis.event.site, facts.event.place)
    weighed += _negation(analysis, terms, text, negations, previous, at_site)
    weighed += [(r, True) for r in _opposed(analysis, terms, text, previous, negations)]
    # (names, dates and the site are never what is not known: "the cause of the fire on Monday is unknown")
    unknown_both = (_unknown_stems(analysis.claim) & _unknown_stems(text)) - set(terms.name_weights) \
        - _DATE_WORDS - terms.site
    if unknown_both:
        # "there was no word on damage" and "no immediate reports about the extent of damage": both
        # say it is not known, which is agreement, not a denial of what the claim asserts (a negation
        # of anything else stands: "… and the plant will not reopen")
        said = sorted(s for s in unknown_both if not s.startswith("~")) or sorted(unknown_both)
        weighed = [(r, d) for r, d in weighed if r.type != "negation" or not (
            _with_fates(set(content_stems(_denied_word(r)))) & unknown_both)]
        weighed.append((Reason("negation_match", _quote(analysis.claim, said[0]), _quote(text, said[0]),
                               f"both say “{_quote(text, said[0])}” is not known"),
                        at_site or match.relation == "same" or coverage >= RESTATES))
    claim_event = analysis.event
    if at_site and (claim_event.interval or claim_event.weekday is not None or claim_event.month is not None):
        # one attack the claim picks out by its day and site: a site alone is every attack on it
        weighed += [(r, True) for r in _weapons(analysis.claim, text, previous)]
    weighed += _locations(analysis, facts, coverage, text, previous)
    weighed += [(r, True) for r in _region_mismatch(analysis, facts, coverage, weighed)]
    weighed += [(r, True) for r in _bearings(analysis.claim, text)]
    weighed += _platforms(analysis, terms, text, previous)
    weighed += [(r, True) for r in _conditions(analysis.claim, text)]
    if coverage >= RESTATES:
        weighed += [(r, True) for r in _quantifiers(analysis.claim, text)]
        weighed += [(r, True) for r in _facilities(analysis.claim, terms, text, previous)]
    if (coverage >= RESTATES or any(r.type == "quantity_match" for r, _ in weighed)) \
            and not any(r.type == "quantity_mismatch" for r, _ in weighed):
        # the same people counted alike ("two Americans") are the claim's, however little else is
        # restated; a count already read with its degree ("3 seriously injured") is not read twice
        weighed += [(r, True) for r in _severities(analysis.claim, text)]
    weighed += [(r, True) for r in _roles(analysis, facts, text)]
    weighed += [(r, True) for r in _descriptions(analysis.claim, text)]
    weighed += [(r, True) for r in _quotes(analysis.claim, text)]
    answered = _answer(analysis, terms, candidate)
    weighed += [(r, True) for r in answered]
    if not answered:
        weighed += [(r, True) for r in _denial(analysis, terms, text, coverage)]
    specific = any(r.type == "quantity_match" and decisive for r, decisive in weighed) or candidate.relevance >= 0.85
    weighed += [(r, True) for r in _dates(terms.interval or _in_passage_year(analysis, facts), facts, specific)]
    if terms.interval is None and not facts.event.dated:
        weighed += [(r, True) for r in _month_days(analysis, text, specific)]
    if any(r.type in ("quantity_match", "date_match") for r, _ in weighed):  # the claim's own details
        weighed += [(r, True) for r in _actor(terms, candidate, text, coverage)]
    if any(r.type in ("quantity_match", "date_match", "entity_match", "place_match") for r, _ in weighed):
        weighed += [(r, True) for r in _claimant(analysis.claim, terms, candidate, text, previous)]
    if terms.agent is not None and coverage >= RESTATES:  # the same deed's named doer: a structural match
        weighed += [(r, True) for r in _agent(terms, text, previous)]
    conflict = sum(CONFLICT_WEIGHTS.get(r.type, 0.0) * (VAGUE_FACTOR if "vague" in r.detail else 1.0)
                   for r, decisive in weighed if decisive)
    support = sum(SUPPORT_WEIGHTS.get(r.type, 0.0) for r, decisive in weighed if decisive)
    return Assessment(tuple(r for r, _ in weighed), event, bool(negations), conflict, support, coverage)


def _event_date(facts: PassageFacts) -> EventDate | None:
    event = facts.event
    if event.dated and event.basis != "published" and event.start is not None and event.end is not None:
        return EventDate(event.start, event.end, event.when)
    return None


def _decide(analysis: ClaimAnalysis, candidate: Candidate, found: Assessment,
            model: StanceModel | None, match: EventMatch) -> StanceResult:
    reasons, event, negated, conflict, support, coverage = found
    ref = match.event
    incident = analysis.event.incident
    if match.relation == "near" and not any(r.type == "date_mismatch" for r in reasons):
        match = EventMatch(ref, "other", match.detail)
    if match.relation == "other":
        reasons = tuple(r for r in reasons if r.type != "date_mismatch")
        why = Reason("different_event", analysis.event.interval[2] if analysis.event.interval else
                     (analysis.event.site or ""), ref.label if ref else "", match.detail)
        if not incident:
            return StanceResult("related", 0.7, (*reasons, why), event, ref)
        found_here = [r for r in reasons if r.type in ("quantity_match", "entity_match", "role_match",
                                                        "negation_match", "date_match")]
        extra: tuple[Reason, ...] = ()
        if found_here and ref is not None:
            extra = (Reason("other_event_match", found_here[0].claim_text, found_here[0].passage_text,
                            f"the claim's “{found_here[0].claim_text}” matches another event: {ref.label}"),)
        return StanceResult("other_event", 0.7, (*reasons, why, *extra), event, ref)
    weight = 1.0
    if match.relation == "undetermined" and any(r.type in _ABOUT_THE_CLAIM for r in reasons):
        match = EventMatch(ref, "same", "the passage answers a question about the claim itself")
    if match.relation == "undetermined" and incident:
        weight = UNDETERMINED_WEIGHT
        reasons = (*reasons, Reason("event_undetermined", "", ref.label if ref else "", match.detail))
    stance, score = _fact_stance(analysis, candidate, reasons, negated, conflict, support, coverage, model,
                                 same_event=match.relation == "same")
    result = StanceResult(stance, score, reasons, event, ref, weight)
    return _check_source(analysis, candidate, result, coverage)


# Reasons that state the claim's fact, and those that only show a passage is about the same thing
# (same day, same place in passing): these alone never make a passage corroborate.
FACT_SUPPORT = ("quantity_match", "role_match", "negation_match", "entity_match", "quote_match", "answer_confirms",
                "platform_match")


def _fact_stance(analysis: ClaimAnalysis, candidate: Candidate, reasons: tuple[Reason, ...], negated: bool,
                 conflict: float, support: float, coverage: float, model: StanceModel | None,
                 same_event: bool = False) -> tuple[Stance, float]:
    types = [r.type for r in reasons]
    supported_parts = {r.claim_text for r in reasons if r.type in FACT_SUPPORT}
    # a contradiction of a part of the claim that the passage does not also confirm decides:
    # matching details (two drones, Syria, Monday) only show that it speaks of the same thing
    contradicts = [r for r in reasons if r.type in CONFLICT_WEIGHTS and r.claim_text not in supported_parts]
    if conflict > 0 and (contradicts or conflict >= support):
        return "conflicting", round(min(0.95, 0.4 + conflict), 3)
    # the date is what a claim about a state says ("have been at the base since early 2016"); of an
    # incident it only identifies which one
    fact_support = sum(SUPPORT_WEIGHTS.get(t, 0.0) for t in types
                       if t in FACT_SUPPORT or (t == "date_match" and not analysis.event.incident))
    # a yes to a question that asks what the claim says confirms it, however short the answer
    # what the claim's main clause says must be stated, not only what identifies its subject
    main_stated = main_coverage(claim_terms(analysis), reading(candidate),
                                candidate.passage.context.previous) >= MAIN_MIN_COVERAGE
    subject_unstated = _subject_unstated(claim_terms(analysis), candidate)
    # what a copular claim says its subject is ("… was the Al-Malikiyah base") must be named
    complement = claim_terms(analysis).complement
    complement_unstated = complement is not None and complement not in read_stems(
        reading(candidate), candidate.passage.context.previous)
    states = main_stated and not subject_unstated and not complement_unstated \
        and coverage >= PREDICATE_MIN_COVERAGE / 2 and (
        candidate.relevance >= 0.3 or coverage >= PREDICATE_MIN_COVERAGE)
    # a passage that states none of the claim's counted amounts cannot confirm them, nor one that
    # states none of its places or positions for a claim about where something is or who holds what;
    # one that does not state the claim's predicate (only its names) cannot either
    # (an amount that only identifies the claim's event need not be restated by a passage its
    # date and site already place in that event: "briefed on the Monday attack that wounded five")
    amounts_unchecked = claim_terms(analysis).counts and (claim_terms(analysis).counts_asserted or not same_event) \
        and not any(
        r.type == "quantity_match" or (r.type == "quantity_mismatch" and "vague" not in r.detail) for r in reasons)
    # "five warehouses" for the claim's three: another count of the same things, in a passage that
    # states none of the claim's, is no confirmation (too weak a passage to contradict is not one to confirm)
    amounts_unchecked = amounts_unchecked or (
        any(_counts_things(q) for q in analysis.quantities)
        and any(r.type == "quantity_mismatch" and "vague" not in r.detail for r in reasons)
        and not any(r.type == "quantity_match" for r in reasons))
    if support > 0 and fact_support > 0 and ("answer_confirms" in types or (states and not amounts_unchecked)):
        return "corroborating", round(min(0.95, 0.4 + support + candidate.relevance / 4), 3)
    # where something is (a subject's place) or who holds a position must be stated to be confirmed;
    # a place the claim names in passing must be, when the passage names other countries or provinces
    stated = ("entity_match", "entity_mismatch", "role_match", "role_mismatch")
    # ("The leader of Kata'ib … said": a role with no one named in it picks out a speaker; it is not the claim's fact)
    if any(loc.subject or loc.head in FOUND_WORDS for loc in analysis.locations) \
            or any(not r.prefix and r.holder for r in analysis.roles):
        facts_unchecked = not any(t in stated for t in types)  # where it is, who holds what: the claim's fact
    else:
        facts_unchecked = (any(loc.country for loc in analysis.locations) and candidate.facts is not None
                           and any(p.country for p in candidate.facts.locations)
                           and not any(t in (*stated, "place_match") for t in types))
    # a mention: what the passage shares with the claim is mostly its names, and it states little
    # of what the claim says of them
    mention = coverage < PREDICATE_MIN_COVERAGE and _name_share(claim_terms(analysis), reading(candidate)) >= 0.5
    # a claim that says people were hurt or killed is confirmed only by a passage that says so
    claim_fates = {s for s in claim_terms(analysis).predicates if s.startswith("~")}
    fates_unchecked = bool(claim_fates) and not claim_fates & _passage_fates(candidate)
    # "the largest base": a superlative is the claim's point, and a passage without it does not confirm it
    superlative_unstated = _superlative_unstated(analysis.claim, reading(candidate), candidate.passage.context.previous)
    # "the extent of damage is still unknown": the passage says it does not know what the claim asserts
    unknown = bool((_unknown_stems(reading(candidate)) - _unknown_stems(analysis.claim))
                   & claim_terms(analysis).predicates)
    # "the strike caused heavy damage": the effect the claim asserts must be stated
    effect = _effect(analysis.claim)
    effect_unstated = effect is not None and not _with_fates({effect}) & _with_fates(
        read_stems(reading(candidate), candidate.passage.context.previous))
    # "X took responsibility for the attacks": that someone claimed them is the claim's point
    claiming_unstated = _CLAIMED_RESPONSIBILITY.search(unphrase(analysis.claim)) is not None and not (
        {"claim", "responsib"} & read_stems(reading(candidate), candidate.passage.context.previous))
    unconfirming = amounts_unchecked or facts_unchecked or fates_unchecked or mention or not main_stated \
        or subject_unstated or complement_unstated or superlative_unstated or unknown or effect_unstated \
        or claiming_unstated
    denied_fates = {s for s in claim_terms(analysis).negated if s.startswith("~")}
    if denied_fates and not denied_fates & _passage_fates(candidate):
        # the claim denies that anyone was hurt or killed; a passage that speaks of no such fate can
        # neither confirm nor refute that
        return "related", round(1 - candidate.relevance / 2, 3)
    if model is None or (not candidate.forced and candidate.relevance < MODEL_MIN_RELEVANCE):
        # no model, or a pool passage too loosely aligned to be worth the model's time (it is not shown)
        if model is None and candidate.relevance >= STRONG_ALIGNMENT and not unconfirming:
            return "corroborating", round(candidate.relevance * 0.8, 3)
        return "related", round(1 - candidate.relevance / 2, 3)
    probabilities = model.probabilities(stance_features(analysis, reading(candidate), reasons,
                                                        negated, candidate.relevance, _semantic(analysis, candidate)))
    # a passage that negates what the claim asserts (or asserts what it denies) does not confirm it,
    # however close its words; with too little in common to decide, it is related
    negates = any(r.type == "negation" for r in reasons)
    stance = model.decide(probabilities, confirmable=not (unconfirming or negates),
                          contradicted=any(r.type in CONFLICT_WEIGHTS and r.type != "negation" for r in reasons)
                          or (unconfirming and negates))
    return stance, round(probabilities[stance], 3)


def _semantic(analysis: ClaimAnalysis, candidate: Candidate) -> float:
    """The candidate's closeness in meaning to the claim: retrieval's, or worked out now."""
    if candidate.semantic is not None:
        return candidate.semantic
    return similarities(analysis.claim, [reading(candidate)])[0]


MISATTRIBUTION_COVERAGE = 0.8  # a passage must restate the claim's fact this fully to show it misattributed
SAME_STATEMENT_COVERAGE = 0.35  # … or this much, quoting the same words or denying the same thing
_SAME_STATEMENT = ("quote_match", "negation_match")


def _passage_fates(candidate: Candidate) -> set[str]:
    """The fates (injured, killed) a passage speaks of, with the sentence before when it goes on from it."""
    return _fates_of(read_stems(reading(candidate), candidate.passage.context.previous))


def _names_stated(terms: ClaimTerms, text: str, previous: str | None, besides: frozenset[str] = frozenset()) -> float:
    """The idf-weighted share of the claim's names (but `besides`) the passage (read with the
    sentence before it when it refers back) holds; 1 when the claim names nothing else."""
    weights = {s: w for s, w in terms.name_weights.items() if s not in besides}
    if not weights:
        return 1.0
    stems = read_stems(text, previous)
    return sum(w for s, w in weights.items() if s in stems) / sum(weights.values())


def _name_share(terms: ClaimTerms, text: str) -> float:
    """The share of the claim's words the passage holds (idf-weighted) that are the claim's names."""
    stems = content_stem_set(text)
    names = sum(w for s, w in terms.name_weights.items() if s in stems)
    rest = sum(w for s, w in terms.predicate_weights.items() if s in stems)
    return names / (names + rest) if names + rest else 0.0


def _check_source(analysis: ClaimAnalysis, candidate: Candidate, result: StanceResult,
                  coverage: float) -> StanceResult:
    """For a claim that credits a source ("Reuters reported …"): does the passage credit it too?"""
    if not analysis.credits or result.stance not in ("corroborating", "conflicting"):
        return result
    if any(r.type in _ABOUT_THE_CLAIM for r in result.reasons):
        return result  # "No, there is no record of her saying this": it answers for the credit too
    # an anonymous source ("a security source") identifies nobody: when the claim names a source,
    # only a named one in the passage can be it
    named_claim = [c.source for c in analysis.credits if c.kind != "anonymous"]
    claimed = named_claim or [c.source for c in analysis.credits]
    credits = candidate.facts.credits if candidate.facts is not None else ()
    stated = [name for c in credits if c.kind != "anonymous" or not named_claim for name in c.names]
    outlet = candidate.article.outlet
    # "A Pentagon spokesperson told The New Region …": the medium only carried it; who said it is
    # the named speaker, and a passage crediting someone else to the same medium misattributes it
    media = [c.source for c in analysis.credits if _told(analysis.claim, c.written)]
    speakers = [c.source for c in analysis.credits if c.kind != "anonymous" and c.source not in media]
    stated = [*stated, *(name for c in credits if c.kind == "anonymous" for name in c.names
                         if any(same_source(m, name) for m in media))]  # "spoke to the Gazette"
    if speakers and media and any(same_source(m, b) for m in media for b in stated):
        others = [name for c in credits for name in c.names if not any(same_source(m, name) for m in media)]
        if not any(same_source(a, b) for a in speakers for b in others):
            if not others or result.stance == "conflicting":
                return replace(result, stance="related", reasons=(*result.reasons, Reason(
                    "source_unstated", ", ".join(speakers), ", ".join(others) or ", ".join(media),
                    f"the passage does not say {', '.join(speakers)} said it")))
            if coverage >= RESTATES:  # told the same medium: the same report, most of it restated
                said, theirs = ", ".join(speakers), ", ".join(dict.fromkeys(others))
                why = Reason("source_mismatch", said, theirs,
                             f"the claim credits {said}; the passage credits {theirs} (to {', '.join(media)})")
                return replace(result, stance="conflicting", score=max(result.score, 0.6),
                               reasons=(*result.reasons, why), misattributed=True)
    said = ", ".join(claimed)
    if any(same_source(a, b) for a in claimed for b in stated) or (
            outlet and any(same_source(a, outlet) for a in claimed)):
        who = next(b for b in [*stated, outlet or ""] if any(same_source(a, b) for a in claimed))
        return replace(result, reasons=(*result.reasons, Reason("source_match", said, who,
                                                                  f"the claim and the passage both credit {who}")))
    if result.stance == "conflicting":
        # what another source says does not show what the credited one said
        why = Reason("source_other", said, ", ".join(stated) or (outlet or "the outlet"),
                     f"the claim reports what {said} said; the passage credits "
                     f"{', '.join(stated) or 'no one but its outlet'}")
        return replace(result, stance="related", reasons=(*result.reasons, why))
    # a description or pronoun left unresolved ("according to her office") names no other source
    named = [c for c in credits if c.resolved or (c.kind != "anonymous" and not _OWNED_BY_PRONOUN.match(c.written))]
    if any(c.kind == "anonymous" for c in credits) and not any(c.kind in _MEDIA_KINDS for c in analysis.credits):
        # "the commander, who spoke to The New Region on condition of anonymity": the medium only carried
        # an unnamed speaker's words; it is no other speaker than the spokesman or official the claim credits
        unnamed = [c.written for c in credits if c.kind == "anonymous"]
        named = [c for c in named if not any(_told_by(candidate.passage.text, who, c.written) for who in unnamed)]
    # the fact restated, or most of it with one of its facts confirmed ("at least ten heavy missiles")
    # or less of it, when the same words are quoted or the same thing denied ("had not seen Iran give
    # a direct order" against Ryder's "We haven't seen a direct order"): that is the statement itself
    # what the credited source is said to have said is the claim's main clause: a passage that restates
    # only the clause identifying its event ("the attack that injured four") is not that statement
    terms = claim_terms(analysis)
    clause = {s: w for s, w in terms.predicate_weights.items() if s in terms.main_content}
    said_there = _coverage(clause, reading(candidate), candidate.passage.context.previous) >= MISATTRIBUTION_COVERAGE \
        if clause and identifying_clauses(analysis.claim) else True
    restated = said_there and (coverage >= MISATTRIBUTION_COVERAGE or (
        coverage >= RESTATES and any(r.type in FACT_SUPPORT for r in result.reasons)) or (
        coverage >= SAME_STATEMENT_COVERAGE and any(r.type in _SAME_STATEMENT for r in result.reasons)))
    # "The Pentagon confirmed that the Iraqi Resistance shot down a drone" against "the Iraqi Resistance
    # announced that they had downed …": the passage credits the doer the claim names, claiming its own
    # deed; that does not show what another party said of it (unstated, not misattributed)
    doers = [c for c in named if any(same_source(c.source, e.text) for e in analysis.entities
                                     if not any(same_source(e.text, a) for a in claimed))]
    if any(a.lower() in candidate.passage.text.lower() for a in claimed):
        doers = []  # the roles swapped ("The Blue Party said the Green Party rigged …"): misattributed
    if named and restated and not doers:
        others = ", ".join(dict.fromkeys(c.source for c in named))
        why = Reason("source_mismatch", said, others, f"the claim credits {said}; the passage credits {others}")
        return replace(result, stance="conflicting", score=max(result.score, 0.6),
                       reasons=(*result.reasons, why), misattributed=True)
    # stated without the credited source, it does not show what that source said
    others = ", ".join(dict.fromkeys(c.source for c in named))
    why = Reason("source_unstated", said, others or outlet or "",
                 f"the passage states it without crediting {said}" + (f" (it credits {others})" if others else ""))
    return replace(result, stance="related", reasons=(*result.reasons, why))


_MEDIA_KINDS = ("media", "news_agency")
# "her office", "his spokesman", "they": whoever the sentence speaks of, not a source of its own
_OWNED_BY_PRONOUN = re.compile(r"(?:his|her|its|their|he|she|it|they)\b(?!\s+Majesty)", re.IGNORECASE)


def _told_by(text: str, speaker: str, medium: str) -> bool:
    """Whether `speaker` is who told `medium` ("the commander, who spoke to The New Region")."""
    return re.search(re.escape(speaker) + r",?\s+(?:who\s+)?(?:told|spoke\s+to|speaking\s+to|talking\s+to)\s+"
                     + re.escape(medium), text, re.I) is not None


def _told(claim: str, written: str) -> bool:
    """Whether a credit of the claim is who a statement was told to ("… told The New Region")."""
    return re.search(r"\b(?:told|spoke to|speaking to|said to)\s+" + re.escape(written), claim, re.I) is not None


def _term_overlap(terms: ClaimTerms, text: str) -> list[Reason]:
    claim_words = terms.keywords
    passage_words = word_by_stem(text)
    shared = [s for s in claim_words if s in passage_words]
    if not shared:
        return []
    return [Reason("term_overlap", ", ".join(claim_words[s] for s in shared),
                   ", ".join(passage_words[s] for s in shared),
                   f"{len(shared)} of {len(claim_words)} claim keywords appear in the passage")]


_SUBSETS = frozenset(stem(w) for w in """child children kid kids minor minors infant infants baby babies boy boys girl
    girls woman women man men elderly""".split())


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts count the same thing (same noun, or same class and, for people, same fate)."""
    if not a.unit or not b.unit:
        return False
    ca, cb = unit_class(a.unit), unit_class(b.unit)
    if ca is None or cb is None:
        if stem(a.unit) == stem(b.unit):
            return True
        ma, mb = measure(a.unit), measure(b.unit)  # "42 kilometres" and "24 km": two lengths
        return ma is not None and mb is not None and ma[0] == mb[0]
    if ca != cb:
        return False
    if ca == "people":
        # people with the same fate; with none ("three women arrested"), the same people
        if a.predicate != b.predicate or (a.predicate is None and stem(a.unit) != stem(b.unit)):
            return False
        # "4,650 children" are part of "8,306 people": an age or sex counts only against the same one
        sa, sb = stem(a.unit), stem(b.unit)
        if sa != sb and (sa in _SUBSETS or sb in _SUBSETS):
            return False
        # "Americans" and "Israelis" are different people; "Americans" and "personnel" may not be
        if stem(a.unit) != stem(b.unit) and a.unit[:1].isupper() and b.unit[:1].isupper():
            return False
    return True


def amount_group(q: Quantity) -> str | None:
    """The country whose people an amount counts ("two Americans", "five US personnel"), if it says."""
    if unit_class(q.unit) != "people":
        return None
    for word in re.findall(r"[A-Z][A-Za-z.]+", f"{q.text} {q.unit}"):
        code = demonym_country(word.rstrip("."))
        if code is not None:
            return code
    return None


def _same_group(c: Quantity, p: Quantity, claim: str, passage: str) -> bool:
    """Amounts of people count the same people: the same nationality; a claim's people against a
    general noun ("people") where the passage names those people ("4,650 children" after
    "Palestinians"); a claim's general noun against the passage's general noun, whoever the
    passage's text names (the claim is less specific), but not against the passage's own people
    ("5,431 Israelis" for "21,048 people", unless the claim names Israelis)."""
    if unit_class(c.unit) != "people":
        return True
    gc = amount_group(c) or _only(peoples_named(claim))
    own = amount_group(p)
    gp = own or _only(peoples_named(passage))
    if gc:
        return gc == gp if gp else False
    if own:
        return own in peoples_named(claim)
    return True


_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
              "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
_PROPORTION = re.compile(
    r"\b(?P<part>[A-Za-z]+)\s+(?:made up|make up|makes up|accounted for|account for|accounts for|were|are|was|is)\s+"
    r"(?:(?P<cmp>more than|over|less than|under|fewer than|nearly|almost|about|around|roughly|at least)\s+)?"
    r"(?P<frac>" + "|".join(_FRACTIONS) + r"|\d+(?:\.\d+)?\s*(?:%|percent|per cent))\s+of\b", re.I)


def _proportions(analysis: ClaimAnalysis, stated: tuple[Quantity, ...]) -> list[Reason]:
    """"Children made up more than half of the at least 11,320 killed" against a passage that counts
    both ("At least 11,320 … killed, including 4,650 children"): the share the passage's figures
    give (41 %) against the claim's (more than half). Only when the passage states the claim's
    total and a count of the claim's part."""
    m = _PROPORTION.search(analysis.claim)
    if m is None or re.search(r"(?:\b(?:and|or)|,)\s*$", analysis.claim[:m.start()]):
        return []  # "Women and children made up …": the part is more than one word counts
    frac_text = m.group("frac").lower()
    share = _FRACTIONS.get(frac_text)
    if share is None:
        share = float(re.match(r"\d+(?:\.\d+)?", frac_text).group()) / 100  # type: ignore[union-attr]
    totals = [q for q in analysis.quantities if q.span.start > m.end() - 3 and q.value]
    part = stem(m.group("part"))
    for total in totals:
        whole = next((p for p in stated if comparable(total, p) and p.value and overlaps(*in_one_unit(total, p))), None)
        counted_part = next((p for p in stated if p.unit and stem(p.unit) == part and p.value
                             and p.predicate in (None, whole.predicate if whole else None)), None)
        if whole is None or counted_part is None or not whole.value or counted_part.value >= whole.value:
            continue
        ratio = counted_part.value / whole.value
        cmp = (m.group("cmp") or "").lower()
        if cmp in ("more than", "over", "at least"):
            holds = ratio > share if cmp != "at least" else ratio >= share
        elif cmp in ("less than", "under", "fewer than"):
            holds = ratio < share
        else:
            holds = abs(ratio - share) <= 0.05
        said = f"{cmp + ' ' if cmp else ''}{frac_text}".strip()
        detail = (f"claim says {m.group('part')} were {said} of {whole.text}; the passage's {counted_part.text} "
                  f"of {whole.text} is {ratio:.0%}")
        return [Reason("quantity_match" if holds else "quantity_mismatch", said, counted_part.text, detail)]
    return []


_BOUNDED = re.compile(r"\b(?:only|exactly|just|merely|a mere|no more than|at most)\s+$", re.I)
OPEN_BOUND_MATCH = 0.1  # two "more than N" figures agree when their bounds are this close (relative)


def _qualifiers(q: Quantity) -> set[str]:
    """The names an amount's noun is qualified by ("three Kataib Hezbollah members" → kataib,
    hezbollah), nationalities aside (those are its people: _same_group)."""
    words = re.findall(r"[A-Z][\w'’-]*", q.text)
    return {w.lower() for w in words if demonym_country(w.rstrip(".")) is None and w.lower() not in WORD_VALUES
            and w.lower() not in ("at", "more", "about", "nearly", "some", "over", "up", "less", "fewer")
            and w != q.unit}


def _same_qualifier(c: Quantity, p: Quantity) -> bool:
    """A claim's "three Kataib Hezbollah members" is not the passage's "four people": a named set
    is compared only with an amount of the same named set."""
    if unit_class(c.unit) != "people":
        return True  # "Katyusha rockets" name a kind of rocket, not a set of them
    wanted = _qualifiers(c)
    return not wanted or wanted <= _qualifiers(p)


def _only(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


def overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts can be the same figure. Two figures open on the same side ("more than
    50,000" / "more than 29,000") are reported counts, not ranges: they agree only when close."""
    eps = 1e-9
    if a.high is None and b.high is None and a.low is not None and b.low is not None:
        return abs(a.low - b.low) <= OPEN_BOUND_MATCH * max(a.low, b.low) + eps
    if a.low is None and b.low is None and a.high is not None and b.high is not None:
        return abs(a.high - b.high) <= OPEN_BOUND_MATCH * max(a.high, b.high) + eps
    return ((a.low is None or b.high is None or a.low <= b.high + eps)
            and (b.low is None or a.high is None or b.low <= a.high + eps))


CONVERTED_MATCH = 0.05  # a measure converted from another unit agrees within this (rounding: 24 km, 15 miles)


def _rounding(q: Quantity) -> float:
    """Half the last written digit of an amount, as a share of it ("3 km": 0.5 km of 3; "160": 5 of
    160): how far a conversion of a rounded figure may fall from it."""
    digits = re.sub(r"[^\d.]", "", q.text.split()[0] if q.text.split() else "")
    if not digits or not q.value:
        return 0.0
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return 0.5 * step / abs(q.value)


def in_one_unit(c: Quantity, p: Quantity) -> tuple[Quantity, Quantity]:
    """Two measures in other units ("15 miles", "24 km") in base units, the passage's widened by
    CONVERTED_MATCH for rounding; anything else as it is."""
    if not c.unit or not p.unit or stem(c.unit) == stem(p.unit):
        return c, p
    mc, mp = measure(c.unit), measure(p.unit)
    if mc is None or mp is None or mc[0] != mp[0]:
        return c, p

    def scaled(q: Quantity, size: float, slack: float) -> Quantity:
        return replace(q, value=None if q.value is None else q.value * size,
                       low=None if q.low is None else q.low * size * (1 - slack),
                       high=None if q.high is None else q.high * size * (1 + slack))

    return scaled(c, mc[1], 0.0), scaled(p, mp[1], max(CONVERTED_MATCH, _rounding(p)))


_DEGREE = {"serious": "seriously", "minor": "slightly"}  # severity_after's and harm_severities' grades, said


def _say(q: Quantity) -> str:
    """An amount as a reader wrote it: a small exact figure as a number, anything else as written
    ("$14.3 billion", not 1.43e+10)."""
    if q.value is not None and q.low == q.high == q.value and abs(q.value) < 1e6:
        return f"{q.value:g}"
    return q.text


_NOT_THINGS = frozenset("""years year months month weeks week days day hours hour minutes times degrees degree
    percent per cent""".split())


def _counts_things(q: Quantity) -> bool:
    """Whether an amount counts things of any kind ("three warehouses"), not a measure, a share,
    money or a span of time."""
    return bool(q.unit) and q.unit.isalpha() and q.unit.lower() not in _NOT_THINGS and measure(q.unit) is None


def counted(q: Quantity) -> bool:
    """Whether an amount counts things of a known class (people, projectiles, drones).

    Those amounts decide a stance alone. Two measurements (a percentage, tonnes, years, dollars)
    that differ usually measure different things — another period, sector or place — and on the
    CLIMATE-FEVER tune split a mismatch of such amounts was REFUTES for 14 % of pairs, about the
    base rate: they decide only in a passage that restates the claim (see _quantities)."""
    return unit_class(q.unit) in UNIT_CLASSES


def _quantities(analysis: ClaimAnalysis, text: str, previous: str | None, stated: tuple[Quantity, ...],
                coverage: float, names: float = 1.0, same_event: bool = True) -> list[tuple[Reason, bool]]:
    """Amount matches and mismatches, each with whether it decides alone: counted things, and money,
    a percentage or a measure in a passage that restates the claim ("$25 billion" vs "$14.3-billion")
    and holds at least half of its names (NAMES_STATED: the distance of another base is not this one's)."""
    reasons = []
    context = f"{previous} {text}" if previous else text
    for c in analysis.quantities:
        pairs = [p for p in stated if comparable(c, p) and _same_group(c, p, analysis.claim, context)
                 and _same_qualifier(c, p)]
        if not pairs:
            continue
        # counted things decide alone; money, percentages and other measures ("160 kilometers",
        # "two aircraft carriers") in a passage that restates the claim
        # a count decides alone in a passage of the claim's own event, or one that (with the sentence
        # before it) holds one of its names, or restates it: "four people killed in the strike" says
        # nothing of a toll in Gaza
        decisive = (counted(c) and (same_event or names > 0 or coverage >= RESTATES)) \
            or (coverage >= RESTATES and names >= NAMES_STATED)
        match = next((p for p in pairs if overlaps(*in_one_unit(c, p))), None)
        thing = c.predicate or c.unit
        if match is not None:
            if c.vague or match.vague:
                # "several" fits "at least five" without confirming it
                reasons.append((Reason("quantity_compatible", c.text, match.text,
                                       f"claim says {_say(c)}, passage says {match.text} ({thing}): compatible, "
                                       "not the same figure"), False))
                continue
            said, stated_here = severity_after(analysis.claim, c.span.end), severity_after(text, match.span.end)
            if said and stated_here and said != stated_here and c.predicate == "injured":
                reasons.append((Reason("quantity_mismatch", f"{c.text} {_DEGREE[said]} injured", match.text,
                                       f"claim says {_say(c)} {_DEGREE[said]} injured, passage says "
                                       f"{match.text} {_DEGREE[stated_here]} injured"), decisive))
                continue
            reasons.append((Reason("quantity_match", c.text, match.text,
                                   f"claim says {_say(c)}, passage says {match.text} ({thing})"), decisive))
            continue
        p = pairs[0]
        vague = c.vague or p.vague
        note = " — vague amount, read by convention (docs/verdicts.md)" if vague else ""
        # a vague amount ("several") against a figure is a discrepancy to show, not to decide on
        # "only two" against "several": the claim bounds the figure, and a vague one beyond it decides (weighing half)
        bounded = vague and not c.vague and p.low is not None and c.high is not None and p.low > c.high \
            and _BOUNDED.search(analysis.claim[:c.span.start]) is not None
        said = f"only {_say(c)}" if bounded else _say(c)
        reasons.append((Reason("quantity_mismatch", c.text, p.text,
                               f"claim says {said}, passage says {p.text} ({thing}){note}"),
                        decisive and (bounded or not vague)))
    return reasons


_WEAK = {stem(w) for w in """any immediate report reports possible extent such other result results cause caused
    lead led suffer suffered sustain sustained have yet be been""".split()}
# "we don't necessarily see that Iran has ordered", "have not seen a direct order": a negated
# perception or belief denies what follows it
_WEAK |= {stem(w) for w in """see seen saw necessarily think believe know knew evidence sign signs indication
    direct directly explicitly actually""".split()}
# light verbs: "had not seen Iran give a direct order", "did not make any statement" deny the noun
_WEAK |= {stem(w) for w in "give gives gave given giving make makes made making issue issued".split()}


@memo(8192)
def _scope_stems(scope: str) -> set[str]:
    """What a negation governs: the first content word of its scope that is not a name, a date or a
    number ("did not result in casualties" → casualties), and a word coordinated with it ("…
    casualties or damage" → damage too), with the fates they stand for."""
    kept = " ".join(w for w in re.findall(r"[\w'’-]+", scope)
                    if not w[:1].isupper() and not w[:1].isdigit() and w.lower() not in _DATE_WORDS)
    head, *coordinated = _COORDINATION.split(kept)
    # "no party claimed responsibility": a denied doer denies the deed
    head = _NO_DOER.sub("", head)
    first = [s for s in content_stems(head) if s not in _WEAK][:1]
    if first:
        for part in coordinated:
            words = part.split()[:2]  # "or damage", "or any damage": right after the conjunction
            first += [s for s in content_stems(" ".join(words)) if s not in _WEAK][:1]
    return _with_fates(set(first))


_COORDINATION = re.compile(r"\s+(?:or|nor|and)\s+")
_NO_DOER = re.compile(r"^\s*(?:other\s+|single\s+|one\s+)?(?:party|parties|group|groups|side|faction|factions"
                      r"|organi[sz]ations?|one|body|individual|person|country|countries)\b\s*"
                      r"(?:(?:has|had|have|was|were|would|will|could)\s+(?=\w)"
                      r"|(?=[a-z]+(?:ed|ook|aid|ade|ew)\b))", re.I)


def _negation(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, negations: tuple[tuple[str, str], ...],
              previous: str | None, at_site: bool = False) -> list[tuple[Reason, bool]]:
    """A predicate the claim asserts and the passage negates (negations as (cue, scope)), or the
    reverse — or both negating it (agreement); decisive only when the passage restates most of the
    claim (NEGATION_MIN_COVERAGE) — or of its main clause, for a word of that clause, in a passage
    whose event is the claim's at the claim's site (`at_site`: "no immediate reports about damage
    at the military facility" in a report of the attack on the base the claim names)."""
    if not negations and not analysis.negations:
        return []  # most pairs: nothing is negated on either side
    passage_stems = read_stems(text, previous)
    claim_all = terms.content
    common = len(claim_all & passage_stems)
    if common < 3:
        return []  # too little in common to read a negation as disagreement about the same thing
    decisive = common / len(claim_all) >= NEGATION_MIN_COVERAGE
    main: set[str] = set()  # the main clause's words a negation decides on, when the passage restates that clause
    if not decisive and at_site and terms.main_content and len(terms.main_content & (passage_stems | terms.site)) \
            >= NEGATION_MIN_COVERAGE * len(terms.main_content):
        main = _with_fates(set(terms.main_content))
    claim_stems, claim_negated = terms.predicates, terms.negated
    passage_negated = set().union(*(_scope_stems(scope) for _, scope in negations))
    passage_asserted = _with_fates(passage_stems)
    reasons: list[tuple[Reason, bool]] = []
    agreed = sorted(claim_negated & passage_negated)
    if agreed:
        reasons.append((Reason("negation_match", " ".join(f"{n.cue.text} {n.scope.text}" for n in analysis.negations),
                               "; ".join(f"{cue} {scope}" for cue, scope in negations),
                               f"both deny “{_quote(analysis.claim, agreed[0])}”"), decisive or agreed[0] in main))
    for cue, scope in negations:
        hit = sorted((_scope_stems(scope) & claim_stems) - claim_negated)
        if hit:
            reasons.append((Reason("negation", _quote(analysis.claim, hit[0]), f"{cue} {scope}",
                                   f"the passage negates “{_quote(text, hit[0])}”, which the claim asserts"),
                            decisive or hit[0] in main))
    # what the sentence before (read with this one) denies is not asserted either
    denied_before = set().union(*(_scope_stems(scope) for _, scope in _negations(previous))) \
        if previous and refers_back(text) else set()
    for n in analysis.negations:
        hit = sorted((_scope_stems(n.scope.text) & passage_asserted) - passage_negated - denied_before)
        if hit:
            reasons.append((Reason("negation", f"{n.cue.text} {n.scope.text}", _quote(text, hit[0]),
                                   f"the claim denies “{_quote(analysis.claim, hit[0])}”, which the passage asserts"),
                            decisive or hit[0] in main))
    return reasons[:2]


# a word used as a noun, an adjective or a purpose ("the end of the week", "sick leave", "close to
# the centre", "talks to end the strike"): not the act the passage reports
_NOT_AN_ACT_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|sick|annual|to)\s+)$", re.IGNORECASE)
_NOT_AN_ACT_AFTER = re.compile(r"^\s+(?:to|of|by)\b", re.IGNORECASE)


def _denied_word(reason: Reason) -> str:
    """The word a negation reason is about: the claim's word, or the passage's when the claim denies."""
    return reason.claim_text if " " not in reason.claim_text.strip() else reason.passage_text


def _acts(text: str) -> set[str]:
    """The stems of the words of a text used as acts (see _NOT_AN_ACT_BEFORE), synonyms merged."""
    found = set()
    text = unphrase(text)
    for m in re.finditer(r"[A-Za-z]+", text):
        if _NOT_AN_ACT_BEFORE.search(text[max(0, m.start() - 12):m.start()]) is None \
                and _NOT_AN_ACT_AFTER.match(text[m.end():m.end() + 6]) is None:
            found.update(content_stems(m.group()))
    return found


def _opposed(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, previous: str | None,
             negations: tuple[tuple[str, str], ...]) -> list[Reason]:
    """"… were halting their attacks" against "… attacks will continue unabated": a passage that
    restates the rest of the claim (NEGATION_MIN_COVERAGE of its words) with the opposite act
    (synonyms.OPPOSED) and not the claim's own contradicts it, like a negation."""
    verbs = [s for s in terms.predicates if s in OPPOSED and s not in terms.negated]
    if not verbs:
        return []
    stems = read_stems(text, previous)
    denied = set().union(*(_scope_stems(scope) for _, scope in negations))
    acts = _acts(text)
    for verb in verbs:
        # the opposite as an act of the passage, and not a word the claim uses too ("… after the rain stopped")
        other = sorted((OPPOSED[verb] & acts) - denied - terms.predicates)
        rest = terms.content - {verb}
        if verb in stems or not other or not rest or len(rest & stems) < NEGATION_MIN_COVERAGE * len(rest):
            continue
        return [Reason("negation", _quote(analysis.claim, verb), _quote(text, other[0]),
                       f"the passage says “{_quote(text, other[0])}”, the opposite of the claim's "
                       f"“{_quote(analysis.claim, verb)}”")]
    return []


def _answer(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate) -> list[Reason]:
    """A yes or no that answers a question asking what the claim says: a no denies the claim (a
    yes confirms it); when one of the question and the claim denies and the other does not ("Was
    she able to vote?" of "she was unable to vote"), the answer means the opposite."""
    passage = candidate.passage
    found = answer_to(candidate.article.title, passage.text) if passage.ordinal == 0 else None
    if found is None:
        return []
    # the share of the question's words that are the claim's. Known limit: a question that shares
    # half its words with the claim but asks something else of them ("Is the library open on
    # Sundays?" of "The council closed the library") is read as asking the claim; counting only
    # the words beyond the claim's names lost more right answers than it saved on dev-150.
    asked = set(content_stem_set(found.asked))
    shared = asked & terms.content
    if len(shared) < 2:
        return []
    coverage = len(shared) / len(asked)
    flipped = _denies(found.asked) != (bool(analysis.negations) or bool(terms.content & _DENYING))
    polarity = found.polarity if not flipped else ("yes" if found.polarity == "no" else "no")
    said = f"asked “{found.asked}?”, the answer is {found.polarity}"
    if polarity == "no" and coverage >= ANSWER_NO_COVERAGE:
        return [Reason("answer_denies", analysis.claim, passage.text, said + (
            " (the question asks the opposite of the claim)" if flipped else ""))]
    if polarity == "yes" and coverage >= ANSWER_YES_COVERAGE:
        return [Reason("answer_confirms", analysis.claim, passage.text, said)]
    return []


def _denial(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, coverage: float) -> list[Reason]:
    """A passage that restates the claim's predicate and calls it false, baseless, without evidence
    ("dismissed the reports that …"). A claim that itself denies or calls something false is
    left to the negation rules."""
    if coverage < PREDICATE_MIN_COVERAGE or analysis.negations or terms.content & _DENYING:
        return []
    found = find_denials(text)
    if not found or find_denials(analysis.claim):
        return []
    return [Reason("denial", analysis.claim, found[0], f"the passage says “{found[0]}” of what the claim states")]


# Reasons of a passage that speaks of the claim itself (a yes or no to a question that asks it, a
# denial of what it states): its event and its source are the claim's.
_ABOUT_THE_CLAIM = frozenset(["answer_denies", "answer_confirms", "denial"])


def _denies(text: str) -> bool:
    return bool(find_negations(text)) or bool(set(content_stem_set(text)) & _DENYING)


def _bearings(claim: str, text: str) -> list[Reason]:
    """Where the claim says a place lies from another ("east of Baghdad") against the passage's
    bearing from the same place."""
    reasons = []
    for c in find_bearings(claim):
        p = next((p for p in find_bearings(text) if same_place(c.place, p.place)), None)
        if p is None:
            continue
        if compatible(c.direction, p.direction):
            reasons.append(Reason("entity_match", c.text, p.text, f"both put it {p.direction} of {p.place}"))
        else:
            reasons.append(Reason("entity_mismatch", c.text, p.text,
                                  f"claim says {c.direction} of {c.place}, passage says {p.direction}"))
    return reasons


# A passage sets another condition for what the claim says happens on a condition when it states
# this much of what happens (share of the claim's content stems) and this little of its condition.
CONDITION_SAME_EVENT = 0.6
CONDITION_SAME = 0.5


def _conditions(claim: str, text: str) -> list[Reason]:
    """"… would stop only once all troops leave" against the passage's "… will stop only when the
    strikes end": the same predicate on another condition."""
    claimed = find_conditions(claim)
    if not claimed:
        return []
    reasons = []
    for c in claimed:
        wanted, condition = set(content_stem_set(c.happens)), set(content_stem_set(c.condition))
        if not wanted or not condition:
            continue
        for p in find_conditions(text):
            if p.kind != c.kind or len(wanted & set(content_stem_set(p.happens))) < CONDITION_SAME_EVENT * len(wanted):
                continue
            if len(condition & set(content_stem_set(p.condition))) < CONDITION_SAME * len(condition):
                reasons.append(Reason("condition_mismatch", c.text, p.text,
                                      f"claim says “{c.happens}” {c.text}; the passage {p.text}"))
            break
    return reasons


def _severities(claim: str, text: str) -> list[Reason]:
    """"Members of the security forces were only slightly hurt" against "… were seriously injured":
    the same people (most of the claim's words for them), hurt another degree."""
    reasons = []
    stated_here = harm_severities(text)
    for who, grade, said in harm_severities(claim):
        wanted = set(content_stems(who))
        same = [(them, stated, written) for them, stated, written in stated_here
                if wanted and len(wanted & set(content_stems(them))) * 2 > len(wanted)]
        if any(stated == grade for _, stated, _ in same):
            continue  # the passage says it of a group of theirs, whatever it says of another
        if same:
            _, stated, written = same[0]
            reasons.append(Reason("quantity_mismatch", said, written,
                                  f"claim says {who} were hurt {_DEGREE[grade]}, passage says {_DEGREE[stated]}"))
    return reasons


def _facilities(claim: str, terms: ClaimTerms, text: str, previous: str | None) -> list[Reason]:
    """"near Erbil International Airport" against "near Baghdad International Airport": the same
    kind of facility owned by another name, in a passage that restates the claim, holds half of its
    other names (another dam's distance from another town is not this one's) and does not name the
    claim's owner."""
    theirs = facilities(text)
    if not theirs:
        return []
    reasons = []
    for owner, kind in facilities(claim):
        if re.search(r"\b" + re.escape(owner) + r"\b", text, re.IGNORECASE) \
                or _names_stated(terms, text, previous, frozenset(content_stems(owner))) < NAMES_STATED:
            continue
        other = next((o for o, k in theirs if k == kind and not same_place_name(o, owner)), None)
        if other is not None:
            reasons.append(Reason("entity_mismatch", f"{owner} {kind}", f"{other} {kind}",
                                  f"claim says the {kind} of {owner}, passage says {other}'s"))
    return reasons


def _quantifiers(claim: str, text: str) -> list[Reason]:
    """"Only some of the missiles hit" against "all the missiles struck": the same set, another
    share of it (all, only part, none). Read only in a passage that restates the claim."""
    reasons = []
    stated = find_quantifiers(text)
    for c in find_quantifiers(claim):
        same_set = [p for p in stated if p.noun == c.noun]
        if any(p.kind == c.kind for p in same_set):
            continue  # the passage says it too ("all the shells were aimed …, but only some struck")
        p = same_set[0] if same_set else None
        if p is not None:
            reasons.append(Reason("quantity_mismatch", c.text, p.text,
                                  f"claim says {QUANTIFIER_SAYS[c.kind]} ({c.text}), passage says "
                                  f"{QUANTIFIER_SAYS[p.kind]} ({p.text})"))
    return reasons


_MEDIUM_STEMS = frozenset(stem(w) for w in MEDIUM_WORDS)


def _platforms(analysis: ClaimAnalysis, terms: ClaimTerms, text: str,
               previous: str | None) -> list[tuple[Reason, bool]]:
    """Where the claim says a statement was made ("in a post on its X account") against where the
    passage says it was ("in a statement published on its Telegram channel"). Another platform
    decides when the passage states the rest of the claim's predicate (PREDICATE_MIN_COVERAGE,
    the platform's own words aside): then it tells of the same statement."""
    claimed = find_platforms(analysis.claim)
    stated = find_platforms(text)
    if not claimed or not stated:
        return []
    names = {p.name for p in stated}
    said = ", ".join(dict.fromkeys(c.text for c in claimed))
    shown = ", ".join(dict.fromkeys(p.text for p in stated))
    same = [c for c in claimed if c.name in names]
    if same:
        return [(Reason("platform_match", said, shown, f"both say it was published on {same[0].name}"), True)]
    medium = _MEDIUM_STEMS | {s for c in claimed for s in content_stems(c.text)}
    rest = {s: w for s, w in terms.predicate_weights.items() if s not in medium}
    decisive = bool(rest) and _coverage(rest, text, previous) >= PREDICATE_MIN_COVERAGE
    detail = (f"claim says {', '.join(dict.fromkeys(c.name for c in claimed))}, passage says "
              f"{', '.join(dict.fromkeys(p.name for p in stated))}")
    return [(Reason("platform_mismatch", said, shown, detail), decisive)]


def _quote(text: str, word_stem: str) -> str:
    if word_stem.startswith("~"):
        return word_stem[1:]
    found = next((w for s, w in stemmed_words(text) if s == word_stem), None)
    if found is None:  # a fate ("~injured") matched through another word of the same fate
        found = next((w for s, w in stemmed_words(text) if word_stem in _FATES.get(s, ())), word_stem)
    return found


def _locations(analysis: ClaimAnalysis, facts: PassageFacts, coverage: float, text: str = "",
               previous: str | None = None) -> list[tuple[Reason, bool]]:
    """The claim's places against the passage's, for the same subject and at the same level
    ("Diyala province" vs "Anbar province" for the Ain al-Asad base; a province against the
    country the passage names). A place the claim gives no subject is compared with a place the
    passage gives the same head noun ("a base in Jordan" / "a military base in Kuwait") when the
    passage restates the claim and holds one of its other names (another dam's town is not this
    dam's); named anywhere else in the passage it only identifies."""
    reasons: list[tuple[Reason, bool]] = []

    def other_names(c: Any) -> float:  # the claim's names but this place's, that the passage holds
        return _names_stated(claim_terms(analysis), text, previous, frozenset(content_stems(c.place)))

    for c in analysis.locations:
        found = None
        found_place = c.head in FOUND_WORDS and c.subject is None or bool(
            c.subject and re.search(FOUND_BEFORE + re.escape(c.subject), analysis.claim))
        for p in facts.locations:
            if found_place and p.head in FOUND_WORDS and coverage >= PREDICATE_MIN_COVERAGE:
                # where the thing the claim speaks of was found ("found in Babil province" / "later
                # located in Anbar's Haditha district"), in a passage that restates the claim
                found = _compare_places(c, p)
            elif c.subject or p.subject:
                if not (c.subject and p.subject and same_place(c.subject, p.subject)):
                    continue
                found = _compare_places(c, p)
            elif c.head and c.head == p.head and coverage >= RESTATES and other_names(c) > 0:
                found = _compare_places(c, p)
            else:
                seen = _compare_places(c, p)
                if seen is not None and seen.type == "entity_match":
                    found = Reason("place_match", seen.claim_text, seen.passage_text, seen.detail)
            if found is not None:
                break
        if found is not None and found.type == "entity_match" and _broader(c, analysis.locations):
            # "in western Iraq's Anbar province": Iraq identifies, Anbar is what the claim says
            found = Reason("place_match", found.claim_text, found.passage_text, found.detail)
        if found is not None:
            reasons.append((found, found.type != "place_match"))
    return reasons


def _region_mismatch(analysis: ClaimAnalysis, facts: PassageFacts, coverage: float,
                     weighed: list[tuple[Reason, bool]]) -> list[Reason]:
    """"The strike … took place in Anbar's Haditha district" against a passage that restates the
    strike "in Babil province": the claim's region and the passage's event region are of other
    levels (a district, a province), so the events were not told apart; compared at the passage's
    level (the province that holds the claim's district), they disagree."""
    region, there = analysis.event.region, facts.event.region
    if region is None or there is None or region[0] == there[0] or coverage < RESTATES:
        return []
    # the place that holds the claim's region ("Anbar" of "Anbar's Haditha district"), not any other it names
    mine = next((loc.place for loc in analysis.locations if loc.level == there[0] and loc.subject
                 and same_place(loc.subject, region[1])), None)
    if mine is None or same_place(mine, there[1]) or any(
            r.type in ("entity_match", "entity_mismatch", "place_match") and r.claim_text == mine for r, _ in weighed):
        return []
    return [Reason("entity_mismatch", mine, there[1],
                   f"claim says {mine} ({there[0]}), passage says {there[1]} ({there[0]})")]


_LEVEL_RANK = {"country": 0, "province": 1, "district": 2, "city": 3, "area": 4, "place": 5}


def _level_places(analysis: ClaimAnalysis, candidates: list[Candidate]) -> ClaimAnalysis:
    """A claim's place of unknown level ("is located in Deir Ez-Zor") takes the level and country
    the pool's passages give the same name ("the governorate of Deir Ez-Zor"); unknown, it stays
    uncompared."""
    unknown = [loc for loc in analysis.locations if loc.level == "place"]
    if not unknown:
        return analysis
    known = [loc for c in candidates if c.facts is not None for loc in c.facts.locations if loc.level != "place"]
    levelled = []
    for loc in analysis.locations:
        if loc.level == "place":
            same = next((k for k in known if same_place_name(k.place, loc.place)), None)
            if same is None:
                continue
            loc = replace(loc, level=same.level, country=same.country)
        levelled.append(loc)
    return replace(analysis, locations=tuple(levelled))


def _broader(location: Any, claimed: tuple[Any, ...]) -> bool:
    """Whether the claim gives the same subject a finer place than this one."""
    return any(other.subject == location.subject and _LEVEL_RANK[other.level] > _LEVEL_RANK[location.level]
               for other in claimed)


def _compare_places(c: Any, p: Any) -> Reason | None:
    who = f" ({c.subject})" if c.subject else ""
    if c.level == p.level:
        same = (c.country == p.country) if c.level == "country" and c.country and p.country \
            else same_place_name(c.place, p.place)
        if same and c.subject and c.region and p.region and not compatible(c.region, p.region):
            # "in western Iraq" and "in northern Iraq" for one base
            return Reason("entity_mismatch", f"{_compass(c.region)} {c.place}", f"{_compass(p.region)} {p.place}",
                          f"claim says the {c.region} of {c.place}, passage the {p.region}{who}")
        if same and opposite_directions(c.direction, p.direction):
            return Reason("entity_mismatch", f"{c.direction} {c.place}", f"{p.direction} {p.place}",
                          f"claim says the {c.direction} of {c.place}, passage the {p.direction}{who}")
        if same:
            return Reason("entity_match", c.place, p.place, f"both place it in {c.place} ({c.level}){who}")
        return Reason("entity_mismatch", c.place, p.place, f"claim says {c.place} ({c.level}), passage says "
                                                           f"{p.place}{who}")
    if "country" in (c.level, p.level) and c.country and p.country and c.country != p.country:
        return Reason("entity_mismatch", c.place, p.place,
                      f"claim says {c.place} ({c.level}, {c.country}), passage says {p.place} ({p.level}, "
                      f"{p.country}){who}")
    if c.subject and c.region and p.region and c.country and c.country == p.country \
            and not compatible(c.region, p.region):
        # "Iraq's western Anbar province" and "in northern Iraq" for one base: two parts of a country
        said, stated = f"{_compass(c.region)} {c.place}", f"{_compass(p.region)} {p.place}"
        return Reason("entity_mismatch", said, stated,
                      f"claim puts it in the {c.region} of its country ({said}), passage in the {p.region} "
                      f"({stated}){who}")
    return None


def _compass(region: str) -> str:
    return region if region == "central" else f"{region}ern"


def _roles(analysis: ClaimAnalysis, facts: PassageFacts, text: str) -> list[Reason]:
    """A position held in another organisation than the claim says ("secretary general of X"), or
    another portfolio ("Foreign Minister Yoav Gallant" of a defense minister)."""
    reasons = []
    for c in analysis.roles:
        for p in facts.roles:
            if c.holder and p.holder and not c.prefix and " " in c.title and c.title == p.title \
                    and not same_place(c.holder, p.holder) and (not c.organisation or not p.organisation
                                                                or same_source(c.organisation, p.organisation)):
                # an office one person holds ("US defense secretary"), which the passage gives another
                reasons.append(Reason("role_mismatch", c.holder, p.holder,
                                      f"claim says {c.holder} is {c.title}, passage names {p.holder} {c.title}"))
                break
            if not c.holder or not p.holder or not same_place(c.holder, p.holder):
                continue
            if c.title != p.title and not c.prefix and p.prefix and " " in c.title:
                # the claim says who holds an office; the passage titles the same person otherwise
                reasons.append(Reason("role_mismatch", c.title, p.title,
                                      f"claim says {c.holder} is {c.title}, passage calls them {p.title}"))
                break
            if c.title != p.title:
                if c.office == p.office and " " in c.title and " " in p.title:
                    reasons.append(Reason("role_mismatch", c.title, p.title,
                                          f"claim says {c.holder} is {c.title}, passage says {p.title}"))
                    break
                continue
            if c.prefix or p.prefix:
                if c.prefix and p.prefix:
                    reasons.append(Reason("role_match", c.title, p.title, f"both name {c.holder} {c.title}"))
                elif not c.prefix and " " in c.title:
                    # "X is the US defense secretary" and the passage's "US Defense Secretary X"
                    if c.organisation and p.organisation and not same_source(c.organisation, p.organisation):
                        reasons.append(Reason("role_mismatch", c.organisation, p.organisation,
                                              f"claim says {c.title} of {c.organisation}, passage says of "
                                              f"{p.organisation}"))
                    else:
                        reasons.append(Reason("role_match", c.title, p.title, f"both name {c.holder} {c.title}"))
                break
            if same_source(c.organisation, p.organisation):
                reasons.append(Reason("role_match", c.organisation, p.organisation,
                                      f"both name {c.holder} {c.title} of {c.organisation}"))
            else:
                reasons.append(Reason("role_mismatch", c.organisation, p.organisation,
                                      f"claim says {c.title} of {c.organisation}, passage says of {p.organisation}"))
            break
    return reasons


_IS_A = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+(?:is|was)\s+an?\s+(?P<desc>[^.;]{3,160})")
DESCRIPTION_RESTATED = 0.6  # the share of the claim's description a passage's apposition must restate


def _descriptions(claim: str, text: str) -> list[Reason]:
    """"Sabereen News is a Telegram channel linked to Iraq's Popular Mobilization Units" against the
    passage's apposition "Sabereen News, a Telegram news channel associated with Iraqi … Popular
    Mobilization Units, …": the passage describes the same name the same way (most of the
    description's words, synonyms read as one)."""
    m = _IS_A.match(claim)
    if m is None or m.group("name") not in text:
        return []
    name = m.group("name")
    apposed = re.search(re.escape(name) + r"\s*,\s+(?:an?|the)\s+(?P<desc>[^,;.]{3,160})", text)
    if apposed is None:
        return []
    wanted, theirs = set(content_stem_set(m.group("desc"))), set(content_stem_set(apposed.group("desc")))
    if not wanted or len(wanted & theirs) < DESCRIPTION_RESTATED * len(wanted):
        return []
    # the deciding words must agree: its names ("Republican" / "Democratic"), and former, not
    named = {s for w in re.findall(r"\b[A-Z][\w'’-]*", m.group("desc")) for s in content_stems(w)}
    marks = {"former", "ex", "not", "no", "never"}
    if {w.lower() for w in m.group("desc").split()} & marks \
            != {w.lower() for w in apposed.group("desc").split()} & marks:
        return []
    # (a country and its people's word are one: "Iraq's" / "Iraqi")
    if not all(any(t.startswith(n) or n.startswith(t) for t in theirs) for n in named):
        # the same description but for its deciding name ("a Republican senator" / "a Democratic senator")
        return [Reason("role_mismatch", f"{name} is a {m.group('desc').strip()}", f"{name}, a {apposed.group('desc')}",
                       f"claim says {name} is a {m.group('desc').strip()}; the passage calls them a "
                       f"{apposed.group('desc').strip()}")]
    return [Reason("role_match", f"{name} is a {m.group('desc').strip()}", f"{name}, a {apposed.group('desc')}",
                   f"both describe {name} as a {apposed.group('desc').strip()}")]


def _quotes(claim: str, text: str) -> list[Reason]:
    """A quotation in the claim against the passage's: the same words, or the same quote altered."""
    claimed = find_quotes(claim)
    if not claimed or '"' not in text and "“" not in text:
        return []
    stated = find_quotes(text)
    reasons = []
    for c in claimed:
        fc = fold(c)
        best = max(stated, key=lambda q: fuzz.ratio(fc, fold(q)), default=None)
        if best is None:
            continue
        if fuzz.ratio(fc, fold(best)) >= QUOTE_SAME:
            reasons.append(Reason("quote_match", c, best, "the passage quotes the same words"))
        elif (left_out := _excerpt(fc, fold(best))) is not None:
            how = f", leaving out “{' '.join(left_out)}”" if left_out else ""
            reasons.append(Reason("quote_match", c, best, f"the claim quotes part of the passage's quote{how}"))
        elif fuzz.partial_ratio(fc, fold(best)) >= QUOTE_ALTERED or fuzz.ratio(fc, fold(best)) >= QUOTE_ALTERED:
            reasons.append(Reason("quote_mismatch", c, best, f"the claim quotes “{c}”; the passage “{best}”"))
    return reasons


_QUOTE_WORD = re.compile(r"[\w']+")
_DENYING_WORDS = frozenset("""not no never nor neither none nobody nothing without cannot don't doesn't didn't isn't
    aren't wasn't weren't haven't hasn't hadn't won't wouldn't can't couldn't shouldn't untrue false hardly barely
    scarcely only until""".split())


def _excerpt(claimed: str, stated: str) -> list[str] | None:
    """The words a claim's quote leaves out of a longer quote it excerpts, in order ([] when it
    quotes a run of it as written); None when it is no excerpt: a word changed, words left out
    that outnumber its own, or a denial left out ("I do [not] support …")."""
    want, have = _QUOTE_WORD.findall(claimed.lower()), _QUOTE_WORD.findall(stated.lower())
    if len(want) < 3:
        return None
    at, matched = 0, []
    for word in want:
        while at < len(have) and have[at] != word:
            at += 1
        if at == len(have):
            return None
        matched.append(at)
        at += 1
    left_out = [have[i] for i in range(matched[0], matched[-1] + 1) if i not in set(matched)]
    # a denial anywhere in the longer quote that the claim's words do not carry ("It is simply untrue
    # that we will close …", "… hardly afford") may reverse what the excerpt says
    if len(left_out) > len(want) or _DENYING_WORDS.intersection(set(have) - set(want)):
        return None
    return left_out


_ARMS = {kind: UNIT_CLASSES[kind] for kind in ("drones", "projectiles")}


_NOT_ARMS = re.compile(r"\banti-?\w+|\b\w+[-\s]+(?:defen[cs]e|battery|batteries|stores?|launchers?|factory|factories"
                       r"|depots?|sites?|programmes?|programs?|systems?)\b", re.I)


def _arms(text: str) -> dict[str, str]:
    """The kinds of arms a text names (drones; projectiles: rockets, missiles, shells …), each with its word."""
    found: dict[str, str] = {}
    # "a missile-defence battery", "anti-drone guns", "missile stores": what was hit, not what hit it
    text = _NOT_ARMS.sub(" ", text)
    for word in re.findall(r"[A-Za-z]+", text):
        s = stem(word)
        for kind, stems in _ARMS.items():
            if s in stems:
                found.setdefault(kind, word)
    return found


def _weapons(claim: str, text: str, previous: str | None) -> list[Reason]:
    """"The Wednesday attack on the base was carried out with two drones" against a report of that
    attack at that site (the caller checks) that names only another kind of arms ("a barrage of
    rockets"), and none of the claim's kind, even with the sentence it goes on from."""
    said = _arms(claim)
    if len(said) != 1:
        return []  # no arms, or drones and missiles both: nothing to set one against the other
    stated = _arms(f"{previous} {text}" if previous and refers_back(text) else text)
    if not stated or set(said) & set(stated):
        return []
    (kind, word), = said.items()
    theirs = next(iter(stated.values()))
    return [Reason("weapon_mismatch", word, theirs, f"the claim says {word}; the passage reports {theirs} "
                                                    "in the same attack")]


_MONTH_DAY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$"
                        r"|^(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Z][a-z]+)$")


_OTHER_TIME = re.compile(r"\b(?:first|originally|initially|previously|earlier|proposed|introduced|announced|since|until"
                         r"|from|by|before|after)\b[^,.;]*$", re.I)


def _month_days(analysis: ClaimAnalysis, text: str, specific: bool) -> list[Reason]:
    """A claim's month and day against those a passage with no year to place them in states ("on
    November 2" in an undated article): the same day matches; another, in a passage that holds the
    claim's own detail (`specific`), is a date_mismatch."""
    claim = analysis.event
    if claim.month is None or claim.day is None:
        return []
    days = []
    for mention in find_dates(text, None):
        m = _MONTH_DAY.match(mention.span.text)
        if m is None or mention.start is not None or _OTHER_TIME.search(text[max(0, mention.span.start - 30):
                                                                               mention.span.start]):
            continue  # "first proposed on January 15": the day of something else
        month = MONTHS.get((m.group("month") or m.group("month2") or "").lower())
        if month is not None:
            days.append(((month, int(m.group("day") or m.group("day2"))), mention.span.text))
    if not days:
        return []
    same = next((said for day, said in days if day == (claim.month, claim.day)), None)
    if same is not None:
        return [Reason("date_match", claim.partial_text, same, f"both date it to {same}")]
    if specific:
        said = days[0][1]
        return [Reason("date_mismatch", claim.partial_text, said,
                       f"claim dates it {claim.partial_text}, passage {said}")]
    return []


def _in_passage_year(analysis: ClaimAnalysis, facts: PassageFacts) -> tuple[date, date, str] | None:
    """A claim's month and day without a year ("on Sunday, October 29") as days of the year of the
    passage's own event, to compare with it; None when either has no such date."""
    claim, event = analysis.event, facts.event
    if claim.month is None or claim.day is None or not event.dated or event.start is None or event.basis == "published":
        return None
    try:
        day = date(event.start.year, claim.month, claim.day)
    except ValueError:
        return None
    return day, day, claim.partial_text


def _dates(claimed: tuple[date, date, str] | None, facts: PassageFacts, specific: bool) -> list[Reason]:
    """The claim's days against the passage's own event date (events further apart are another
    event: event_match decides that before)."""
    event = facts.event
    if claimed is None or not event.dated or event.basis == "published" or event.start is None or event.end is None:
        return []
    start, end, said = claimed
    if event.start <= end and start <= event.end:
        return [Reason("date_match", said, event.when, f"both date it to {event.iso()}")]
    if specific:
        return [Reason("date_mismatch", said, event.when,
                       f"claim dates it {said}, passage {event.when} ({event.iso()})")]
    return []
