"""Stance rules on what a passage denies or does not know: negations, opposite acts, denials, yes/no
answers to a question, effects and conditions."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import Any

from service.attribution import find_attributions
from service.dossier.model import Candidate, ClaimAnalysis, Quantity, Reason
from service.dossier.stance.terms import (
    _DATE_WORDS,
    _FATES,
    _FINITE_AFTER_AND,
    _KILLED_WORDS,
    _WEAK,
    DENIAL_CUES,
    PREDICATE_MIN_COVERAGE,
    ClaimTerms,
    _denied_with_deaths,
    _fates_of,
    _scope_stems,
    _with_fates,
    core_subject,
    denied_set,
    object_negations,
    other_year,
    read_stems,
    refers_back,
    refers_to_incident,
    stored_readings,
)
from service.dossier.stance_model import content_stem_set, content_stems, stemmed_words
from service.memo import memo
from service.models import Attribution
from service.text.answers import answer_to
from service.text.clauses import main_verb
from service.text.conditions import find_conditions, goes_on_until_a_time
from service.text.denials import denied_objects, find_denials
from service.text.extract import MONTHS, WORD_VALUES, find_dates, find_negations, find_quantities
from service.text.facts import passage_negations
from service.text.places import demonym_country, locations_of, same_place
from service.text.quotes import find_quotes
from service.text.sources import SAYING_WORDS, same_source, source_name
from service.text.synonyms import CANONICAL, OPPOSED, unphrase
from service.tokens import stem, word_stems

# the stem "continue" and its group's read as (service.text.synonyms: "went on", "keep up")
_CONTINUE = CANONICAL.get(stem("continue"), stem("continue"))

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

# A negation decides alone only when the passage restates most of the claim (share of the claim's
# content stems); with less in common it is a model feature. On the CLIMATE-FEVER tune split a
# negation found with only 3 shared stems was REFUTES for 29 % of pairs: a cue, not a verdict.
NEGATION_MIN_COVERAGE = 0.6
# …of which the passage itself must hold this much when the rest is in the sentence before or the headline
OPPOSED_OWN_COVERAGE = 0.4


@memo(32768)
def _negations(text: str) -> tuple[tuple[str, str], ...]:
    """passage_negations of a text that is not a stored passage (a sentence before, a question's reading)."""
    return passage_negations(text)


def negates_main(terms: ClaimTerms, negations: tuple[tuple[str, str], ...], text: str) -> bool:
    """Whether a passage's negations govern a word of what the claim's main clause asserts ("No one has been
    charged so far" for "Charges have been filed against …"): such a passage does not confirm the claim,
    whatever else it shares with it."""
    if not negations or _THERE.search(text) is not None:
        return False  # (nor does one of another place: "Police *there* denied that rubber bullets had been fired")
    main = _with_fates(set(terms.main_content) - set(terms.name_weights) - set(_DATE_WORDS)) - _with_fates(
        set(terms.negated) | set(terms.within_negations))
    if not main:
        return False
    # (a negated circumstance denies no deed: "run by Norland Lines, and not by the port authority, which owns it")
    return any(main & _with_fates(_scope_stems(scope, cue)) for cue, scope in negations
               if not _CIRCUMSTANCE.match(scope))


_CIRCUMSTANCE = re.compile(r"^\W*(?:by|in|at|from|for|to|on|with|of|because|until|since|during|after|before|only|just"
                           r"|yet)\b", re.IGNORECASE)


_UNKNOWN = re.compile(r"\b(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|unknown|not\s+clear)"
                      r"|(?:did|does|do)\s+not\s+(?:yet\s+)?know)\s+(?:whether|if)\s+(?P<clause>\S+(?:\s+\S+){0,5})"
                      # "it was too early to say what caused the collapse"
                      r"|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|determine|establish)\s+(?:what|whether|if|how|why)"
                      r"\s+(?P<cause>\S+)"
                      r"|\bno\s+(?:(?:immediate\s+)?(?:word|news|information|confirmation|details?)|immediate\s+reports?)\s+"
                      r"(?:yet\s+)?(?:on|of|about)\s+"
                      r"(?:the\s+(?:extent|scale|number|level)\s+of\s+(?:any\s+)?)?"
                      r"(?P<told>(?:[a-z]+\s+(?:or|and)\s+)?[a-z]+)"
                      r"(?:(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?,?\s+(?:or|and)\s+(?:possible\s+|any\s+)?"
                      r"(?P<told2>[a-z]+))?"
                      # "Damage and casualty figures for the attack were not immediately reported"
                      r"|\b(?P<fig>[a-z]+)(?:\s+(?:and|or)\s+(?P<fig2>[a-z]+))?\s+(?:figures|tolls?|details|numbers|counts)"
                      r"\b[^.;]{0,80}?\b(?:(?:were|was|are|is)\s+not|have\s+not\s+been|has\s+not\s+been)\s+"
                      r"(?:immediately\s+|yet\s+)?(?:reported|released|available|disclosed|known|given)"
                      # "nothing had yet been reported about how much damage it did or whether anyone was hurt"
                      r"|\bnothing\s+(?:had\s+|has\s+|have\s+|was\s+)?(?:yet\s+)?(?:been\s+)?(?:reported|said|disclosed"
                      r"|released|announced|known|confirmed)\s+(?:yet\s+)?(?:about|on|of|regarding)\s+(?:how\s+(?:much|many"
                      r"|badly)\s+|the\s+(?:extent|scale|number|level)\s+of\s+(?:any\s+)?|whether\s+)?(?P<told3>[a-z]+)"
                      r"(?:[^.;]{0,30}?\s+or\s+whether\s+(?P<clause2>\S+(?:\s+\S+){0,3}))?"
                      r"|\b(?P<what>[a-z]+)(?:\s+of\s+(?:the\s+|any\s+)?(?P<noun>[a-z]+))?\s+(?:is|was|are|were|remains?"
                      r"|remained)\s+(?:still\s+|as\s+yet\s+|yet\s+)?(?:unknown|unclear|not\s+(?:yet\s+)?known"
                      r"|not\s+(?:yet\s+)?clear|uncertain|unconfirmed)\b", re.I)

_EFFECT = re.compile(r"\b(?:caused|causing|resulted\s+in|results\s+in|led\s+to|leads\s+to"
                     r"|inflicted|inflicting)\s+(?:(?:no|neither|either|any|some|heavy|significant|severe|major|minor|serious|extensive"
                     r"|widespread|considerable|great|little|much|many|several|more|fewer|less|increased|higher|the|a|an)\s+)*"
                     r"(?P<noun>[a-z]+)", re.I)


# what a claim says was destroyed ("destroyed aircraft hangars at the base" → hangars): its effect too
_DESTROYED = re.compile(r"\b(?:destroyed|destroying|demolished|flattened|razed|wrecked|gutted|levelled|leveled)\s+"
                        r"(?:(?:the|a|an|its|their|his|her|several|many|some|two|three|four|five|dozens\s+of)\s+)?"
                        r"(?P<noun>[a-z]+(?:\s+(?!at\b|in\b|on\b|near\b|of\b|during\b|after\b|and\b|with\b)[a-z]+){0,2})")


def _effect(claim: str) -> str | None:
    """The stem of the effect a claim says something had ("caused heavy damage" → damag; "destroyed
    aircraft hangars" → hangar), if it says one."""
    m = _EFFECT.search(claim)
    if m is not None:
        stems = content_stems(m.group("noun"))
        return stems[0] if stems else None
    m = _DESTROYED.search(claim)
    if m is None:
        return None
    stems = content_stems(m.group("noun").split()[-1])
    return stems[0] if stems else None


@memo(8192)
def _unknown_stems(text: str) -> frozenset[str]:
    """What a passage says is not known ("the extent of damage is still unknown" → damage; "it is
    unclear whether anyone was hurt" → hurt), with the fates they stand for."""
    if "unknown" not in text and "unclear" not in text and "not known" not in text and "clear" not in text \
            and "know" not in text and "too " not in text and "uncertain" not in text and "unconfirmed" not in text \
            and "no " not in text \
            and " not " not in text and "nothing" not in text:
        return frozenset()
    found: set[str] = set()
    for m in _UNKNOWN.finditer(text):
        what = m.group("what")
        # "the cause of the fire is unknown": the fire is known, its cause is not
        noun = None if what and what.lower() in _ABOUT_IT else m.group("noun")
        if m.group("cause"):  # "too early to say what caused the collapse": what caused it is not known
            found.update(_with_fates(set(content_stems(m.group("cause")))))
            continue
        clause = m.group("clause")
        if clause:  # "unclear whether the fire spread": its subject is known, what it did is not
            words = clause.split()
            if words[0].lower() not in _SOMEONE_WORDS:
                words = words[2:] if words[0].lower() in ("the", "a", "an", "its", "their", "his", "her") else words[1:]
            clause = " ".join(words)
        words = " ".join(x for x in (what, noun, clause, *m.group("told", "told2", "told3", "clause2", "fig", "fig2"))
                         if x)
        found |= {s for s in content_stems(words) if s not in _WEAK and s not in _SOMEONE}
    return frozenset(_with_fates(found))


_ABOUT_IT = frozenset("cause causes identity motive motives origin origins source reason reasons".split())
_SOMEONE_WORDS = frozenset("anyone anybody someone somebody anything something any some".split())


_SOMEONE = frozenset(stem(w) for w in "anyone anybody someone somebody anything something".split())


_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|had|has|have|will|would)\b)", re.IGNORECASE)


def _within_negations(negations: tuple[tuple[str, str], ...]) -> set[str]:
    """Every word, with its fates, within a passage's negations."""
    return _with_fates(set().union(*(content_stem_set(scope) for _, scope in negations)))


# the noun phrase a claim opens with, before where it happened ("The lorry crash on the temporary crossing …")
_INCIDENT_OPENING = re.compile(r"^\W*(?:The|A|An)\s+(?P<words>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:on|at|in|near|off)\s")


def _incident_held(claim: str, text: str) -> bool:
    """Whether a text holds a word of the noun phrase the claim opens with, before where it happened."""
    m = _INCIDENT_OPENING.match(claim)
    return m is not None and not set(content_stems(m.group("words"))).isdisjoint(content_stem_set(text))


# a refusal of a demand or a plan, which a claim's "refused to …" says in other words
_REFUSAL = re.compile(r"\b(?:rejected|rejects|refused|refuses|dismissed|dismisses|turned\s+down|turns\s+down|declined"
                      r"|declines)\s+(?:the|a|an|their|its|his|her|this|that|these|those)\s+(?:[\w'’-]+\s+)?"
                      r"(?:demands?|calls?|requests?|proposals?|plans?|offers?|appeals?|bids?|applications?|motions?)\b",
                      re.IGNORECASE)


_EVERYONE = re.compile(r"^(?:nobody|no\s+one|no-one|none)$", re.IGNORECASE)
# a claim that is a harm denied to everyone in an incident, all the rest of it naming which: "Nobody was injured in the
# failed pirate attack on the tanker Sarelle Dawn"
_HARM_DENIED_IN = re.compile(r"(?:No\s+one|No-one|Nobody|None)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                             r"(?:hurt|injured|harmed|wounded|killed)|died)\s+(?:in|during|when|after|at|by|as)\b")
_FATE_STEMS = frozenset(stem(w) for w in "killed died dead death deaths injured hurt wounded".split())


def _negation(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, negations: tuple[tuple[str, str], ...],
              previous: str | None, at_site: bool = False, credited: tuple[str, ...] = (),
              same_event: bool = False, title: str = "", located: tuple[Any, ...] = (),
              amounts: tuple[Quantity, ...] | None = None) -> list[tuple[Reason, bool]]:
    """A predicate the claim asserts and the passage negates (negations as (cue, scope)), or the
    reverse — or both negating it (agreement); decisive only when the passage restates most of the
    claim (NEGATION_MIN_COVERAGE) — or of its main clause, for a word of that clause, in a passage
    whose event is the claim's at the claim's site (`at_site`: "no immediate reports about damage
    at the military facility" in a report of the attack on the base the claim names). `title`: the passage's
    article's title; `located`, `amounts`: the passage's places and amounts, as stored with its facts (the amounts
    read now when None: a sentence read with its question)."""
    if not negations and not analysis.negations:
        return []  # most pairs: nothing is negated on either side
    passage_stems = read_stems(text, previous)
    found_none = object_negations(text, negations)
    killed = _KILLED_WORDS.search(text) is not None
    passage_negated = set().union(*(_denied_with_deaths(_scope_stems(scope, cue) | found_none.get((cue, scope), set()),
                                                        killed) for cue, scope in negations))
    # (what the claim says people were without, the passage says they lost: "households that were without power" /
    # "each household that lost power")
    lost = {stem(m.group(1)) for m in _LOST.finditer(text)} \
        if "los" in text and any(n.cue.text.lower() == "without" for n in analysis.negations) else set()
    passage_negated |= lost
    passage_asserted = _with_fates(passage_stems) - lost
    # the harms the passage counts ("two firefighters were hurt"): not denied by a negation of the same sentence
    # (its fate told in the amount's own clause: not "All 22 crew members were airlifted, and … none of them was hurt")
    quantities = amounts if amounts is not None else find_quantities(text)
    counted_fates = {f"~{q.predicate}" for q in quantities
                     if q.predicate in ("injured", "killed")
                     and q.value and _HARM_WORD.search(re.split(r"[,;.]|\bbut\b|\b(?:nobody|no\s+one|none)\b",
                                                               text[q.span.end:], maxsplit=1)[0])
                     } if negations else set()
    claim_all = terms.content
    common = len(claim_all & passage_stems)
    # the harm the claim's main clause asserts, denied in a passage of the claim's own event ("Two people died in
    # the wildfire that hit Brenno on July 4" against "The fire service reported no deaths in Brenno", of that fire)
    # (and names, itself, a name of the claim's: a day alone is shared by every event of that day)
    # (or its article's title does: "The Interior Ministry denied that rubber bullets had been fired", under
    # "Clashes outside Brisca electoral office")
    # (not a title naming two places, for a passage that speaks of another: "Police there denied …" after "A
    # separate protest took place in Dorrel")
    names = set(terms.name_weights) - set(_DATE_WORDS)
    # (or calls the claim's incident by its noun: "No one was injured in the fire", in a passage of that fire)
    # (or denies it of the very things the claim counts as harmed: "No dogs have died this summer" against "Three dogs
    # died … in July 2024", of that July)
    counted_nouns = {stem(q.unit) for q in analysis.quantities if q.unit and q.predicate in ("killed", "injured")}
    named = same_event and (not content_stem_set(text).isdisjoint(names) or refers_to_incident(terms, text)
                            or any(cue.lower() == "no" and content_stems(scope)[:1] and content_stems(scope)[0]
                                   in counted_nouns for cue, scope in negations)
                            or (not analysis.names_recur and names_the_claim(analysis, text, previous)) or (
        not content_stem_set(title).isdisjoint(names) and _THERE.search(text) is None
        and all(not content_stem_set(loc.place).isdisjoint(names)
                for loc in (*located, *locations_of(previous or "")))))
    # (or, of the claim's own event, denies the harm for everyone, naming a thing the claim's main clause names: "No
    # other vehicles were on the crossing at the time and nobody was killed" in a report of the crash on the crossing)
    # (at the claim's site, when the passage, the sentence before or its title holds what the claim's incident is:
    # "The lorry crash on the crossing …" under "Lorry plunges off temporary Velna crossing"; not a crane's toppling
    # for "the warehouse fire on the wharf")
    named = named or ((same_event or (at_site and _incident_held(analysis.claim, f"{title} {previous or ''} {text}")))
                      and any(_EVERYONE.match(cue) for cue, _ in negations) and not (
        content_stem_set(text).isdisjoint(set(terms.main_content) - set(terms.main_fates) - _FATE_STEMS)))
    # (…of a claim whose main clause is the harm alone, "Nobody was injured in the failed attack on the tanker": its
    # own event's passage denying harm to everyone, "…, adding that no one was hurt", denies it)
    spared = same_event and _HARM_DENIED_IN.match(analysis.claim) is not None \
        and any(_of_everyone(cue, scope) for cue, scope in negations)
    named = named or spared
    # (…and a sentence that is nothing but harm denied to everyone, "Nobody was hurt.", "No one was injured.", in a
    # passage of the claim's own event: it goes on about its article's incident, which the events step gave it)
    bare = same_event and _bare_harm_denial(text, negations)
    named = named or bare
    bare_harm = _claim_harm(analysis, terms) if bare else set()  # (the harm the claim asserts or denies of it)
    denied_harm = set(terms.main_fates) & passage_negated if named else set()
    # (a fate is one word to both, "died" and "no deaths", when the claim's own event's harm is denied)
    # (nor the harm of the very people the claim says were harmed: "No firefighters were injured during the operation"
    # against "Several firefighters were injured tackling the blaze")
    set_harmed = any(of_set and of_set <= set(claim_all) and _scope_stems(scope, cue) & set(terms.main_fates)
                     for cue, scope in negations if (of_set := denied_set(cue, scope)))
    # (and the harm a claim denies of everyone, "Nobody was hurt in the second fire at the yard", asserted by a passage
    # of the claim's own event, dated, which it tells by its day: "Two workers were injured in Thursday's fire")
    denied_to_all = {s for n in analysis.negations if _of_everyone(n.cue.text, n.scope.text)
                     for s in _with_fates(_scope_stems(n.scope.text, n.cue.text)) if s.startswith("~")}
    harm_asserted = denied_to_all & _harm_counted(text, quantities, analysis.event.interval) \
        if denied_to_all and same_event and analysis.event.interval else set()
    # (…of which the harm alone is enough in common when the claim is that harm denied to everyone, in other words:
    # "No one was injured, and there were no staff on site" for "Nobody was hurt when the turbine fell")
    # (…and the harm denied of the very one the claim says came out unharmed: "The lorry driver was not injured" for
    # "The lorry driver came out of the crash unhurt")
    subject_spared = _spared_alike(analysis.claim, text) and bool(_claim_denied_harm(analysis) & passage_negated)
    # (…or the claim's own deed denied in a passage of its own event: "The march passed off peacefully and no arrests
    # were made" for "Several people were arrested at the February 2024 march", two words in common)
    deed_denied = same_event and common >= 2 and _claim_verb(analysis.claim) in passage_negated \
        and _site_held(analysis, f"{previous or ''} {text}")
    if common < 3 and not set_harmed and not harm_asserted and not bare_harm and not subject_spared \
            and not deed_denied and not (denied_harm and (spared or len(_with_fates(set(claim_all)) & passage_asserted)
                                                          >= 2)):
        return []  # too little in common to read a negation as disagreement about the same thing
    decisive = common / len(claim_all) >= NEGATION_MIN_COVERAGE
    # (of a claim that denies what the passage asserts, the claim's own negation word is no part of what must be
    # restated: "None of the strikers had to be taken to hospital" against "Two strikers were taken to hospital")
    cues = {stem(n.cue.text.lower()) for n in analysis.negations} & claim_all
    asserted_against = decisive or len((claim_all - cues) & passage_stems) / max(1, len(claim_all - cues)) \
        >= NEGATION_MIN_COVERAGE
    main: set[str] = set(denied_harm) | harm_asserted  # the main clause's words a negation decides on
    main |= bare_harm
    if not decisive and at_site and terms.main_content and len(terms.main_content & (passage_stems | terms.site)) \
            >= NEGATION_MIN_COVERAGE * len(terms.main_content):
        main = _with_fates(set(terms.main_content))
    elif not decisive and same_event and terms.main_content and (named or not content_stem_set(text).isdisjoint(
            terms.name_weights)) and len(terms.main_content & (passage_stems | set(terms.name_weights))) \
            >= NEGATION_MIN_COVERAGE * len(terms.main_content):
        # the claim's own event, by its day, named by a name or the day itself: "No group has claimed responsibility
        # for Friday's attack" denies that the brigade claimed Friday's attack on the dam
        main = _with_fates(set(terms.main_content))
    claim_stems, claim_negated = terms.predicates, terms.negated
    reasons: list[tuple[Reason, bool]] = []
    agreed = sorted(claim_negated & passage_negated)
    if agreed:
        # (a denial reported on both sides, of the same thing, is one statement: "rejected claims that the ferry was
        # overloaded" / "denied that the ferry had been overloaded"; who made it, the source check compares)
        denials = any(n.cue.text.lower().startswith(DENIAL_CUES) for n in analysis.negations) and any(
            cue.lower().startswith(DENIAL_CUES) and agreed[0] in _scope_stems(scope, cue) for cue, scope in negations)
        reasons.append((Reason("negation_match", " ".join(f"{n.cue.text} {n.scope.text}" for n in analysis.negations),
                               "; ".join(f"{cue} {scope}" for cue, scope in negations)
                               or "; ".join(m.group() for m in _LOST.finditer(text)),
                               f"both deny “{_quote(analysis.claim, agreed[0])}”"),
                        decisive or not main.isdisjoint(agreed) or denials or subject_spared
                        or _harm_denied_alike(analysis, negations, agreed)))
    names_held = None
    # the claim's own speaker saying the opposite: "Mense said the contamination had not reached Quillmere" against
    # "Governor Mense said the contamination had reached Quillmere" (a word of what the claim says they said)
    same_speaker = bool(analysis.credits) and any(same_source(c.source, n) for c in analysis.credits for n in credited)
    for cue, scope in negations:
        if _HARMED_THERE.search(scope):
            continue  # "shops were evacuated; no one was hurt there": of another place than the claim's
        outside = _OUTSIDE.search(scope)
        if outside is not None and not content_stem_set(outside.group("place")).isdisjoint(terms.name_weights):
            continue  # "No cases had yet been reported outside Brenhollow": of every place but the claim's
        if re.match(r"by\s", scope):
            continue  # "… run by Norland Lines, and not by the port authority": a doer denied (the doer rules below)
        scoped = _denied_with_deaths(_scope_stems(scope, cue) | found_none.get((cue, scope), set()), killed)
        of_set = denied_set(cue, scope) or (_unharmed_set(text) if cue.lower() == "un" else set())
        if not of_set <= set(claim_all):
            continue  # "none of its firefighters were hurt" says nothing of residents hurt
        # (what none of the set suffered is denied, not the set: "none of its 87 passengers had been hurt" says
        # nothing against "118 passengers had been rescued")
        # (the harm the claim's incident is denied first: "No firefighters were injured" negates the injuries)
        if _with_fates(scoped) & counted_fates:
            continue  # ("…, injuring no one, but two firefighters were hurt in the clean-up": the harm is counted)
        hit = sorted(((scoped - of_set) & claim_stems) - claim_negated
                     # (…nor what the claim says under a denial of its own: "No children taken to the hospital died")
                     - terms.within_negations, key=lambda s: (s not in main, s))
        if hit:
            # (a harm denied is the claim's count of it denied: "no deaths" against "Two people died")
            counted = next((q.text for q in analysis.quantities if f"~{q.predicate}" == hit[0]), None) \
                if hit[0] in denied_harm else None
            # the claim's harm denied of the very people it names ("none of its firefighters were hurt" against
            # "Firefighters were injured …"), in a passage that (with the sentence before) holds one of its names
            fates = (scoped & set(terms.main_fates)) - claim_negated
            if fates and (scoped & claim_all) - fates - set(terms.name_weights) and names_held is None:
                # (or the set the claim counts a part of, counted alike: "All 22 crew members …, none of them was
                # injured" for "Two of the Aurel Dawn's 22 crew members were injured")
                names_held = not content_stem_set(f"{previous or ''} {text}").isdisjoint(
                    set(terms.name_weights) - set(_DATE_WORDS)) or any(
                    q.unit and len(q.span.text.split()) >= 2 and q.span.text.lower() in text.lower()
                    for q in analysis.quantities)
            reasons.append((Reason("negation", counted or _quote(analysis.claim, hit[0]), f"{cue} {scope}",
                                   f"the passage negates “{_quote(text, hit[0])}”, which the claim asserts"),
                            decisive or hit[0] in main or bool(fates and names_held)
                            or (same_speaker and hit[0] in terms.main_content
                                and _as_verb(analysis.claim, _quote(analysis.claim, hit[0]))
                                # (of the claim's own object or place: not "had not reached the Holm wells")
                                and bool((content_stem_set(scope) & set(claim_all)) - {hit[0]}
                                         - set(terms.subject) - _speaker_stems(analysis)))
                            or _denied_of_all(terms, cue, scope, text)
                            # (the claim's own deed, denied of everyone in a passage of its own event, which its day
                            # picks out: "no arrests were made" at the march of that Saturday, for "Several people
                            # were arrested at the February 2024 march", or of one the claim names, "owner Dario Fenn
                            # … was not detained"; not "Erik Mand has not been briefed", of someone else, nor a deed
                            # denied "there", in another place)
                            or (same_event and hit[0] == _claim_verb(analysis.claim) and _THERE.search(text) is None
                                and _site_held(analysis, f"{previous or ''} {text}")
                                and (cue.lower() == "no" or _EVERYONE.match(cue) is not None
                                     or not content_stem_set(text).isdisjoint(set(terms.name_weights)
                                                                              - set(_DATE_WORDS))))
                            or (_clause_denied(terms, scope, hit[0], passage_stems, analysis.claim,
                                               _subject_of(text, cue, scope))
                                and _THERE.search(text) is None
                                and (_holds_a_name(analysis, previous, text) or _holds_a_name(analysis, title, text)))))
    # the claim's doer denied: "… was supplied by Greenfold Provisions" against "… supplied by a local bakery, and
    # not by Greenfold Provisions" (in a passage that states the deed, a word of the claim's just before "by": the
    # doer and the deed named alike decide)
    for cue, scope in negations:
        agent = _BY_AGENT.match(scope)
        at = analysis.claim.find(f"by {agent.group('name')}") if agent is not None else -1
        if at < 0 or _goes_on(text, scope) or any(n.cue.start < at for n in analysis.negations):
            continue
        deed = set(content_stems(analysis.claim[:at])[-2:])
        if deed & passage_stems:
            reasons.append((Reason("negation", f"by {agent.group('name')}", f"{cue} {scope}",
                                   f"the passage denies it was done by {agent.group('name')}"), True))
    # the whole claim restated with its verb negated in other words: "Aurelian General Hospital in Branth was not
    # affected by the second attack" against "Aurelian General Hospital in Branth was also hit in the second attack"
    if not reasons and not analysis.negations:
        reasons += _restated_negated(analysis.claim, terms, text, negations, passage_stems)
    # what the sentence before (read with this one) denies is not asserted either
    # (every word of its scope: "no fire was found on board" does not assert "found" for "He said the smoke …")
    # (…nor the fate its words name: "No animals or people were hurt" before it denies "~injured" too)
    denied_before = _with_fates(set().union(*(_scope_stems(scope) | set(content_stem_set(scope))
                                              for _, scope in _negations(previous)))) \
        if previous and refers_back(text) else set()
    for n in analysis.negations:
        if n.cue.text.lower() == "without" and any(a <= n.cue.start < b for a, b in terms.identifying):
            # "households that were without power": a clause that picks out whom the claim speaks of, which it does
            # not assert (a passage saying "power was restored" does not deny it)
            continue
        if n.scope.text.lower().startswith("that ") and _reported_denial(analysis.claim, n.cue.start, credited):
            # "The ministry denied that its army fired the shell": that it denied it is what is claimed, which
            # another source saying it fired does not oppose (not "The group denied responsibility", and not
            # the denier's own words saying the opposite: "The ministry said its army fired the shell")
            continue
        # (what is denied of a set, not the set: "No drivers were injured" against "no deaths among its drivers")
        # (nor the noun "no" picks out, which the claim does not deny exists: "No pupil was hospitalised" against "a
        # pupil was treated at the school")
        subject, verb = _no_subject(n.cue.text, n.scope.text)
        # (nobody hurt is nobody killed either: "killed six patients" asserts what "Nobody was hurt" denies; not deaths
        # of another incident the passage recalls, "…, where a blaze killed 16 workers in March")
        denied = ((_denied_with_deaths(_scope_stems(n.scope.text, n.cue.text),
                                       _KILLED_WORDS.search(analysis.claim) is not None
                                       or not _deaths_of_its_own(text)) - subject) | verb) \
            - denied_set(n.cue.text, n.scope.text)
        hit = sorted((denied & passage_asserted) - passage_negated - denied_before
                     # (nor a word the passage names only within a negation: "no deaths among its drivers")
                     - _within_negations(negations))
        # (the claim's doer denied as the passage's doer of the same deed: "Greenfold does not supply the breakfast
        # club" and "The breakfast club is supplied by a local bakery, … and not by Greenfold")
        doer = next((m.group("name") for cue, scope in negations if (m := _BY_AGENT.match(scope)) is not None
                     and not _goes_on(text, scope)
                     and set(content_stems(m.group("name"))) <= set(content_stems(analysis.claim[:n.cue.start]))), None)
        if hit and doer is not None:
            reasons.append((Reason("negation_match", f"{n.cue.text} {n.scope.text}", f"not by {doer}",
                                   f"both deny that {doer} did it: “{_quote(text, hit[0])}” by another"),
                            decisive or hit[0] in main))
        elif hit and n.cue.text.lower().startswith(("refus", "declin")) and (refusal := _REFUSAL.search(text)):
            # ("refused to close the airfield" / "rejected the demand": a refusal of what the passage goes on about)
            reasons.append((Reason("negation_match", f"{n.cue.text} {n.scope.text}", refusal.group(),
                                   f"both say it was refused: “{refusal.group()}”"), decisive or hit[0] in main))
        elif hit and n.cue.text.lower() == "un" and (subject_spared or _spared_elsewhere(analysis.claim, text)):
            # ("The lorry driver came out … unhurt": the harm of others, "Fourteen pupils were injured")
            continue
        elif hit:
            reasons.append((Reason("negation", f"{n.cue.text} {n.scope.text}", _quote(text, hit[0]),
                                   f"the claim denies “{_quote(analysis.claim, hit[0])}”, which the passage asserts"),
                            asserted_against or not main.isdisjoint(hit)))
    return reasons[:2]


# what someone lost ("lost power", "losing their homes"), which one without it is without
_LOST = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:(?:the|their|its|his|her|all)\s+)?([a-z]+)\b", re.IGNORECASE)


# "The lorry driver was not injured", "the bus driver was unhurt": one named by a noun, said to have come to no harm
_SPARED = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
                     r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:not\s+(?:seriously\s+|badly\s+)?"
                     r"(?:injured|hurt|harmed|wounded)|(?:left\s+)?(?:unhurt|unharmed|uninjured|unscathed))"
                     r"|(?:came|walked|got|escaped|emerged)\s+(?:[\w'’-]+\s+){0,9}?(?:unhurt|unharmed|uninjured|unscathed)"
                     r"|(?:escaped|avoided)\s+(?:injury|injuries|harm))\b")


@memo(256)  # (the claim's own reading, asked again for every passage of its pool)
def _spared(text: str) -> frozenset[tuple[str, ...]]:
    """The stems of each one a text names by a noun and says came to no harm ("The lorry driver was not injured")."""
    return frozenset(tuple(content_stems(m.group("np"))) for m in _SPARED.finditer(text))


def _spared_alike(claim: str, text: str) -> bool:
    """Whether the claim and the passage say the same one, named by the same noun, came to no harm ("The lorry driver
    came out of the crash unhurt" / "The lorry driver was not injured")."""
    said = _spared(claim)
    return bool(said) and not said.isdisjoint(_spared(text))


def _spared_elsewhere(claim: str, text: str) -> bool:
    """Whether the claim says one named by a noun came to no harm ("The lorry driver came out … unhurt") and the passage
    does not name that one (its harm is of others)."""
    said = _spared(claim)
    return bool(said) and not any(set(np) <= content_stem_set(text) for np in said)


def _claim_denied_harm(analysis: ClaimAnalysis) -> set[str]:
    """The harms the claim denies (as fates: "~injured")."""
    return {s for n in analysis.negations for s in _with_fates(_scope_stems(n.scope.text, n.cue.text))
            if s.startswith("~")}


def _harm_denied_alike(analysis: ClaimAnalysis, negations: tuple[tuple[str, str], ...], agreed: list[str]) -> bool:
    """Whether both deny the same harm of the same set of people ("no firefighters were injured" / "none of its
    firefighters were hurt"): the denial the claim makes, whatever else they share."""
    return any(s.startswith("~") for s in agreed) and any(
        denied_set(n.cue.text, n.scope.text) & denied_set(cue, scope)
        for n in analysis.negations for cue, scope in negations)


def _deaths_of_its_own(text: str) -> bool:
    """Whether a sentence tells of deaths in its own clause, not in one that recalls another incident ("…, where a blaze
    killed 16 workers in March", "three days after a deadly rocket strike")."""
    m = _KILLED_WORDS.search(text) or _DEADLY.search(text)
    return m is not None and _RECALLING.search(text, 0, m.start()) is None


_DEADLY = re.compile(r"\bdeadly\b", re.IGNORECASE)
_RECALLING = re.compile(r"\b(?:where|after|since|before|following|when|which|who|earlier|previous|last)\b",
                        re.IGNORECASE)
_HARM_WORD = re.compile(r"\b(?:hurt|injur\w*|wounded|killed|dead|died)\b", re.IGNORECASE)
# "no pupil was hospitalised", "no patients died": the noun before the clause's verb
_NO_SUBJECT = re.compile(r"^\s*(?P<np>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?:was|were|is|are|had|has|have|will"
                         r"|would|could|can|did|died|[a-z]{3,}ed)\b")


_NO_ONE_STEMS = frozenset(stem(w) for w in "no one nobody none anyone".split())
_HARM_STEMS = _FATE_STEMS | frozenset(stem(w) for w in "harmed injuries casualties hospitalised hospitalized".split())


def _bare_harm_denial(text: str, negations: tuple[tuple[str, str], ...]) -> bool:
    """Whether a sentence says only that no one was harmed ("Nobody was hurt.", "No one was killed or injured."):
    no subject, place or time of its own, so it speaks of the incident its article reports."""
    return any(_of_everyone(cue, scope) for cue, scope in negations) \
        and set(content_stem_set(text)) - _NO_ONE_STEMS <= _HARM_STEMS


def _claim_harm(analysis: ClaimAnalysis, terms: ClaimTerms) -> set[str]:
    """The harms the claim's main clause asserts or denies (read as fates: "~injured")."""
    return {s for s in _with_fates(set(terms.main_fates)) if s.startswith("~")} | _claim_denied_harm(analysis)


# "both guards had been freed unharmed", "All 30 passengers were rescued unhurt": who the prefix denies harm of
_UNHARMED_OF = re.compile(r"\b(?P<set>[A-Za-z][\w'’-]*)\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+"
                          r"(?:[a-z]+\s+){0,2}?un(?:harmed|hurt|injured|scathed)\b")


_ANYONE_WORDS = frozenset(stem(w) for w in "they everyone everybody all people person them".split())


def _unharmed_set(text: str) -> set[str]:
    """The stem of the set a sentence says came out unharmed ("both guards had been freed unharmed" → guard);
    nothing for anyone ("everyone was unhurt", "they were freed unharmed")."""
    m = _UNHARMED_OF.search(text)
    if m is None:
        return set()
    return set(content_stems(m.group("set"))[-1:]) - _NO_ONE_STEMS - _ANYONE_WORDS


def _of_everyone(cue: str, scope: str) -> bool:
    """Whether a negation denies something of everyone: "nobody", "none", "no one" (read as the cue "no" of "one …")."""
    return _EVERYONE.match(cue) is not None or (cue.lower() == "no" and re.match(r"one\b", scope) is not None)


# a count that is no harm done: one that might have been ("could have been injured"), or one reported to be wrong
# ("Early reports that two workers were injured … were wrong")
# ("Earlier this month, two workers were injured in a smaller fire at the same plant": another incident's)
_NOT_DONE = re.compile(r"\b(?:could|would|might|may)\s+have\s+been\b|\breports?\s+that\b|\b(?:was|were)\s+(?:wrong"
                       r"|false|incorrect|untrue|mistaken)\b|\bdenied\b|\bif\b|\bhad\s+the\b"
                       r"|\b(?:earlier|previously|ago|last\s+(?:week|month|year))\b", re.IGNORECASE)


_IN_MONTH = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-)\s*("
                       + "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may") + r")\b")


# whom harm is counted of that are no people ("Two horses were injured in Thursday's fire")
_ANIMALS = frozenset(stem(w) for w in """horses horse cattle cows cow dogs dog sheep pigs pig animals animal birds bird
    chickens goats livestock camels donkeys""".split())


def _harm_counted(text: str, quantities: tuple[Quantity, ...] | list[Quantity],
                  interval: tuple[date, date, str]) -> set[str]:
    """The harms a passage counts as done to people ("Two workers were injured in Thursday's fire", "three firefighters
    were hurt": ~injured; not to animals), in a sentence that states no day outside `interval` ("In March, two workers
    were injured in a fire at the same sawmill") and tells of no harm that might have been or that is denied."""
    if _NOT_DONE.search(text) or any(d.start is not None and d.end is not None
                                     and (d.end < interval[0] or d.start > interval[1]) for d in find_dates(text)):
        return set()
    # (a month named alone, which find_dates leaves to the article: "In March, …" of a claim of June)
    start, end = interval[0], min(interval[1], interval[0] + timedelta(days=366))
    months = {(start.month - 1 + k) % 12 + 1 for k in range((end.year - start.year) * 12 + end.month - start.month + 1)}
    if any(MONTHS[m.group(1).lower()] not in months for m in _IN_MONTH.finditer(text)):
        return set()
    return {f"~{q.predicate}" for q in quantities if q.predicate in ("injured", "killed") and q.value
            and not (q.unit and stem(q.unit.split()[-1].lower()) in _ANIMALS)}


def _no_subject(cue: str, scope: str) -> tuple[set[str], set[str]]:
    """The stems of the noun a "no" opens its scope with, when a verb follows it, and of that verb, with its fates
    ("No pupil was hospitalised": pupil; hospitalis): what is denied is the verb's, not that there are pupils."""
    m = _NO_SUBJECT.match(scope) if cue.lower() == "no" else None
    if m is None:
        return set(), set()
    rest = [w for w in re.findall(r"[a-z][\w'’-]*", scope[m.end("np"):].lower()) if w not in _AUXILIARY_WORDS]
    return set(content_stems(m.group("np"))), _with_fates(set(content_stems(rest[0]))) if rest else set()


_AUXILIARY_WORDS = frozenset("was were is are had has have will would could can did been being be not".split())


# the share of the claim's main clause a passage must state for a negation of that clause to decide
CLAUSE_DENIED = 0.5


def _clause_denied(terms: ClaimTerms, scope: str, word: str, passage_stems: set[str], claim: str,
                   subject: str = "") -> bool:
    """Whether a negation denies the claim's main clause itself: its scope holds the denied word and another word of
    that clause ("No fertiliser leaked from the damaged wagons" against "Fertiliser leaked from the freight wagons
    that derailed …"), or the negated verb's subject just before it does ("The camp's two schools were not closed"
    against "Schools at the Pell Ridge refugee camp were shut …"), and the passage states at least half of the
    clause (CLAUSE_DENIED)."""
    clause = _with_fates(set(terms.main_content) - set(terms.name_weights) - set(_DATE_WORDS) - _NOT_OF_CLAUSE
                         - _reason_stems(claim))
    if word not in clause or not clause:
        return False
    own = re.split(r"\s+and\s+(?=" + _FINITE_AFTER_AND.pattern + ")", scope)[0]  # (not "… and called for …")
    # (the subject, for a negated verb with nothing after it of its own: "were not closed"; not "had not reached the
    # Holm wells", whose object is another than the claim's)
    alone = not (_with_fates(set(content_stem_set(unphrase(own)))) - {word})
    in_scope = _with_fates(set(content_stem_set(unphrase(f"{subject} {own}" if alone else own)))) & clause
    return len(in_scope - {word}) >= 1 and len(clause & _with_fates(passage_stems)) >= CLAUSE_DENIED * len(clause)


# a negated verb's subject in its own clause, just before the negation ("The camp's two schools were not closed"): a
# few words after the clause's start, with no verb of saying
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]\s*|\bthat\s+)(?P<subject>(?:[\w'’-]+\s+){1,5}?)"
                             r"(?:was|were|is|are|had|has|have|did|does|do|could|would|will|can)"
                             r"(?:\s+(?:been|be|yet|still|ever))?\s*$", re.IGNORECASE)


# a negation of everyone's deed, as its clause's subject ("No group has claimed responsibility for …", "Nobody has been
# charged over …"), at the sentence's start or after a comma, "that" or a verb of saying
_OF_ALL = re.compile(r"(?:^|[,;:]\s*|\bthat\s+|\b(?:said|says)\s+)(?:no|nobody|none)\s*$", re.IGNORECASE)


def _denied_of_all(terms: ClaimTerms, cue: str, scope: str, text: str) -> bool:
    """Whether a passage denies of everyone what the claim says someone did: "No group has claimed responsibility for
    the website outage" against "Grey Lantern claimed responsibility for the outage that took … offline" (the scope
    holds half the claim's predicate, PREDICATE_MIN_COVERAGE, its names aside)."""
    at = text.find(f"{cue} {scope}")
    if at < 0 or _OF_ALL.search(text[:at + len(cue)]) is None or not terms.predicate_weights:
        return False
    held = _with_fates(set(content_stem_set(scope)))
    weights = terms.predicate_weights
    return sum(w for s, w in weights.items() if s in held) / sum(weights.values()) >= PREDICATE_MIN_COVERAGE


# (a claim that contrasts two things itself: "personnel files rather than patient records were copied")
_CONTRASTED = re.compile(r"\b(?:rather|instead|but|except)\b", re.IGNORECASE)
_VERB_NEGATION = re.compile(r"not|never|cannot|\w+n['’]t", re.IGNORECASE)
RESTATED_NEGATED = 0.8  # the share of the claim's content words a passage must hold to negate it in other words


def _restated_negated(said: str, terms: ClaimTerms, text: str, negations: tuple[tuple[str, str], ...],
                      passage_stems: set[str]) -> list[tuple[Reason, bool]]:
    """A passage that holds nearly all the claim's words (RESTATED_NEGATED) but a verb, with a negation in its own
    clause whose scope, with its subject, holds two of the claim's words: the claim said the other way ("was not
    affected by the second attack" / "was also hit in the second attack"). Not a negation reported after "that"."""
    claim = set(terms.content)
    if not claim or len(claim & passage_stems) / len(claim) < RESTATED_NEGATED:
        return []
    # (the claim's own words of what was done, not its names, nor its credit's "according")
    missing = sorted(set(terms.predicate_weights) - passage_stems)
    if not missing or _CONTRASTED.search(said):
        return []
    for cue, scope in negations:
        at = text.find(f"{cue} {scope}")
        if at < 0 or re.search(r"\bthat\s+(?:\w+\s+){0,4}$", text[:at]) or not _VERB_NEGATION.fullmatch(cue.strip()):
            continue  # (a verb negated, "was not affected"; not "no clear sign of the two missing fishermen")
        if len(set(content_stem_set(f"{_subject_of(text, cue, scope)} {scope}")) & claim) >= 2:
            return [(Reason("negation", missing[0], f"{cue} {scope}",
                            f"the passage restates the claim and denies it: “{cue} {scope}”"), True)]
    return []


_SAID_IN = re.compile(r"\b(?:" + "|".join(sorted(SAYING_WORDS)) + r")\b", re.IGNORECASE)


def _subject_of(text: str, cue: str, scope: str) -> str:
    """The words of the subject a negation's verb is said of, when they stand just before its cue."""
    at = text.find(f"{cue} {scope}") if scope else text.find(cue)
    if at <= 0:
        return ""
    found = _SUBJECT_BEFORE.search(text[:at])
    if found is None or _SAID_IN.search(found.group("subject")):
        return ""  # (not a speaker's: "Brask said the leak had not reached …")
    return found.group("subject")


def _holds_a_name(analysis: ClaimAnalysis, previous: str | None, text: str) -> bool:
    """Whether a passage (with the sentence before) names a name of the claim by its first word: "Halden" of "Halden
    Regional Airport", not only "Airport", which another airport's "Teslin Airport Corporation" holds too. True for a
    claim of no names."""
    firsts = _first_words(analysis)[0]
    return not firsts or any(f <= _context_stems(text, previous) for f in firsts)


def names_the_claim(analysis: ClaimAnalysis, text: str, previous: str | None) -> bool:
    """Whether a passage, with the sentence before, names every name of the claim but its site by its first word: a
    flight, a firm, a town, not a people ("Palestinians", "Americans": many incidents have them) nor a date. False for
    a claim of no such name."""
    firsts = _first_words(analysis)[1]
    if not firsts:
        return False
    context = _context_stems(text, previous)
    return all(f <= context for f in firsts)


def names_only_its_site(analysis: ClaimAnalysis) -> bool:
    """Whether the claim's only names (but peoples and dates) are its site's: "No one was injured when the Harbourgate
    Mall was evacuated"."""
    return bool(analysis.event.site) and not _first_words(analysis)[1]


def _context_stems(text: str, previous: str | None) -> AbstractSet[str]:
    # (each sentence's stems are memoized: a pool's passages are read by several rules)
    return content_stem_set(text) | content_stem_set(previous) if previous else content_stem_set(text)


_last_firsts: tuple[ClaimAnalysis, tuple[list[frozenset[str]], list[frozenset[str]]]] | None = None


def _first_words(analysis: ClaimAnalysis) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The stems of the first word of each of the claim's names but dates, and of those but peoples and the site;
    those of the last claim are kept (a pool's passages are read one after another against it)."""
    global _last_firsts
    if _last_firsts is not None and _last_firsts[0] is analysis:
        return _last_firsts[1]
    site = analysis.event.site
    every, kept = [], []
    for e in analysis.entities:
        first = frozenset(content_stems(e.text.split()[0]))
        if not first or first & _DATE_WORDS:
            continue
        every.append(first)
        if demonym_country(e.text.split()[0]) is None and not _PEOPLE_NAME.search(e.text) \
                and not (site and same_place(e.text, site)):  # (the site, the event match compared)
            kept.append(first)
    _last_firsts = (analysis, (every, kept))
    return every, kept


_PEOPLE_NAME = re.compile(r"^[A-Z][a-z]+(?:ians|ans|ese|is|ers)$")  # "Palestinians", "Israelis", "Kesmarkers"


# a quantifier or a connective, which content_stems keeps ("Several flights were cancelled …"): no word of what the
# clause asserts
_NOT_OF_CLAUSE = frozenset(stem(w) for w in "several many some few numerous various because due owing".split())
# the reason a claim gives for its clause ("… because of the baggage breakdown", "due to a power fault"): a denial
# of the clause leaves the reason moot, so its words are not the clause's to be stated
_REASON = re.compile(r"\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+(?P<why>[^,;.]+)", re.IGNORECASE)


@memo(1024)  # (a claim's own reading, asked for each negation of each passage)
def _reason_stems(claim: str) -> frozenset[str]:
    return frozenset().union(*(content_stem_set(m.group("why")) for m in _REASON.finditer(claim)))


def _goes_on(text: str, scope: str) -> bool:
    """Whether a negated doer goes on with a clause of its own ("and not by Pelle, which made them last season")."""
    at = text.find(scope)
    return at >= 0 and _OWN_CLAUSE.match(text, at + len(scope)) is not None


_OWN_CLAUSE = re.compile(r"\s*,\s*(?:which|who|whose|that)\b")
_BY_AGENT = re.compile(r"by\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*)*)$")
_OUTSIDE = re.compile(r"\b(?:outside|beyond)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_HARMED_THERE = re.compile(r"\b(?:hurt|injured|killed|harmed|wounded|died)\s+there\b", re.IGNORECASE)
def _reported_denial(claim: str, cue_start: int, credited: tuple[str, ...]) -> bool:
    """Whether a claim's negation is a denial it credits to someone ("X denied that …") whom the passage
    does not credit."""
    return any(a.cue.lower().startswith("den") and a.char_end <= cue_start
               and not any(same_source(source_name(a.source) or a.source, c) for c in credited)
               for a in _claim_attributions(claim))


@memo(1024)
def _claim_attributions(claim: str) -> tuple[Attribution, ...]:
    return tuple(find_attributions(claim))


# a word used as a noun, an adjective or a purpose ("the end of the week", "sick leave", "close to
# the centre", "talks to end the strike"): not the act the passage reports
_NOT_AN_ACT_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|sick|annual|to)\s+)$", re.IGNORECASE)
_NOT_AN_ACT_AFTER = re.compile(r"^\s+(?:to|of|by)\b", re.IGNORECASE)


def _denied_word(reason: Reason) -> str:
    """The word a negation reason is about: the claim's word, or the passage's when the claim denies."""
    return reason.claim_text if " " not in reason.claim_text.strip() else reason.passage_text


# "hit the post", "struck the crossbar": a shot that missed, however it is said (not the opposite of "missed")
_NEAR_MISS = re.compile(r"\b(?:hit|hits|struck|strikes)\s+(?:the\s+)?(?:post|bar|crossbar|woodwork|upright|rim)\b",
                        re.IGNORECASE)


def _acts(text: str) -> set[str]:
    """The stems of the words of a text used as acts (see _NOT_AN_ACT_BEFORE), synonyms merged."""
    found = set()
    text = _NEAR_MISS.sub("missed", unphrase(text))
    for m in re.finditer(r"[A-Za-z]+", text):
        if _NOT_AN_ACT_BEFORE.search(text[max(0, m.start() - 12):m.start()]) is None \
                and _NOT_AN_ACT_AFTER.match(text[m.end():m.end() + 6]) is None:
            found.update(content_stems(m.group()))
    return found


OPPOSITE_DENIED = ": the same said by denying its opposite"  # (the detail's end: what the claim asserts is stated)
# (and not its reason after it: "was called off *because of the outbreak*" is opposed by "will go ahead as planned")
# (…and what it came after, "called off its Christmas market *after the bridge collapse*": a decision's occasion, which
# a passage on the decision itself need not restate)
_CONCESSION = re.compile(r",?\s+\b(?:even\s+though|although|though|despite|in\s+spite\s+of|because|due\s+to"
                         r"|owing\s+to|after\s+the|following\s+the|in\s+the\s+wake\s+of)\b", re.IGNORECASE)


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _to_restate(claim: str, content: frozenset[str], main_content: frozenset[str]) -> frozenset[str]:
    """The claim's words an opposite's passage must restate: those of its main clause, when a clause only picks out its
    object ("accepted the fine *imposed over the April outbreak*"), and not of a concession or a reason after it
    ("stayed open in February *even though two of its pupils had measles*")."""
    kept = main_content if main_content and main_content < content else content
    conceded = _CONCESSION.search(claim)
    before = content_stem_set(claim[:conceded.start()]) if conceded is not None else frozenset()
    return frozenset(kept & before) if kept & before else frozenset(kept)


def _opposed(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, previous: str | None,
             negations: tuple[tuple[str, str], ...], title: str = "") -> list[Reason]:
    """"… were halting their attacks" against "… attacks will continue unabated": a passage that
    restates the rest of the claim (NEGATION_MIN_COVERAGE of its words) with the opposite act
    (synonyms.OPPOSED) and not the claim's own contradicts it, like a negation."""
    verbs = [s for s in terms.predicates if s in OPPOSED and s not in terms.negated]
    if goes_on_until_a_time(analysis.claim):
        verbs = [s for s in verbs if s != _CONTINUE]  # "went on until 2022" is not opposed by "stopped in 2022"
    if not verbs or (find_conditions(analysis.claim) and find_conditions(text)):
        # ("would go on until X" and "will stop only when X" say one thing: conditions are compared
        # as conditions, service.text.conditions)
        return []
    stems = read_stems(text, previous)
    if terms.subject and not core_subject(terms.subject) & stems:
        return []  # another's act ("The governor vetoed the bill" for "The union backed the bill")
    # (the rest of the claim may be in the sentence before, and its names in the headline: "Port Halvik's airport was
    # closed for two days" under "Cyclone Irsa batters the coast"; not the headline's other words, which name a
    # subject, not what was done to it: "In 1998, 16% of the world's reefs died as a result of increased water
    # temperature" under "Coral" is no rise of corals)
    around: set[str] | None = None  # (read only for a passage that holds an opposite act)
    acts: set[str] | None = None
    denied: set[str] = set()
    # (the rest of the claim without its days, which the date rules compare:
    # "Al-Mayadeen said most of the missiles fired … in the January 2024 attack missed the base")
    aside = set(_DATE_WORDS) | {s for s in terms.content if s.isdigit()}
    content = _to_restate(analysis.claim, frozenset(terms.content), terms.main_content)
    for verb in verbs:
        rest = content - set(verbs) - aside
        if verb in stems or not rest or len(rest & stems) < OPPOSED_OWN_COVERAGE * len(rest):
            continue
        if acts is None:
            denied = set().union(*(_scope_stems(scope) for _, scope in negations))
            acts = _acts(text)
        # the opposite as an act of the passage, and not a word the claim uses too ("… after the rain stopped")
        other = sorted((OPPOSED[verb] & acts) - denied - terms.predicates)
        # (…or denied, which says what the claim says: "Brackenford Grammar did not close" for "… stayed open")
        agrees = not other and bool(OPPOSED[verb] & denied - terms.predicates)
        if agrees:
            other = sorted(OPPOSED[verb] & denied - terms.predicates)
        if not other:
            continue
        if around is None:
            around = stems | content_stem_set(previous or "") | (content_stem_set(title) & terms.name_weights.keys())
        if len(rest & around) < NEGATION_MIN_COVERAGE * len(rest):
            continue
        doer = terms.subject or (_before_word(analysis.claim, verb) - aside)
        # (who "Both officials" are, the sentence before says)
        told = f"{previous} {text}" if previous and _WHO_BEFORE.match(text) else text
        if terms.subject and _passive(analysis.claim, verb):
            # the claim's subject is who it was done to ("Lukas Ferrow was convicted of money laundering"): the
            # passage's act is done to them ("The court acquitted Ferrow of …", "Ferrow was acquitted")
            if not _done_to(terms.subject, text, other[0]):
                continue
        elif doer and not _done_by(doer, told, other[0]):
            continue  # another's act ("Governor Lenz vetoed the bill passed by the Senate")
        if agrees:
            return [Reason("negation_match", _quote(analysis.claim, verb), _quote(text, other[0]),
                           f"the passage denies “{_quote(text, other[0])}”, the opposite of the claim's "
                           f"“{_quote(analysis.claim, verb)}”{OPPOSITE_DENIED}")]
        return [Reason("negation", _quote(analysis.claim, verb), _quote(text, other[0]),
                       f"the passage says “{_quote(text, other[0])}”, the opposite of the claim's "
                       f"“{_quote(analysis.claim, verb)}”")]
    return []


# an adjective and its opposite made by a negative prefix ("normal" / "abnormal", "stable" / "unstable", "legal" /
# "illegal"): a word of five letters or more with an adjective's ending after the prefix
# (a rule, not a list: no thesaurus ships within our speed limits; the words that look so but are no opposites are
# listed)
_NEGATIVE_PREFIX = re.compile(r"^(?:un|in|im|ir|il|ab|non-?|dis)(?P<rest>[a-z]{5,})$")
_ADJECTIVE_END = re.compile(r"(?:al|able|ible|ive|ent|ant|ous|ic|ful|ary|ar|ure|ate|ly)$")
_NOT_OPPOSITES = frozenset("""invaluable inflammable indifferent impassive invent invented infamous inhabitable
    unravel disgruntled immediate inpatient""".split())
_NOT_BEFORE = re.compile(r"\b(?:not|no|never|n't|hardly)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _prefixed_opposite(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, previous: str | None) -> list[Reason]:
    """"… pressure readings were abnormal" against "… pressure readings were normal": a passage that restates the
    rest of the claim (NEGATION_MIN_COVERAGE) with the opposite adjective, its negative prefix added or taken away,
    contradicts it like a negation — each side holding one form only, written in lower case (not "the Constitutional
    Court"), and used alike: both said of what the sentence is about ("were normal"), or both before the same noun
    (not "non-military buildings" for "the military said", nor "an abnormal reading" for "levels were normal")."""
    claim_found = _lower_words(analysis.claim)
    found = [(m.start(), m.group()) for m in _LOWER_WORD.finditer(text)]
    claimed_words = {w for _, w in claim_found}
    said = {w for _, w in found}
    pairs = []
    for at, word in claim_found:
        rest = _prefixed(word)
        if rest is not None and rest in said and word not in said and rest not in claimed_words:
            pairs.append((at, word, next(a for a, w in found if w == rest), rest))
    for at, word in found:
        rest = _prefixed(word)
        if rest is not None and rest in claimed_words and word not in claimed_words and rest not in said:
            pairs.append((next(a for a, w in claim_found if w == rest), rest, at, word))
    for claim_at, claimed, text_at, stated in pairs:
        own = stem(claimed)
        if own in terms.name_weights or own in terms.negated:
            continue
        if _NOT_BEFORE.search(text, max(0, text_at - 20), text_at) or _NOT_BEFORE.search(
                analysis.claim, max(0, claim_at - 20), claim_at):
            continue  # "not unusual": the opposite denied
        if _noun_after(analysis.claim, claim_at + len(claimed)) != _noun_after(text, text_at + len(stated)):
            continue  # used otherwise: of another noun, or one as a noun
        stems = read_stems(text, previous)
        if terms.subject and not core_subject(terms.subject) & stems:
            continue  # of another subject ("Carbon monoxide is … highly toxic" for "CO2 is … non-toxic")
        rest = set(terms.predicate_weights) - {own}
        if not rest or len(rest & stems) < NEGATION_MIN_COVERAGE * len(rest):
            continue
        return [Reason("negation", claimed, stated,
                       f"the passage says “{stated}”, the opposite of the claim's “{claimed}”")]
    return []


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*[a-z]\b")


@memo(256)  # (the claim's, read once per claim rather than once per passage)
def _lower_words(text: str) -> tuple[tuple[int, str], ...]:
    """The words of a text written in lower case, with where each starts."""
    return tuple((m.start(), m.group()) for m in _LOWER_WORD.finditer(text))
# words after an adjective said of the subject ("were normal throughout the weekend"): no noun it stands before
_NOT_NOUNS = frozenset("""throughout despite since until amid across near within because although though yet and or
    nor but before after during over under at on in of to for from by with as than when while where which who that
    this these those its their his her our is are was were be been being has have had said says""".split())


def _noun_after(text: str, end: int) -> str | None:
    """The stem of the noun an adjective stands before ("an abnormal *reading*"), or None when it is said of the
    subject ("were normal.", "were abnormal before the blast")."""
    m = re.match(r"\s+([a-z][a-z-]*)", text[end:])
    if m is None or m.group(1) in _NOT_NOUNS or m.group(1).endswith("ly"):
        return None
    return stem(m.group(1))


# the short adjectives a negative prefix makes opposites of, which the rule's five letters leave out ("unsafe" /
# "safe"; not "unless", "unlike")
_SHORT_OPPOSITES = frozenset("unsafe unfit unfair untrue unwell unsure unjust unsound unwise unkind".split())


def _opposable(word: str) -> bool:
    """Whether a prefixed word is an adjective whose prefix negates it (not "disagreement", "invaluable")."""
    return word in _SHORT_OPPOSITES or (bool(_ADJECTIVE_END.search(word)) and not word.endswith("ment")
                                        and word not in _NOT_OPPOSITES)


def _prefixed(word: str) -> str | None:
    """The word a negative prefix was added to ("abnormal" → "normal"), when it is one that negates."""
    if word in _SHORT_OPPOSITES:
        return word[2:]
    m = _NEGATIVE_PREFIX.match(word)
    return m.group("rest") if m and _opposable(word) else None


# a subject the sentence before names ("Both officials agreed", "They vetoed")
_WHO_BEFORE = re.compile(r"^\W*(?:Both|They|He|She|It|The\s+two|All\s+three|Each)\b")


_A_WORD = re.compile(r"\b[\w'’-]+\b")


def _first_at(text: str, word_stem: str) -> int | None:
    """Where the first word of `text` with this stem (or of its synonym group) starts."""
    for m in _A_WORD.finditer(text):
        found = stem(m.group().lower())
        if found == word_stem or CANONICAL.get(found) == word_stem:
            return m.start()
    return None


def _before_word(text: str, word_stem: str) -> frozenset[str]:
    """The content stems before the first word of `text` with this stem (its subject, for a verb)."""
    at = _first_at(text, word_stem)
    return frozenset() if at is None else frozenset(content_stems(text[:at]))


_BE = r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?"


def _passive(text: str, word_stem: str) -> bool:
    """Whether a text's verb of that stem is passive ("was convicted")."""
    return re.search(_BE + re.escape(_quote(text, word_stem)) + r"\b", text) is not None


def _done_to(subject: frozenset[str], text: str, act: str) -> bool:
    """Whether the passage's act is done to the claim's subject: named after the act ("acquitted Ferrow"), or
    before it in a passive ("Ferrow was acquitted")."""
    at = _first_at(text, act)
    if at is None:
        return True
    wanted = core_subject(subject)
    if _passive(text, act):
        return len(wanted & set(content_stems(text[:at].split(";")[-1]))) * 2 >= len(wanted)
    return len(wanted & set(content_stems(text[at:]))) * 2 >= len(wanted)


def _done_by(subject: frozenset[str], text: str, act: str) -> bool:
    """Whether the claim's subject (or who it says spoke) is named before the passage's act ("The Senate
    vetoed", "Norway has also vetoed"; not "… vetoed the bill passed by the Senate")."""
    at = _first_at(text, act)
    if at is None:
        return True
    before = text[:at].split(";")[-1]
    wanted = core_subject(subject)
    return len(wanted & set(content_stems(before))) * 2 >= len(wanted)


# a legislature's chamber, and "both chambers of Congress approved …", "passed the House and the Senate"
_CHAMBER_NAME = (r"(?:Senate|House(?:\s+of\s+(?:Representatives|Commons|Lords))?|[Uu]pper\s+[Hh]ouse"
                 r"|[Ll]ower\s+[Hh]ouse|[Aa]ssembly|Bundestag|Bundesrat|Duma|Commons|Lords)")
_CHAMBER = re.compile(r"\b" + _CHAMBER_NAME + r"\b")
_BOTH_CHAMBERS = re.compile(r"\b(?i:both\s+(?:chambers|houses))\b|\b" + _CHAMBER_NAME + r"\s+and\s+(?:the\s+)?"
                            + _CHAMBER_NAME + r"\b")
# "the Senate approved the package", "the bill was passed by the Senate", "… cleared the House": one chamber
_ONE_CHAMBER = re.compile(r"\b(?P<chamber>" + _CHAMBER_NAME + r")\s+(?:\w+ly\s+|has\s+|had\s+|have\s+)?"
                          r"(?:passed|approved|cleared|adopted)\b|\b(?:passed|approved|cleared|adopted)\s+(?:by\s+|in\s+)?"
                          r"(?:the\s+)?(?:US\s+|U\.S\.\s+)?(?P<object>" + _CHAMBER_NAME + r")\b")
_PASSING = frozenset(stem(w) for w in "pass passed approve approved clear cleared adopt adopted".split())
_LEGISLATURE = frozenset(stem(w) for w in """both chamber chambers house houses congress parliament legislature
    senate""".split())


def _both_chambers(terms: ClaimTerms, claim: str, candidate: Candidate, text: str, previous: str | None,
                   negations: tuple[tuple[str, str], ...]) -> list[Reason]:
    """"Both chambers of Congress had approved the package" against "The legislation, however, is yet
    to clear the Senate": a chamber that has not passed it, in a passage (with the sentence before,
    when it refers back) that names most of what was passed (NEGATION_MIN_COVERAGE). The passage
    must speak of the claim's bill: a bare "The bill / legislation …" going on from the sentence
    before, or one of the claim's own words (not "the bill to raise the minimum wage"); and say it
    as a fact (not "had hoped it would not clear"), with no later passing in the next sentence."""
    found = _BOTH_CHAMBERS.search(claim) if negations else None
    one = _main_chamber(claim) if negations and found is None else None
    found = found or one
    if found is None or terms.negated or not _PASSING & terms.predicates:
        return []
    # a claim that one chamber passed it is denied only by that chamber's not having passed it
    named = _chamber_of(one.group("chamber") or one.group("object")) if one is not None else None
    rest = {s for s in terms.content if s not in _PASSING and s not in _LEGISLATURE and s not in _BILL_WORDS
            and s not in _WHEN_AFTER}
    stems = read_stems(text, previous)
    if not rest or len(rest & stems) < NEGATION_MIN_COVERAGE * len(rest):
        return []
    if not (_BARE_BILL.match(text) or (rest - _BILL_WORDS) & set(content_stem_set(text))):
        return []
    following = candidate.passage.context.next or ""
    if _PASSING & set(content_stem_set(following)) and not find_negations(following):
        return []  # "It finally cleared the Senate in April"
    for cue, scope in negations:
        at = text.find(f"{cue} {scope}")
        if at > 0 and _HOPED.search(text[:at]):
            continue
        first = next((s for s, _ in stemmed_words(scope) if s not in ("yet", "still", "even")), None)
        chamber = _CHAMBER.search(scope)
        after = text[at + len(cue) + 1 + len(scope):] if at >= 0 else ""
        if chamber is not None and _COMMITTEE.match(scope, chamber.end()):
            continue  # "the Senate's audit committee", "the Senate Agriculture Committee": not the chamber
        if _PASSING & set(content_stem_set(after)):
            continue  # "…, though the full Senate passed it in April"
        if named is not None and chamber is not None and _chamber_of(chamber.group()) != named:
            continue
        if first is not None and first in _PASSING and chamber is not None:
            return [Reason("negation", found.group(), f"{cue} {scope}",
                           f"the passage says it is {cue} {scope}: not {found.group()}")]
    return []


def _main_chamber(claim: str) -> re.Match[str] | None:
    """The chamber the claim says passed its bill: of several ("the bill passed by the House was approved
    by the Senate"), the one after "was", else the first not in a relative clause."""
    # (not one in a relative clause: "the bill that was passed by the House")
    found = [m for m in _ONE_CHAMBER.finditer(claim)
             if not re.search(r"\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+$", claim[:m.start()])]
    after_aux = [m for m in found if re.search(r"\b(?:was|were|is|are|been)\s+$", claim[:m.start()])]
    return after_aux[0] if after_aux else (found[0] if found else None)


def _chamber_of(name: str) -> str:
    """A chamber's name without its long form ("House of Representatives" is the House; the Commons and
    the Lords are two)."""
    low = " ".join(name.lower().split())
    for house in ("commons", "lords"):
        if low.endswith(house):
            return house
    return low.split()[0] if not low.startswith(("upper", "lower")) else low


# "approved by the Senate shortly afterwards": when, not what was passed
_WHEN_AFTER = frozenset(stem(w) for w in "shortly afterwards afterward later soon immediately subsequently then"
                        .split())
_COMMITTEE = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z]+\s+){0,2}(?:committee|panel|subcommittee|commission)\b",
                        re.IGNORECASE)
_BILL_WORDS = frozenset(stem(w) for w in "bill bills legislation measure package deal agreement proposal law".split())
# "The legislation, however, is yet to …": the bill of the sentence before, named bare
_BARE_BILL = re.compile(r"^\W*(?:the|this|that|it)\b"
                        r"(?:\s+(?:legislation|bill|measure|package|deal|agreement|proposal))?(?=\s*,|\s+(?:is|was|has|had|have|will|would|still|however|now|remains|must|may|could)\b)",
                        re.IGNORECASE)
_HOPED = re.compile(r"\b(?:hoped|hope|hopes|feared|fear|fears|expected|expect|expects|predicted|wanted|would|if|unless)"
                    r"\b[^.;]*$", re.IGNORECASE)


_HARM = ("~killed", "~injured")
# "<people> were (seriously) injured", "<people> "were killed …": who suffered which fate
_FATED = re.compile(r"(?P<subject>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s+[\"“]?(?:was|were|had\s+been|have\s+been"
                    r"|has\s+been)\s+(?:\w+ly\s+)?(?P<fate>killed|injured|wounded|hurt)\b")
_SUBJECT_START = re.compile(r".*(?:\bthat\b|\bwho\b|[,;:])\s*", re.IGNORECASE)
# … and whom an active verb of harm names ("killed a customs officer", "wounding two guards"; not "the
# wounded soldiers", an adjective with no determiner or number after it)
_FATED_OBJECT = re.compile(r"\b(?P<fate>kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt(?:ing|s)?)\s+"
                           r"(?P<object>(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s*(?:[,.;]|$)|\s+(?:and|in|on|at|near|with|during|after"
                           r"|as|who|when|while|before|inside|outside)\b)", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:may|might|could|possibly|perhaps|unclear|whether|if|reportedly|allegedly|feared)\b",
                     re.IGNORECASE)


@memo(4096)  # a claim's own reading is asked again for every passage of its pool
def _fated(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """Who a text says was killed or injured, as (content stems of the people, fate)."""
    found = []
    for m in _FATED.finditer(text):
        subject = _SUBJECT_START.sub("", m.group("subject"))
        stems = frozenset(content_stems(subject))
        if stems:
            found.append((stems, "~killed" if m.group("fate") == "killed" else "~injured"))
    for m in _FATED_OBJECT.finditer(text):
        stems = frozenset(content_stems(m.group("object")))
        if stems:
            found.append((stems, "~killed" if m.group("fate").lower().startswith("kill") else "~injured"))
    return tuple(found)


def _claimed_after_all(terms: ClaimTerms, candidate: Candidate, same_event: bool) -> list[Reason]:
    """"No group claimed the two-drone attack on October 31" against a passage of that attack in
    which an armed group claimed or announced it ("the Islamic Resistance in Iraq announced that it
    had achieved its targets"): a `negation`."""
    found = terms.unclaimed if same_event else None
    if found is None or not stored_readings(candidate).owns_attack:
        return []  # (a group that announces a ceasefire, a death or its withdrawal claims no attack)
    groups = [a.source for a in candidate.passage.attributions if a.kind == "armed_group"
              and a.cue.lower().startswith(("claimed", "announced", "declared", "took responsibility"))]
    if not groups:
        return []
    return [Reason("negation", found, groups[0],
                   f"the claim says {found}; the passage says {groups[0]} claimed or announced it")]


def _other_fate(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate, text: str,
                same_event: bool) -> list[Reason]:
    """"Members of the security forces were killed" against "Members of the security forces were
    seriously injured": a claim that says people were killed (or injured), without counting them or
    hedging, and a passage that says the same people (the claim's words for them) suffered only the
    other fate, in a passage restating the rest of the claim (NEGATION_MIN_COVERAGE of its words;
    the day and the site aside in a passage of the claim's own event) whose next sentence does not
    give them the claim's fate ("They later died in hospital")."""
    said = {f for f in terms.main_fates if f in _HARM}
    if len(said) != 1 or any(q.predicate for q in analysis.quantities) or terms.negated \
            or _HEDGED.search(analysis.claim):
        return []
    mine = next(iter(said))
    said_of = _fated(analysis.claim)
    claimed = [who for who, fate in said_of if fate == mine]
    if not claimed or any(fate != mine for _, fate in said_of):
        return []
    stems = set(content_stem_set(text))
    if mine in _fates_of(stems):
        return []
    rest = {s for s in terms.content if not _fates_of({s}) and s not in said}
    if same_event:
        rest -= set(_DATE_WORDS) | set(terms.site)
    if not rest or len(rest & stems) < NEGATION_MIN_COVERAGE * len(rest):
        return []
    following = candidate.passage.context.next or ""
    if mine in _fates_of(set(content_stem_set(following))) or "died" in following:
        return []
    for who, fate in _fated(text):
        if fate != mine and any(len(who & c) >= max(1, len(c) // 2) for c in claimed):
            word = "killed" if fate == "~killed" else "injured"
            return [Reason("fate_mismatch", mine.lstrip("~"), word,
                           f"the claim says they were {mine.lstrip('~')}; the passage, {word}")]
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
    if other_year(found.asked, analysis):
        return []  # "Did the council raise the tax in 2019? No." says nothing of the claim's 2024
    coverage = len(shared) / len(asked)
    # (a negation inside what the claim quotes is the speaker's, not the claim's: "X said ‘No father can …’")
    # (unless the question repeats it: "Did he say he will not play again?")
    spans = [(at, at + len(q)) for q in find_quotes(analysis.claim) if (at := analysis.claim.find(q)) >= 0]
    outside = any(not any(a <= n.cue.start < b for a, b in spans) for n in analysis.negations)
    asks_denial = _denies(found.asked)
    denying = outside or (bool(analysis.negations) and asks_denial)
    flipped = asks_denial != (denying or bool(terms.content & _DENYING))
    polarity = found.polarity if not flipped else ("yes" if found.polarity == "no" else "no")
    said = f"asked “{found.asked}?”, the answer is {found.polarity}"
    if polarity == "no" and coverage >= ANSWER_NO_COVERAGE:
        return [Reason("answer_denies", analysis.claim, passage.text, said + (
            " (the question asks the opposite of the claim)" if flipped else ""))]
    # a yes confirms only what was asked: a question about the claim's subject alone ("Does Australia have a flora
    # and fauna act? Yes." of "The Flora and Fauna Act classified aboriginal people as animals", "Were people in
    # the UK required to self-isolate? Yes." of "People in the UK who are required to self-isolate will receive
    # £500 a week") says nothing of what the claim says of it
    said_of = terms.main_weights or (set(terms.content) - set(terms.name_weights))
    if polarity == "yes" and coverage >= ANSWER_YES_COVERAGE and (not said_of or not asked.isdisjoint(said_of)):
        return [Reason("answer_confirms", analysis.claim, passage.text, said)]
    return []


_OF_WH = re.compile(r"\W*(?:of|about|as\s+to)\s+(?:when|where|how|why|who|which|what|whose)\b", re.IGNORECASE)
# "no evidence linking the break-in to the theft of two paintings": the link is denied, not the theft
_LINKING = re.compile(r"\W*(?:linking|connecting|tying|to\s+(?:link|connect|tie)"
                      r"|of\s+(?:a|any)\s+(?:link|connection))\b", re.IGNORECASE)
_LINK_STEMS = frozenset(stem(w) for w in "link linked connect connected connection tie tied behind responsible".split())


def _denial(analysis: ClaimAnalysis, terms: ClaimTerms, text: str, coverage: float) -> list[Reason]:
    """A passage that restates the claim's predicate and calls it false, baseless, without evidence
    ("dismissed the reports that …"). A claim that itself denies or calls something false is
    left to the negation rules."""
    if coverage < PREDICATE_MIN_COVERAGE or analysis.negations or terms.content & _DENYING:
        return []
    if not terms.predicate_weights and 2 * len(terms.content & content_stem_set(text)) < len(terms.content):
        # a claim of names and places only ("Mardel is located in Ostvar province") restates nothing of its
        # own by its coverage: a denial of something else about one of its names is not a denial of it
        return []
    found = find_denials(text)
    if not found or find_denials(analysis.claim):
        return []
    # (what a "no evidence of …" denies must be of what the claim's main clause says, and of no other people: not
    # "had no indication that anyone had been hurt" against "… was carrying 32,000 tonnes of wheat", nor "no evidence
    # of Kesmarki casualties" against "Two Valdorian border guards were killed" or against "Private Lenz Orlov, the
    # guard wounded at Tarsin, was treated at Brevik General Hospital"; a claim that evidence was found is denied by
    # "no evidence", of whatever it says the evidence showed)
    predicate = set(terms.main_content or terms.predicate_weights or terms.content)
    # (not evidence of when, where or how something happened: "no clear evidence of when the fraud began" says the
    # fraud happened)
    found = [phrase for phrase, what in zip(found, denied_objects(text), strict=True)
             if not _OF_WH.match(what)
             and not (_LINKING.match(what) and terms.content.isdisjoint(_LINK_STEMS))
             and (not what or (not _with_fates(set(content_stem_set(what))).isdisjoint(_with_fates(predicate))
                               and not _another_people(analysis.claim, what))
                  or not set(content_stem_set(phrase)).isdisjoint(terms.content))]
    if not found:
        return []
    return [Reason("denial", analysis.claim, found[0], f"the passage says “{found[0]}” of what the claim states")]


# a people's adjective before a noun ("Kesmarki casualties", "Valdorian border guards"), by its ending
_PEOPLES_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:i|an|ese|ish)\s+(?=[a-z])")


def _another_people(claim: str, what: str) -> bool:
    """Whether what a denial denies is said of another people than the one the claim names its own by ("no
    evidence of Kesmarki casualties" for "Two Valdorian border guards were killed")."""
    theirs = {m.group().strip() for m in _PEOPLES_ADJECTIVE.finditer(what)}
    mine = {m.group().strip() for m in _PEOPLES_ADJECTIVE.finditer(claim)}
    return bool(theirs and mine and theirs.isdisjoint(mine))


# Reasons of a passage that speaks of the claim itself (a yes or no to a question that asks it, a
# denial of what it states): its event and its source are the claim's.
_ABOUT_THE_CLAIM = frozenset(["answer_denies", "answer_confirms", "denial"])


def _denies(text: str) -> bool:
    return bool(find_negations(text)) or bool(set(content_stem_set(text)) & _DENYING)


# A passage sets another condition for what the claim says happens on a condition when it states
# this much of what happens (share of the claim's content stems) and this little of its condition.
CONDITION_SAME_EVENT = 0.6
CONDITION_SAME = 0.5


# a vote with none against ("voted unanimously", "without a vote against") and a vote with some against ("passed by 19
# votes to 6", "a 19-6 vote")
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+single\s+|any\s+)?(?:votes?\s+against|objections?"
                        r"|dissent)\b|\b(?:with\s+)?no\s+(?:votes?\s+against|objections?|dissent)\b", re.IGNORECASE)
_SPLIT_VOTE = re.compile(r"\b(?:by|with)\s+(?P<for>\d+|[a-z]+)\s+votes?\s+to\s+(?P<against>\d+|[a-z]+)\b"
                         r"|\b(?P<for2>\d+)\s*[-–]\s*(?P<against2>\d+)\s+(?:vote|decision|majority)\b", re.IGNORECASE)
_VOTE_WORDS = frozenset(stem(w) for w in "vote voted votes unanimous unanimously motion passed approved backed".split())
VOTE_SAME = 0.5  # share of the claim's other content words a passage (with the sentence before) must hold


def _site_held(analysis: ClaimAnalysis, text: str) -> bool:
    """Whether a text names the claim's site, when the claim has one ("No one was injured in the fire drill held at
    the ferry terminal" does not name the Kessel bus depot)."""
    site = analysis.event.site
    return not site or not content_stem_set(text).isdisjoint(content_stems(site))


@memo(256)  # (a claim's own reading, asked once per pool passage that negates)
def _claim_verb(claim: str) -> str | None:
    """The stem of a claim's main verb in the past ("Several people were arrested at …" → "arrest")."""
    verb = main_verb(claim)
    return stem(verb.lower()) if verb else None


def _votes(claim: str, text: str, previous: str | None) -> list[Reason]:
    """"The council voted unanimously for the study" against "The motion passed by 19 votes to 6" (or the other way
    round): the same vote, with votes against in one and none in the other."""
    said, stated = _UNANIMOUS.search(claim), _UNANIMOUS.search(text)
    split_said, split_stated = _split_vote(claim), _split_vote(text)
    if not ((said and split_stated) or (split_said and stated)):
        return []
    wanted = set(content_stem_set(claim)) - _VOTE_WORDS
    held = set(content_stem_set(f"{previous or ''} {text}"))
    if wanted and len(wanted & held) < VOTE_SAME * len(wanted):
        return []
    claimed, passage = (said.group(), split_stated) if said and split_stated else (split_said, stated.group())
    return [Reason("quantity_mismatch", claimed, passage, f"claim says “{claimed}”; the passage “{passage}”")]


def _split_vote(text: str) -> str | None:
    """The words of a vote with some against ("by 19 votes to 6"), or None."""
    for m in _SPLIT_VOTE.finditer(text):
        against = m.group("against") or m.group("against2")
        value = int(against) if against.isdigit() else WORD_VALUES.get(against.lower())
        if value:
            return m.group()
    return None


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
            if len(condition & set(content_stem_set(p.condition))) < CONDITION_SAME * len(condition) \
                    and not _same_end(c.condition, p.condition):
                reasons.append(Reason("condition_mismatch", c.text, p.text,
                                      f"claim says “{c.happens}” {c.text}; the passage {p.text}"))
            break
    return reasons


# "until its investigation is finished" / "until it is complete": a thing's end, in other words, of what the pronoun
# stands for
_ENDED = frozenset(stem(w) for w in "finished complete completed concluded ended over done".split())
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|this|that|these|those)\s", re.IGNORECASE)


def _same_end(claimed: str, stated: str) -> bool:
    """Whether the passage's condition is the end of something it calls by a pronoun, as the claim's is an end."""
    return _PRONOUN_SUBJECT.match(stated) is not None and bool(_ENDED & word_stems(claimed)) \
        and bool(_ENDED & word_stems(stated))


def same_condition(claim: str, text: str) -> bool:
    """Whether the passage sets the claim's condition for what it says happens ("would stop only once
    Israel halts its strikes on Gaza" / "will stop only when the Israeli strikes on Gaza end"): a
    statement of its own, like the same words quoted."""
    for c in find_conditions(claim):
        wanted, condition = set(content_stem_set(c.happens)), set(content_stem_set(c.condition))
        for p in find_conditions(text) if wanted and condition else ():
            happens, set_on = set(content_stem_set(p.happens)), set(content_stem_set(p.condition))
            if p.kind == c.kind and len(wanted & happens) >= CONDITION_SAME_EVENT * len(wanted) \
                    and len(condition & set_on) >= CONDITION_SAME * len(condition):
                return True
    return False


def _speaker_stems(analysis: ClaimAnalysis) -> set[str]:
    """The words of the sources a claim credits."""
    return {s for c in analysis.credits for s in content_stems(c.written)}


def _as_verb(text: str, word: str) -> bool:
    """Whether a word of the text is used as a verb: after an auxiliary, or in a past form ("had reached",
    "closed"; not "cases" in "no cases were reported")."""
    if re.search(r"\b" + re.escape(word) + r"\b", text) is None:
        return False
    return word.endswith(("ed", "en")) or re.search(
        r"\b(?:had|has|have|was|were|is|are|been|be|will|would|did)\s+" + re.escape(word) + r"\b", text) is not None


def _quote(text: str, word_stem: str) -> str:
    found = next((w for s, w in stemmed_words(text) if s == word_stem), None)
    if found is None:  # a fate ("~injured") matched through another word of the same fate, as the text words it
        found = next((w for s, w in stemmed_words(text) if word_stem in _FATES.get(s, ())), word_stem.lstrip("~"))
    return found


# a claim that reports said something ("initial reports said the barrage caused heavy damage", "reports
# emerged of heavy damage") …
_REPORTS_SAID = re.compile(r"\breports?\b(?:\s+\w+){0,6}?\s+(?:emerged|said|described|spoke|indicated|showed|told"
                           r"|mentioned|pointed|cited|claimed)\b|\b(?:initial|immediate|early|first)\s+reports?\b"
                           r"|\breports?\s+(?:\w+\s+)?emerged\s+of\b", re.IGNORECASE)
# … and a passage that says there were none ("there were no immediate reports about the extent of damage")
_NO_REPORTS = re.compile(r"\b(?:no|not\s+any)\s+(?:immediate\s+|initial\s+|early\s+|official\s+|further\s+)?"
                         r"reports?\s+(?:about|of|on|regarding)\b(?P<what>[^.;]{0,120})", re.IGNORECASE)


def _reports_denied(claim: str, terms: ClaimTerms, text: str) -> list[Reason]:
    """"Initial reports said the barrage had inflicted heavy damage and casualties" against "There were
    no immediate reports about the extent of damage … and possible casualties": the reports the claim
    says there were, on what it says they were about (a word of it in common), the passage says there
    were not. A claim that denies it ("no reports of damage") is the unknown rule's."""
    said = _REPORTS_SAID.search(claim)
    if said is None or terms.negated:
        return []
    none = _NO_REPORTS.search(text)
    if none is None:
        return []
    about = _with_fates(set(content_stems(none.group("what"))))
    reported = _with_fates(set(content_stems(claim[said.start():]))) - {stem("reports"), stem("report")}
    shared = sorted(s for s in about & reported if not s.startswith("~"))
    if not shared:
        return []
    return [Reason("negation", said.group(), none.group().strip(),
                   f"the passage says there were no reports of “{_quote(text, shared[0])}”; the claim says there were")]


DENIAL_RESTATED = 0.6  # the share of what the claim denies that a passage must state to deny the same thing


def denial_restated(analysis: ClaimAnalysis, text: str, previous: str | None) -> bool:
    """Whether the passage states most of what the claim's negations govern ("no direct Iranian order to
    attack US forces" / "no direct order from Iran to attack U.S. forces"), not only the word denied
    ("no arson behind the warehouse fires" is not "no evidence of arson in the school gym fire")."""
    stated = read_stems(text, previous)
    for negation in analysis.negations:
        scope = set(content_stems(negation.scope.text)) - _DATE_WORDS
        if scope and len(scope & stated) >= DENIAL_RESTATED * len(scope):
            return True
    return False
