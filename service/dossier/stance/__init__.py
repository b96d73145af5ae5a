"""Step 3 — stance: does a passage corroborate the claim, conflict with it, or only relate to it?

Rules first, each leaving a typed reason that quotes both texts (docs/verdicts.md has the table):
a passage dated to another event is `related` (different_event); a mismatch on the same counted
thing, a negated predicate in a passage that restates the claim, another place in the same slot
or another date for an otherwise matching report make it `conflicting`; an agreeing count or
date with strong overlap makes it `corroborating`. When no rule decides, the shipped logistic
regression (stance_model) does, with every reason — decisive or not — among its features.

Here: the entry points (score_pool, score_stance, assess). The decision — the weights of decisive
reasons and what a passage's reasons and flags make of it — is `decide`. The rules live in modules
by what they compare (`amounts`, `negation`, `who`, `places`, `dates`), on top of `terms`: the
claim's terms and the coverage measures they share, which they all import (`who` also imports
`negation`; `decide` imports the rule modules; none imports this module).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from service.dossier.event_match import (
    EventMatch,
    incident_days,
    match_events,
    separate_incident,
    set_aside_by_details,
)
from service.dossier.model import (
    Candidate,
    ClaimAnalysis,
    EventDate,
    Reason,
    StanceResult,
)
from service.dossier.stance.amounts import (
    TOLL_PART_SHARE,
    _contents,
    _multiples,
    _one_worse,
    _proportions,
    _quantifiers,
    _quantities,
    _series_ranks,
    _severities,
    _tallies,
    _weapons,
    attack_by_other_arms,
    counted_by_then,
    restates_but_arms,
)
from service.dossier.stance.credits import (
    _ranks,
    credited_to_claims_source,
    describe_credits,
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
    _planned_months,
    _weekdays,
    occurred_on,
    weekday_in_span,
)
from service.dossier.stance.decide import (
    BEFORE_SENTENCE,
    CONFLICT_WEIGHTS,
    SUPPORT_WEIGHTS,
    VAGUE_FACTOR,
    Assessment,
    _decide,
)
from service.dossier.stance.decide import (
    MODEL_MIN_RELEVANCE as MODEL_MIN_RELEVANCE,
)
from service.dossier.stance.decide import (
    STRONG_ALIGNMENT as STRONG_ALIGNMENT,
)
from service.dossier.stance.decide import (
    _asserts_claiming as _asserts_claiming,
)
from service.dossier.stance.negation import (
    _answer,
    _both_chambers,
    _claimed_after_all,
    _conditions,
    _denial,
    _denied_word,
    _negation,
    _negations,
    _opposed,
    _other_fate,
    _prefixed_opposite,
    _quote,
    _reports_denied,
    _unknown_stems,
    _votes,
    denial_restated,
    names_only_its_site,
    names_the_claim,
)
from service.dossier.stance.places import (
    NUMBERED_PART,
    _aligned_names,
    _bearings,
    _designations,
    _destinations,
    _excepted,
    _facilities,
    _level_places,
    _locations,
    _near_places,
    _region_mismatch,
    _sides,
    _swapped_names,
    _swapped_subject,
)
from service.dossier.stance.terms import (
    _DATE_WORDS,
    ACTOR_RESTATES,
    FACT_SUPPORT,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    STRIKE,
    ClaimTerms,
    _coverage,
    _names_stated,
    _with_fates,
    asserted_coverage,
    claim_terms,
    other_year,
    predicate_coverage,
    read_stems,
    reading,
    referred,
    stored_readings,
    with_facts,
)
from service.dossier.stance.who import (
    _actor,
    _affiliations,
    _agent,
    _ages,
    _causes,
    _claimant,
    _counterpart,
    _descriptions,
    _nationalities_of_people,
    _platforms,
    _quotes,
    _roles,
)
from service.dossier.stance_model import (
    StanceModel,
    content_stems,
    load_model,
    stem_set,
    word_by_stem,
)
from service.memo import memo
from service.text.clauses import deed_recalled, main_verb
from service.text.events import placed_in
from service.text.extract import find_dates, names_people, tells_risen_toll
from service.text.facts import PassageFacts, passage_amounts
from service.text.ordinals import incident_kinds, ranks_of
from service.text.places import same_place
from service.text.synonyms import CANONICAL
from service.text.units import duration, measure
from service.tokens import stem


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
    if _names_recur(analysis, candidates):  # (a new analysis only then: the steps keep a claim's readings by identity)
        analysis = replace(analysis, names_recur=True)
    matches = [separate_incident(analysis, c, m)
               for c, m in zip(candidates, match_events(analysis.event, candidates, _claim_countries(analysis)),
                               strict=True)]
    results = [_unassessed(c, m) if c.passage.id in unread else score_stance(analysis, c, match=m)
               for c, m in zip(candidates, matches, strict=True)]
    results = _misdated(analysis, candidates, set_aside_by_details(analysis, candidates, results))
    results = _undisputed(analysis, candidates, _earlier_tolls(analysis, candidates, _superseded(
        candidates, _misplaced(analysis, candidates, results))))
    return _rival_figures(analysis, candidates, _two_accounts(analysis, candidates, results))


@memo(256)  # (a claim's own reading, asked once per pool passage with two figures)
def _claim_doer(claim: str) -> frozenset[str]:
    """The content stems of a claim before its main verb ("The government offered nurses …" → govern): who it says
    did it."""
    verb = main_verb(claim)
    at = re.search(rf"\b{re.escape(verb)}\b", claim) if verb else None
    return frozenset(content_stems(claim[:at.start()])) if at else frozenset()


# two figures set against each other in one sentence: "Police estimated the crowd at 1,200, *while* the residents'
# association put it at more than 4,000"
_RIVAL_JOIN = re.compile(r"[,;]\s*(?:while|whereas|but)\b|\bwhile\b", re.IGNORECASE)


def _rival_figures(analysis: ClaimAnalysis, candidates: list[Candidate],
                   results: list[StanceResult]) -> list[StanceResult]:
    """"Police estimated the crowd at 1,200, while the Fairholm Residents' Association put it at more than 4,000"
    against "More than 4,000 people marched …": a passage that sets a figure the claim's contradicts against another
    that is the claim's own gives two accounts (`accounts_differ`, as _two_accounts): the verdict counts the one that
    states the claim's figure on the other side. Only for a claim that credits no one, by name or description
    (credits.py compares a claim's source with the side it speaks on)."""
    if analysis.credits or analysis.described or not analysis.quantities:
        return results
    out = []
    for c, r in zip(candidates, results, strict=True):
        mismatched = [x.passage_text for x in r.reasons if x.type == "quantity_mismatch"]
        if r.stance == "conflicting" and len(mismatched) == 1 and c.facts is not None \
                and not any(x.type in ("accounts_differ", "quantity_match") for x in r.reasons):
            text = c.passage.text
            other = next((q for q in c.facts.amounts if q.span.text != mismatched[0]
                          and any((q.low, q.high) == (cq.low, cq.high) for cq in analysis.quantities)), None)
            at = text.find(mismatched[0])
            if other is not None and at >= 0:
                first, second = sorted((at, other.span.start))
                join = _RIVAL_JOIN.search(text, first, second)
                # (not when the side that contradicts names who the claim says did it: "The union is demanding a 9
                # percent rise, while the government has offered 3 percent" against "The government offered 9 percent")
                theirs = text[join.end():] if join is not None and at > other.span.start else \
                    text[:join.start()] if join is not None else ""
                if join is not None and _claim_doer(analysis.claim).isdisjoint(content_stems(theirs)):
                    said = text[join.end():].strip(" ,.;") if other.span.start > at else text[:join.start()]
                    why = Reason("accounts_differ", said, mismatched[0],
                                 f"the passage gives two figures: “{other.span.text}”, as the claim says, and "
                                 f"“{mismatched[0]}”")
                    r = replace(r, reasons=(*r.reasons, why))
        out.append(r)
    return out


DENYING_COVERAGE = 0.25  # the share of the claim's predicate the denying side of two accounts restates
# a claim that something was hit or damaged; a side that denies any damage or casualties of it
_STRUCK = frozenset(CANONICAL.get(stem(w), stem(w)) for w in ("hit", "damaged", "destroyed"))
_NO_DAMAGE = re.compile(r"\b(?:not|no|without|neither|nor)\b(?:\s+[\w'’-]+){0,4}?\s+(?:casualties|damage|injuries"
                        r"|deaths|losses)\b", re.IGNORECASE)
# a side that denies: "the attack did not result in casualties or damage"
_DENYING = re.compile(r"\b(?:not|no|never|neither|nor|without|none|nobody|nothing|denied|denies)\b|n['’]t\b",
                      re.IGNORECASE)


def _side_sources(side: Any, credits: tuple[Any, ...]) -> str:
    """Who a side of a contrast credits, as resolved ("Islamic Resistance in Iraq")."""
    return ", ".join(dict.fromkeys(credits[i].source for i in side.credits if i < len(credits))) or "one source"


def _two_accounts(analysis: ClaimAnalysis, candidates: list[Candidate],
                  results: list[StanceResult]) -> list[StanceResult]:
    """"The agency confirmed … that the attack did not result in casualties or damage, while the Islamic Resistance in
    Iraq announced that its drones achieved their targets directly": a passage that gives two sources' accounts, one
    restating the claim (PREDICATE_MIN_COVERAGE of its predicate, in that side alone, denying nothing) and another that
    denies, disputes the claim on its own: it is conflicting (`accounts_differ`), and the verdict counts the restating
    account on the other side (service.dossier.verdict). Only for a claim that credits no one: one that credits a
    source is compared with that source's side (credits.py)."""
    if analysis.credits:
        return results
    # (what the claim's main clause says, when a clause only identifies its subject: "The two armed drones launched at
    # Ain al-Asad … hit their targets directly")
    terms = claim_terms(analysis)
    weights = terms.main_weights or terms.predicate_weights
    if not weights:
        return results
    struck = not {CANONICAL.get(s, s) for s in weights}.isdisjoint(_STRUCK)
    out = []
    for c, r in zip(candidates, results, strict=True):
        sides = stored_readings(c).sides if r.stance in ("corroborating", "related") else ()
        credits = c.facts.credits if c.facts is not None else ()
        if len(sides) >= 2 and not any(x.type in ("negation", "unassessed") for x in r.reasons):
            text = c.passage.text
            said = [(side, text[side.start:side.end]) for side in sides]
            covered = {id(side): _coverage(weights, part, None) for side, part in said}
            restating = [(side, part) for side, part in said if _DENYING.search(part) is None
                         and covered[id(side)] >= PREDICATE_MIN_COVERAGE]
            mine_credits = {i for side, _ in restating for i in side.credits}
            # (a denial of the same thing: the denying side restates some of the claim too — not "while the owner
            # said he had no idea who would want to harm his business")
            # (or, of a claim that targets were hit or damaged, a denial of any damage or casualties: "the attack did
            # not result in casualties or damage", against "its drones achieved their targets directly")
            denying = [(side, part) for side, part in said if _DENYING.search(part) is not None
                       and mine_credits.isdisjoint(side.credits)
                       and (covered[id(side)] >= DENYING_COVERAGE
                            or (struck and _NO_DAMAGE.search(part) is not None))]
            if len(restating) == 1 and denying and not any(side.agrees for side, _ in said[1:]):
                (mine, _), (theirs, denied) = restating[0], denying[0]
                ours, other = _side_sources(mine, credits), _side_sources(theirs, credits)
                why = Reason("accounts_differ", ours, denied.strip(" ,.;"),
                             f"the passage gives two accounts: {ours} says what the claim says; {other} "
                             f"says “{denied.strip(' ,.;')}”")
                r = replace(r, stance="conflicting", score=max(r.score, 0.6), reasons=(*r.reasons, why))
        out.append(r)
    return out


def _undisputed(analysis: ClaimAnalysis, candidates: list[Candidate],
                results: list[StanceResult]) -> list[StanceResult]:
    """"Schools at the camp were shut": when a passage denies the claim's word ("The camp's two schools were not
    closed", a decisive negation), a passage the model alone finds alike that states nothing of that word ("9,400
    children had now been vaccinated in the camp") confirms nothing of the point in dispute: related
    (`dispute_unstated`). Not a passage with a fact of its own that agrees (a count, a role, a quote)."""
    # each point in dispute: the word denied, and the claim's words the denial holds ("denied that rubber bullets had
    # been fired": a passage of people hurt "by rubber bullets" speaks of it)
    claim = set(claim_terms(analysis).content)
    points = [(x.claim_text, _with_fates(set(content_stems(x.claim_text))),
               _with_fates(set(content_stems(x.passage_text)) & claim))
              for r in results if r.stance == "conflicting" for x in r.reasons if x.type == "negation"]
    # (…and a figure of the claim's that another passage gives otherwise, of the same thing: a passage that states no
    # figure of it says nothing of the figure in dispute)
    # (a count of people or things, or a figure of an incident the claim reports: not a measure of a general claim, "2
    # degrees Celsius", "97 percent", which another passage's other measure rarely disputes)
    disputable = {q.text for q in analysis.quantities
                  if not (q.unit == "%" or measure(q.unit) is not None) or analysis.event.incident}
    figures = sorted({x.claim_text for r in results if r.stance == "conflicting" for x in r.reasons
                      if x.type == "quantity_mismatch" and x.claim_text in disputable})
    # (…and a place of the claim's that another passage gives otherwise, for the same subject: a passage that places
    # nothing says nothing of the place in dispute — "near Fennick, … ten days after the explosion" for "exploded
    # near Brenmoor in Duvna province", which another passage puts in Kelmar province)
    # (…or a numbered part of it: "pier three", against "piers four and five")
    places = sorted({x.claim_text for r in results if r.stance == "conflicting" for x in r.reasons
                     if x.type == "entity_mismatch" and (any(loc.place == x.claim_text for loc in analysis.locations)
                                                         or NUMBERED_PART.fullmatch(x.claim_text) is not None)})
    if not points and not figures and not places:
        return results
    out = []
    for c, r in zip(candidates, results, strict=True):
        if r.stance == "corroborating" and not any(x.type in FACT_SUPPORT for x in r.reasons):
            stems = _with_fates(read_stems(reading(c), c.passage.context.previous))
            unstated = next((said for said, word, held in points
                             if word.isdisjoint(stems) and len(held & stems) < len(held) / 2), None)
            if unstated is not None:
                why = Reason("dispute_unstated", unstated, "",
                             f"the passage states nothing of “{unstated}”, which another passage denies")
                r = replace(r, stance="related", reasons=(*r.reasons, why))
            elif figures and not any(x.type.startswith("quantity_") for x in r.reasons):
                why = Reason("dispute_unstated", figures[0], "",
                             f"the passage states no figure for “{figures[0]}”, which another passage gives otherwise")
                r = replace(r, stance="related", reasons=(*r.reasons, why))
            elif places and not any(x.type in ("entity_match", "place_match", "entity_mismatch") for x in r.reasons) \
                    and not any(p.level in ("province", "country") for p in (c.facts.locations if c.facts else ())):
                why = Reason("dispute_unstated", places[0], "",
                             f"the passage places it nowhere for “{places[0]}”, which another passage gives otherwise")
                r = replace(r, stance="related", reasons=(*r.reasons, why))
        out.append(r)
    return out


def _names_recur(analysis: ClaimAnalysis, candidates: list[Candidate]) -> bool:
    """Whether the passages that name all of a claim of an incident's names (names_the_claim) report events of more
    than one day: a flight number reported on one day picks out one incident; a base and the group that attacks it,
    reported on several, do not."""
    if not analysis.event.incident:
        return False
    # (of a claim whose only name is its site, the passages at the site that call an incident by the claim's kind:
    # "Nobody was hurt in the fire at the Tallin paper mill", where fires broke out on two days)
    site_only = names_only_its_site(analysis)
    kinds = incident_kinds(analysis.claim) if site_only else frozenset()
    days = set()
    for c in candidates:
        event = c.facts.event if c.facts is not None else None
        # (a day the passage states itself: a follow-up dated only by its article reports the same incident later)
        if event is None or not event.dated or event.start is None or event.basis not in ("stated", "weekday"):
            continue
        if not site_only and names_the_claim(analysis, c.passage.text, c.passage.context.previous):
            days.add(event.start)
        elif site_only and event.place is not None and same_place(analysis.event.site, event.place) and kinds:
            # (…the days an incident of the claim's kind began there: not the arrests over it, days later)
            days.update(m.start for m in incident_days(c, kinds) if m.start is not None)
    return len(days) > 1


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


# the fates whose counts a later report raises ("has risen to seven" hurt, "had risen to 23" arrested); not the
# missing, whose count falls as they are found
_TOLLED = frozenset(("killed", "injured", "arrested", "ill", "admitted", "evacuated"))


def _earlier_tolls(analysis: ClaimAnalysis, candidates: list[Candidate],
                   results: list[StanceResult]) -> list[StanceResult]:
    """"A fire … killed six patients" (March 2) against "The death toll … rose to eight" (March 3): a count of the
    claim's dead (or hurt, arrested …) that a later report says the toll rose past is the toll on the day of its
    report, which the later one supersedes, whichever of them states the claim's figure; the earlier passage is then
    related (`superseded`)."""
    # (not a count the claim bounds in time, "12 people had been confirmed dead by Monday night": the count then)
    if not any(q.predicate in _TOLLED for q in analysis.quantities) or counted_by_then(analysis.claim):
        return results

    def figure(c: Candidate, r: StanceResult) -> tuple[float, bool] | None:
        """The passage's count of the dead the claim's figure was read with (from its stored amounts), and whether it
        counts everyone ("12 people had died"; not "one of them died", a part, which a toll rising past it does not
        replace)."""
        said = [x.passage_text for x in r.reasons if x.type in ("quantity_match", "quantity_mismatch")]
        found = [q for q in (c.facts.amounts if c.facts is not None else ()) if said and q.span.text == said[0]
                 and q.low is not None]
        if len(said) != 1 or not found:
            return None
        return found[0].low, stem(found[0].unit or "people") == stem("people")

    figures = [figure(c, r) if r.stance in ("corroborating", "conflicting") else None
               for c, r in zip(candidates, results, strict=True)]
    risen = [(c.article.published_at, f[0]) for c, f in zip(candidates, figures, strict=True)
             if f is not None and c.article.published_at and tells_risen_toll(c.passage.text)]
    if not risen:
        return results
    out = []
    for c, r, f in zip(candidates, results, figures, strict=True):
        said = c.article.published_at
        later = [(day, n) for day, n in risen if f is not None and said and day[:10] > said[:10] and n > f[0]
                 and (f[1] or f[0] * TOLL_PART_SHARE >= n)]
        if later:
            day, n = max(later)
            why = Reason("superseded", "", said, f"reported on {said[:10]}; a report of {day[:10]} says the toll rose "
                                                 f"to {n:g}")
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


def assess(analysis: ClaimAnalysis, candidate: Candidate, match: EventMatch | None = None) -> Assessment:
    """The rule reasons for one passage, its event date, negation, and the decisive weights."""
    candidate = with_facts(candidate)
    if match is None:
        match = match_events(analysis.event, [candidate], _claim_countries(analysis))[0]
    text = reading(candidate)
    if text != candidate.passage.text and other_year(candidate.article.title or "", analysis):
        text = candidate.passage.text  # (an answer to a question of another year says nothing of the claim's)
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
                                # (or people under the claim's harm, by any noun: "five miners had been hurt", "1,538
                                # Israelis" for "1,538 dead")
                                or any(q.predicate in ("injured", "killed")
                                       and any(c.predicate == q.predicate for c in analysis.quantities)
                                       for q in facts.amounts)
                                # (or the claim's own figure, under another noun: "1,400 workers" / "1,400 strikers")
                                or any(q.value is not None and any(c.value == q.value and (q.value >= 10 or (
                                    names_people(c.unit) and names_people(q.unit))) for c in analysis.quantities)
                                       for q in facts.amounts)
                                # (or a span of time in other words: "about 90 minutes" / "nearly nine hours")
                                or (any(duration(c.unit) is not None for c in analysis.quantities)
                                    and any(duration(q.unit) is not None for q in facts.amounts))):
        stated = facts.amounts if as_stored else passage_amounts(text, candidate.article.published_at)
        weighed += _quantities(analysis, text, previous, stated, coverage,
                               _names_stated(terms, f"{previous or ''} {text}", None), match.relation == "same",
                               candidate.passage.context.next)
        weighed = _contents(analysis.claim, text, weighed)
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
    # (the claim's own event by its time, not by its site alone: a base attacked often; or, for a claim of an incident
    # that gives no time, by its names but the site, in the passage or the sentence it goes on from: "Flight OA317 …
    # landed safely …. Airport manager Petra Hallquist said no one was injured"; not in a passage that states a day
    # of its own, which then tells its incident apart, as the claim's names do not)
    # (…or, of a claim whose only name is its site, "No one was injured when the Harbourgate Mall was evacuated", by
    # that site, which the passage's article reports it at: "Police said nobody was hurt during the evacuation")
    # (…an incident of the claim's kind: not the crane's collapse on the wharf for "the warehouse fire on the wharf")
    at_site_only = names_only_its_site(analysis) and facts.event.place is not None \
        and same_place(analysis.event.site, facts.event.place) \
        and not terms.incident.isdisjoint(content_stems(f"{previous or ''} {text}"))
    own_event = match.relation == "same" and bool(analysis.event.interval or analysis.event.weekday is not None
                                                  or analysis.event.month) \
        or (match.relation in ("unconstrained", "same") and analysis.event.incident and not analysis.names_recur
            and facts.event.basis not in ("stated", "weekday") and names_the_claim(analysis, text, previous)) \
        or (match.relation == "same" and analysis.event.incident and not analysis.names_recur and at_site_only
            and facts.event.basis not in ("stated", "weekday"))
    weighed += _negation(analysis, terms, text, negations, previous, at_site,
                         tuple(name for c in facts.credits for name in c.names), own_event,
                         candidate.article.title or "", facts.locations, facts.amounts if as_stored else None)
    weighed += [(r, True) for r in _opposed(analysis, terms, text, previous, negations, candidate.article.title or "")]
    weighed += [(r, True) for r in _prefixed_opposite(analysis, terms, text, previous)]
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
    weighed += [(r, True) for r in _votes(analysis.claim, text, previous)]
    weighed += [(r, True) for r in _excepted(analysis, terms, text)]
    if coverage >= RESTATES:
        # (not a share of the set in a passage that denies what the claim denies: "none of the hostages were hurt" is
        # what "all the hostages were freed unharmed" says)
        denied_here = set().union(*(_with_fates(set(content_stems(scope))) for _, scope in negations))
        if not _with_fates(set(terms.negated)) & denied_here:
            weighed += [(r, True) for r in _quantifiers(analysis.claim, text)]
        weighed += [(r, True) for r in _facilities(analysis.claim, terms, text, previous)]
        weighed += [(r, True) for r in _near_places(analysis, text, previous)]
        if not any(r.type == "entity_mismatch" for r, _ in weighed):
            # (a name after the same word, or, failing that, in the same place of a sentence restated word for word)
            weighed += [(r, True) for r in _swapped_names(analysis, text, previous)
                        or _aligned_names(analysis, text, previous)]
    if coverage >= PREDICATE_MIN_COVERAGE / 2 and not any(r.type == "entity_mismatch" for r, _ in weighed):
        # (the claim's subject under another name, the rest restated: _swapped_subject reads the rest's coverage)
        weighed += [(r, True) for r in _swapped_subject(analysis, terms.predicate_weights, text, previous)]
    if coverage >= RESTATES:
        weighed += [(r, True) for r in _destinations(analysis.claim, text, previous)]
    elif coverage >= PREDICATE_MIN_COVERAGE:  # the airports of two cities far apart need less said alike
        weighed += [(r, True) for r in _facilities(analysis.claim, terms, text, previous, cities=True)]
    if coverage >= RESTATES or match.relation == "same":
        # the side of the claim's place the passage names (the "west terminal" for its "east terminal"); its number
        # ("Shaft 5" for its "Shaft 3")
        weighed += [(r, True) for r in _sides(analysis.claim, text)]
        weighed += [(r, True) for r in _designations(analysis.claim, text)]
    if coverage >= PREDICATE_MIN_COVERAGE or match.relation == "same":
        weighed += [(r, True) for r in _tallies(analysis.claim, text)]
    weighed += [(r, True) for r in _multiples(analysis.claim, text,
                                              coverage >= PREDICATE_MIN_COVERAGE or match.relation == "same")]
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
    weighed += [(r, True) for r in _series_ranks(analysis.claim, facts.readings.ranks if as_stored else ranks_of(text),
                                                 match.relation == "same" or own_event,
                                                 f"{candidate.article.title or ''} {previous or ''} {text}")]
    weighed += [(r, True) for r in _descriptions(analysis.claim, text)]
    weighed += [(r, True) for r in _affiliations(analysis.claim, text)]
    weighed += [(r, True) for r in _nationalities_of_people(analysis.claim, text)]
    weighed += [(r, True) for r in _quotes(analysis.claim, text)]
    weighed += [(r, True) for r in _ages(analysis.claim, text)]
    answered = _answer(analysis, terms, candidate)
    weighed += [(r, True) for r in answered]
    if not answered:
        weighed += [(r, True) for r in _denial(analysis, terms, text, coverage)]
    # the claim's own source saying that what the claim has it assert is not known: "Transport Minister Odile Varkan …
    # said it was too early to say what caused the collapse" against "Odile Varkan said corroded cables had caused the
    # collapse"
    if analysis.credits and not analysis.negations and credited_to_claims_source(analysis, facts):
        untold = sorted((_unknown_stems(text) - _unknown_stems(analysis.claim)) & set(terms.predicate_weights))
        if untold:
            weighed.append((Reason("negation", _quote(analysis.claim, untold[0]), _quote(text, untold[0]),
                                   f"the claim's source says “{_quote(text, untold[0])}” is not known"), True))
    # (the same count, or the same thing denied — "no direct order from Iran" — is the claim's own detail:
    # another day for it is the claim's misdated)
    # (and so is what the claim's own named source denies, in the passage credited to that source: "the
    # Pentagon said it saw no direct order from Iran" — that statement, on another day, is the claim's misdated)
    # (never of an attack the passage names by other arms: "the drone attack on the depot caused no damage" is not
    # the claim's rockets that caused none, misdated)
    other_arms = attack_by_other_arms(analysis.claim, text) is not None
    specific = not other_arms and (
        any(r.type in ("quantity_match", "negation_match") and decisive for r, decisive in weighed)
        or candidate.relevance >= 0.85 or (any(r.type == "negation_match" for r, _ in weighed)
                                           and credited_to_claims_source(analysis, facts)
                                           and denial_restated(analysis, text, previous))
        or (coverage >= ACTOR_RESTATES and analysis.event.incident and facts.event.basis in ("stated", "weekday")
            and (bool(set(terms.name_weights) - _DATE_WORDS) or len(terms.predicate_weights) >= 4)
            and _names_stated(terms, text, previous) >= NAMES_STATED
            and not _weapons(analysis.claim, text, previous)))
    # (…and so is all the claim says, with its names, on a day the passage states itself, by the same arms: "The
    # freight train ran into the maintenance train on Sunday, March 23" against "A freight train … ran into a
    # stationary maintenance train … on Monday", March 24)
    dated = [r for r in _dates(terms.interval or _in_passage_year(analysis, facts), facts, specific,
                               occurred_on(analysis), text, candidate.article.published_at,
                               frozenset(terms.predicate_weights))]
    if analysis.event.ranked:
        # (the day of the incident a claim picks out by its rank is the archive's, not the claim's: no misdating)
        dated = [r for r in dated if r.type != "date_mismatch"]
    if terms.interval is None:
        dated += _weekdays(analysis, facts, specific or coverage >= RESTATES, text, candidate.article.published_at)
    elif (off_day := weekday_in_span(analysis, facts, specific or coverage >= RESTATES, text,
                                     candidate.article.published_at)) is not None:
        # ("on a Tuesday in October 2023": a passage of another weekday of that month does not date it)
        dated = [r for r in dated if r.type != "date_match"] + off_day
    if any(r.type == "date_mismatch" for r in dated) and deed_recalled(analysis.claim, text):
        # "six of the buried skiers had been dug out alive … on Sunday morning": the claim's deed, named as what
        # befell those it picks out, was done before the passage's day, which is another deed's
        dated = [r for r in dated if r.type != "date_mismatch"]
    weighed += [(r, True) for r in dated]
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
    if not any(r.type.startswith("date_") for r, _ in weighed):
        weighed += [(r, True) for r in _planned_months(analysis, text, coverage)]
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


def _event_date(facts: PassageFacts) -> EventDate | None:
    event = facts.event
    if event.dated and event.basis != "published" and event.start is not None and event.end is not None:
        return EventDate(event.start, event.end, event.when)
    return None


def _term_overlap(terms: ClaimTerms, text: str) -> list[Reason]:
    claim_words = terms.keywords
    passage_words = word_by_stem(text)
    shared = [s for s in claim_words if s in passage_words]
    if not shared:
        return []
    return [Reason("term_overlap", ", ".join(claim_words[s] for s in shared),
                   ", ".join(passage_words[s] for s in shared),
                   f"{len(shared)} of {len(claim_words)} claim keywords appear in the passage")]
