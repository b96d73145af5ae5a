"""What the stance rules compare of a claim (ClaimTerms, worked out once per claim) and the measures
they share: how much of the claim's predicate and names a passage states, the claim's subject, the
passage as the rules read it. The base every rule module imports."""

from __future__ import annotations

import re
from collections.abc import KeysView
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from service.dossier.model import Candidate, ClaimAnalysis, Quantity
from service.dossier.stance_model import content_stem_set, content_stems, fold, stemmed_words
from service.memo import memo
from service.text.answers import read_with_question
from service.text.bearings import SidedPart, find_sided_parts
from service.text.clauses import (
    OPENING_AFTER,
    identifying_clauses,
    in_identifying_clauses,
    main_clause,
    main_predicate,
    picked_counts,
    reference_clauses,
    when_clauses,
    without_spans,
)
from service.text.events import INCIDENT_KINDS, INCIDENT_PHRASE
from service.text.extract import (
    COUNT_NOUN_STEMS,
    FATE_WORDS,
    MONTHS,
    SPREAD,
    TIME_UNITS,
    UNIT_CLASSES,
    WEEKDAYS,
    WORD_VALUES,
    find_names,
    names_people,
    unit_class,
)
from service.text.facts import Readings, read_article, read_sentence
from service.text.places import demonym_country, locations_of
from service.text.quotes import find_quotes
from service.text.sources import find_attributions
from service.text.synonyms import CANONICAL, unphrase
from service.text.units import duration, measure
from service.tokens import stem

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
    # ("unharmed", "unhurt": the harm its prefix denies, read as a negation at ingest)
    (("~injured",), [*FATE_WORDS["injured"], "wounding", "harmed", "unharmed", "unhurt", "uninjured", "unscathed"]),
    (("~killed",), [*FATE_WORDS["killed"], "killing"]),
    (("~injured", "~killed"), ["casualties", "casualty", "victims"]),
) for w in words_}
_ANAPHOR = re.compile(r"^\W*(?:The|This|That|These|Those|It|He|She|They|Its|Their|His|Her|Both)\b"
                      r"|\b(?:the|this|that|these|those) "
                      r"(?:incident|attack|strike|report|operation|raid|blast|claim)s?\b"
                      r"|\b(?:one|two|three|some|most|many|none|all|several|each)\s+of\s+them\b")


def refers_back(text: str) -> bool:
    """Whether a sentence leans on the one before it ("The agency said …", "… also reported the
    incident"): then that sentence is read with it."""
    return _ANAPHOR.search(text) is not None
# the cues of a reported denial ("denied that …", "rejected claims that …", "dismissed rumours that …")
DENIAL_CUES = ("den", "reject", "dismiss")
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# the time of day goes with the date ("on Tuesday night"): the date rules compare it, not coverage
_DATE_WORDS |= frozenset("night nights morning evening afternoon dawn midnight noon overnight tonight weekend".split())
_DATE_WORDS |= frozenset(stem(w) for w in _DATE_WORDS)  # predicate stems are compared stemmed ("januari")


def with_facts(candidate: Candidate) -> Candidate:
    """The candidate with its passage's facts; read from the passage alone when its article was not."""
    if candidate.facts is not None:
        return candidate
    passage = candidate.passage
    facts = passage.facts or read_article([passage.text], [passage.attributions], candidate.article.published_at)[0]
    return replace(candidate, facts=facts)


def stored_readings(candidate: Candidate) -> Readings:
    """The readings of the passage's sentence, stored with its facts at ingest."""
    facts = with_facts(candidate).facts
    assert facts is not None  # (with_facts reads them when they were not stored)
    return facts.readings


def sentence_readings(candidate: Candidate) -> Readings:
    """The readings of the passage as the rules read it (`reading`): the stored ones, or, for a first
    sentence read with its question title, those of that reading (read now, like its negations)."""
    text = reading(candidate)
    stored = with_facts(candidate).facts
    assert stored is not None
    return stored.readings if text == candidate.passage.text else \
        read_sentence(text, stored.credits, locations_of(text))


# the years a question names: a no to "Did the council raise the tax in 2019?" or "Did she win the 2018 election?" says
# nothing of a claim about another year
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")  # a year ("the 2025 outbreak", "in 1960")


def other_year(question: str, analysis: ClaimAnalysis) -> bool:
    """Whether a question (an answer's article title) names a year the claim does not. A claim that
    names no year is of the year it was made in, when its claim_date says so ("Were people who had to
    self-isolate paid £500 a week in 2020? No." answers a claim of 2020 that names no year)."""
    years = set(YEAR.findall(analysis.claim))
    if not years and analysis.claim_date is not None:
        years = {str(analysis.claim_date.year)}
    return not set(YEAR.findall(question)) <= years


def reading(candidate: Candidate) -> str:
    """The passage's text as the rules read it: an article's first sentence under a question title
    is read with its question (service.text.answers), every other passage as written."""
    passage = candidate.passage
    if passage.ordinal == 0 and candidate.article.title:
        read = read_with_question(candidate.article.title, passage.text)
        return passage.text if read is None else read
    return passage.text


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
    # every word within its negations, with its fates ("No children taken to the hospital died": child, hospit,
    # die, ~killed …): what the claim itself does not assert
    within_negations: frozenset[str] = frozenset()
    # the predicate stems of what its denials deny ("Amsel denied that ballot boxes had been destroyed": ballot,
    # box, destroy), DENIAL_CUES; not a plain negation's ("nobody claimed the earlier ones")
    denied_in_denials: frozenset[str] = frozenset()
    # the content stems of its main clause (the clauses that only identify something left out) and of
    # its event's site: what a passage of the claim's own event must restate for a negation to decide
    main_content: frozenset[str] = frozenset()
    main_fates: frozenset[str] = frozenset()  # the fates (~injured, ~killed) its main clause says
    site: frozenset[str] = frozenset()
    # who a passive claim says did it, and the stem of what ("… was carried out by Israel")
    agent: tuple[str, str] | None = None
    # whether an amount lies in what the claim asserts, not only in a clause that identifies its
    # event ("briefed on the Monday attack *that wounded at least five*")
    counts_asserted: bool = True
    # the predicate stems outside every clause that only identifies something ("… in the attack *in which
    # five were hurt*"): what a passage of the claim's own event must state; None when no clause identifies
    asserted_weights: dict[str, float] | None = None
    # its amounts with a fate in such a clause ("that wounded four guards"), as written: a passage stating
    # one shows which event it speaks of, and confirms nothing the claim asserts of it
    identifying_amounts: frozenset[str] = frozenset()
    # "withdrawal" when the first verb of its main clause that says what was done is one of leaving a place
    # ("US forces *withdrew* from the Harir air base"), which a passage must then state
    deed: str | None = None
    # "No group claimed the attack", "… went unclaimed": that no one claimed it, as written
    unclaimed: str | None = None
    # the stems of the incident it names after a preposition ("briefed on *the Monday missile attack*"):
    # a passage of that event that calls it "the incident" or "the attack" names it too
    incident: frozenset[str] = frozenset()
    # the changes in someone's standing its main clause says ("Marta Quell resigned after …": resign), STANDING
    standing: frozenset[str] = frozenset()
    # the parts it names by their side after a determiner or an owner ("its right engine"; not "in northern
    # tree-rings", a region's plants): a passage must name the same part's side
    sides: tuple[SidedPart, ...] = ()
    # the spans of its clauses that only identify something (clauses.identifying_clauses)
    identifying: tuple[tuple[int, int], ...] = ()
    # the stretches of three words or more it quotes, folded (what a passage must hold to confirm words it credits)
    quoted: tuple[str, ...] = ()
    # the common noun its named subject is written with ("The Westfall *pipeline* was shut …"): a passage whose
    # article's title names the subject may call it by that noun alone ("The pipeline restarted on Friday")
    subject_head: str | None = None
    # the predicate stems outside the clauses that say when the rest happened ("Pedestrians were barred from the bridge
    # *when it closed over cracked girders*": pedestrian, bar), None without such a clause: what a passage must state
    beside_when: dict[str, float] | None = None


# "on the Monday missile attack", "in the January strike": an incident the claim speaks of, by its kind
_INCIDENT_NP = re.compile(r"\b(?:on|in|of|about|after|during|following|since|for|from)" + INCIDENT_PHRASE,
                          re.IGNORECASE)
# "the incident", "the attack": a passage naming the event it reports by its kind alone
_INCIDENT_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+" + INCIDENT_KINDS + r"\b", re.IGNORECASE)


def refers_to_incident(terms: ClaimTerms, text: str) -> bool:
    """Whether a passage calls the claim's incident by its own noun ("the fire", for "the July 16 fire at the
    substation"; not "the incident", which any incident is)."""
    return bool(terms.incident) and any(not (content_stem_set(m.group()) - _ANY_INCIDENT).isdisjoint(terms.incident)
                                        and not _NOUN_AFTER.match(text, m.end())
                                        for m in _INCIDENT_ANAPHOR.finditer(text))


_ANY_INCIDENT = frozenset(content_stems("incident incidents"))
# (a noun after the incident's: "the fire drill", "the fire service", "the blast wall" are no incident)
_NOUN_AFTER = re.compile(r"\s+(?!(?:at|in|on|of|that|which|was|were|is|are|had|has|and|or|but|near|last|this|after"
                         r"|before|during|when|where|who)\b)[a-z]{3,}")


def referred(terms: ClaimTerms, text: str) -> ClaimTerms:
    """The claim's terms for a passage of the claim's own event: when it calls that event "the
    incident" or "the attack", the words the claim names the incident by ("the Monday missile
    attack") are stated ("President Biden has been briefed on the incident")."""
    if not terms.incident or _INCIDENT_ANAPHOR.search(text) is None:
        return terms

    stated = set(content_stem_set(text))

    def kept(weights: dict[str, float] | None) -> dict[str, float] | None:  # (those it states count as stated)
        return None if weights is None else {s: w for s, w in weights.items()
                                             if s not in terms.incident or s in stated}
    return terms._replace(predicate_weights=kept(terms.predicate_weights), main_weights=kept(terms.main_weights),
                          asserted_weights=kept(terms.asserted_weights))


_last_claim: tuple[ClaimAnalysis, ClaimTerms] | None = None
_TIME_STEMS = frozenset(stem(w) for w in TIME_UNITS)


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
    # a described speaker the claim cannot resolve ("The Lebanese channel said …") is not the subject
    # whose name a passage must hold
    described = {s for a in find_attributions(analysis.claim) if not a.cue.startswith(("claimed", "denied"))
                 and a.kind != "anonymous" for s in content_stems(a.source)}
    weights = {stem(word): w for word, w in analysis.weights}
    # a measure's unit is the amount's to compare ("42 kilometres" is stated by "24 km"), not a word to find
    units = {stem(q.unit) for q in analysis.quantities if measure(q.unit) is not None}
    # where it happened is the place rules' to compare: "in Anbar province", "took place" state no predicate
    located = {s for loc in analysis.locations for s in content_stems(analysis.claim[loc.start:loc.end])}
    located |= {s for m in _TOOK_PLACE.finditer(analysis.claim) for s in content_stems(m.group())}
    # (…and the verb that only says where: "lies in Iraq's western Anbar province", "is located in")
    located |= {s for m in _LIES_IN.finditer(analysis.claim)
                if any(0 <= loc.start - m.end() <= 30 for loc in analysis.locations) for s in content_stems(m.group())}
    # (…and which part of the place: "in the southern part of Syria's Hasakah region")
    located |= {s for m in _PART_OF_PLACE.finditer(analysis.claim)
                if any(0 <= loc.start - m.end() <= 40 for loc in analysis.locations) for s in content_stems(m.group())}
    predicate_stems = set(content_stem_set(analysis.claim)) - names - credited - _REPORTING - _NEGATORS - units \
        - _INDEFINITE - {stem(w) for w in re.findall(r"[a-z]+", analysis.claim) if w in _WHEN_ADVERBS} \
        - {stem(m.group(1)) for m in _LATER_DONE.finditer(analysis.claim)} \
        - {stem(m.group(1)) for m in _LIGHT_RECEIVED.finditer(analysis.claim)}
    predicate_stems -= located
    # …and when, the date rules' ("mid-January 2024": "mid" states no predicate either)
    predicate_stems -= {s for d in analysis.dates for s in content_stems(d.span.text)}
    # …nor what another event the claim is timed by says (", the day before two drones struck the base";
    # "In the first hours after the Wednesday rocket barrage on Ain al-Asad, …")
    spans = reference_clauses(analysis.claim)
    opening = OPENING_AFTER.match(analysis.claim)
    spans += [opening.span()] if opening else []
    # …nor whose account it is ("By its own account, the group shot down …")
    account = _BY_ACCOUNT.match(analysis.claim)
    spans += [account.span()] if account else []
    predicate_stems -= {s for start, end in spans for s in content_stems(analysis.claim[start:end])}
    # (a count's small figure in digits is the same term as in words: "3 drones" asks what "three drones" asks,
    # and a passage's "3" states either — read_stems)
    # (a count of things, not a measure, a sum, a share or a span: "80 kilometres south" is the amount rules')
    figures = {q.span.start: _FIGURE_WORDS[m.group(1)] for q in analysis.quantities
               if (m := _SMALL_FIGURE.match(q.span.text)) and m.group(1) in _FIGURE_WORDS and counts_things(q)
               and not any(start <= q.span.start < end for start, end in spans)}
    predicate_stems |= set(figures.values())
    # (…but not a count that only identifies the claim's event, in words or in digits: "the fire that destroyed
    # forty buses was set by …" — the amount rules compare it)
    identifying = in_identifying_clauses(analysis.claim, analysis.quantities)
    predicate_stems -= {s for q in identifying for s in content_stems(q.span.text) if s in _NUMBER_STEMS}
    predicate_stems -= {figures[q.span.start] for q in identifying if q.span.start in figures}
    # (nor the words of a figure written out with a scale, "four thousand six hundred and fifty": the amount
    # rules compare it; a lone "three" stays one, as it always has)
    predicate_stems -= {s for q in analysis.quantities if not re.search(r"\d", q.span.text)
                        and re.search(r"(?i)\b(?:hundred|thousand|million|billion)\b", q.span.text)
                        for s in content_stems(q.span.text) if s in _NUMBER_STEMS}
    # (a claim that only says where its subject is asserts nothing in the aside that picks the subject out:
    # "Tessin, the town where the prison stands, is in Dunmere province")
    placed = any(loc.subject for loc in analysis.locations)
    asides = [(start, end) for start, end in (identifying_clauses(analysis.claim) if placed else [])
              if _LOCATED_AFTER_ASIDE.match(analysis.claim, end)]
    # (the whole aside, from its comma: "the town" of "Tessin, the town where …")
    aside_stems = {s for start, end in asides
                   for s in content_stems(analysis.claim[analysis.claim.rfind(",", 0, start) + 1:end])}
    if asides and predicate_stems <= aside_stems:
        predicate_stems = set()
    predicate_weights = {s: weights.get(s, 1.0) for s in predicate_stems if not s.isdigit() and s not in _DATE_WORDS}
    owner = _possessed(analysis.claim)
    subject_names = _subject_names(analysis.claim)
    main = main_predicate(analysis.claim)
    clauses = identifying_clauses(analysis.claim)
    if main == analysis.claim:
        main = _after_named_subject(analysis.claim) or main
    main_weights = None
    if main != analysis.claim:
        main_stems = set(content_stem_set(main))
        main_weights = {s: w for s, w in predicate_weights.items() if s in main_stems}
    terms = ClaimTerms(
        keywords={s: w for s, w in stemmed_words(analysis.claim) if s in keywords},
        content=content_stem_set(analysis.claim) | set(figures.values()),
        predicates=_with_fates(set(content_stem_set(analysis.claim)) - names | set(figures.values())),
        negated=set().union(*(_scope_stems(n.scope.text, n.cue.text) for n in analysis.negations),
                            *object_negations(analysis.claim, tuple((n.cue.text, n.scope.text)
                                                                    for n in analysis.negations)).values()),
        within_negations=frozenset(_with_fates(set().union(*(content_stem_set(n.scope.text)
                                                             for n in analysis.negations)))),
        denied_in_denials=frozenset(s for n in analysis.negations if n.cue.text.lower().startswith(DENIAL_CUES)
                                    for s in content_stems(n.scope.text)),
        interval=analysis.event.interval,
        counts=any(counted(q) or measure(q.unit) is not None for q in analysis.quantities),
        unit_stems=_unit_stems(analysis.quantities),
        predicate_weights=predicate_weights,
        name_weights={s: weights.get(s, 1.0) for s in names},
        main_weights=main_weights or None,
        # a credited speaker is the source rules' to check
        subject=(_stems_of(subject_names) or (owner[0] if owner else frozenset())) - credited - described,
        subject_text=" and ".join(name.text for name in subject_names),
        possessed=owner[1] if owner else None,
        # who claimed an attack: an armed group the claim says claimed it ("Hezbollah claimed the attack")
        claimant=next((a.source for a in find_attributions(analysis.claim)
                       if a.cue.startswith("claimed") and a.kind == "armed_group"), None),
        complement=_complement(main) if main != analysis.claim else None,
        verb=_verb_after(analysis.claim, subject_names[-1].end) if subject_names else None,
        subject_head=_head_after(analysis.claim, subject_names[-1].end) if len(subject_names) == 1 else None,
        beside_when=_beside_when(analysis.claim, predicate_weights),
        main_content=(main_content := frozenset(content_stem_set(main_clause(analysis.claim))) | {
            word for start, word in figures.items() if not any(s <= start < e for s, e in clauses)}),
        main_fates=frozenset(s for s in _with_fates(set(main_content)) if s.startswith("~")),
        agent=passive_agent(analysis.claim),
        counts_asserted=_counts_asserted(analysis),
        deed=withdrawal(unphrase(main_clause(analysis.claim))),
        unclaimed=next((m.group() for m in _UNCLAIMED.finditer(analysis.claim)), None),
        identifying_amounts=frozenset(q.span.text for q in in_identifying_clauses(analysis.claim, analysis.quantities)
                                      if q.predicate),
        # (not a unit of time: "met on the same day as the flood that …" asserts a meeting)
        asserted_weights=({s: w for s, w in predicate_weights.items() if s in main_content and s not in _TIME_STEMS}
                          if len(main_content) < len(terms_content := content_stem_set(analysis.claim)
                                                     | set(figures.values()))
                          and terms_content else None),
        site=frozenset(content_stems(analysis.event.site)) if analysis.event.site else frozenset(),
        incident=frozenset(s for m in _INCIDENT_NP.finditer(analysis.claim) for s in content_stems(m.group("words"))),
        standing=_standing(analysis.claim),
        sides=tuple(c for c in find_sided_parts(analysis.claim)
                    if re.search(r"\b(?:the|its|their|his|her|[\w-]+['’]s)\s+" + re.escape(c.text), analysis.claim)),
        identifying=tuple(clauses),
        quoted=tuple(fold(q) for q in find_quotes(analysis.claim) if len(q.split()) >= 3),
    )
    _last_claim = (analysis, terms)
    return terms




# verbs of a change in someone's standing (as the synonym table merges them: "quit" is "resign", "detained" "arrest")
# (not "dismissed", which is also to reject, "dismissed rumours that …", but "dismissed as director", "from"; not
# "sacked", which news copy also writes "fired")
STANDING = frozenset(CANONICAL.get(stem(w), stem(w)) for w in """resigned appointed elected arrested charged
    convicted sentenced acquitted promoted demoted suspended expelled deported""".split())
_DISMISSED_FROM = re.compile(r"\bdismissed\s+(?:as|from)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\b(?:after|before|when|while|since|following|because|until|once)\b", re.IGNORECASE)
_MODIFIER_PARTICIPLE = re.compile(r"\b(?:the|a|an|its|their|his|her|all|both|\d+|two|three|four|five|six|seven|eight"
                                  r"|nine|ten)\s+[a-z]+ed\b", re.IGNORECASE)


def _standing(claim: str) -> frozenset[str]:
    """The STANDING changes of a claim's main clause, before a clause that tells when ("freed on bail after being
    charged" says no charge), and as verbs, not modifiers ("the six charged journalists")."""
    main_part = _MODIFIER_PARTICIPLE.sub(" ", _WHEN_CLAUSE.split(claim, maxsplit=1)[0])
    changes = {CANONICAL.get(s, s) for s in content_stems(main_part)} & STANDING
    if _DISMISSED_FROM.search(main_part):
        changes.add(stem("dismissed"))
    return frozenset(changes)


_BY_ACCOUNT = re.compile(r"(?:By|According\s+to)\s+(?:its|their|his|her|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s?)\s+"
                         r"(?:own\s+)?(?:early\s+|initial\s+|first\s+|latest\s+)?(?:account|count|estimate|tally"
                         r"|reckoning|figures?)\s*,")


# a verb in the past ("withdrew", "evacuated"), or a participle after "has / have / had (been)"
_DEED = re.compile(r"\b(?:(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?(?P<perfect>[a-z]{3,}(?:ed|en))"
                   r"|(?P<past>[a-z]{3,}ed|withdrew|left|fled|sent|sold|bought|built|won|lost|shut|fought|took|gave"
                   r"|began|fell|broke|rose|drew|froze|stole|hid|led|paid|spent|struck|shot))\b")
# verbs the other rules read (saying, placing, being) or that say little of a deed
_NOT_DEEDS = frozenset(stem(w) for w in """said reported told stated announced claimed confirmed denied located based
    stationed situated called named described used seemed appeared remained continued added noted vowed pledged
    promised warned insisted urged argued threatened gave made took got""".split())
# "the abandoned mine", "an armed man": a participle after a determiner is an adjective
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+$", re.IGNORECASE)
# a participle with its agent after a noun ("a fire *started by* John Miller destroyed …"): it identifies the noun
_BY_AGENT_AFTER = re.compile(r"\s+by\b")
# "gave no details", "did not destroy": a claim that denies a deed is the negation rules' to compare
_DENIED_DEED = re.compile(r"\b(?:no|not|never|none|nothing|n't)\b", re.IGNORECASE)


# "No group claimed the attack", "nobody has claimed responsibility", "the attack went unclaimed"
_UNCLAIMED = re.compile(r"\b(?:no\s+(?:group|one|party|faction|organi[sz]ation|militia)s?|nobody|none\s+of\s+the\s+\w+)"
                        r"\s+(?:has\s+|have\s+|had\s+)?(?:yet\s+)?(?:claimed|took|taken)\b"
                        r"|\b(?:was|were|has\s+been|have\s+been|had\s+been|went|remains?|remained)\s+(?:not\s+)?unclaimed\b",
                        re.IGNORECASE)


# leaving a place, in news copy: withdraw / leave (one synonym group), evacuate, vacate, abandon, pull out
WITHDRAWAL = frozenset({CANONICAL.get(stem(w), stem(w))
                        for w in "withdrew evacuated vacated abandoned quit departed left fled flee deserted".split()})
PULLED_OUT = re.compile(r"\b(?:pull|pulls|pulled|pulling|move|moves|moved|moving|get|gets|got|getting)\b"
                        r"(?:\s+[\w'’-]+){0,4}?\s+out\b", re.IGNORECASE)
# "left the Harir base" (not "left 20 workers injured")
_LEFT_PLACE = re.compile(r"\s+(?:the|its|their|his|her|[A-Z])", re.ASCII)


def withdrawal(text: str) -> str | None:
    """"withdrawal" when the first verb that says what was done in `text` is one of leaving a place."""
    deed = _deed(text)
    if deed in (None, "pull", "move", "got") and PULLED_OUT.search(text):
        return "withdrawal"
    if deed == "left":
        left = re.search(r"\bleft\b", text)
        return "withdrawal" if left is not None and _LEFT_PLACE.match(text, left.end()) else None
    return "withdrawal" if deed in WITHDRAWAL else None


def _deed(text: str) -> str | None:
    """The stem of the first verb that says what was done in `text` (canonical: "struck" is "hit")."""
    for m in _DEED.finditer(text):
        word = m.group("perfect") or m.group("past")
        if text[max(0, m.start() - 1):m.start()] == "-" or text.startswith(" place", m.end()) \
                or (m.group("past") and (_BY_AGENT_AFTER.match(text, m.end())
                                         or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()))):
            continue  # "US-led", "Iran-backed": part of a modifier; "took place" says only that it happened
        s = stem(word)
        if s in _NOT_DEEDS or s in _REPORTING:
            continue
        return None if _DENIED_DEED.search(text, m.end(), m.end() + 12) else CANONICAL.get(s, s)
    return None


def _counts_asserted(analysis: ClaimAnalysis) -> bool:
    identifying = {q.span.start for q in [*in_identifying_clauses(analysis.claim, analysis.quantities),
                                          *picked_counts(analysis.claim, analysis.quantities)]}
    return len(identifying) < len(analysis.quantities)


_REPORTING = {stem(w) for w in """said says reported report told according wrote claimed stated announced citing cited
    quoting quoted described confirmed""".split()}
# words that stand for what is asked or not known, not for anything a passage states ("whether anyone
# was hurt", "how much damage", "not yet"): the stopword list lacks them
_INDEFINITE = {stem(w) for w in """whether how much many anyone anybody anything someone somebody something
    yet""".split()}
_NEGATORS = {stem(w) for w in "not no never nobody none nothing neither nor without cannot".split()}
# adverbs of when ("was subsequently found", "was later located"): the date rules' concern, not a predicate
# (the words as written: "subsequent precipitation" is a predicate's word, "subsequently found" is not; "later"
# and "earlier" only before a participle, "was later located" — "later than planned", "a later date" are points)
_WHEN_ADVERBS = frozenset("subsequently afterwards afterward eventually previously".split())
# prepositions of where ("seized near Sorrel Island" / "nine nautical miles northwest of Sorrel Island"): which
# place is the place rules' to compare; whether a passage restates an incident misdated does not turn on them
# (what it confirms may: "struck near the base" is not "struck the base")
WHERE_PREPOSITIONS = frozenset(stem(w) for w in """near nearby outside inside beside beyond across along alongside
    around amid among toward towards within""".split())
_LATER_DONE = re.compile(r"\b(later|earlier)\s+(?=(?:[a-z]{3,}(?:ed|en)|found|held|made|sent|left|put|set|shot|hit|led"
                         r"|told|sold|built|lost|won|paid|met|brought|caught|kept)\b)")
# "received a briefing", "got a warning": a light verb; the noun after it ("briefed", "warned") says what was done
_LIGHT_RECEIVED = re.compile(r"\b(received|receives|receive|receiving|got|gets|get|getting)\s+(?:an?|the)\s+"
                             r"(?:[a-z]+\s+)?[a-z]{3,}ing\b")
_NUMBER_STEMS = frozenset(stem(w) for w in [*WORD_VALUES, "hundred", "hundreds", "thousand", "thousands", "million",
                                              "millions", "billion", "billions"] if " " not in w)
_LIES_IN = re.compile(r"\b(?:lies|lie|lay|located|situated|sits|sit)\s+(?:in|at|near|on|inside|within)\b", re.I)
_PART_OF_PLACE = re.compile(r"\b(?:north|south|east|west|central)(?:ern)?(?:[\s-]*(?:east|west)(?:ern)?)?"
                            r"(?:\s+(?:part|parts|half|edge|reaches|corner)\s+of)?\b", re.IGNORECASE)
# verbs that say only that an event happened, where or when the rest of the sentence says
# (and "broke out": a fire or fighting that broke out began, which is all the verb says)
_TOOK_PLACE = re.compile(r"\b(?:(?:take|takes|took|taken|taking)\s+place|happen(?:s|ed)?|occur(?:s|red)?"
                         r"|(?:break|breaks|broke|broken|breaking)\s+out(?!\s+of))\b", re.I)


_COPULA_NOUN = re.compile(r"^(?:is|was|are|were)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)\W*$")


def _complement(main: str) -> str | None:
    """The stem of the noun a copular main clause ends on ("was the city's port" → port)."""
    m = _COPULA_NOUN.match(main)
    if m is None or re.search(r"\b(?:in|at|on|of|from|by|near)\b", main) or re.search(r"\w{3,}ing\b", main):
        return None  # (nor a verb's form: "were still receiving treatment")
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
    """A passage's content stems, with the sentence before when it refers back to it (a small figure in
    digits also as its word: "3 drones" states "three")."""
    stems = set(content_stem_set(text))
    stems |= _figure_words(text)
    if previous and refers_back(text):
        stems |= set(content_stem_set(previous)) | _figure_words(previous)
    return stems


# the figures one to ninety as the stems of their words ("3" → "three"), which claims and passages both use
_FIGURE_WORDS = {str(value): stem(word) for word, value in WORD_VALUES.items()
                 if 0 < value < 100 and word.isalpha() and word not in ("both", "single", "dozen")}
# (a count's: the figure before its noun, "3 drones"; not "Shaft 3", "at 10 am", "2.5", "45%")
_SMALL_FIGURE = re.compile(r"(?<![\d.,$£€-])\b(\d{1,2})\s+(?!(?:am|pm|a\.m|p\.m|per|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                           r"|Oct|Nov|Dec)|[A-Z]{2})[A-Za-z]")


@memo(8192)  # (a passage's, asked by every coverage of it)
def _figure_words(text: str) -> frozenset[str]:
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(_FIGURE_WORDS[m.group(1)] for m in _SMALL_FIGURE.finditer(text) if m.group(1) in _FIGURE_WORDS)


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
            stems |= COUNT_NOUN_STEMS.get(stem(q.unit), frozenset())  # ("inmates" for "prisoners")
        else:
            return None
    # as the rules read a passage's words: "Americans" is read as "US" (service.text.synonyms)
    return frozenset(stems | {CANONICAL.get(s, s) for s in stems})


_SUBJECT_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")


_OPENING_TIME = re.compile(r"(?:On|In|Last|This|Earlier|Later|Since|By)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                           r"(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+(?:\s+\d{4})?|\d{4}"
                           r"|week|month|year)\s*,?\s+")


# a lowercase noun right after a name, before its verb: "The Westfall pipeline was shut", "the Orrin bridge reopened"
_HEAD_AFTER = re.compile(r"\s+(?P<head>[a-z]{3,}(?<!ed))\s+(?:was|were|is|are|has|have|had|will|would|could|can|did"
                         r"|does|remains|remained|[a-z]{3,}ed)\b")


def _beside_when(claim: str, weights: dict[str, float]) -> dict[str, float] | None:
    """The predicate weights of the claim's words outside its when-clauses, when it has one and they leave some out."""
    spans = when_clauses(claim)
    if not spans:
        return None
    outside = content_stem_set(without_spans(claim, spans))
    beside = {s: w for s, w in weights.items() if s in outside and s not in _TIME_STEMS}
    return beside if beside and len(beside) < len(weights) else None


def _head_after(claim: str, end: int) -> str | None:
    """The noun the claim writes its subject's name with, when a verb follows it."""
    m = _HEAD_AFTER.match(claim, end)
    return m.group("head") if m is not None and m.group("head") not in _NOT_HEADS else None


_NOT_HEADS = frozenset("who which that and also said says has had was were have not never still only".split())


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
    # ("Former Halverd chief Oskar Feld got …": a body's post before a person's name; the person is the subject)
    if len(names) > 1 and _POST_BETWEEN.fullmatch(text[names[0].end:names[1].start]):
        names = names[1:]
    subject = [names[0]]
    for name in names[1:]:
        if not _SUBJECT_JOIN.fullmatch(text[subject[-1].end:name.start]):
            break
        subject.append(name)
    return subject


_POST_BETWEEN = re.compile(r"['’]?s?\s+(?:former\s+|acting\s+|deputy\s+|interim\s+)?(?:chief|head|director|spokesman"
                           r"|spokeswoman|spokesperson|mayor|minister|president|chairman|chairwoman|chair|executive"
                           r"|chief\s+executive|manager|leader|secretary|commissioner|governor|coach|captain|owner"
                           r"|founder|boss|official|lawyer)\s+")
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


_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed|[a-z]+en"
                      r"|hit|struck|shot|led|fought|made|sent|built|run|held|won|shut|set|cut)(?:\s+(?:out|down|up|off))?"
                      r"\s+by\s+(?:the\s+)?(?P<agent>" + _NAME_RUN + r")")


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


_PARTICLES = frozenset("al el ad as an ar at az ash bin ibn abu de da la le van von der".split())


def core_subject(subject: frozenset[str]) -> frozenset[str]:
    """A subject's name stems but the article particles, which name nothing ("Al Jazeera" does not name
    "Ain al-Asad"); all of them when they are all particles."""
    return subject - _PARTICLES or subject


def predicate_coverage(terms: ClaimTerms, text: str, previous: str | None) -> float:
    """The idf-weighted share of the claim's predicate stems the passage states (see the constant)."""
    return _coverage(terms.predicate_weights, text, previous)


# "The Harir air base in northern Iraq was handed over to …": a named subject with what places it, then
# a passive or perfect verb: what follows the verb is what the claim asserts of the subject
_NAMED_SUBJECT = re.compile(r"^(?:The|A|An)\s+(?P<subject>(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?:\s+[\w'’-]+){1,7}?)"
                            r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]+ed|[a-z]+en|sold|bought|built"
                            r"|held|hit|shut|struck|sent|left|made|won|lost|run|overrun|set|put|kept|shot|brought"
                            r"|led|paid|cut|spent|sunk|dug|fought|caught|shown|blown|drawn)\b"
                            r"(?P<rest>.*)$")
_PLACING = re.compile(r"^(?:[\w'’-]+\s+){1,4}?(?:in|near|outside|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


_TOLD_BY_EVENT = re.compile(r"\s+(?:after|before|during|since|until|following|amid|ahead\s+of)"
                            r"\s+(?:the|a|an|its|their)\b")


def _after_named_subject(claim: str) -> str | None:
    """What the claim asserts of a named subject placed by a prepositional phrase ("The Harir air
    base in northern Iraq *was handed over to Kurdish forces*"): the verb and what follows, so that
    a passage saying only where the subject is does not state it. None for other shapes."""
    m = _NAMED_SUBJECT.match(claim)
    if m is None or not _PLACING.match(m.group("subject")) or any(
            w.lower() in ("that", "which", "who", "and", "or") for w in m.group("subject").split()):
        return None
    if m.group("verb") in ("located", "based", "situated", "stationed", "found", "seen", "known"):
        return None  # where it is, or what it is known as: the place rules' to compare
    # (a time told by another event is not what it underwent: "was demolished *after the cup final*")
    return _TOLD_BY_EVENT.split(claim[m.start("verb"):], maxsplit=1)[0].strip()


def asserted_coverage(terms: ClaimTerms, text: str, previous: str | None) -> float | None:
    """The same share of what the claim asserts outside its identifying clauses (None without them)."""
    return None if terms.asserted_weights is None else _coverage(terms.asserted_weights, text, previous)


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


# Reasons that state the claim's fact, and those that only show a passage is about the same thing
# (same day, same place in passing): these alone never make a passage corroborate.
FACT_SUPPORT = ("quantity_match", "role_match", "negation_match", "entity_match", "quote_match", "answer_confirms",
                "platform_match")


def _names_stated(terms: ClaimTerms, text: str, previous: str | None, besides: frozenset[str] = frozenset()) -> float:
    """The idf-weighted share of the claim's names (but `besides`) the passage (read with the
    sentence before it when it refers back) holds; 1 when the claim names nothing else."""
    weights = {s: w for s, w in terms.name_weights.items() if s not in besides}
    if not weights:
        return 1.0
    stems = read_stems(text, previous)
    return sum(w for s, w in weights.items() if s in stems) / sum(weights.values())


_NOT_THINGS = frozenset("""years year months month weeks week days day hours hour minutes times degrees degree
    percent per cent""".split())


def counts_things(q: Quantity) -> bool:
    """Whether an amount counts things of any kind ("three warehouses"), not a measure, a share,
    money ("USD": a currency's code) or a span of time."""
    return bool(q.unit) and q.unit.isalpha() and not q.unit.isupper() and q.unit.lower() not in _NOT_THINGS \
        and measure(q.unit) is None and duration(q.unit) is None


def counted(q: Quantity) -> bool:
    """Whether an amount counts things of a known class (people, projectiles, drones).

    Those amounts decide a stance alone. Two measurements (a percentage, tonnes, years, dollars)
    that differ usually measure different things — another period, sector or place — and on the
    CLIMATE-FEVER tune split a mismatch of such amounts was REFUTES for 14 % of pairs, about the
    base rate: they decide only in a passage that restates the claim (see _quantities)."""
    # (and people by what they do, under a harm: "Three runners died" is a count of the dead as "three people" is)
    return unit_class(q.unit) in UNIT_CLASSES or (q.predicate in ("killed", "injured") and names_people(q.unit))


_TO_DO_WITH = re.compile(r"^\s*to\s+do\s+with\b", re.IGNORECASE)
_WEAK = {stem(w) for w in """any immediate report reports possible extent such other result results cause caused
    lead led suffer suffered sustain sustained have yet be been""".split()}
# "we don't necessarily see that Iran has ordered", "have not seen a direct order": a negated
# perception or belief denies what follows it
_WEAK |= {stem(w) for w in """see seen saw necessarily think believe know knew evidence sign signs indication
    direct directly explicitly actually ever""".split()}
# …and so does one qualified as firm: "saw no clear evidence of sabotage" denies the sabotage
_FIRM = re.compile(r"\b(?:clear|clearly|firm|solid|conclusive|concrete|credible|explicit)\s+"
                   r"(?=(?:evidence|proof|order|orders|link)\b)", re.IGNORECASE)
# "no evidence of when the fraud began": what is not known is the when, not the fraud
_OF_QUESTION = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:evidence|signs?|proof|indications?|word|details?|information)"
                          r"\s+(?:of|on|about|as\s+to)\s+(?:when|how|why|where|who|whom|whether|what|which)\b",
                          re.IGNORECASE)
# "no sign that the strike was losing support": what the clause says of its subject is denied
_SIGN_THAT = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:evidence|signs?|proof|indications?)\s+that\s+.*?"
                        r"\b(?:was|were|is|are|had|has|have|would|will|could)\s+(?P<rest>.*)$", re.IGNORECASE)
# "nothing had been reported about how much damage": what is asked, not what is denied
_WEAK |= _INDEFINITE
# light verbs: "had not seen Iran give a direct order", "did not make any statement" deny the noun
_WEAK |= {stem(w) for w in "give gives gave given giving make makes made making issue issued".split()}
# …and "conduct": "had not conducted any tests" denies the tests ("carried out", "use": _CARRIED_OUT)
_WEAK |= {stem(w) for w in "conduct conducts conducted conducting".split()}
# …and "announce": "has not announced any pledge" denies the pledge
_WEAK |= {stem(w) for w in "announce announces announced announcing".split()}
# ("did not use tear gas" denies the gas; not "are not used in any records", a passive, where the use is denied)
_CARRIED_OUT = re.compile(r"\b(?:(?:carry|carries|carried|carrying)\s+out|(?:use|uses|using|used)"
                          r"(?=\s+(?!(?:in|by|for|as|to|on|at|from|with)\b)[a-z]))\b", re.IGNORECASE)
# a negation's own words are no part of what it denies ("does not pay ransoms and had not been contacted":
# the second clause's "not" is not a word the claim asserts)
_WEAK |= {stem(w) for w in "not no never none nobody neither nor".split()}


# "rescuers found no one alive": a verb whose object is denied is denied ("no one was found alive"); not a light
# verb, whose object is the point ("caused no casualties", "reported no injuries" deny the casualties, the injuries)
_OBJECT_CUES = frozenset(("no", "nobody", "no one", "nothing", "none"))
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed|found|saw|heard|met|caught|held|kept|sent|brought|got)\s+$")
_ELSE = re.compile(r"\s*(?:one\s+)?(?:else|other|more|further)\b", re.IGNORECASE)
_LIGHT_VERBS = frozenset(stem(w) for w in "caused had left made took gave suffered resulted saw reported showed "
                         "recorded registered sustained faced received posed offered".split())


def object_negations(text: str, negations: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], set[str]]:
    """The verb each object negation of a text denies with its object (see _OBJECT_CUES)."""
    found: dict[tuple[str, str], set[str]] = {}
    for cue, scope in negations:
        if cue.lower() not in _OBJECT_CUES or _ELSE.match(scope):
            continue  # ("injured nobody else": someone was injured)
        at = text.find(f"{cue} {scope}")
        verb = _VERB_BEFORE.search(text, max(0, at - 20), at) if at > 0 else None
        if verb is not None and stem(verb.group("verb")) not in _LIGHT_VERBS:
            found[(cue, scope)] = _with_fates(set(content_stems(verb.group("verb"))))
    return found


# the copula that says where the subject is, right after the aside that picks it out
_LOCATED_AFTER_ASIDE = re.compile(r",\s+(?:is|are|was|were|lies|lie|sits|stands|remains)\s+(?:located\s+|situated\s+)?"
                                  r"(?:in|near|inside|within|part\s+of)\b", re.IGNORECASE)
_NO_SUBJECT_SUFFERED = re.compile(r"^\s*(?P<subject>(?:[a-z'’-]+\s+){0,3}?)(?:was|were|is|are|had\s+been|has\s+been"
                                  r"|have\s+been|have|has|had)"  # (and "No dogs have died")
                                  r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
_NO_ONE = re.compile(r"^\s*one\b(?!\s+of\b)", re.IGNORECASE)
_PLACE_PHRASE = re.compile(r"\s*(?:on|in|at|among|from|of)\b")


def _harm_denied(scope: str) -> tuple[str, set[str]]:
    """Of the scope of "no" ("firefighters were injured in the blaze"): the subject it denies a harm of, and the
    harm's fates; ("", set()) when it denies no harm."""
    harm = _NO_SUBJECT_SUFFERED.match(scope)
    if harm is None:
        return "", set()
    fates = {s for s in _with_fates(set(content_stems(harm.group("verb")))) if s.startswith("~")}
    return (harm.group("subject"), fates) if fates else ("", set())


_WHO_OF_NOBODY = re.compile(r"^\s*(?:from|of|in|at|among|aboard|on\s+board)\s+[^,.;]{1,120}?\s+"
                            r"(?=(?:is|are|was|were|had|has|have)\b)", re.IGNORECASE)


_KILLED_WORDS = re.compile(r"\b(?:kill\w*|dead|deaths?|died|dies|fatal\w*|toll)\b", re.IGNORECASE)


def _denied_with_deaths(scoped: set[str], killed: bool) -> set[str]:
    """What a negation denies, with deaths when it denies harm: "no one was hurt" denies deaths too, in a text
    that speaks of no death (`killed`: not "three were killed, but no one else was hurt")."""
    return scoped | {"~killed"} if "~injured" in scoped and not killed else scoped


# a subject with an exception, before its verb: "any Cardolin batches other than CL-2291 (were affected)"
_EXCEPTED_SUBJECT = re.compile(r"\b(?:any|all|the)?\s*(?:[\w'’-]+\s+){0,3}?(?:other\s+than|except(?:\s+for)?"
                               r"|apart\s+from|besides)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:were|was|is|are|had|have"
                               r"|has|will|would|could)\b)", re.IGNORECASE)


_PART_OF = re.compile(r"\s*(?P<part>part|portion|share|piece|trace|amount)\s+of\s", re.IGNORECASE)


_TIMED_BY = re.compile(r"\s+(?:before|after|since|following|during|amid|ahead\s+of)\s+(?:the|a|an|its|their|this"
                       r"|that)\s.*$", re.IGNORECASE)


@memo(8192)
def _scope_stems(scope: str, cue: str = "") -> set[str]:
    """What a negation governs: the first content word of its scope that is not a name, a date or a
    number ("did not result in casualties" → casualties), and a word coordinated with it ("…
    casualties or damage" → damage too), with the fates they stand for."""
    scope = unphrase(scope)  # (as the rest of a text is read: "were behind the fire" → responsible for it)
    scope = _TO_DO_WITH.sub("related to", scope)  # "had nothing to do with school meals": not related to them
    scope = _CARRIED_OUT.sub("", scope)  # "had not carried out any blasting": the blasting is denied
    # "denied that any batches other than CL-2291 were affected": the batches are not denied (one was), what befell
    # the others is
    scope = _EXCEPTED_SUBJECT.sub(" ", scope)
    if cue.lower() in ("nobody", "no one", "no-one"):
        # "Nobody from the birthday party … was taken to hospital": who they are is not denied, what they underwent is
        scope = _WHO_OF_NOBODY.sub("", scope)
    harmed: set[str] = set()
    part = _PART_OF.match(scope) if cue.lower() == "no" else None
    if part is not None:
        # "no part of the June shipment had left the port": none of it had, which is what is denied
        scope, cue = scope[part.end("part"):], "none"
    if cue.lower() == "no":
        scope = _NO_ONE.sub("", scope)  # "no one dead or injured": the cue is "no one", what it denies "dead"
        # "no firefighters were injured", "no one on its side was hurt": the harm is denied, with its subject
        harmed = _harm_denied(scope)[1]
        if harmed:  # (the verb itself too: "no patients were harmed" denies the harm as "came to no harm" does)
            harmed |= {s for s in content_stems(_NO_SUBJECT_SUFFERED.match(scope).group("verb")) if s not in _WEAK}
    kept = " ".join(w for w in re.findall(r"[\w'’-]+", scope)
                    if not w[:1].isupper() and not w[:1].isdigit() and w.lower() not in _DATE_WORDS)
    head, *coordinated = _COORDINATION.split(kept)
    # "no party claimed responsibility": a denied doer denies the deed
    # (…or "Nobody claimed the missile and drone attacks": the deed right after a denied doer)
    doer = _NO_DOER.match(head) is not None or re.match(r"\s*[a-z]+ed\s+(?:the|a|an|its|their|any)\s", head) is not None
    head = _NO_DOER.sub("", head)
    # (…and what is given, not to whom: "not seen Iran give the groups a direct order" → order)
    head = _GIVEN_TO.sub(r"\g<verb> ", head)
    head = _FIRM.sub("", head)
    if _OF_QUESTION.match(head):
        return set()
    told = _SIGN_THAT.match(head)
    if told is not None:
        head = told.group("rest")
    judged = _JUDGED_SO.match(head)
    if judged is not None:
        # "did not find the organisers negligent", "was not found guilty": the judgement is what is denied, not the
        # finding (nor whom it is of)
        return _with_fates(set(content_stems(judged.group("judgement"))))
    # (a denied clause's subject is not what is denied: "denied that union members were responsible" →
    # responsible; "denied that its army had fired the shell" → fired)
    clause = _THAT_SUBJECT.match(head)
    if clause is not None and clause.end() < len(head):
        head = head[clause.end():]
        # (a participle that only picks the subject out is not its verb: "denied that the drone shot down near
        # Merrow belonged to its military" → belonged)
        picked = _PICKED_OUT.match(head)
        if picked is not None:
            head = _AUX.sub("", head[picked.end():])
    # (an event that only times what is denied is not denied: "denied that any warning had been made *before the
    # flood*" → warning, "no injuries *after the blast*" → injuries)
    head = _TIMED_BY.sub("", head)
    named = denied_set("none", head) if cue.lower() in ("", "none") else set()
    if named:
        # "none of its firefighters were hurt": the set's harm is denied, of that set
        # (negation.py checks the set is the claim's)
        suffered = head[NONE_OF.match(head).end():]  # (denied_set matched it)
        return _with_fates({*named, *[s for s in content_stems(suffered) if s not in _WEAK][:1]})
    stems = [s for s in content_stems(head) if s not in _WEAK]
    first = stems[:1]
    # (an adjective is read with the noun it qualifies: "has not announced any financial pledge" denies the pledge)
    content = [(w, st[0]) for w in re.findall(r"[a-z][a-z'’-]*", head)
               if (st := content_stems(w)) and st[0] not in _WEAK]
    if len(content) > 1 and _ADJECTIVE.search(content[0][0]):
        first = [content[0][1], content[1][1]]
    # (what is coordinated with it or its object, "no casualties or damage", "has not leaked oil or
    # chemicals"; not the object of a deed whose doer is denied, "no party claimed the missile and drone
    # attacks", where "and" joins the missiles and the drones)
    if first and (stems[-1] == first[0] or not doer or not re.match(r"\s*\w+ed\b", head)):
        for part in coordinated:
            if _FINITE_AFTER_AND.match(part) and re.search(r"\band\s+" + re.escape(part[:20]), kept):
                continue  # ("would not resign and called for an inquiry": a verb of its own, not denied)
            words = part.split()[:2]  # "or damage", "or any damage": right after the conjunction
            first += [s for s in content_stems(" ".join(words)) if s not in _WEAK][:1]
    return _with_fates(set(first)) | harmed


# a judgement a finding or ruling makes of someone: "find the organisers negligent", "found guilty", "declared the
# building unsafe" (the adjectives such findings give, in court and inquiry copy)
_JUDGED_SO = re.compile(r"\s*(?:(?:find|finds|found|finding|deem|deems|deemed|consider|considers|considered|declare"
                        r"|declares|declared|rule|rules|ruled|judge|judges|judged|hold|holds|held|prove|proved|proven)\s+)"
                        r"(?:(?:the|a|an|its|their|his|her|him|them|it|any|either)\s+)?(?:[\w'’-]+\s+){0,3}?"
                        r"(?P<judgement>guilty|innocent|liable|responsible|negligent|culpable|unsafe|safe|fit|unfit"
                        r"|competent|incompetent|illegal|legal|lawful|unlawful|valid|invalid|unconstitutional"
                        r"|constitutional|accurate|inaccurate|credible|dangerous|defective|faulty|sound|unsound"
                        r"|corrupt)\b", re.IGNORECASE)
# an adjective by its ending ("financial", "serious", "major"), read with the noun after it
_ADJECTIVE = re.compile(r"(?:al|ic|ous|ive|ful|ary|ior|major|minor)$")
_GIVEN_TO = re.compile(r"\b(?P<verb>give|gives|gave|given|giving|send|sends|sent|sending)\s+"
                       r"(?:(?:the|his|her|its|their|our|my|your)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+|them|him|her|us|it"
                       r"|me)\s+(?=(?:an?|any|the)\s)")
_COORDINATION = re.compile(r"\s+(?:or|nor|and)\s+")
# a verb of its own after "and" ("would not resign and called for an inquiry"): not coordinated with what is denied
_FINITE_AFTER_AND = re.compile(r"(?:called|said|added|urged|asked|told|went|made|took|gave"
                               r"|[a-z]+ed\s+(?:for|on|to|that)\b)")
_SET_ENDS = re.compile(r"\s+(?:[a-z]+ed|brought|taken|held|kept|seen|aboard|to|in|at|from|on|of|who|that|which)\b")


def denied_set(cue: str, scope: str) -> set[str]:
    """The stem of the set a negation denies something of ("none" + "of the children brought to the hospital
    had died" → child): nothing when it names none ("of them", "of the people"), or denies no deed or harm of it."""
    low = cue.lower()
    if _NO_DOER.match(scope):
        return set()  # "no party claimed the attacks": the deed is denied, of anyone
    subject, harmed = _harm_denied(_NO_ONE.sub("", scope)) if low == "no" else ("", set())
    if harmed:
        # "No firefighters were injured": a harm denied of a set, which a claim about residents is not
        # ("no one on its side was hurt": anyone there)
        return set() if _PLACE_PHRASE.match(subject) else set(content_stems(subject)[-1:]) - _ANYONE
    # (the set of any other denial only after "none of": reading every "no drivers …" so lost two held-out archive
    # claims in the eleventh session)
    of_set = NONE_OF.match(scope) if low == "none" else None
    if of_set is None or not [s for s in content_stems(scope[of_set.end():]) if s not in _WEAK]:
        return set()
    named = _SET_ENDS.split(of_set.group("set"), maxsplit=1)[0]  # "children brought to the hospital"
    return set(content_stems(named)[-1:]) - _ANYONE  # ("no one was hurt": anyone)


_ANYONE = {stem(w) for w in "one person people anyone anybody body".split()}
# the scope of "none" that names a set and what none of it did or suffered ("of its firefighters were hurt",
# "of the children brought to the hospital had died")
NONE_OF = re.compile(r"\s*of\s+(?:the|its|their|his|her|our|these|those)?\s*(?P<set>(?:[\w'’-]+\s+){0,10}?[\w'’-]+)\s+"
                     r"(?:is|are|was|were|had|has|have)\s+(?:been\s+)?", re.IGNORECASE)
# (after the time or manner of the denial: "denied on Tuesday that …", "flatly denied that …"; and word of it
# going round: "rumours circulating online that …", SPREAD)
_THAT_SUBJECT = re.compile(r"\s*(?:(?:on|again|also|publicly|flatly|firmly|strongly|categorically|repeatedly"
                           r"|vehemently)\s+)*(?:(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:reports?|claims?|allegations?|suggestions?"
                           r"|rumou?rs?"
                           r"|accusations?)\s+" + SPREAD + r"?)?that\s+(?:[\w'’-]+\s+){1,7}?"
                           r"(?:(?:is|are|was|were|had|has|have|would|will|could|did"
                           r"|do|does)\s+(?:not\s+)?(?:been\s+|be\s+)?|(?=[a-z]+ed\b))", re.IGNORECASE)
_PICKED_OUT = re.compile(r"[a-z]+ed\s+(?:near|in|at|on|over|by|from|during|after|outside|off)\b[^,;]*?\s"
                         r"(?=(?:[a-z]+ed|was|were|is|are|had|has|have)\b)")
_AUX = re.compile(r"^(?:was|were|is|are|had|has|have)\s+(?:not\s+)?(?:been\s+)?")
_NO_DOER = re.compile(r"^\s*(?:other\s+|single\s+|one\s+)?(?:party|parties|group|groups|side|faction|factions"
                      r"|organi[sz]ations?|one|body|individual|person|country|countries)\b\s*"
                      r"(?:(?:has|had|have|was|were|would|will|could)\s+(?=\w)"
                      r"|(?=[a-z]+(?:ed|ook|aid|ade|ew)\b))", re.I)


# a copula before the complement a clause describes: "CO2 is a gas *that traps heat*" asserts the clause
_COPULA_COMPLEMENT = re.compile(r"\b(?:is|are|was|were|remains|remained|becomes|became|be|been)\s+(?:not\s+)?"
                                r"(?:a|an|the|one|among|part)\b", re.IGNORECASE)


@memo(1024)  # (a claim's own reading, asked once per passage)
def object_clause(claim: str) -> bool:
    """Whether the claim ends in a clause that only picks out what its main verb acts on ("The student union held a
    vigil for the student *who died of meningitis*"): what it asserts is then its main clause, not the clause's fact
    (not a copula's complement, "CO2 is a gas that traps heat", which the clause describes)."""
    spans = identifying_clauses(claim)
    if not spans or claim[spans[-1][1]:].strip(" .!?\"'”’") or main_predicate(claim) != claim:
        return False
    start = spans[-1][0]
    # (a relative clause: a participle read at the end is too often the main clause's own words, "scored a direct
    # *hit on* the base"; not a clause after a subject whose main verb it runs into, "People who had booked tickets
    # can get …"; nor what a verb says, "estimated that the strike cost …")
    before = claim[:start].split()
    # (nor what a noun of saying holds: "documenting the allegation that the candidate had approved …")
    if _RELATIVE_WORD.match(claim, start) is None or len(before) < 4 or before[-1].lower().strip(",") in _SAID_NOUNS \
            or (before[-1].lower().endswith("ed") and claim[start:start + 4].lower() == "that"):
        return False
    # (a deed told in the past, as news reports one: "held a vigil", "arrested two men"; a general statement in the
    # present, "satellites observe an enhanced effect at the wavelengths that CO2 absorbs", asserts its clause too, as
    # the CLIMATE-FEVER tune split reads it)
    # (…of someone or something it names: "the Stellmere student")
    main = main_clause(claim)
    return _COPULA_COMPLEMENT.search(main) is None and _DEED_IN_PAST.search(main) is not None \
        and _NAMED_INSIDE.search(claim, 1) is not None


def figure_kind(q: Quantity) -> str | None:
    """What kind of figure an amount is, to tell whether a passage states any of it: a sum of money (a currency's
    code), a share, a measure by its dimension, or a count by its noun's class or stem; None for a span of time (a
    "two-day strike" says how long as much as how many) or a bare number."""
    if not q.unit or duration(q.unit) is not None or q.unit.lower() in _NOT_COUNTED:
        return None
    if YEAR.fullmatch(q.span.text.split()[0]):
        return None  # ("the 2025 meningitis outbreak": which outbreak, a year, not a count)
    if q.unit == "%":
        return "%"
    if len(q.unit) == 3 and q.unit.isupper():
        return "money"  # (a currency's code: not "TV" of "Lumen 9 TV")
    measured = measure(q.unit)
    if measured is not None:
        return f"measure:{measured[0]}"
    return f"count:{unit_class(q.unit) or stem(q.unit)}"


_DEED_IN_PAST = re.compile(r"\b(?:[a-z]{3,}ed|held|took|gave|made|sent|paid|won|lost|left|led|kept|brought|bought"
                           r"|sold|told|found|met|ran|set|put|cut|hit|shot|struck|fought|caught|began|wrote|spent"
                           r"|built|broke|chose|drove|flew|stole|threw|wore)\b")
_SAID_NOUNS = frozenset("""allegation allegations claim claims report reports fact news evidence idea belief suggestion
    assertion statement rumour rumours rumor rumors notion hope fear fears view warning warnings assurance promise
    finding findings conclusion sign signs proof""".split())
_RELATIVE_WORD = re.compile(r"(?:who|whom|which|that)\b", re.IGNORECASE)
_NAMED_INSIDE = re.compile(r"(?<=[\s(\"“])[A-Z][a-z]+")
_NOT_COUNTED = frozenset("times degrees degree".split())  # ("three times", "2 degrees": what a figure says of another)
