"""The decision of the stance step: the weights of decisive reasons, and what a passage's reasons and flags
make of it — corroborating, conflicting or related (`_decide`, `_fact_stance`), the stance model reading
what no rule decides. The entry points that assess a passage and call this live in `__init__`."""

from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz import fuzz

from service.dossier.event_match import EventMatch, EventRef
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
    CLOSE_FIGURE,
    WITHIN_FIGURE,
    _superlative_unstated,
    attack_by_other_arms,
    claim_ranks,
)
from service.dossier.stance.credits import (
    _check_source,
)
from service.dossier.stance.negation import (
    _ABOUT_THE_CLAIM,
    OPPOSITE_DENIED,
    _effect,
    _negations,
    _unknown_stems,
    negates_main,
)
from service.dossier.stance.terms import (
    FACT_SUPPORT,
    MAIN_MIN_COVERAGE,
    PREDICATE_MIN_COVERAGE,
    PULLED_OUT,
    RESTATES,
    WITHDRAWAL,
    YEAR,
    ClaimTerms,
    _coverage,
    _fates_of,
    _with_fates,
    asserted_coverage,
    claim_terms,
    counted,
    counts_things,
    figure_kind,
    main_coverage,
    object_clause,
    other_year,
    read_stems,
    reading,
    referred,
    refers_back,
    sentence_readings,
    stored_readings,
)
from service.dossier.stance.who import (
    SPEAKER_TITLE,
    _subject_unstated,
    cause_unstated,
)
from service.dossier.stance_model import (
    StanceModel,
    content_stem_set,
    content_stems,
    fold,
    stance_features,
)
from service.memo import memo
from service.text.bearings import find_sided_parts
from service.text.clauses import (
    OPENING_AFTER,
    identifying_clauses,
    in_identifying_clauses,
    main_verb,
    past_verbs,
    when_clauses,
    without_spans,
)
from service.text.events import is_beginning, is_made_when
from service.text.extract import TIME_UNITS
from service.text.model import Quantity
from service.text.places import FOUND_WORDS, nationalities_named, placed_by_verb, same_place
from service.text.sources import declines_comment
from service.text.synonyms import CANONICAL, name_called, unphrase
from service.text.vectors import similarities
from service.tokens import normalize, stem, word_stems

CONFLICT_WEIGHTS = {"quantity_mismatch": 0.35, "negation": 0.3, "entity_mismatch": 0.3, "date_mismatch": 0.3,
                    "role_mismatch": 0.3, "quote_mismatch": 0.35, "answer_denies": 0.35,
                    "denial": 0.35, "platform_mismatch": 0.3, "condition_mismatch": 0.3, "actor_mismatch": 0.3,
                    "weapon_mismatch": 0.3, "fate_mismatch": 0.35, "cause_mismatch": 0.3,
                    "rank_mismatch": 0.3}
SUPPORT_WEIGHTS = {"quantity_match": 0.3, "date_match": 0.15, "entity_match": 0.1, "role_match": 0.3,
                   "negation_match": 0.3, "quote_match": 0.35, "answer_confirms": 0.3, "platform_match": 0.1}

VAGUE_FACTOR = 0.5  # a mismatch against "several" and the like weighs half
STRONG_ALIGNMENT = 0.6  # without a model, alignment from which a passage corroborates
MODEL_MIN_RELEVANCE = 0.15  # pool passages below this are related without asking the model (not shown either)


BEFORE_SENTENCE = ", in the sentence before"


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


def _another_target(analysis: ClaimAnalysis, candidate: Candidate) -> bool:
    """Whether a passage reports an attack on a target it introduces that the claim does not name ("drones
    attacked a supply convoy" is the claim's own convoy in "drones attacked a supply convoy at the base")."""
    head = sentence_readings(candidate).target
    return head is not None and not set(content_stems(head)) <= set(content_stems(analysis.claim))


def _decide(analysis: ClaimAnalysis, candidate: Candidate, found: Assessment,
            model: StanceModel | None, match: EventMatch) -> StanceResult:
    reasons, event, negated, conflict, support, coverage = found
    ref = match.event
    incident = analysis.event.incident
    if match.relation == "near" and any(r.type == "date_match" for r in reasons) \
            and not any(r.type == "date_mismatch" for r in reasons):
        # (a day off by its first date, whose clause telling the claim's deed states the claim's day)
        match = EventMatch(ref, "same", match.detail)
    if match.relation in ("near", "other") and analysis.event.month is not None and candidate.facts is not None \
            and candidate.facts.event.month_day is not None and any(
            r.type == "date_mismatch" and r.claim_text == analysis.event.partial_text for r in reasons):
        # "on November 2" (no year) against the claim's November 12 for the same sum passed: the passage states its
        # own month and day for what the claim says, another one (the claim's detail misdated), as below for a
        # passage of no date at all
        match = EventMatch(ref, "same", "the passage states its own month and day")
    if match.relation == "near" and not any(r.type == "date_mismatch" for r in reasons):
        match = EventMatch(ref, "other", match.detail)
    if match.relation == "other" and any(r.type in ("answer_denies", "answer_confirms") for r in reasons) \
            and not other_year(candidate.article.title or "", analysis):
        # a yes or a no to a question that asks what the claim says is about the claim itself, when the
        # question names no year the claim does not ("Is there any mention of the levy in the bill? No.")
        match = EventMatch(ref, "same", "the passage answers a question about the claim itself")
    if match.relation == "undetermined" and incident:
        # (an undated passage naming its attack by other arms reports another attack: "the drone attack on the
        # dam" for the claim's "Friday's rocket attack on the dam")
        armed = attack_by_other_arms(analysis.claim, candidate.passage.text)
        if armed is not None:
            match = EventMatch(ref, "other", armed)
    if match.relation in ("other", "near") and _begun_otherwise(analysis, candidate, found, ref):
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
        # (of a claim that reports no incident, a passage of another event is related — unless it holds the claim's
        # own figure, which is then another event's: "detained 41 people" at another rally)
        if not incident and not any(r.type == "quantity_match" for r in reasons):
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


def _title_only(analysis: ClaimAnalysis, terms: ClaimTerms, text: str) -> bool:
    """Whether a passage's own words state too little of the claim's predicate once the title the speaker is named
    with is set aside (what they did or said may only be in the sentence before)."""
    # (not when what the claim asserts of its event is stated: "Governor Ana Ruiz has been briefed on the incident")
    if terms.asserted_weights is not None and asserted_coverage(terms, text, None) >= MAIN_MIN_COVERAGE:
        return False
    # (the title's words, with the lowercase ones before it: "country director Anouk Bellamy")
    titles = {s for r in analysis.roles if r.prefix for s in content_stems(
        analysis.claim[_TITLE_WORDS_BEFORE.search(analysis.claim, 0, r.start).start():r.end])}
    rest = {s: w for s, w in terms.predicate_weights.items() if s not in titles}
    return _coverage(rest, text, None) < PREDICATE_MIN_COVERAGE / 2


_TITLE_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}$")


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
    # (or was made: "The Harlan Bridge was built in 1947" against "The bridge was built in 1974")
    made = is_made_when(analysis.claim) and is_made_when(text)
    return analysis.event.interval is not None and ref is not None and ref.date is not None \
        and ref.basis in ("stated", "weekday") and found.coverage >= PREDICATE_MIN_COVERAGE \
        and (made or (is_beginning(analysis.claim) and read.beginning)) \
        and not any(r.type == "negation" for r in found.reasons) \
        and (site is None or (ref.place is not None and same_place(site, ref.place)))


def _fact_stance(analysis: ClaimAnalysis, candidate: Candidate, reasons: tuple[Reason, ...], negated: bool,
                 conflict: float, support: float, coverage: float, model: StanceModel | None,
                 same_event: bool = False) -> tuple[Stance, float]:
    types = [r.type for r in reasons]
    if any(r.type == "negation_match" and r.detail.endswith(OPPOSITE_DENIED) for r in reasons):
        # ("Brackenford Grammar did not close" for "… stayed open": the claim's verb, said by denying its opposite,
        # with the rest of what the claim's main clause says, _opposed)
        coverage = max(coverage, PREDICATE_MIN_COVERAGE)
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
    # (the passage's content stems, with the sentence before when it refers back: read once for every check below)
    passage_stems = read_stems(reading(candidate), candidate.passage.context.previous)
    # the date is what a claim about a state says ("have been at the base since early 2016"); of an
    # incident it only identifies which one
    # (an amount of the sentence before only shows which event the passage goes on about: it is not
    # what the passage states, BEFORE_SENTENCE)
    # (nor an amount that only identifies the claim's event: "the raid *that wounded four guards*")
    identifying = claim_terms(analysis).identifying_amounts
    fact_support = sum(SUPPORT_WEIGHTS.get(r.type, 0.0) for r in reasons if not r.detail.endswith(BEFORE_SENTENCE)
                       and not (r.type == "quantity_match" and r.claim_text in identifying)
                       # (a day the claim states, not one the archive gives its ranked incident: "Gunmen robbed the
                       # branch for the second time on Monday" does not say a cashier was shot in that robbery)
                       and (r.type in FACT_SUPPORT or (r.type == "date_match" and not analysis.event.ranked and (
                           not analysis.event.incident
                           # (…or of one whose point is when it was found, in a passage that says so: "The attack
                           # was discovered early on Monday" / "was detected in the early hours of Monday")
                           or (_FOUND_WHEN.search(analysis.claim) is not None and coverage >= RESTATES)))))
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
    denied_words = terms.denied_in_denials & terms.predicate_weights.keys()
    denied_unstated = bool(denied_words) and denied_words.isdisjoint(
        _with_fates(passage_stems))
    states = main_stated and not subject_unstated and not complement_unstated and not denied_unstated \
        and coverage >= PREDICATE_MIN_COVERAGE / 2 and (
        candidate.relevance >= 0.3 or coverage >= PREDICATE_MIN_COVERAGE
        # (a short sentence of the claim's own event that states its count: "One fisherman was killed, the
        # coast guard said", after the sentence naming the ship)
        or (same_event and "quantity_match" in types)
        # (…or that denies what the claim denies: "Police said the march passed off without injuries")
        or (same_event and "negation_match" in types)
        # (…or one whose denial decides: "The van driver was not injured" for "The van driver came out … unhurt")
        or ("negation_match" in types and support >= SUPPORT_WEIGHTS["negation_match"]))
    # (a title both write before the name only identifies the speaker: what the claim says they said or did must
    # be stated by the passage itself, not only by the sentence before it — "The agency's country director, Anouk
    # Bellamy, said more doses were needed" after the tent opened, for "… Anouk Bellamy visited the tent")
    title_only = "role_match" in types and all(r.type == "role_match" and r.detail.endswith(SPEAKER_TITLE)
                                               for r in reasons if r.type in FACT_SUPPORT) \
        and _title_only(analysis, here, reading(candidate))
    # "Marta Quell resigned after the March outages": a change in someone's standing is the claim's point, which a
    # passage that names them without it ("Marta Quell said the airline would file claims …") does not confirm
    changes = terms.standing - terms.negated
    standing_unstated = bool(changes) and changes.isdisjoint(
        {CANONICAL.get(s, s) for s in passage_stems})
    # "Pedestrians were barred from the bridge when it closed over cracked girders in 2023": something of what the claim
    # says happened then must be stated (a word or its figure), not only the closure the clause tells it by
    beside_when = terms.beside_when is not None and "quantity_match" not in types and _coverage(
        terms.beside_when, reading(candidate), candidate.passage.context.previous) == 0
    states = states and not title_only and not standing_unstated and not beside_when
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
    # (nor "1,100 tonnes" for the claim's 9,000 tonnes: a measure of the same unit, another figure far from it)
    amounts_unchecked = amounts_unchecked or (
        any(counts_things(q) or q.unit for q in analysis.quantities)
        and any((r.type == "quantity_mismatch" and "vague" not in r.detail and not r.detail.endswith(CLOSE_FIGURE))
                # (nor a figure that only fits the claim's, "at least ten boats" for "from 17 to 60 boats"; not one
                # within the claim's looser figure, "about 600" for "hundreds")
                or (r.type == "quantity_compatible" and not r.detail.endswith(WITHIN_FIGURE)) for r in reasons)
        and not any(r.type == "quantity_match" for r in reasons))
    # "the death toll after 25 days of raids stood at …": the span says when the count was made; a
    # passage without it (a later toll) cannot confirm the count at that time
    amounts_unchecked = amounts_unchecked or span_unmatched
    # (nor a count of things of no class the rules know that the claim asserts, "More than 300 homes were damaged", by
    # a passage that counts none of them: "will pay 3,000 euros to each household whose home was flooded")
    # (one that states the claim's figure of other words is left to the model: "46 planned surgeries" for "46 scheduled
    # operations")
    things = _counted_things(analysis.claim, analysis.quantities)
    amounts_unchecked = amounts_unchecked or (
        terms.counts_asserted and bool(things) and not any(r.type.startswith("quantity_") for r in reasons)
        and candidate.facts is not None and not things & {p.value for p in candidate.facts.amounts})
    # (…nor a harm the claim counts loosely of things no class knows, "killed thousands of fish", in a passage that
    # names none of them: "Three dogs have died …" is another harm)
    loose = [q for q in analysis.quantities if q.vague and q.unit and q.predicate in ("killed", "injured")
             and not counted(q)]
    if loose and not amounts_unchecked:
        amounts_unchecked = any(not set(content_stems(q.unit or "")) & passage_stems for q in loose)
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
    # (…and of harm done to anyone, whatever the claim says of when or where: "Nobody was hurt when the wolves
    # escaped" is confirmed by a passage denying the harm, not by one that recalls the escape)
    denies = _denies_in_main_clause(analysis) and analysis.event.incident and (
        analysis.event.constrained or bool(denied_fates & _with_fates(set(claim_terms(analysis).main_fates))))
    denial_unstated = denies and not any(t in ("negation_match", "answer_confirms", "denial") for t in types)
    if denies and denied and "negation_match" not in types and not _with_fates(denied) & _with_fates(
            passage_stems):
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
    # (a claim that says where its subject is is confirmed by where the passage puts it, not by a date or a count
    # of something else: "Teslin Airport, where flights were grounded on March 10, is in Lusk Province")
    place_unstated = any(loc.subject and placed_by_verb(analysis.claim, loc.start) for loc in analysis.locations) \
        and not any(t in ("entity_match", "place_match") for t in types)
    # (nor is one who holds a post since a time confirmed by a passage naming them by the title alone: "Anneka Volst
    # has been chief executive of KesGrid since 2019" / "KesGrid chief executive Anneka Volst said")
    tenure_unstated = analysis.event.interval is not None and "date_match" not in types and (
        "role_match" in types or any(not r.prefix and r.holder for r in analysis.roles))
    # 'Lindqvist called the guidelines "a minimum, not a target"': words the claim quotes a source it names as saying
    # are what it says was said, which a passage that does not hold them does not confirm (not a word or two set
    # apart, 'defensive'; nor words quoted of no one, "global warming is leading to 'the evaporation of our Great
    # Lakes'", which evidence may put in its own words)
    quote_unstated = bool(analysis.credits) and "quote_match" not in types and _quote_unstated(
        terms.quoted, reading(candidate), candidate.passage.context.previous)
    cause_untold = cause_unstated(analysis.claim, candidate)
    # "… called for the line to be rerouted away from farmland": what a passage only says someone demanded is not done
    only_demanded = _only_demanded(analysis.claim, terms, reading(candidate)) \
        or _only_planned(analysis.claim, reading(candidate))
    # "Cordane will reroute the Westfall pipeline": a passage that names Cordane and the pipeline but not the deed
    # ("The pipeline restarted on Saturday, Cordane said") does not confirm it
    deed = _claim_deed(analysis.claim)
    # (…and, of a claim that says who did it in the passive, "The bridge was designed by the engineering firm Caldor &
    # Fenn", a passage that restates less than most of it: "The repair contract … has been awarded to the engineering
    # firm Caldor & Fenn" names the doer, not the deed)
    verb_unstated = bool(deed) and coverage < (RESTATES if _done_by(analysis.claim) else PREDICATE_MIN_COVERAGE / 2) \
        and deed.isdisjoint(_with_fates(passage_stems)) \
        and not any(t in ("quantity_match", "negation_match", "answer_confirms", "quote_match") for t in types)
    if support > 0 and fact_support > 0 and not denial_unstated and "negation" not in types and not harm_unstated \
            and not quote_unstated and not cause_untold and not only_demanded \
            and not place_unstated and not tenure_unstated \
            and ("answer_confirms" in types or (states and not amounts_unchecked)):
        return "corroborating", round(min(0.95, 0.4 + support + candidate.relevance / 4), 3)
    # where something is (a subject's place) or who holds a position must be stated to be confirmed;
    # a place the claim names in passing must be, when the passage names other countries or provinces
    stated = ("entity_match", "entity_mismatch", "role_match", "role_mismatch")
    # ("The leader of Kata'ib … said": a role with no one named in it picks out a speaker; it is not the claim's fact)
    # (a place that only identifies the claim's site, "the attack on the base in the Al-Malikiyah area of
    # Al-Hasakah took place on a Monday", need not be restated by a passage that names the site: the
    # place rules compare what it says of where the site is)
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
    # "came from its right engine": the side of a part the claim names is its point, which a passage naming no side of
    # that part ("an engine fire warning") does not confirm
    sides = terms.sides
    side_unstated = bool(sides) and not any(p.head == c.head for c in sides for p in find_sided_parts(
        f"{candidate.passage.context.previous or ''} {reading(candidate)}"))
    # "The mass breakout took place on March 3": when it happened is what the claim says, and a passage that does
    # not state that day ("staffing had not increased since the March breakout") does not confirm it
    # (so does a day given without a year, or a weekday: "happened on Thursday, April 4", "on a Monday")
    # (of which a passage of the claim's event on that weekday or day says it too: "on Monday evening")
    when_unstated = bool(_WHEN_ASSERTED.search(analysis.claim)) and "date_match" not in types and (
        analysis.event.interval is not None or (not same_event and (
            analysis.event.month is not None or analysis.event.weekday is not None)))
    # "The Panorama cable car was built in 1998", "has been head teacher since 2015": the year is what a claim that
    # reports no incident says of its subject, and a passage that names no year ("has reopened") does not confirm it
    # (the year ending the claim, what it says last: not "In 2020, the agency said …", a time the claim is set in)
    years = {str(d.start.year) for d in analysis.dates if d.start is not None and d.end is not None
             and (d.start.month, d.start.day, d.end.month, d.end.day) == (1, 1, 12, 31) and d.start.year == d.end.year
             and _ENDS_CLAIM.match(analysis.claim, d.span.end) is not None
             and _IN_YEAR.search(analysis.claim, max(0, d.span.start - 8), d.span.start) is not None}
    year_unstated = bool(years) and not analysis.event.incident and "date_match" not in types and not any(
        y in f"{candidate.passage.context.previous or ''} {reading(candidate)}" for y in years)
    # "… was the second attack on the base that month": so is a rank in a series, which a passage must state too
    claimed_ranks = {head for _, head, _ in claim_ranks(analysis.claim)}
    rank_unstated = bool(claimed_ranks) and not claimed_ranks & {
        head for _, head, _ in sentence_readings(candidate).ranks}
    # "the extent of damage is still unknown": the passage says it does not know what the claim asserts
    unknown = bool((_unknown_stems(reading(candidate)) - _unknown_stems(analysis.claim))
                   & claim_terms(analysis).predicates)
    # "the strike caused heavy damage": the effect the claim asserts must be stated
    effect = _effect(analysis.claim)
    effect_unstated = effect is not None and not _with_fates({effect}) & _with_fates(
        passage_stems)
    # "X took responsibility for the attacks": that someone claimed them is the claim's point
    # (so is that no one claimed them: "the raid went unclaimed")
    # (a subject it names by what it calls itself, and the passage names too, need not be said to have
    # claimed the attack: "The group that took responsibility …, calling itself X, said it used …")
    called = name_called(analysis.claim)
    claiming_unstated = (_asserts_claiming(analysis.claim, called is not None and set(content_stems(called)) <= (
        passage_stems))
                         or terms.unclaimed is not None) and not (
        _CLAIMING_STEMS & passage_stems)
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
    # (nor does one that says its source said nothing: "The cycling federation declined to comment.")
    elsewhere = elsewhere or (declines_comment(reading(candidate)) and not declines_comment(analysis.claim))
    # "The student union held a vigil for the student who died of meningitis": of a claim whose closing clause only
    # picks out what its verb acts on, what the main clause asserts must be stated ("A student has died of
    # meningitis" states the clause's fact alone)
    object_unstated = object_clause(analysis.claim) and terms.asserted_weights is not None \
        and asserted_coverage(here, reading(candidate), candidate.passage.context.previous) < MAIN_MIN_COVERAGE
    unconfirming = amounts_unchecked or facts_unchecked or fates_unchecked or mention or not main_stated or elsewhere \
        or object_unstated or _figure_unstated(analysis, candidate) or quote_unstated \
        or subject_unstated or complement_unstated or superlative_unstated or rank_unstated or when_unstated \
        or side_unstated or standing_unstated or year_unstated \
        or unknown or effect_unstated or claiming_unstated or denial_unstated or deed_unstated or site_unstated \
        or tenure_unstated or title_only or cause_untold or only_demanded or beside_when or verb_unstated
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
    main_negated = not analysis.negations and negates_main(terms, _read_negations(candidate), reading(candidate))
    stance = model.decide(probabilities, confirmable=not (unconfirming or negates or main_negated),
                          contradicted=any(r.type in CONFLICT_WEIGHTS and r.type != "negation" for r in reasons)
                          or (unconfirming and negates) or (main_negated and not unconfirming))
    return stance, round(probabilities[stance], 3)


# a demand and what it asks for, up to its clause's end: "called for the line to be rerouted away from farmland",
# "urged the council to close the school", "farmers want the line moved"
# (not "asked", as often a question: "Asked whether it would reroute the line, Cordane said it would")
_DEMAND = re.compile(r"\b(?:(?:called|calls|calling|pressed|pressing|pushed|pushing|campaigned|campaigning|lobbied"
                     r"|lobbying|appealed|appealing)\s+for|demanded|demands|demanding|urged|urges|urging"
                     r"|want|wants|wanted|petitioned)\b"
                     r"(?P<what>(?:(?!\b(?:and|but|while|although|saying|said|says|after|before)\b)[^.;:,])*)",
                     re.IGNORECASE)


_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")
_DEFINITE = re.compile(r"\b(?:the|its|their|these|those|his|her)\s+$", re.IGNORECASE)


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _counted_things(claim: str, quantities: tuple[Quantity, ...]) -> frozenset[float]:
    """The figures of the claim's counts of things of no class the rules know ("More than 300 homes"): not a year read
    as a count ("the 2025 meningitis outbreak"), nor things the claim goes on to list ("set two conditions: an end to …
    and …", which a passage may list without counting them), nor a definite count, which picks out what it counts
    ("the two Kirrenby accidents")."""
    return frozenset(q.value for q in quantities
                     if counts_things(q) and not counted(q) and q.value is not None and not _YEAR.match(q.text)
                     and ":" not in claim[q.span.end:] and not _DEFINITE.search(claim, 0, q.span.start))


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _claim_deed(claim: str) -> frozenset[str]:
    """The stems of the verb of what the claim's main clause asserts, with the fates it stands for (empty when no
    such verb is found: clauses.main_verb)."""
    # (of a claim that names someone or something: "Global warming is causing the oceans to rise", naming nothing,
    # is confirmed by other words the model reads)
    if not _NAMED.search(claim):
        return frozenset()
    verb = main_verb(unphrase(claim))
    return frozenset(_with_fates(set(content_stems(verb)))) if verb else frozenset()


# a passive with its doer: "was designed by", "had been built by" (not "was hit by rockets", a weapon, nor "by 2025")
_DONE_BY = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                      r"(?:[a-z]+ed|built|made|run|held|won|led|written|drawn|chosen|given|taken)\s+by\s+"
                      r"(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?[A-Z]")


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _done_by(claim: str) -> bool:
    return _DONE_BY.search(claim) is not None


# a name: a capitalised word after the first, or a first one that is a possessive or followed by another
_NAMED = re.compile(r"(?<=\S)\s+[A-Z][\w'’-]*|^\W*[A-Z][\w-]*(?:['’]s\b|\s+[A-Z])")


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _demands(claim: str) -> bool:
    return _DEMAND.search(claim) is not None


def _only_demanded(claim: str, terms: ClaimTerms, text: str) -> bool:
    """Whether all the passage says of what the claim asserts lies in a demand ("called for the line to be rerouted"),
    when the claim itself demands nothing: a demand is not the deed."""
    if _demands(claim):
        return False
    demands = list(_DEMAND.finditer(text))
    if not demands:
        return False
    asked = set().union(*(content_stem_set(m.group("what")) for m in demands))
    said = set(terms.predicate_weights) & content_stem_set(text)
    return bool(said) and said <= asked


# what someone will, would, plans or promised to do, up to its clause's end: "would install two new pumps by the
# summer", "the bath would be replaced before the autumn season", "plans to reroute the line"
# ("is due to start in the autumn", "is set to open": a time foreseen, as "expected to"; not "due to flooding", a cause)
_PLAN = re.compile(r"\b(?:(?P<modal>will|would|shall|(?:is|are|was|were)\s+to)"
                   r"|(?:is|are|was|were)\s+(?:due|set|scheduled|slated)\s+to(?=\s+(?!the\b|an?\b|its\b|their\b)"
                   r"[a-z]+\b(?<!ing))|(?:plans?|planned|planning|promised|promises|pledged|pledges|vowed|vows|intends?"
                   r"|intended|expects?|expected|aims?|aimed|hopes?|hoped)"
                   r"\s+to)\b(?P<what>[^.;:,]*)", re.IGNORECASE)
# a time still to come, by which a deed will be done: "by the summer", "before the autumn season", "within three months"
# (a decision reported with "would" and no such time may be one already taken: "said the university would postpone its
# exams by one week")
_DEADLINE = re.compile(r"\b(?:by|before|until|in)\s+(?:(?:the|next|this|its|early|late|mid)\s+)*(?:summer|autumn|fall"
                       r"|winter|spring|end|weekend|new\s+year|January|February|March|April|May|June|July|August"
                       r"|September|October|November|December|(?:19|20)\d\d)\b|\bwithin\s+(?:[\w-]+\s+)?(?:days|weeks"
                       r"|months|years)\b|\bnext\s+(?:week|month|year|season|spring|summer|autumn|winter)\b"
                       # (or a day of the week to come: "said she would visit the prison on Tuesday")
                       r"|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _said_done(claim: str) -> frozenset[str]:
    """The stem of the verb in the past of what the claim's main clause says was done, when the claim speaks of no plan
    (not a participle that picks out whom it concerns: "promised 2 million dalers to the family of every worker
    *killed* in the fire")."""
    if _PLAN.search(claim) is not None:
        return frozenset()
    verb = main_verb(unphrase(claim))
    return frozenset((stem(verb),)) if verb and past_verbs(verb) else frozenset()


def _only_planned(claim: str, text: str) -> bool:
    """Whether a deed the claim says was done ("installed the two new pumps", "was replaced before that autumn") is
    stated by the passage only as what was promised, planned or expected, or will or would be done by a time to come
    ("would install two new pumps by the summer"), when the claim itself speaks of no plan: a promise is not the
    deed."""
    done = _said_done(claim)
    if not done:
        return False
    # (said with "will" or "would", only a deed given a time to come: "would install two new pumps by the summer")
    plans = [m for m in _PLAN.finditer(text) if not m.group("modal") or _DEADLINE.search(m.group("what"))]
    if not plans:
        return False
    inside = set().union(*(word_stems(p.group("what")) for p in plans))
    outside = word_stems(without_spans(text, [p.span() for p in plans]))
    planned = done & inside
    return bool(planned) and not planned & outside


QUOTE_HELD = 90  # how nearly a passage must hold a claim's quoted words (rapidfuzz partial ratio, folded)


def _quote_unstated(quoted: tuple[str, ...], text: str, previous: str | None) -> bool:
    """Whether the claim quotes (`quoted`, folded: ClaimTerms.quoted) words that neither the passage nor the sentence
    before holds."""
    if not quoted:
        return False
    held = fold(f"{previous or ''} {text}")
    return not any(fuzz.partial_ratio(q, held) >= QUOTE_HELD for q in quoted)


def _figure_unstated(analysis: ClaimAnalysis, candidate: Candidate) -> bool:
    """Whether the claim asserts a figure (not one that identifies its event) of which the passage states nothing of
    its kind, nor its value: "The new wing will have 40 beds", "would cost £30 million", against "Work on the new wing
    remains on schedule" (no count of beds, no sum)."""
    if candidate.facts is None or not analysis.quantities:
        return False
    asserted, bare = _asserted_figures(analysis.claim, tuple(analysis.quantities))
    if not asserted and not bare:
        return False
    kinds = {figure_kind(q) for q in candidate.facts.amounts}
    values = {q.value for q in candidate.facts.amounts if q.value is not None}
    return any(figure_kind(q) not in kinds and q.value not in values for q in asserted) \
        or (any(not any(abs(v - q.value) <= q.value / 10 for v in values) for q in bare if q.value is not None)
            and all(q.unit is not None for q in candidate.facts.amounts))


@memo(1024)  # (by the claim and its amounts, all it reads: asked once per pool passage)
def _asserted_figures(claim: str, quantities: tuple[Quantity, ...]) -> tuple[list[Quantity], list[Quantity]]:
    """The claim's figures that `_figure_unstated` asks a passage to state: counts and sums, and bare figures."""
    identifying = {q.span for q in in_identifying_clauses(claim, quantities)}
    # (an exact figure: "a number of studies", "multiple analyses" say only that there are some)
    # (a sum or a count: a share or a measure in a claim of a general trend is read loosely, "around 97% of experts
    # agree" by "a consensus", on the CLIMATE-FEVER tune split)
    # (a count of the noun written right after it: not "about 3" read as "results" from afar)
    # (nor "one site after another", nor "two conditions: …", which the list after it states)
    # (nor the count of a set the claim picks out by it, "The six journalists charged after the raid were each given
    # bail": which journalists, not how many)
    identifying |= {q.span for q in quantities if _PICKED_SET.search(claim, 0, q.span.start)}
    asserted = [q for q in quantities if q.span not in identifying and not q.vague and q.value != 1
                and ":" not in claim[q.span.end:]
                and ((figure_kind(q) or "").startswith("money") or (
                    (figure_kind(q) or "").startswith("count:") and q.unit is not None and q.unit.islower()
                    and q.span.text.lower().endswith(q.unit.lower())))]
    # (a bare figure, "put turnout at the strike at 870", by its value, in a passage that states no bare figure)
    # (not one joined to its noun, "the three-drone attack", which names the attack)
    # (nor a number inside a name, "Lumen 9 TV", "Route 4")
    bare = [q for q in quantities if q.span not in identifying and q.unit is None and not q.vague
            and q.value is not None and q.value >= 2 and not YEAR.fullmatch(q.span.text.strip())
            and not claim[q.span.end:q.span.end + 1] == "-"
            and not _IN_NAME_AROUND.search(claim[max(0, q.span.start - 20):q.span.end + 20]
                                           .replace(q.span.text, "#", 1))]
    return asserted, bare


_PICKED_SET = re.compile(r"\b(?:the|its|their)\s+$", re.IGNORECASE)
_IN_NAME_AROUND = re.compile(r"[A-Z][\w-]*\s+#|#\s+[A-Z]")
_ENDS_CLAIM = re.compile(r"\W*$")
_IN_YEAR = re.compile(r"\b(?:in|since)\s+$", re.IGNORECASE)  # (not a target, "by 2030")


# a claim whose point is when its event happened ("took place on", "broke out in")
_WHEN_ASSERTED = re.compile(r"\b(?:took\s+place|happened|occurred|was\s+held|were\s+held|broke\s+out)\s+(?:on|in)\b",
                            re.IGNORECASE)
# …and when it was found: "was discovered early on Monday"
_FOUND_WHEN = re.compile(r"\b(?:was|were)\s+(?:first\s+)?(?:discovered|detected|noticed|spotted)(?:\s+(?:early|late))?"
                         r"\s+(?:on|in)\b", re.IGNORECASE)


# the words of claiming an attack: "claimed", "took responsibility", "unclaimed"; and a group that "announced the
# rocket attack" in a statement of its own
_CLAIMING_STEMS = frozenset({"claim", "responsib", "unclaim", "announc"})


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
    return bool(spans) and any(counts_things(q) for q in analysis.quantities) and not any(
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


def _read_negations(candidate: Candidate) -> tuple[tuple[str, str], ...]:
    """The negations of the passage as the rules read it: those read at ingest, for a passage read as stored."""
    text = reading(candidate)
    return candidate.facts.negations if candidate.facts is not None and text == candidate.passage.text \
        else _negations(text)


def _asserted_fates(candidate: Candidate) -> set[str]:
    """The fates a passage says someone suffered: those it speaks of but does not deny, here or in the
    sentence before it goes on from ("The fire service reported no deaths" after "… said none of its
    firefighters were hurt" says no one was hurt)."""
    text, previous = reading(candidate), candidate.passage.context.previous
    fates = _fates_of(set(content_stem_set(_undenied(text, _read_negations(candidate)))))
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
