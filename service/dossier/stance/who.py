"""Stance rules on who: the credited source, who did it or claimed it, positions and descriptions,
quotations and the platform a statement was published on."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from service.dossier.model import Candidate, ClaimAnalysis, Reason
from service.dossier.stance.terms import (
    _NAME_RUN,
    _NATIONAL_STRIKE,
    _STRIKE_NOUNS,
    ACTOR_RESTATES,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    STRIKE,
    ClaimTerms,
    _coverage,
    _names_stated,
    _stems_of,
    _subject_names,
    _verb_after,
    core_subject,
    read_stems,
    reading,
    refers_back,
    sentence_readings,
)
from service.dossier.stance_model import content_stem_set, content_stems, fold
from service.memo import memo
from service.text.ages import ages_of, same_person
from service.text.causes import causes_of, names_a_mishap
from service.text.clauses import identifying_clauses
from service.text.facts import PassageFacts
from service.text.places import demonym_country, same_place
from service.text.platforms import MEDIUM_WORDS, find_platforms
from service.text.quotes import find_quotes
from service.text.roles import ministry_portfolio
from service.text.sources import same_source
from service.text.synonyms import self_named
from service.tokens import stem, without_possessive

QUOTE_SAME = 92  # rapidfuzz ratio of two quotes that are the same words (punctuation, case aside)
QUOTE_ALTERED = 70  # partial ratio from which a different quote is the same one, altered


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


def _causes(terms: ClaimTerms, claim: str, candidate: Candidate, text: str) -> list[tuple[Reason, bool]]:
    """The claim's cause or culprit ("blamed the fire on a lightning strike") against the one the passage
    names for the same thing ("blamed the latest fire on arson"): another one conflicts, deciding when the
    passage states the rest of the claim (PREDICATE_MIN_COVERAGE of its predicate without the cause's words)."""
    claimed = _claim_causes(claim)
    stated = sentence_readings(candidate).causes if claimed else ()
    if stated and _blamed_by_another(claim, text):
        return []  # (whom another blames: "The union … blamed cuts to maintenance crews for the derailment" is no
        # contradiction of "Veldt Rail blamed the derailment on a faulty axle")
    out: list[tuple[Reason, bool]] = []
    for kind, phrase in claimed:
        theirs = [p for k, p in stated if k == kind]
        if not theirs:
            continue
        own = _cause_stems(phrase)
        if any(own & _cause_stems(p) for p in theirs):
            continue  # the same cause, in the same or other words
        rest = {s: w for s, w in terms.predicate_weights.items() if s not in own}
        previous = candidate.passage.context.previous
        if kind == "death" and _names_stated(terms, text, previous) < NAMES_STATED and not (
                previous and _PERSON_PRONOUN.search(text) and _names_stated(terms, previous, None) >= NAMES_STATED):
            # (what another died of: "A second runner died of a heart attack" for Moor's heatstroke; "he" of the
            # sentence before, which names him, is he)
            continue
        decisive = _coverage(rest, text, previous) >= PREDICATE_MIN_COVERAGE
        what = {"culprit": "blames", "death": "says the death was from"}.get(kind, "puts it down to")
        out.append((Reason("cause_mismatch", phrase, theirs[0],
                           f"the claim {what} {phrase}; the passage, {theirs[0]}"), decisive))
    return out


_BLAMES = re.compile(r"\bblam(?:ed|es|ing)\b", re.IGNORECASE)


def _blamed_by_another(claim: str, text: str) -> bool:
    """Whether the claim and the passage each say someone blamed something, and the words before the passage's blame
    name none of those before the claim's (another blames, with a view of its own)."""
    mine, theirs = _BLAMES.search(claim), _BLAMES.search(text)
    if mine is None or theirs is None:
        return False
    who = set(content_stems(claim[:mine.start()]))
    return bool(who) and who.isdisjoint(content_stems(text[:theirs.start()]))


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)


@memo(1024)
def _claim_causes(claim: str) -> tuple[tuple[str, str], ...]:
    return causes_of(claim)


def cause_unstated(claim: str, candidate: Candidate) -> bool:
    """Whether the claim puts something down to a cause ("Metal fatigue caused the cracks") that the passage does not
    name in any of its words: what caused it is the claim's point."""
    claimed = _asserted_causes(claim)
    if not claimed:
        return False
    stems = read_stems(reading(candidate), candidate.passage.context.previous)
    return not any(stems_of_cause & stems for stems_of_cause in claimed)


@memo(1024)  # (a claim's own reading, asked once per pool passage)
def _asserted_causes(claim: str) -> tuple[frozenset[str], ...]:
    """The stems of each cause the claim gives a mishap, outside a clause that only picks the mishap out ("A fire
    *started by John Miller at the depot* destroyed 300 cars"); none for a general claim of no mishap, whose cause a
    passage may put in other words that only the model reads ("Jupiter's climate change is due to shifts in internal
    turbulence", on the CLIMATE-FEVER tune split)."""
    if not names_a_mishap(claim):
        return ()
    clauses = identifying_clauses(claim)
    return tuple(frozenset(_cause_stems(phrase)) for kind, phrase in _claim_causes(claim) if kind == "cause"
                 and not any(s <= claim.lower().find(phrase.lower()) < e for s, e in clauses))


def _cause_stems(phrase: str) -> set[str]:
    return set(content_stems(phrase))  # (synonyms already read as one: stance_model._word_stems)


_DOER_NOUNS = r"(?:\s+(?:forces|troops|army|military|jets|aircraft|warplanes|navy|police|government|officials))?"


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
    # active voice only: in "The US Embassy in Kabul was attacked", Kabul did nothing ("The House on March 3
    # passed …": a day may stand between the doer and the deed)
    for m in re.finditer(r"(?P<agent>" + _NAME_RUN + _DOER_NOUNS + r")(?:\s+on\s+[A-Z][a-z]+(?:\s+\d{1,2})?,?)?"
                         + r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", text):
        if stem(m.group("verb")) == verb:
            found.append(m.group("agent"))
    for m in re.finditer(r"\b(?P<verb>[a-z]+)(?:\s+(?:out|down|up|off))?\s+by\s+(?:the\s+)?(?P<agent>" + _NAME_RUN
                         + r")", text):
        if stem(m.group("verb")) == verb:
            found.append(m.group("agent"))
    return [re.sub(r"^The\s+", "", name.rstrip(".")) for name in found if content_stems(name)]


# the endings that make a country's name its people's ("Valdoria" → "Valdorian", "Kesmark" → "Kesmarki")
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish")


def _of_the_country(own: frozenset[str], doer: str) -> bool:
    """Whether a doer is a body of the country the claim names, by its people's name, for a country no gazetteer
    knows too ("the Valdorian Foreign Ministry" for Valdoria)."""
    if demonym_country(doer.split()[0]) is not None:
        return False  # (a people the gazetteer knows is its own country's: "Nigerian" is not Niger's)
    first = doer.split()[0].lower()
    return any(len(name) >= 4 and first.startswith(name) and first[len(name):] in _DEMONYM_ENDINGS
               for name in own) or any(len(name) >= 4 and first.startswith(name[:-1]) and name.endswith("a")
                                       and first[len(name) - 1:] in ("an", "ian") for name in own)


def _agent(terms: ClaimTerms, text: str, previous: str | None, placed: bool = False) -> list[Reason]:
    """"The strike … was carried out by Israel" against a passage that restates the claim
    (RESTATES, checked by the caller) with half its other names — or, `placed`, puts the strike
    where the claim does — and says another named doer did the same deed ("US forces had carried
    out a … strike"), naming none of the claim's."""
    if terms.agent is None:
        return []
    agent, verb = terms.agent
    own = frozenset(content_stems(agent))
    context = f"{previous} {text}" if previous and refers_back(text) else text
    stems = set(content_stem_set(context))
    if own & stems or (not placed and _names_stated(terms, text, previous, own) < NAMES_STATED):
        return []
    country = demonym_country(agent.split()[0])
    theirs = [d for d in dict.fromkeys(_doers(context, verb)) if not own & set(content_stems(d))
              and (country is None or demonym_country(d.split()[0]) != country)
              and not _of_the_country(own, d)]
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
    claimant = _SELF_NAMED.sub("", self_named(terms.claimant)).strip(" '\"“”‘’") or terms.claimant
    if _names(claimant, f"{previous or ''} {text}"):
        return []  # the passage names the claim's claimant too
    following = candidate.passage.context.next or ""
    if _GROUP_AGAIN.match(following) and _names(claimant, following):
        return []  # "The group, identifying themselves as "The Revolutionaries", …": the same group, by its own name
    own = set(content_stems(terms.claimant))
    if _coverage({s: w for s, w in terms.predicate_weights.items() if s not in own}, text, previous) < ACTOR_RESTATES:
        return []
    return [Reason("actor_mismatch", terms.claimant, theirs[0],
                   f"the claim says {terms.claimant} claimed it; the passage says {theirs[0]}")]


# 'a group calling itself "The Revolutionaries"': the name is what follows
# (as synonyms.self_named writes it: "a group calling itself" is "a group called themselves")
_SELF_NAMED = re.compile(r"^(?:an?|the)\s+(?:group|faction|militia|organi[sz]ation|movement)\s+called\s+themselves\s+",
                         re.IGNORECASE)
# a sentence that goes on about the group just named ("The group, …", "It …", "They …")
_GROUP_AGAIN = re.compile(r"^\W*(?:the\s+(?:group|faction|militia|organi[sz]ation|movement)|it|they)\b", re.IGNORECASE)


def _subject_unstated(terms: ClaimTerms, candidate: Candidate) -> bool:
    """Whether the passage (with the sentence before, when it goes on from it) names none of the
    claim's named subject."""
    if not terms.subject:
        return False
    stems = read_stems(reading(candidate), candidate.passage.context.previous)
    # (a source the passage describes is named by what its article resolves it to: "The Lebanon-based news
    # network said" names Al-Mayadeen)
    if candidate.facts is not None:
        # (an incident sentence that takes its event from the story before it speaks of that story's subject:
        # "The Tessin dam … gave way on Saturday. The governor said 14 people were killed")
        event = candidate.facts.event
        if event.basis == "article":
            stems |= set(content_stems(f"{candidate.passage.context.previous or ''} {event.place or ''}"))
        stems |= {s for c in candidate.facts.credits if c.resolved for name in c.names for s in content_stems(name)}
    subject = core_subject(terms.subject)
    if not subject & stems and terms.subject_head is not None \
            and subject <= set(content_stems(candidate.article.title or "")) \
            and re.search(rf"\b(?:the|this|that)\s+{terms.subject_head}\b", reading(candidate), re.IGNORECASE):
        # ("The pipeline restarted on Friday …" under "Westfall pipeline operator fined …": the article's own subject,
        # called by its noun)
        return terms.possessed is not None and terms.possessed not in stems
    return not subject & stems or (terms.possessed is not None and terms.possessed not in stems)


_MEDIUM_STEMS = frozenset(stem(w) for w in MEDIUM_WORDS)
_ALSO = re.compile(r"\b(?:also|too|as\s+well|again|later|earlier|first)\b", re.IGNORECASE)


def _platforms(analysis: ClaimAnalysis, terms: ClaimTerms, candidate: Candidate, text: str,
               previous: str | None) -> list[tuple[Reason, bool]]:
    """Where the claim says a statement was made ("in a post on its X account") against where the
    passage says it was ("in a statement published on its Telegram channel"). Another platform
    decides when the passage states the rest of the claim's predicate (PREDICATE_MIN_COVERAGE,
    the platform's own words aside): then it tells of the same statement."""
    claimed = find_platforms(analysis.claim)
    stated = sentence_readings(candidate).platforms
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
    # (a claim that says no more than where its subject posted: "The Red Hand posted its statement on X"
    # against "The Red Hand posted its statement on Telegram" — all its names and its medium words stated)
    decisive = _coverage(rest, text, previous) >= PREDICATE_MIN_COVERAGE if rest else bool(
        terms.name_weights) and _names_stated(terms, text, previous) >= 1.0 and bool(terms.predicate_weights) \
        and _coverage(terms.predicate_weights, text, previous) >= PREDICATE_MIN_COVERAGE \
        and not _ALSO.search(text)  # ("… later also posted its statement on Telegram": besides the claim's)
    detail = (f"claim says {', '.join(dict.fromkeys(c.name for c in claimed))}, passage says "
              f"{', '.join(dict.fromkeys(p.name for p in stated))}")
    return [(Reason("platform_mismatch", said, shown, detail), decisive)]


_FORMER = re.compile(r"\b(?:former|then|ex|acting|outgoing|incoming|late)\b", re.IGNORECASE)
# offices whose holder is not also someone's spokesperson (a minister may be the government's)
_HEAD_OFFICES = frozenset("secretary president governor mayor chancellor".split())
# offices several people hold at once
_SHARED_OFFICE = re.compile(r"\b(?:state\s+secretary|deputy|vice|assistant|junior|under)\b", re.IGNORECASE)
_NOT_NAME = frozenset(w.lower() for w in """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Lord Lady Sir""".split())


def _same_holder(a: str, b: str) -> bool:
    """One person's names ("Marcelo Ebrard" / "Marcelo Ebrard Casaubon", "David Cameron" / "Lord
    Cameron"; "Dmytro Kuleba Monday" is Dmytro Kuleba): same_source of the names without titles
    and dates."""
    wa = " ".join(w for w in a.split() if w.lower() not in _NOT_NAME)
    wb = " ".join(w for w in b.split() if w.lower() not in _NOT_NAME)
    return not wa or not wb or same_source(wa, wb)


def _counterpart(analysis: ClaimAnalysis, facts: PassageFacts, text: str, previous: str | None = None) -> list[Reason]:
    """"Austin discussed … with Israeli Prime Minister Benjamin Netanyahu" against a passage that
    restates the rest (checked by the caller) with "Israeli Defense Minister Yoav Gallant": the
    claim's office-holder of a body is not named, and another office-holder of the same body is, in
    the same account."""
    context = f"{previous or ''} {text}"
    sources = " ".join(c.written for c in facts.credits)
    for c in analysis.roles:
        holder = re.sub(r"['’]s?$", "", c.holder or "")
        # (the claim's person named, by surname, in the passage or the sentence before; or called by the
        # claim's title, "The chancellor and …", "He met …")
        if not (c.prefix and holder and c.organisation and " " in holder) or _names_person(holder, context) \
                or re.search(r"\b" + r"\s+".join(map(re.escape, c.title.split())), text, re.IGNORECASE) \
                or _HE_SHE.match(text):
            continue
        for p in facts.roles:
            # (another office-holder who is only the report's source is no participant: "…, German Defence
            # Minister Karla Senn told reporters")
            if p.prefix and p.holder and p.organisation and same_source(c.organisation, p.organisation) \
                    and p.title != c.title and not _same_holder(holder, p.holder) \
                    and not _names_person(p.holder, analysis.claim) and p.holder not in sources:
                return [Reason("role_mismatch", f"{c.title} {holder}", f"{p.title} {p.holder}",
                               f"the claim names {holder} ({c.title}); the passage, {p.holder} ({p.title})")]
    return []


_HE_SHE = re.compile(r"^\W*(?:he|she)\b", re.IGNORECASE)


def _names_person(name: str, text: str) -> bool:
    """Whether a text names a person by their family name ("Netanyahu" for "Benjamin Netanyahu")."""
    return re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", text) is not None


def _other_portfolio(a: str, b: str) -> bool:
    """Whether two ministries (or departments) are named by different portfolios ("Foreign Ministry" / "Defence
    Ministry"; not "Ministry of Internal Affairs" / "Interior Ministry")."""
    first, second = ministry_portfolio(a), ministry_portfolio(b)
    return first is not None and second is not None and first != second


def _roles(analysis: ClaimAnalysis, facts: PassageFacts, text: str) -> list[Reason]:
    """A position held in another organisation than the claim says ("secretary general of X"), or
    another portfolio ("Foreign Minister Yoav Gallant" of a defense minister)."""
    reasons = []
    for c in analysis.roles:
        for p in facts.roles:
            # (named with the title before the name too, "a call with Israeli Defense Minister Benny Gantz",
            # when both name the office's country or body: the passage names another holder of it)
            if c.holder and p.holder and " " in c.title and c.title == p.title \
                    and not _same_holder(c.holder, p.holder) and not _SHARED_OFFICE.search(c.title) \
                    and not (c.prefix and (_FORMER.search(analysis.claim, max(0, c.start - 12), c.start + 1)
                                           or _FORMER.search(text, max(0, p.start - 12), p.start + 1))) and (
                        (not c.prefix and (not c.organisation or not p.organisation
                                           or same_source(c.organisation, p.organisation)))
                        or (c.prefix and p.prefix and c.organisation and p.organisation
                            and same_source(c.organisation, p.organisation))):
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
            if c.title != p.title and c.prefix and p.prefix and "spokesperson" in (c.office, p.office) \
                    and {c.office, p.office} - {"spokesperson"} <= _HEAD_OFFICES and " " in c.holder \
                    and " " in p.holder and not _FORMER.search(analysis.claim, max(0, c.start - 12), c.start + 8) \
                    and not _FORMER.search(text, max(0, p.start - 12), p.start + 8) \
                    and not _SHARED_OFFICE.search(analysis.claim, max(0, c.start - 12), c.start + 8) \
                    and not _SHARED_OFFICE.search(text, max(0, p.start - 12), p.start + 8):
                # "Defense Secretary Patrick Ryder" of the passage's "Pentagon spokesperson … Patrick Ryder":
                # a spokesperson under a head office (not a deputy's, not a former one)
                reasons.append(Reason("role_mismatch", c.title, p.title,
                                      f"claim calls {c.holder} {c.title}, passage calls them {p.title}"))
                break
            if c.title != p.title:
                if c.office == p.office and " " in c.title and " " in p.title:
                    reasons.append(Reason("role_mismatch", c.title, p.title,
                                          f"claim says {c.holder} is {c.title}, passage says {p.title}"))
                    break
                continue
            if c.prefix or p.prefix:
                if c.prefix and p.prefix:
                    # (a title both write before the name: it identifies who speaks, SPEAKER_TITLE)
                    reasons.append(Reason("role_match", c.title, p.title,
                                          f"both name {c.holder} {c.title}{SPEAKER_TITLE}"))
                elif not c.prefix and " " not in c.title and c.organisation and p.organisation:
                    # "X is the Pentagon's spokesperson" and "Pentagon spokesperson X": the same body confirms
                    # it (another does not deny it: a former or acting office, "Defense Department" read short)
                    if same_source(c.organisation, p.organisation):
                        reasons.append(Reason("role_match", c.title, p.title, f"both name {c.holder} {c.title}"))
                    elif _other_portfolio(c.organisation, p.organisation):
                        # "a spokesman for Kesmark's Foreign Ministry" / "Defence Ministry spokesman": another ministry
                        reasons.append(Reason("role_mismatch", c.organisation, p.organisation,
                                              f"claim says {c.holder} is {c.title} of {c.organisation}, passage says "
                                              f"of {p.organisation}"))
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


SPEAKER_TITLE = " (the title the speaker is named with)"


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


_LINK = r"(?:affiliated|associated|linked|aligned|tied|allied|connected)\s+(?:with|to)\s+"
_ONCE = re.compile(r"\b(?:once|formerly|previously|former|also|among\s+others|then)\b", re.IGNORECASE)
_LINKED_CLAIM = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)(?:\s*,[^,]{3,120},)?"
                           r"\s+(?:is|was|are|were)\s+(?:an?\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:closely|reportedly|directly)\s+)?"
                           + _LINK
                           + r"(?P<org>[^,.;]{3,80})")


def _affiliations(claim: str, text: str) -> list[Reason]:
    """"Sabereen News … is affiliated with Lebanon's Hezbollah" against the passage's "Sabereen News, a
    Telegram news channel associated with Iraqi … Popular Mobilization Units": what the same name is
    linked to, compared by the names of what it is linked to (a country and its people's word are one)."""
    m = _LINKED_CLAIM.match(claim)
    if m is None or m.group("name") not in text:
        return []
    name = m.group("name")
    theirs = re.search(re.escape(name) + r"(?:\s*,\s+(?:an?|the)\s+[^,;.]{0,80}?\b"
                       r"|\s+(?:is|was|are|were)\s+(?:\w+\s+)?)" + _LINK + r"(?P<org>[^,;.]{3,80})", text)
    if theirs is None or _ONCE.search(text, theirs.start(), theirs.start("org")):
        return []  # "once affiliated with", "also linked to": another time, or one tie of several
    mine = {s for w in re.findall(r"\b[A-Z][\w'’-]*", m.group("org")) for s in content_stems(w)}
    other = {s for w in re.findall(r"\b[A-Z][\w'’-]*", theirs.group("org")) for s in content_stems(w)}
    if not mine or not other:
        return []
    found = {n for n in mine if any(t.startswith(n) or n.startswith(t) for t in other)}
    said, stated = m.group("org").strip(), theirs.group("org").strip()
    if found == mine:
        return [Reason("role_match", said, stated, f"both link {name} to {stated}")]
    # (ties are many; two linked to different countries' bodies are not: "Lebanon's Hezbollah" / "Iraqi …
    # Popular Mobilization Units")
    countries = [{c for w in re.findall(r"\b[A-Z][\w'’-]*", org) if (c := demonym_country(without_possessive(w)))}
                 for org in (said, stated)]
    if not found and countries[0] and countries[1] and not countries[0] & countries[1]:
        return [Reason("role_mismatch", said, stated, f"claim links {name} to {said}; the passage, to {stated}")]
    return []


# a person described by a nationality and what they do ("an Iranian technical expert", "a Yemeni technical expert")
_NATIONAL_PERSON = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<people>[A-Z][a-z]+)\s+(?P<what>(?:[a-z]+\s+){0,2}"
                              r"(?:expert|official|engineer|adviser|advisor|commander|officer|soldier|diplomat|"
                              r"journalist|reporter|doctor|nurse|pilot|national|citizen|worker|technician|student"
                              r"|tourist|businessman|businesswoman|scientist|minister|envoy|spokesman|spokeswoman))\b")


def _nationalities_of_people(claim: str, text: str) -> list[Reason]:
    """"… one of them an Iranian technical expert" against "A Yemeni technical expert was among the four
    killed": the same description of a person ("technical expert"), another nationality."""
    reasons = []
    for c in _NATIONAL_PERSON.finditer(claim):
        mine = demonym_country(c.group("people"))
        if mine is None:
            continue
        for p in _NATIONAL_PERSON.finditer(text):
            theirs = demonym_country(p.group("people"))
            if theirs is not None and theirs != mine and p.group("what") == c.group("what") \
                    and len(c.group("what").split()) >= 2:
                said, stated = f"{c.group('people')} {c.group('what')}", f"{p.group('people')} {p.group('what')}"
                reasons.append(Reason("entity_mismatch", said, stated, f"claim says {said}, passage says {stated}"))
                return reasons
    return reasons


def _ages(claim: str, text: str) -> list[Reason]:
    """The age the claim gives a person it names, against the age the passage gives the same person ("54-year-old
    Pavel Oriak" / "Pavel Oriak, 54,"): the same age confirms it, another contradicts it."""
    claimed = ages_of(claim)
    stated = ages_of(text) if claimed else ()
    reasons = []
    for name, age in claimed if stated else ():
        other = next(((n, a) for n, a in stated if same_person(name, n)), None)
        if other is not None:
            reasons.append(Reason("quantity_match" if other[1] == age else "quantity_mismatch", f"{age} ({name})",
                                  f"{other[1]} ({other[0]})",
                                  f"claim says {name} is {age}, passage says {other[1]} (age)"))
    return reasons


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
        elif (left_out := _excerpt(fc, fold(best), _denied_before(claim, c))) is not None:
            how = f", leaving out “{' '.join(left_out)}”" if left_out else ""
            reasons.append(Reason("quote_match", c, best, f"the claim quotes part of the passage's quote{how}"))
        elif fuzz.partial_ratio(fc, fold(best)) >= QUOTE_ALTERED or fuzz.ratio(fc, fold(best)) >= QUOTE_ALTERED:
            reasons.append(Reason("quote_mismatch", c, best, f"the claim quotes “{c}”; the passage “{best}”"))
    return reasons


_QUOTE_WORD = re.compile(r"[\w']+")
_DENYING_WORDS = frozenset("""not no never nor neither none nobody nothing without cannot don't doesn't didn't isn't
    aren't wasn't weren't haven't hasn't hadn't won't wouldn't can't couldn't shouldn't untrue false hardly barely
    scarcely only until""".split())


_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|without|n't)\b[^.;:\"“”]{0,40}$|n't\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _denied_before(claim: str, quote: str) -> bool:
    """Whether the claim denies what it quotes, just before the quote ("had not seen “a direct order”")."""
    at = claim.find(quote)
    return at > 0 and _DENIED_BEFORE.search(claim[max(0, at - 50):at].rstrip(" \"“")) is not None


def _excerpt(claimed: str, stated: str, denied: bool = False) -> list[str] | None:
    """The words a claim's quote leaves out of a longer quote it excerpts, in order ([] when it
    quotes a run of it as written); None when it is no excerpt: a word changed, words left out
    that outnumber its own, or a denial left out ("I do [not] support …") that the claim does not
    carry outside its quote (`denied`: "had not seen “a direct order”")."""
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
    if len(left_out) > len(want) or (not denied and _DENYING_WORDS.intersection(set(have) - set(want))):
        return None
    if denied and not _DENYING_WORDS.intersection(have[:matched[0]]):
        return None  # the claim denies what the quote, before its words, does not ("…, not a suggestion")
    return left_out
