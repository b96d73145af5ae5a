"""Step 3 — stance: does a passage corroborate the claim, conflict with it, or only relate to it?

Rules first, each leaving a typed reason that quotes both texts (docs/verdicts.md has the table):
a passage dated to another event is `related` (different_event); a mismatch on the same counted
thing, a negated predicate in a passage that restates the claim, another place in the same slot
or another date for an otherwise matching report make it `conflicting`; an agreeing count or
date with strong overlap makes it `corroborating`. When no rule decides, the shipped logistic
regression (stance_model) does, with every reason — decisive or not — among its features.

Here: the entry points (score_pool, score_stance, assess) and the decision. The rules live in
modules by what they compare (`amounts`, `negation`, `who`, `places`, `dates`), on top of `terms`:
the claim's terms and the coverage measures they share, which they all import (`who` also
imports `negation`; none imports this module).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from service.dossier.event_match import EventMatch, EventRef, match_events, separate_incident, set_aside_by_details
from service.dossier.model import (
    UNDETERMINED_WEIGHT,
    Candidate,
    ClaimAnalysis,
    EventDate,
    Reason,
    Stance,
    StanceResult,
)
from service.dossier.stance.amounts import (
    _counts_things,
    _one_worse,
    _proportions,
    _quantifiers,
    _quantities,
    _severities,
    _superlative_unstated,
    _weapons,
    attack_by_other_arms,
    restates_but_arms,
)
from service.dossier.stance.dates import (
    _dates,
    _day_parts,
    _in_passage_year,
    _intervals,
    _misdated,
    _misplaced,
    _month_days,
    _months,
    _weekdays,
    occurred_on,
)
from service.dossier.stance.negation import (
    _ABOUT_THE_CLAIM,
    DENIAL_CUES,
    _answer,
    _both_chambers,
    _claimed_after_all,
    _conditions,
    _denial,
    _denied_word,
    _effect,
    _negation,
    _negations,
    _opposed,
    _other_fate,
    _quote,
    _reports_denied,
    _unknown_stems,
    denial_restated,
)
from service.dossier.stance.places import (
    _bearings,
    _destinations,
    _facilities,
    _level_places,
    _locations,
    _near_places,
    _region_mismatch,
    _sides,
)
from service.dossier.stance.terms import (
    _DATE_WORDS,
    FACT_SUPPORT,
    MAIN_MIN_COVERAGE,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    PULLED_OUT,
    RESTATES,
    STRIKE,
    WITHDRAWAL,
    ClaimTerms,
    _fates_of,
    _names_stated,
    _with_fates,
    asserted_coverage,
    claim_terms,
    main_coverage,
    predicate_coverage,
    read_stems,
    reading,
    referred,
    refers_back,
    sentence_readings,
    stored_readings,
    with_facts,
)
from service.dossier.stance.who import (
    _actor,
    _affiliations,
    _agent,
    _causes,
    _check_source,
    _claimant,
    _counterpart,
    _descriptions,
    _nationalities_of_people,
    _platforms,
    _quotes,
    _ranks,
    _roles,
    _subject_unstated,
    credited_to_claims_source,
    describe_credits,
)
from service.dossier.stance_model import (
    StanceModel,
    content_stem_set,
    content_stems,
    load_model,
    stance_features,
    stem_set,
    word_by_stem,
)
from service.memo import memo
from service.text.clauses import OPENING_AFTER, identifying_clauses, when_clauses
from service.text.events import is_beginning, placed_in
from service.text.extract import TIME_UNITS, find_dates, unit_class
from service.text.facts import PassageFacts, passage_amounts
from service.text.places import FOUND_WORDS, nationalities_named, placed_by_verb, same_place
from service.text.synonyms import CANONICAL, name_called, unphrase
from service.text.vectors import similarities
from service.tokens import normalize, stem

CONFLICT_WEIGHTS = {"quantity_mismatch": 0.35, "negation": 0.3, "entity_mismatch": 0.3, "date_mismatch": 0.3,
                    "role_mismatch": 0.3, "quote_mismatch": 0.35, "answer_denies": 0.35,
                    "denial": 0.35, "platform_mismatch": 0.3, "condition_mismatch": 0.3, "actor_mismatch": 0.3,
                    "weapon_mismatch": 0.3, "fate_mismatch": 0.35, "cause_mismatch": 0.3}
SUPPORT_WEIGHTS = {"quantity_match": 0.3, "date_match": 0.15, "entity_match": 0.1, "role_match": 0.3,
                   "negation_match": 0.3, "quote_match": 0.35, "answer_confirms": 0.3, "platform_match": 0.1}

VAGUE_FACTOR = 0.5  # a mismatch against "several" and the like weighs half
STRONG_ALIGNMENT = 0.6  # without a model, alignment from which a passage corroborates
MODEL_MIN_RELEVANCE = 0.15  # pool passages below this are related without asking the model (not shown either)


def score_stance(analysis: ClaimAnalysis, candidate: Candidate, model: StanceModel | None = None,
                 match: EventMatch | None = None) -> StanceResult:
    """The stance of one passage towards the claim, with its reasons and the event's date.

    `model` replaces the shipped one (training and cross-validation score folds with their own);
    `match` is the passage's event relation to the claim's (score_pool works it out over the pool)."""
    candidate = with_facts(candidate)
    if match is None:
        match = separate_incident(analysis, candidate,
                                  match_events(analysis.event, [candidate], _claim_countries(analysis))[0])
    return _decide(analysis, candidate, assess(analysis, candidate, match), model or load_model(), match)


def score_pool(analysis: ClaimAnalysis, candidates: list[Candidate],
               unread: frozenset[str] = frozenset()) -> list[StanceResult]:
    """score_stance of each candidate of a pool, their events related to the claim's together.

    The passages whose ids are in `unread` are not assessed: each is related, with an `unassessed`
    reason (the orchestrator's budget: see pipeline.ASSESSED)."""
    candidates = [with_facts(c) for c in candidates]
    analysis = describe_credits(_level_places(analysis, candidates), candidates)
    matches = [separate_incident(analysis, c, m)
               for c, m in zip(candidates, match_events(analysis.event, candidates, _claim_countries(analysis)),
                               strict=True)]
    results = [_unassessed(c, m) if c.passage.id in unread else score_stance(analysis, c, match=m)
               for c, m in zip(candidates, matches, strict=True)]
    results = _misdated(analysis, candidates, set_aside_by_details(analysis, candidates, results))
    return _superseded(candidates, _misplaced(analysis, candidates, results))


# a state not yet reached ("is yet to clear", "has not yet", "still has not"; not "still held its exams")
def _superseded(candidates: list[Candidate], results: list[StanceResult]) -> list[StanceResult]:
    """"The pension reform is yet to clear the Senate" (reported March 1) against a later report that the
    Senate approved it (March 21): a "not yet" is the state on the day of its report, which a later
    report that confirms the claim supersedes; the earlier passage is then related (`superseded`)."""
    confirmed = [c.article.published_at for c, r in zip(candidates, results, strict=True)
                 if r.stance == "corroborating" and c.article.published_at]
    if not confirmed:
        return results
    latest = max(confirmed)
    out = []
    for c, r in zip(candidates, results, strict=True):
        said = c.article.published_at
        if r.stance == "conflicting" and said and said < latest and stored_readings(c).not_yet and any(
                x.type == "negation" for x in r.reasons):
            why = Reason("superseded", "", said, f"reported on {said[:10]}, before a report of {latest[:10]} "
                                                 f"that confirms the claim")
            r = replace(r, stance="related", reasons=(*r.reasons, why))
        out.append(r)
    return out


def _claim_countries(analysis: ClaimAnalysis) -> frozenset[str]:
    """The countries the claim places what it reports in ("… targeted US forces in Iraq")."""
    return frozenset(loc.country for loc in analysis.locations if loc.level == "country" and loc.country
                     and placed_in(analysis.claim, loc.start))


def _unassessed(candidate: Candidate, match: EventMatch) -> StanceResult:
    why = Reason("unassessed", "", "", "ranked below the passages the dossier reads closely: counted as related")
    return StanceResult("related", round(1 - candidate.relevance / 2, 3), (why,), None, match.event)


# "… that *the attack* did not result in casualties": a definite act that goes on from the sentence
# before (not "The fire … also injured", "The company cut jobs again")
BEFORE_SENTENCE = ", in the sentence before"
_DAMAGE = stem("damage")
_GOES_ON_FROM = re.compile(r"\bthe\s+(?:attack|strike|raid|assault|barrage|shelling|bombing|blast|explosion|fire"
                           r"|walkout|incident|operation)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:also|again|another|too)\b", re.IGNORECASE)


def _states_harm_itself(terms: ClaimTerms, text: str) -> bool:
    """Whether a passage says in its own words what harm the claim speaks of ("… that the attack did not
    result in casualties"), not only the sentence before it."""
    wanted = {s for s in terms.predicates if s.startswith("~")} | ({_DAMAGE} & set(terms.predicates))
    return bool(wanted & _with_fates(set(stem_set(text))))


def _same_time(facts: PassageFacts, previous: str) -> bool:
    """Whether the sentence before names no other time than the passage's event ("A fire … in 2022
    injured five workers. The fire … on Tuesday …" are two fires)."""
    before = [d for d in find_dates(previous) if d.start is not None and d.end is not None]
    event = facts.event
    if not before or not event.dated or event.start is None or event.end is None:
        return True
    return any(d.start <= event.end and event.start <= d.end for d in before)


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


_CLAIMED_RESPONSIBILITY = re.compile(r"\b(?:claimed|claiming|claims|claim|declared|declaring|declares)\s+"
                                     r"(?:full\s+|direct\s+)?responsibility\b"
                                     # "the attacks were claimed at the time by …" (an act: not "the title
                                     # was claimed by Sinner", "twelve lives were claimed by floods")
                                     r"|\b(?:attacks?|strikes?|bombings?|shellings?|raids?|assaults?|blasts?"
                                     r"|explosions?|killings?|kidnappings?|operations?|barrages?|ambush(?:es)?"
                                     r"|hijackings?)\b[^.;]{0,80}?\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?"
                                     r"claimed\s+(?:\w+\s+){0,4}?by\b"
                                     # "the factions openly claimed the missile and drone attacks" (a finite verb:
                                     # not "the statement claiming the attack", which names the statement)
                                     r"|\b(?:claimed|claims)\s+(?:the|a|an|this|these|those|its|their)\s+"
                                     r"(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|bombings?|shellings?|raids?|assaults?"
                                     r"|blasts?|explosions?|killings?|kidnappings?|barrages?|ambush(?:es)?)\b"
                                     # (not "claimed the strikes were the largest": what was said of them)
                                     r"(?!(?:\s+(?:at|on|in|of|by|against|near)(?:\s+[\w'’-]+){1,5}?)?"
                                     r"\s+(?:were|was|are|is|had|have|has|would|will|could|did)\b)",
                                     re.I)


def assess(analysis: ClaimAnalysis, candidate: Candidate, match: EventMatch | None = None) -> Assessment:
    """The rule reasons for one passage, its event date, negation, and the decisive weights."""
    candidate = with_facts(candidate)
    if match is None:
        match = match_events(analysis.event, [candidate], _claim_countries(analysis))[0]
    text = reading(candidate)
    facts: PassageFacts = candidate.facts
    previous = candidate.passage.context.previous
    event = _event_date(facts)
    # what the passage states was read at ingest (service.text.facts); a first sentence read with its
    # question title (reading) says more than its stored text, and is read now
    as_stored = text == candidate.passage.text
    negations = facts.negations if as_stored else _negations(text)
    terms = claim_terms(analysis)
    coverage = predicate_coverage(referred(terms, text) if match.relation == "same" else terms, text, previous)

    weighed: list[tuple[Reason, bool]] = [(r, False) for r in _term_overlap(terms, text)]
    # (the passage's words for what the claim counts, or its amounts of it: "put the death toll at five" counts people)
    if analysis.quantities and (terms.unit_stems is None or not terms.unit_stems.isdisjoint(stem_set(text))
                                or any(q.unit and stem(q.unit) in terms.unit_stems for q in facts.amounts)
                                # (or people under the claim's harm, named by their trade: "five miners had been hurt")
                                or any(q.predicate in ("injured", "killed") and q.unit and unit_class(q.unit) is None
                                       and any(c.predicate == q.predicate for c in analysis.quantities)
                                       for q in facts.amounts)):
        stated = facts.amounts if as_stored else passage_amounts(text, candidate.article.published_at)
        weighed += _quantities(analysis, text, previous, stated, coverage,
                               _names_stated(terms, f"{previous or ''} {text}", None), match.relation == "same",
                               candidate.passage.context.next)
        weighed += [(r, True) for r in _proportions(analysis, stated)]
    if analysis.quantities and previous and not any(r.type.startswith("quantity_") for r, _ in weighed) \
            and _GOES_ON_FROM.search(text) and not _ANOTHER.search(text) and _same_time(facts, previous) \
            and _states_harm_itself(terms, text):
            # "… that *the attack* did not result in casualties": the sentence before, which it goes on
            # from, states the attack's amounts ("two armed drones targeted the base"); they are
            # checked (not counted again as support)
            before = passage_amounts(previous, candidate.article.published_at)
            weighed += [(replace(r, detail=f"{r.detail}{BEFORE_SENTENCE}"), False)
                        for r, _ in _quantities(analysis, previous, None, before, coverage, 1.0,
                                                match.relation == "same") if r.type == "quantity_match"]
    at_site = match.relation == "same" and bool(analysis.event.site) and facts.event.place is not None \
        and same_place(analysis.event.site, facts.event.place)
    weighed += _negation(analysis, terms, text, negations, previous, at_site,
                         tuple(name for c in facts.credits for name in c.names),
                         # (the claim's own event by its time, not by its site alone: a base attacked often)
                         match.relation == "same" and bool(analysis.event.interval or analysis.event.weekday is not None
                                                           or analysis.event.month), candidate.article.title or "")
    weighed += [(r, True) for r in _opposed(analysis, terms, text, previous, negations)]
    weighed += [(r, True) for r in _both_chambers(terms, analysis.claim, candidate, text, previous, negations)]
    weighed += [(r, True) for r in _other_fate(analysis, terms, candidate, text, match.relation == "same")]
    weighed += [(r, True) for r in _claimed_after_all(terms, candidate, match.relation == "same")]
    if match.relation == "same" or coverage >= RESTATES:
        weighed += [(r, True) for r in _reports_denied(analysis.claim, terms, text)]
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
    if at_site and (claim_event.interval or claim_event.weekday is not None or claim_event.month is not None) \
            or restates_but_arms(terms, text, previous):
        # one attack the claim picks out by its day and site (a site alone is every attack on it), or
        # by everything else it says of the attack
        weighed += [(r, True) for r in _weapons(analysis.claim, text, previous)]
    # (a passage of the claim's own event — the same day or weekday, not only the same place — restates
    # what the claim asserts of it, whatever identifies it: "the launcher used in the Monday attack
    # claimed by X was later found in Haditha")
    timed = analysis.event.interval is not None or analysis.event.weekday is not None \
        or analysis.event.month is not None
    # (a day the passage states, not only its article's publication: "reported by October 24" is any attack)
    timed = timed and facts.event.basis != "published"
    asserted = asserted_coverage(terms, text, previous) if match.relation == "same" and timed else None
    weighed += _locations(analysis, facts, max(coverage, asserted or 0.0), text, previous)
    weighed += [(r, True) for r in _region_mismatch(analysis, facts, coverage, weighed)]
    weighed += [(r, True) for r in _bearings(analysis, text)]
    weighed += _platforms(analysis, terms, candidate, text, previous)
    weighed += [(r, True) for r in _conditions(analysis.claim, text)]
    if coverage >= RESTATES:
        weighed += [(r, True) for r in _quantifiers(analysis.claim, text)]
        weighed += [(r, True) for r in _facilities(analysis.claim, terms, text, previous)]
        weighed += [(r, True) for r in _near_places(analysis, text, previous)]
        weighed += [(r, True) for r in _destinations(analysis.claim, text, previous)]
    elif coverage >= PREDICATE_MIN_COVERAGE:  # the airports of two cities far apart need less said alike
        weighed += [(r, True) for r in _facilities(analysis.claim, terms, text, previous, cities=True)]
    if coverage >= RESTATES or match.relation == "same":
        # the side of the claim's place the passage names (the "west terminal" for its "east terminal")
        weighed += [(r, True) for r in _sides(analysis.claim, text)]
    if (coverage >= RESTATES or match.relation == "same" or any(r.type == "quantity_match" for r, _ in weighed)) \
            and not any(r.type == "quantity_mismatch" for r, _ in weighed):
        # the same people counted alike ("two Americans") are the claim's, however little else is
        # restated (or in a passage of the claim's own event); a count already read with its degree
        # ("3 seriously injured") is not read twice
        weighed += [(r, True) for r in _severities(analysis.claim, text)]
    weighed += [(r, True) for r in _one_worse(analysis.claim, text)]
    weighed += [(r, True) for r in _roles(analysis, facts, text)]
    if coverage >= RESTATES and not any(r.type == "role_mismatch" for r, _ in weighed):
        weighed += [(r, True) for r in _counterpart(analysis, facts, text, previous)]
    weighed += [(r, True) for r in _ranks(analysis.claim, text)]
    weighed += [(r, True) for r in _descriptions(analysis.claim, text)]
    weighed += [(r, True) for r in _affiliations(analysis.claim, text)]
    weighed += [(r, True) for r in _nationalities_of_people(analysis.claim, text)]
    weighed += [(r, True) for r in _quotes(analysis.claim, text)]
    answered = _answer(analysis, terms, candidate)
    weighed += [(r, True) for r in answered]
    if not answered:
        weighed += [(r, True) for r in _denial(analysis, terms, text, coverage)]
    # (the same count, or the same thing denied — "no direct order from Iran" — is the claim's own detail:
    # another day for it is the claim's misdated)
    # (and so is what the claim's own named source denies, in the passage credited to that source: "the
    # Pentagon said it saw no direct order from Iran" — that statement, on another day, is the claim's misdated)
    specific = any(r.type in ("quantity_match", "negation_match") and decisive for r, decisive in weighed) \
        or candidate.relevance >= 0.85 or (any(r.type == "negation_match" for r, _ in weighed)
                                           and credited_to_claims_source(analysis, facts)
                                           and denial_restated(analysis, text, previous))
    weighed += [(r, True) for r in _dates(terms.interval or _in_passage_year(analysis, facts), facts, specific,
                                          occurred_on(analysis))]
    if terms.interval is None:
        weighed += [(r, True) for r in _weekdays(analysis, facts, specific or coverage >= RESTATES)]
    if coverage >= PREDICATE_MIN_COVERAGE or match.relation in ("same", "near"):
        weighed += [(r, True) for r in _intervals(analysis.claim, text)]
    if match.relation == "same":
        weighed += [(r, True) for r in _day_parts(analysis, facts)]
    if terms.interval is None and not facts.event.dated:
        # (a passage restating half the claim with its names holds its detail too: "the standalone … aid
        # bill passed the US House on October 7" against "… on November 2 passed a standalone … package")
        restating = coverage >= PREDICATE_MIN_COVERAGE and _names_stated(terms, text, previous) >= NAMES_STATED
        weighed += [(r, True) for r in _month_days(analysis, text, specific or restating)]
        if not any(r.type.startswith("date_") for r, _ in weighed):
            weighed += [(r, True) for r in _months(analysis, text, specific or restating)]
    if any(r.type in ("quantity_match", "date_match") for r, _ in weighed):  # the claim's own details
        weighed += [(r, True) for r in _actor(terms, candidate, text, coverage)]
    weighed += _causes(terms, analysis.claim, candidate, text)
    if any(r.type in ("quantity_match", "date_match", "entity_match", "place_match") for r, _ in weighed):
        weighed += [(r, True) for r in _claimant(analysis.claim, terms, candidate, text, previous)]
    # the same deed's named doer: a structural match; or a country's strike the passage places where
    # the claim does ("An Israeli airstrike in Babil province" against "US forces had carried out a
    # strike in Babil province")
    placed = terms.agent is not None and terms.agent[1] == STRIKE and match.relation in ("same", "unconstrained") \
        and any(r.type == "place_match" for r, _ in weighed)
    if terms.agent is not None and (coverage >= RESTATES or placed):
        weighed += [(r, True) for r in _agent(terms, text, previous, placed)]
    conflict = sum(CONFLICT_WEIGHTS.get(r.type, 0.0) * (VAGUE_FACTOR if "vague" in r.detail else 1.0)
                   for r, decisive in weighed if decisive)
    support = sum(SUPPORT_WEIGHTS.get(r.type, 0.0) for r, decisive in weighed if decisive)
    return Assessment(tuple(r for r, _ in weighed), event, bool(negations), conflict, support, coverage)


def _another_target(analysis: ClaimAnalysis, candidate: Candidate) -> bool:
    """Whether a passage reports an attack on a target it introduces that the claim does not name ("drones
    attacked a supply convoy" is the claim's own convoy in "drones attacked a supply convoy at the base")."""
    head = sentence_readings(candidate).target
    return head is not None and not set(content_stems(head)) <= set(content_stems(analysis.claim))


def _event_date(facts: PassageFacts) -> EventDate | None:
    event = facts.event
    if event.dated and event.basis != "published" and event.start is not None and event.end is not None:
        return EventDate(event.start, event.end, event.when)
    return None


# the years a question names: a no to "Did the council raise the tax in 2019?" or "Did she win the 2018
# election?" says nothing of a claim about another year
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _decide(analysis: ClaimAnalysis, candidate: Candidate, found: Assessment,
            model: StanceModel | None, match: EventMatch) -> StanceResult:
    reasons, event, negated, conflict, support, coverage = found
    ref = match.event
    incident = analysis.event.incident
    if match.relation == "near" and not any(r.type == "date_mismatch" for r in reasons):
        match = EventMatch(ref, "other", match.detail)
    if match.relation == "other" and any(r.type in ("answer_denies", "answer_confirms") for r in reasons) \
            and set(_YEAR.findall(candidate.article.title or "")) <= set(_YEAR.findall(analysis.claim)):
        # a yes or a no to a question that asks what the claim says is about the claim itself, when the
        # question names no year the claim does not ("Is there any mention of the levy in the bill? No.")
        match = EventMatch(ref, "same", "the passage answers a question about the claim itself")
    if match.relation == "undetermined" and incident:
        # (an undated passage naming its attack by other arms reports another attack: "the drone attack on the
        # dam" for the claim's "Friday's rocket attack on the dam")
        armed = attack_by_other_arms(analysis.claim, candidate.passage.text)
        if armed is not None:
            match = EventMatch(ref, "other", armed)
    if match.relation == "other" and _begun_otherwise(analysis, candidate, found, ref):
        # "US forces began operating at the base in early 2018" against "their presence at the base
        # began in early 2016": a thing begins once, so another date of its beginning is the claim's misdated
        said = analysis.event.interval[2] if analysis.event.interval else ""
        why = Reason("date_mismatch", said, ref.label if ref else "",
                     f"the passage dates its beginning to {ref.date if ref else 'another time'}; the claim says {said}")
        return StanceResult("conflicting", 0.6, (*reasons, why), event, ref)
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
    elif match.relation == "undetermined" and any(r.type == "quote_match" for r in reasons) \
            and not stored_readings(candidate).dated:
        # the same words quoted are the same statement, when the passage says nothing of when it was
        # made ("Last year the mayor called it …" may be the same words of another day)
        match = EventMatch(ref, "same", "the passage quotes the claim's own words")
    elif match.relation == "undetermined" and analysis.event.month is not None and any(
            r.type == "date_mismatch" and r.claim_text == analysis.event.partial_text for r in reasons):
        # "on November 2" in an undated article, against the claim's October 7 for the same sum passed:
        # the passage states its day, which is another (the claim's detail misdated)
        match = EventMatch(ref, "same", "the passage states its own month and day")
    if match.relation == "undetermined" and incident:
        weight = UNDETERMINED_WEIGHT
        reasons = (*reasons, Reason("event_undetermined", "", ref.label if ref else "", match.detail))
    stance, score = _fact_stance(analysis, candidate, reasons, negated, conflict, support, coverage, model,
                                 same_event=match.relation == "same")
    result = StanceResult(stance, score, reasons, event, ref, weight)
    return _check_source(analysis, candidate, result, coverage, same_event=match.relation == "same")


# what the claim says began, when it names it after the verb ("started deliveries of …"; not "began operating")
_BEGAN_WHAT = re.compile(r"\b(?:began|begun|started|starts|begins|launched)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?P<what>(?!in\b|on\b|at\b|to\b|with\b|as\b|by\b)[a-z]{3,}(?<!ing))\b")


def _begun_otherwise(analysis: ClaimAnalysis, candidate: Candidate, found: Assessment, ref: EventRef | None) -> bool:
    """Whether a claim and a passage both say when the same thing began, at other times (a passage
    restating half the claim, PREDICATE_MIN_COVERAGE, dated by its own words, at the claim's site)."""
    site = analysis.event.site
    text = candidate.passage.text
    read = stored_readings(candidate)
    if read.another_beginning:
        return False  # "the retrial … began", "resumed", "a second …": another beginning
    began = _BEGAN_WHAT.search(analysis.claim)
    if began is not None and began.group("what").lower() not in text.lower():
        return False  # "started deliveries" against "started production": another thing began
    return analysis.event.interval is not None and ref is not None and ref.date is not None \
        and ref.basis == "stated" and found.coverage >= PREDICATE_MIN_COVERAGE and is_beginning(analysis.claim) \
        and read.beginning and not any(r.type == "negation" for r in found.reasons) \
        and (site is None or (ref.place is not None and same_place(site, ref.place)))


def _fact_stance(analysis: ClaimAnalysis, candidate: Candidate, reasons: tuple[Reason, ...], negated: bool,
                 conflict: float, support: float, coverage: float, model: StanceModel | None,
                 same_event: bool = False) -> tuple[Stance, float]:
    types = [r.type for r in reasons]
    supported_parts = {r.claim_text for r in reasons if r.type in FACT_SUPPORT}
    # a contradiction of a part of the claim that the passage does not also confirm decides:
    # matching details (two drones, Syria, Monday) only show that it speaks of the same thing
    contradicts = [r for r in reasons if r.type in CONFLICT_WEIGHTS and r.claim_text not in supported_parts]
    span_unmatched = _span_unmatched(analysis, reasons)
    if contradicts and all(r.type == "quantity_mismatch" for r in contradicts) and span_unmatched:
        # "the toll after 25 days stood at …" against a toll that does not say when (a later one): another
        # count, neither confirming nor contradicting the claim's
        return "related", round(1 - candidate.relevance / 2, 3)
    if conflict > 0 and (contradicts or conflict >= support):
        return "conflicting", round(min(0.95, 0.4 + conflict), 3)
    # the date is what a claim about a state says ("have been at the base since early 2016"); of an
    # incident it only identifies which one
    # (an amount of the sentence before only shows which event the passage goes on about: it is not
    # what the passage states, BEFORE_SENTENCE)
    # (nor an amount that only identifies the claim's event: "the raid *that wounded four guards*")
    identifying = claim_terms(analysis).identifying_amounts
    fact_support = sum(SUPPORT_WEIGHTS.get(r.type, 0.0) for r in reasons if not r.detail.endswith(BEFORE_SENTENCE)
                       and not (r.type == "quantity_match" and r.claim_text in identifying)
                       and (r.type in FACT_SUPPORT or (r.type == "date_match" and not analysis.event.incident)))
    # a yes to a question that asks what the claim says confirms it, however short the answer
    # what the claim's main clause says must be stated, not only what identifies its subject
    terms = claim_terms(analysis)
    # (a passage of the claim's event that calls it "the incident" names it: referred(), terms.incident)
    here = referred(terms, reading(candidate)) if same_event else terms
    main_stated = main_coverage(here, reading(candidate), candidate.passage.context.previous) >= MAIN_MIN_COVERAGE
    # "The ministry blamed X for the raid that wounded four guards": a clause at the end that counts the
    # event's harm only identifies it; what is asserted of the event must be stated
    checks_asserted = main_stated and bool(terms.identifying_amounts) and terms.main_weights is None
    identified = same_event and bool(supported_parts - terms.identifying_amounts)
    asserted_covered = asserted_coverage(here, reading(candidate), candidate.passage.context.previous) \
        if checks_asserted or identified else None
    if checks_asserted and asserted_covered is not None:
        main_stated = asserted_covered >= MAIN_MIN_COVERAGE
    asserted = asserted_covered if identified else None
    if asserted is not None:
        # a passage of the claim's own event that states a detail of it need not restate what only
        # identifies that event ("the attack that injured five was carried out with two rockets": "two
        # rockets were fired")
        coverage = max(coverage, asserted)
    subject_unstated = _subject_unstated(claim_terms(analysis), candidate)
    # that someone left a site ("US forces withdrew from the Harir air base after the attacks") must be said
    # (in any words of leaving: "pulled its staff out", "evacuated")
    deed_unstated = terms.deed is not None and bool(analysis.event.site) \
        and not WITHDRAWAL & {CANONICAL.get(s, s) for s in read_stems(reading(candidate),
                                                                       candidate.passage.context.previous)} \
        and not PULLED_OUT.search(reading(candidate))
    # what a copular claim says its subject is ("… was the Al-Malikiyah base") must be named
    complement = claim_terms(analysis).complement
    complement_unstated = complement is not None and complement not in read_stems(
        reading(candidate), candidate.passage.context.previous)
    # what a claim says was denied is what it says ("Amsel denied that ballot boxes had been destroyed"): a
    # passage that states none of it (another denial of his) does not confirm it
    # (a denial's: "nobody claimed the earlier ones" is a negation the other rules read)
    denied_words = {s for n in analysis.negations if n.cue.text.lower().startswith(DENIAL_CUES)
                    for s in content_stems(n.scope.text)} & terms.predicate_weights.keys()
    denied_unstated = bool(denied_words) and denied_words.isdisjoint(
        _with_fates(read_stems(reading(candidate), candidate.passage.context.previous)))
    states = main_stated and not subject_unstated and not complement_unstated and not denied_unstated \
        and coverage >= PREDICATE_MIN_COVERAGE / 2 and (
        candidate.relevance >= 0.3 or coverage >= PREDICATE_MIN_COVERAGE
        # (a short sentence of the claim's own event that states its count: "One fisherman was killed, the
        # coast guard said", after the sentence naming the ship)
        or (same_event and "quantity_match" in types)
        # (…or that denies what the claim denies: "Police said the march passed off without injuries")
        or (same_event and "negation_match" in types))
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
    # "the death toll after 25 days of raids stood at …": the span says when the count was made; a
    # passage without it (a later toll) cannot confirm the count at that time
    amounts_unchecked = amounts_unchecked or span_unmatched
    denied = claim_terms(analysis).negated
    denied_fates = {s for s in denied if s.startswith("~")}
    if denied_fates and not denied_fates & _passage_fates(candidate):
        # the claim denies that anyone was hurt or killed; a passage that speaks of no such fate can
        # neither confirm nor refute that (whatever else it matches: the Telegram statement of the attack)
        return "related", round(1 - candidate.relevance / 2, 3)
    # "… caused no casualties or damage": what a claim denies in its main clause is its point, and a
    # passage confirms it only by denying it too (four rockets launched that day say nothing of harm)
    # (of an incident the claim dates or places: of a state or a trend, other words may say the same
    # or the opposite, "is not accelerating" / "has held steady", which only the model reads)
    denies = _denies_in_main_clause(analysis) and analysis.event.incident and analysis.event.constrained
    denial_unstated = denies and not any(t in ("negation_match", "answer_confirms", "denial") for t in types)
    if denies and denied and not _with_fates(denied) & _with_fates(
            read_stems(reading(candidate), candidate.passage.context.previous)):
        # …and one that speaks of none of what it denies can neither confirm nor refute it
        return "related", round(1 - candidate.relevance / 2, 3)
    # (a passage that negates what the claim asserts does not confirm it, whatever else it matches: "two
    # drones in Syria … caused no injuries" for "the drone attacks that caused minor injuries took
    # place in Syria")
    # the harm the claim's main clause says was done must be stated ("an airstrike killed three
    # members": a passage saying only that the strike targeted them does not confirm it; "the three
    # members killed in the strike were testing drones" names them by their fate)
    # (harm the claim denies, or says is not known, it does not assert)
    claim_denied = _claim_denied(analysis)
    asserted_fates = _asserted_fates(candidate)
    main_fates = claim_terms(analysis).main_fates - claim_denied
    harm_unstated = bool(main_fates) and not main_fates & asserted_fates
    if support > 0 and fact_support > 0 and not denial_unstated and "negation" not in types and not harm_unstated and (
            "answer_confirms" in types or (states and not amounts_unchecked)):
        return "corroborating", round(min(0.95, 0.4 + support + candidate.relevance / 4), 3)
    # where something is (a subject's place) or who holds a position must be stated to be confirmed;
    # a place the claim names in passing must be, when the passage names other countries or provinces
    stated = ("entity_match", "entity_mismatch", "role_match", "role_mismatch")
    # ("The leader of Kata'ib … said": a role with no one named in it picks out a speaker; it is not the claim's fact)
    # (a place that only identifies the claim's site, "the attack on the base in the Al-Malikiyah area of
    # Al-Hasakah took place on a Monday", need not be restated by a passage that names the site: the
    # place rules compare what it says of where the site is)
    passage_stems = read_stems(reading(candidate), candidate.passage.context.previous)
    if any(loc.head in FOUND_WORDS or (loc.subject and (
            placed_by_verb(analysis.claim, loc.start) or not set(content_stems(loc.subject)) <= passage_stems))
           for loc in analysis.locations) \
            or any(not r.prefix and r.holder for r in analysis.roles):
        facts_unchecked = not any(t in stated for t in types)  # where it is, who holds what: the claim's fact
    else:
        # (a passage that names only the country the claim's places are in names no other: "the base of
        # Al-Malikiyah in Syria" for the claim's "Al-Malikiyah area of Al-Hasakah")
        # (nor one that names the claim's country by its people: "Iraqi armed groups" for "armed groups in Iraq")
        countries = {loc.country for loc in analysis.locations if loc.country} - nationalities_named(reading(candidate))
        facts_unchecked = (bool(countries) and candidate.facts is not None
                           and any(p.country for p in candidate.facts.locations)
                           and not (all(p.level in ("country", "city") and (p.country in countries or p.level == "city")
                                        for p in candidate.facts.locations)
                                    # (a city of the claim's country: "in Antwerp" for "in Belgium", whatever
                                    # other cities people came from)
                                    and any(p.country in countries for p in candidate.facts.locations))
                           and not any(t in (*stated, "place_match") for t in types))
    # a mention: what the passage shares with the claim is mostly its names, and it states little
    # of what the claim says of them
    # (not one that states the claim's figure of the same thing: "lorries queued for 12 kilometres" for
    # "lorries backed up for 12 kilometres")
    mention = coverage < PREDICATE_MIN_COVERAGE and _name_share(claim_terms(analysis), reading(candidate)) >= 0.5 \
        and "quantity_match" not in types
    # a claim that says people were hurt or killed is confirmed only by a passage that says so (not a
    # fate in a clause that only identifies the claim's event: "the attack *that injured five* was
    # carried out with two rockets" is confirmed by "two rockets were fired")
    claim_fates = main_fates if asserted is not None or (same_event and terms.identifying_amounts) else {
        s for s in claim_terms(analysis).predicates if s.startswith("~")}
    # (nor one in the opening that tells when the rest happened, in a passage of that event: "After the
    # Monday attack that wounded US personnel, the Pentagon called it …")
    opening = OPENING_AFTER.match(analysis.claim) if same_event and claim_fates else None
    if opening is not None:
        claim_fates = set(claim_fates) & _with_fates(set(content_stems(analysis.claim[opening.end():])))
    claim_fates = set(claim_fates) - claim_denied
    fates_unchecked = bool(claim_fates) and not claim_fates & asserted_fates
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
    # (so is that no one claimed them: "the raid went unclaimed")
    # (a subject it names by what it calls itself, and the passage names too, need not be said to have
    # claimed the attack: "The group that took responsibility …, calling itself X, said it used …")
    called = name_called(analysis.claim)
    claiming_unstated = (_asserts_claiming(analysis.claim, called is not None and set(content_stems(called)) <= (
        read_stems(reading(candidate), candidate.passage.context.previous)))
                         or terms.unclaimed is not None) and not (
        {"claim", "responsib", "unclaim"} & read_stems(reading(candidate), candidate.passage.context.previous))
    # an incident the claim places at a site ("the drone attack on the base in Al-Malikiyah") is confirmed
    # only by a passage at that site: one that names no site, of its own or from its article, and not
    # the claim's, reports some other attack or attacks in general ("bases were subjected to many attacks")
    # (one that speaks of "the school" — one site its article knows — may be the claim's, unnamed)
    site = analysis.event.site if analysis.event.incident else None
    # (nor one that introduces a target of its own, whatever its article's site: "drones attacked a supply
    # convoy near the coast")
    site_unstated = site is not None and candidate.facts is not None \
        and not set(content_stems(site)) <= passage_stems and (
            (candidate.facts.event.place is None and not sentence_readings(candidate).one_site)
            or _another_target(analysis, candidate))
    # (a statement the passage says was published elsewhere does not confirm the claim's platform: "posted a
    # video on Facebook" for the claim's "on X", however much else it shares)
    elsewhere = "platform_mismatch" in types
    unconfirming = amounts_unchecked or facts_unchecked or fates_unchecked or mention or not main_stated or elsewhere \
        or subject_unstated or complement_unstated or superlative_unstated or unknown or effect_unstated \
        or claiming_unstated or denial_unstated or deed_unstated or site_unstated
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


# "The group that took responsibility for the attack said …": a clause that picks out the claim's subject
_SUBJECT_RELATIVE = re.compile(r"^\W*(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\s+$", re.IGNORECASE)


# (but "The group that claimed the ambush was the River Brigade": who claimed it is the claim's point)
_NAMED_AS = re.compile(r"[^,;]{0,80}?\b(?:was|is|were|are)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|al-[A-Z])")


@memo(1024)  # (a claim's own reading, asked once per passage)
def _asserts_claiming(claim: str, subject_named: bool) -> bool:
    """Whether the claim says that someone claimed an attack, other than to pick out a subject it names
    otherwise too (`subject_named`: "The group that took responsibility …, calling itself X, said …")."""
    text = unphrase(claim)
    return any(not subject_named or _SUBJECT_RELATIVE.match(text, 0, m.start()) is None
               or _NAMED_AS.match(text, m.end()) is not None for m in _CLAIMED_RESPONSIBILITY.finditer(text))


_AFTER_SPAN = re.compile(r"\bafter\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.IGNORECASE)


def _span_unmatched(analysis: ClaimAnalysis, reasons: tuple[Reason, ...]) -> bool:
    """Whether the claim counts people or things at a span of time ("the toll after 25 days") that
    the passage does not state (of a measure over years, "rose 0.5 °C over 30 years", the model reads)."""
    # (a running toll's "after N days of …", not "for three days", "in the past 14 days": those
    # spans are what the claim says, compared as amounts)
    spans = [q.text for q in analysis.quantities if normalize(q.unit or "") in TIME_UNITS
             and _AFTER_SPAN.search(analysis.claim, 0, q.span.start)]
    return bool(spans) and any(_counts_things(q) for q in analysis.quantities) and not any(
        r.type in ("quantity_match", "quantity_mismatch", "quantity_compatible") and r.claim_text in spans
        for r in reasons)


def _denies_in_main_clause(analysis: ClaimAnalysis) -> bool:
    """Whether the claim negates something outside the clauses that only identify its subject or event."""
    return bool(analysis.negations) and _denies_outside(analysis.claim, tuple(n.cue.start for n in analysis.negations))


@memo(1024)
def _denies_outside(claim: str, cues: tuple[int, ...]) -> bool:
    # read once per claim, not once per passage of its pool
    identifying = identifying_clauses(claim) + when_clauses(claim)
    return any(not any(s <= cue < e for s, e in identifying) for cue in cues)


def _semantic(analysis: ClaimAnalysis, candidate: Candidate) -> float:
    """The candidate's closeness in meaning to the claim: retrieval's, or worked out now."""
    if candidate.semantic is not None:
        return candidate.semantic
    return similarities(analysis.claim, [reading(candidate)])[0]


def _passage_fates(candidate: Candidate) -> set[str]:
    """The fates (injured, killed) a passage speaks of, with the sentence before when it goes on from it."""
    return _fates_of(read_stems(reading(candidate), candidate.passage.context.previous))


def _asserted_fates(candidate: Candidate) -> set[str]:
    """The fates a passage says someone suffered: those it speaks of but does not deny, here or in the
    sentence before it goes on from ("The fire service reported no deaths" after "… said none of its
    firefighters were hurt" says no one was hurt)."""
    text, previous = reading(candidate), candidate.passage.context.previous
    # (the negations read at ingest, for a passage read as stored)
    negations = candidate.facts.negations if candidate.facts is not None and text == candidate.passage.text \
        else _negations(text)
    fates = _fates_of(set(content_stem_set(_undenied(text, negations))))
    if previous and refers_back(text):
        fates |= _fates_of(set(content_stem_set(_undenied(previous, _negations(previous)))))
    return fates


def _undenied(text: str, negations: tuple[tuple[str, str], ...]) -> str:
    """A text without the words its negations govern ("Two workers died in the fire, though no firefighters
    died": two workers died)."""
    for _, scope in negations:
        text = text.replace(scope, " ")
    return text


def _claim_denied(analysis: ClaimAnalysis) -> set[str]:
    """The fates a claim names within its negations or says are not known."""
    terms = claim_terms(analysis)
    return terms.negated | _fates_of(set(terms.within_negations)) | _fates_of(set(_unknown_stems(analysis.claim)))




def _name_share(terms: ClaimTerms, text: str) -> float:
    """The share of the claim's words the passage holds (idf-weighted) that are the claim's names."""
    stems = content_stem_set(text)
    names = sum(w for s, w in terms.name_weights.items() if s in stems)
    rest = sum(w for s, w in terms.predicate_weights.items() if s in stems)
    return names / (names + rest) if names + rest else 0.0


def _term_overlap(terms: ClaimTerms, text: str) -> list[Reason]:
    claim_words = terms.keywords
    passage_words = word_by_stem(text)
    shared = [s for s in claim_words if s in passage_words]
    if not shared:
        return []
    return [Reason("term_overlap", ", ".join(claim_words[s] for s in shared),
                   ", ".join(passage_words[s] for s in shared),
                   f"{len(shared)} of {len(claim_words)} claim keywords appear in the passage")]
