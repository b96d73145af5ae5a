"""Stance rules on who: the credited source, who did it or claimed it, positions and descriptions,
quotations and the platform a statement was published on."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from service.dossier.model import Candidate, ClaimAnalysis, Reason, StanceResult
from service.dossier.stance.negation import _ABOUT_THE_CLAIM, same_condition
from service.dossier.stance.terms import (
    _NAME_RUN,
    _NATIONAL_STRIKE,
    _STRIKE_NOUNS,
    ACTOR_RESTATES,
    FACT_SUPPORT,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    STRIKE,
    ClaimTerms,
    _coverage,
    _names_stated,
    _stems_of,
    _subject_names,
    _verb_after,
    claim_terms,
    core_subject,
    read_stems,
    reading,
    refers_back,
    sentence_readings,
    stored_readings,
)
from service.dossier.stance_model import content_stem_set, content_stems, fold
from service.memo import memo
from service.text.causes import causes_of
from service.text.clauses import identifying_clauses
from service.text.facts import PassageFacts
from service.text.places import ascii_key, demonym_country, same_place
from service.text.platforms import MEDIUM_WORDS, find_platforms
from service.text.quotes import find_quotes
from service.text.sources import BODY_KIND, find_attributions, same_source, source_name
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
    out: list[tuple[Reason, bool]] = []
    for kind, phrase in claimed:
        theirs = [p for k, p in stated if k == kind]
        if not theirs:
            continue
        own = _cause_stems(phrase)
        if any(own & _cause_stems(p) for p in theirs):
            continue  # the same cause, in the same or other words
        rest = {s: w for s, w in terms.predicate_weights.items() if s not in own}
        decisive = _coverage(rest, text, candidate.passage.context.previous) >= PREDICATE_MIN_COVERAGE
        what = "blames" if kind == "culprit" else "puts it down to"
        out.append((Reason("cause_mismatch", phrase, theirs[0],
                           f"the claim {what} {phrase}; the passage, {theirs[0]}"), decisive))
    return out


@memo(1024)
def _claim_causes(claim: str) -> tuple[tuple[str, str], ...]:
    return causes_of(claim)


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
    return not subject & stems or (terms.possessed is not None and terms.possessed not in stems)


OTHER_SIDE_COVERAGE = 0.2  # the claim's source says something else on its side of "X said A, while Y said B"
MISATTRIBUTION_COVERAGE = 0.8  # a passage must restate the claim's fact this fully to show it misattributed
SAME_STATEMENT_COVERAGE = 0.35  # … or this much, quoting the same words or denying the same thing
_SAME_STATEMENT = ("quote_match", "negation_match")


# military and police ranks, abbreviations as written in news copy
_RANK_WORDS = {"gen": "general", "general": "general", "maj": "major", "major": "major", "brig": "brigadier",
               "brigadier": "brigadier", "lt": "lieutenant", "lieut": "lieutenant", "lieutenant": "lieutenant",
               "col": "colonel", "colonel": "colonel", "adm": "admiral", "admiral": "admiral", "vice": "vice",
               "rear": "rear", "capt": "captain", "captain": "captain", "sgt": "sergeant", "sergeant": "sergeant",
               "cmdr": "commander", "cdr": "commander", "commander": "commander", "cpl": "corporal",
               "corporal": "corporal", "pvt": "private", "private": "private"}


def _rank(written: str, person: str) -> str | None:
    """The rank written right before a person's name ("Maj. Gen. Patrick Ryder" → major general;
    `person`: the first word of the name)."""
    at = written.find(person)
    if at <= 0:
        return None
    words = re.findall(r"[A-Za-z]+", written[:at])
    rank: list[str] = []
    for word in reversed(words):
        if word.lower() not in _RANK_WORDS or word[0].islower():
            break
        rank.insert(0, _RANK_WORDS[word.lower()])
    return " ".join(rank) or None


_RANK_CLAIM = re.compile(r"\b(?:holds?|held|holding|has|had|with|at)\s+the\s+rank\s+of\s+(?:a\s+)?"
                         r"(?P<rank>(?:[A-Za-z]+\.?\s+){0,2}[A-Za-z]+)", re.IGNORECASE)
_PERSON = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b")


def _ranks(claim: str, text: str) -> list[Reason]:
    """"Patrick Ryder … holds the rank of major general" against "Brigadier General Patrick Ryder":
    the rank a passage writes before the same person's name."""
    said = _RANK_CLAIM.search(claim) if "rank" in claim else None
    if said is None:
        return []
    words = [_RANK_WORDS.get(w.lower().rstrip(".")) for w in said.group("rank").split()]
    rank = " ".join(w for w in words if w)
    person = next((m for m in _PERSON.finditer(claim[:said.start()]) if m.group(1).lower() not in _RANK_WORDS), None)
    if not rank or person is None or person.group(2) not in text:
        return []
    stated = _rank(text, person.group(1)) if person.group(1) in text else None
    if stated is None:
        return []
    who = person.group()
    if stated == rank or stated.endswith(rank):
        return [Reason("role_match", rank, stated, f"both give {who} the rank of {stated}")]
    return [Reason("role_mismatch", rank, stated, f"claim says {who} is a {rank}; the passage, a {stated}")]


def _other_rank(claimed: tuple[Any, ...], stated: tuple[Any, ...], who: str) -> tuple[str, str] | None:
    """The claim's and the passage's ranks for the person both credit, when both give one and they differ."""
    if " " not in who:
        return None  # an office or outlet, not a person's name
    first = who.split()[0]
    mine = next((r for c in claimed if (r := _rank(c.written, first))), None)
    theirs = next((r for c in stated if (r := _rank(c.written, first))), None)
    if not mine or not theirs or mine.endswith(theirs) or theirs.endswith(mine):
        return None  # "General" of a brigadier general is how one addresses them, not another rank
    return mine, theirs




def described_credits(claim: str) -> tuple[str, ...]:
    """The bodies a claim credits by a description its words alone cannot resolve ("the miners' union said",
    "according to the health ministry"), as written without their article; not a pronoun, not an unnamed
    source ("a security source"), and only a description whose head noun says what kind of body it is."""
    found = []
    for a in find_attributions(claim):
        if a.cue.startswith(("claimed", "denied")) or a.kind == "anonymous" or source_name(a.source) is not None:
            continue
        written = re.sub(r"^(?:the|a|an)\s+", "", a.source.strip(), flags=re.IGNORECASE)
        stems = content_stems(written)
        if stems and stems[-1] in BODY_KIND:
            found.append(written)
    return tuple(found)


def describe_credits(analysis: ClaimAnalysis, candidates: list[Candidate]) -> ClaimAnalysis:
    """The claim's described credits with the names the pool resolves each to: a passage crediting "the
    company" after naming Sarrow Minerals links the two (ClaimAnalysis.described)."""
    if analysis.credits:
        return analysis
    described = described_credits(analysis.claim)
    if not described:
        return analysis
    linked = []
    for written in described:
        # ("the union", resolved to the Federation of Karvenian Miners, is the claim's "miners' union")
        *rest, head = content_stems(written)
        # (and a body the pool credits that its words show is the described one: the claim's "miners' union" is
        # the "Federation of Karvenian Miners", so "Sarrow Minerals" is another body)
        names = {c.source for cand in candidates if cand.facts is not None for c in cand.facts.credits
                 if (c.resolved and head in content_stems(c.written)
                     and set(rest) <= {*content_stems(c.written), *content_stems(c.source)})
                 or (c.kind != "anonymous" and source_name(c.written) is not None and _described_as(written, (), c))}
        linked.append((written, tuple(sorted(names))))
    return replace(analysis, described=tuple(linked))


def _described_as(written: str, aliases: tuple[str, ...], credit: Any) -> bool | None:
    """Whether a passage's credit is the body a claim describes: True when it is (its words hold the
    description's, its head noun or one of the same kind; or the pool resolves the description to it),
    False when it is clearly another body (a head noun of another kind, or any other source when the pool
    names the described body), None when its words cannot tell (a bare name)."""
    mine = content_stems(written)
    head, rest = mine[-1], set(mine[:-1])
    theirs = set().union(*(content_stems(n) for n in (credit.written, *credit.names)))
    if any(same_source(a, n) for a in aliases for n in credit.names):
        return True
    kinds = {BODY_KIND[s] for s in theirs if s in BODY_KIND}
    # (or a description of the same kind of body that names none: "the union" in a report of the strike)
    if BODY_KIND[head] in kinds and (rest <= theirs or source_name(credit.written) is None):
        return True
    if kinds and BODY_KIND[head] not in kinds:
        return False
    return False if aliases else None


def _check_description(analysis: ClaimAnalysis, candidate: Candidate, result: StanceResult) -> StanceResult:
    """For a claim that credits a body by description ("The miners' union said six died"): a passage that
    credits that body bears it out; one that credits clearly another body ("Sarrow Minerals said four") does
    not show what the described one said, either way. A passage whose source its words cannot place is
    left as it is."""
    credits = list(candidate.facts.credits) if candidate.facts is not None else []
    if not credits:
        # a passage in its outlet's voice does not show what a body the pool names said, against it
        known = next((written for written, aliases in analysis.described if aliases), None)
        if known is None or result.stance != "conflicting":
            return result
        return replace(result, stance="related", reasons=(*result.reasons, Reason(
            "source_other", known, candidate.article.outlet or "the outlet",
            f"the claim reports what the {known} said; the passage credits no one but its outlet")))
    # ("The union said 600 workers joined, while Sarrow Minerals put the number at 250": the side that states the
    # claim's figure is the one whose source is compared)
    figures = [r.passage_text for r in result.reasons if r.type == "quantity_match" and r.passage_text]
    text = candidate.passage.text
    sides = [s for s in stored_readings(candidate).sides if s.credits]
    holding = [s for s in sides if any(f in text[s.start:s.end] for f in figures)] if figures else []
    if len(holding) == 1:
        for written, aliases in analysis.described:
            # …and the described body's own side, which gives another figure, contradicts the claim
            own = [s for s in sides if s is not holding[0] and any(
                i < len(credits) and _described_as(written, aliases, credits[i]) is True for i in s.credits)]
            if own:
                who = credits[own[0].credits[0]].source
                said = next(r.claim_text for r in result.reasons if r.type == "quantity_match")
                theirs = text[own[0].start:own[0].end].strip()
                return replace(result, stance="conflicting", score=max(result.score, 0.6), reasons=(
                    *result.reasons, Reason("quantity_mismatch", said, theirs,
                                            f"the claim credits the {written} with {said}; the passage, where "
                                            f"{who} speaks for it, gives another figure: “{theirs}”")))
        credits = [credits[i] for i in holding[0].credits if i < len(credits)] or credits
    for written, aliases in analysis.described:
        # (unnamed "officials" are not a body the pool names: "the miners' union" is the Federation)
        found = [(False if aliases else None) if c.kind == "anonymous" else _described_as(written, aliases, c)
                 for c in credits]
        if any(f is True for f in found):
            who = next(c.source for c, f in zip(credits, found, strict=True) if f)
            return replace(result, reasons=(*result.reasons, Reason(
                "source_match", written, who, f"the claim credits the {written}; the passage, {who}")))
        if all(f is False for f in found):
            others = ", ".join(dict.fromkeys(c.source for c in credits))
            kind = "source_other" if result.stance == "conflicting" else "source_unstated"
            return replace(result, stance="related", reasons=(*result.reasons, Reason(
                kind, written, others, f"the claim reports what the {written} said; the passage credits {others}")))
    return result


def _check_source(analysis: ClaimAnalysis, candidate: Candidate, result: StanceResult,
                  coverage: float, same_event: bool = False) -> StanceResult:
    """For a claim that credits a source ("Reuters reported …"): does the passage credit it too?"""
    if result.stance not in ("corroborating", "conflicting"):
        return result
    if not analysis.credits:
        return _check_description(analysis, candidate, result) if analysis.described else result
    if any(r.type in _ABOUT_THE_CLAIM for r in result.reasons):
        return result  # "No, there is no record of her saying this": it answers for the credit too
    # an anonymous source ("a security source") identifies nobody: when the claim names a source,
    # only a named one in the passage can be it
    named_claim = [c.source for c in analysis.credits if c.kind != "anonymous"]
    claimed = named_claim or [c.source for c in analysis.credits]
    credits = candidate.facts.credits if candidate.facts is not None else ()
    # ("X said A, while Y said B": when the claim's source says something else on its side, the source
    # compared is the one of the side that says what the claim says)
    sides = stored_readings(candidate).sides
    if sides and credits:
        weights = claim_terms(analysis).predicate_weights
        text = candidate.passage.text
        scored = sorted(((_coverage(weights, text[s.start:s.end], None), s, tuple(credits[i] for i in s.credits))
                         for s in sides), key=lambda x: -x[0])
        best = scored[0]
        theirs = [x for x in scored if any(same_source(a, n) for a in claimed for c in x[2] for n in c.names)]
        # (the side that states the claim's figure speaks for its own source: "The army said five soldiers
        # were killed, while the Blue Front said twelve died" against "The Blue Front said five …")
        figures = [r.passage_text for r in result.reasons if r.type == "quantity_match" and r.passage_text]
        holding = [x for x in scored if figures and any(f in text[x[1].start:x[1].end] for f in figures)]
        # (nor when the claim's source states the claim's number on its own side: "… while the Korvath
        # governor said three more were damaged")
        values = {q.value for q in analysis.quantities if q.value is not None}
        own_number = any(q.value in values and side.start <= q.span.start < side.end
                         for _, side, _ in theirs for q in candidate.facts.amounts)
        # (and the claim's own source, on its side, giving another figure: "Police put the crowd at about 3,000, while
        # the organisers said more than 20,000" against "Police estimated that 20,000 people attended")
        mismatched = [r.passage_text for r in result.reasons if r.type == "quantity_mismatch" and r.passage_text]
        own_other = [x for x in theirs if any(f in text[x[1].start:x[1].end] for f in mismatched)]
        if own_other and result.stance == "conflicting" and not holding:
            credits = own_other[0][2]
        elif len(holding) == 1 and holding[0][2] and theirs and holding[0] not in theirs and not own_number \
                and not any(side.agrees for _, side, _ in theirs):
            credits = holding[0][2]
        elif best[2] and theirs and best not in theirs and all(
                coverage < OTHER_SIDE_COVERAGE and not side.agrees for coverage, side, _ in theirs):
            credits = best[2]
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
    # (the person the claim's credit names with their body: "Ministry spokesman Colonel Anna Berg" is the
    # passage's "Colonel Anna Berg", though the claim is read as crediting the ministry)
    written = " ".join(c.written for c in analysis.credits).casefold()
    claimed = [*claimed, *(b for b in stated if len(b) > 3 and " " in b
                           and re.search(r"\b" + re.escape(b.casefold()) + r"\b", written))]
    # (the outlet itself not for a credit read under a place before a title: "Selmira governor Anka Dobrev" is
    # read under "Selmira", which is no "Selmira Daily Courier")
    bare = [c.source for c in analysis.credits
            if not re.match(re.escape(c.source) + _TITLE_BETWEEN, _ARTICLE.sub("", c.written))]
    if any(same_source(a, b) for a in claimed for b in stated) or (
            outlet and any(same_source(a, outlet) for a in bare)):
        who = next(b for b in [*stated, outlet or ""] if any(same_source(a, b) for a in claimed))
        ranks = _other_rank(analysis.credits, credits, who)
        if ranks is not None:
            # "Maj. Gen. Patrick Ryder" for the passage's "Brigadier General Patrick Ryder": the person,
            # under a title the passage does not give them
            why = Reason("role_mismatch", ranks[0], ranks[1], f"the claim calls {who} {ranks[0]}; the passage, "
                                                             f"{ranks[1]}")
            return replace(result, stance="conflicting", score=max(result.score, 0.6), reasons=(*result.reasons, why))
        return replace(result, reasons=(*result.reasons, Reason("source_match", said, who,
                                                                  f"the claim and the passage both credit {who}")))
    described = {s for c in analysis.credits for s in content_stems(c.written)} - _UNNAMED_WORDS
    unnamed = [c.written for c in credits if c.kind == "anonymous" and described & set(content_stems(c.written))]
    if not named_claim and unnamed:
        # "Official Israeli sources put the number at …" against "according to official Hebrew sources": unnamed
        # sources described alike (not "informed sources" against "a security source")
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, unnamed[0], f"the claim and the passage both credit unnamed sources ({unnamed[0]})")))
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
    # (a passage of the claim's own event need restate only that clause: "President Biden has been briefed
    # on the incident" is the statement of "… briefed on the Monday attack that injured five")
    # (one clause, which its credit covers: not "X has been briefed, and the weather service said …"; and not
    # when the sentence before or after credits the claim's own source with it: "Police also said …")
    said_in_event = same_event and bool(clause) and bool(identifying_clauses(analysis.claim)) and said_there \
        and stored_readings(candidate).one_clause and not any(
            any(a.lower() in near.lower() for a in claimed) and _coverage(clause, near, None) >= MISATTRIBUTION_COVERAGE
            for near in (candidate.passage.context.previous, candidate.passage.context.next) if near)
    # (the same condition set for the same thing is the statement itself too: "would stop only once …")
    conditioned = same_condition(analysis.claim, reading(candidate))
    restated = said_in_event or ((said_there or conditioned) and (coverage >= MISATTRIBUTION_COVERAGE or (
        coverage >= RESTATES and any(r.type in FACT_SUPPORT for r in result.reasons)) or (
        coverage >= SAME_STATEMENT_COVERAGE and (conditioned or any(r.type in _SAME_STATEMENT
                                                                    for r in result.reasons)))))
    # "The Pentagon confirmed that the Iraqi Resistance shot down a drone" against "the Iraqi Resistance
    # announced that they had downed …": the passage credits the doer the claim names, claiming its own
    # deed; that does not show what another party said of it (unstated, not misattributed)
    # (a one-word name inside the source's longer one is the place it is named after: "at Sarvik" names
    # no doer in "the Sarvik Harbour Board")
    doers = [c for c in named if any(same_source(c.source, e.text) for e in analysis.entities
                                     if not any(same_source(e.text, a) for a in claimed)
                                     and (" " in e.text.strip() or ascii_key(e.text) == ascii_key(c.source)))]
    if any(a.lower() in candidate.passage.text.lower() for a in claimed):
        doers = []  # the roles swapped ("The Blue Party said the Green Party rigged …"): misattributed
    # "Al Jazeera reported that the group called it …" against "The group said …, Al-Mayadeen reported":
    # the doer's own words, carried by another outlet than the one the claim credits
    outlets = [c for c in named if c.kind in _MEDIA_KINDS]
    if doers and outlets and restated and all(c.kind in _MEDIA_KINDS for c in analysis.credits):
        doers = []
        named = outlets
    # (a passage read with the sentence before it, which credits the claim's source, restates that
    # source's statement, not its own speaker's: "… told Baghdad Al-Youm that the base was hit by rockets.
    # The groups announced they targeted it with a drone" misattributes nothing)
    previous = candidate.passage.context.previous or ""

    def own() -> bool:
        return not any(a.lower() in previous.lower() for a in claimed) or _coverage(
            terms.predicate_weights, reading(candidate), None) >= PREDICATE_MIN_COVERAGE
    # (an unnamed source the claim credits, "according to informed sources", may be the one a named outlet
    # carries: no misattribution, only a source unstated)
    if named and restated and not doers and named_claim and own():
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
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# one or two lowercase words of a title between a place and a name ("Selmira governor Anka Dobrev"; not "Jerusalem
# Time put the Gaza death toll")
_TITLE_BETWEEN = (r"\s+(?!(?:the|a|an|put|puts|said|says|told|reported|cited|quoted|estimated)\b)[a-z][\w-]*"
                  r"(?:\s+(?!(?:the|a|an)\b)[a-z][\w-]*)?\s+[A-Z]")
_UNNAMED_WORDS = frozenset(stem(w) for w in "source sources said according".split())
# "her office", "his spokesman", "they": whoever the sentence speaks of, not a source of its own
_OWNED_BY_PRONOUN = re.compile(r"(?:his|her|its|their|he|she|it|they)\b(?!\s+Majesty)", re.IGNORECASE)


def _told_by(text: str, speaker: str, medium: str) -> bool:
    """Whether `speaker` is who told `medium` ("the commander, who spoke to The New Region")."""
    return re.search(re.escape(speaker) + r",?\s+(?:who\s+)?(?:told|spoke\s+to|speaking\s+to|talking\s+to)\s+"
                     + re.escape(medium), text, re.I) is not None


def _told(claim: str, written: str) -> bool:
    """Whether a credit of the claim is who a statement was told to ("… told The New Region")."""
    return re.search(r"\b(?:told|spoke to|speaking to|said to)\s+" + re.escape(written), claim, re.I) is not None


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
                    reasons.append(Reason("role_match", c.title, p.title, f"both name {c.holder} {c.title}"))
                elif not c.prefix and " " not in c.title and c.organisation and p.organisation:
                    # "X is the Pentagon's spokesperson" and "Pentagon spokesperson X": the same body confirms
                    # it (another does not deny it: a former or acting office, "Defense Department" read short)
                    if same_source(c.organisation, p.organisation):
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


def credited_to_claims_source(analysis: ClaimAnalysis, facts: PassageFacts) -> bool:
    """Whether the passage credits a named source the claim credits (its office counts: "the U.S.
    Department of Defense (Pentagon)" is the claim's "the Pentagon")."""
    named = [c.source for c in analysis.credits if c.kind != "anonymous"]
    return any(same_source(a, b) for a in named for c in facts.credits if c.kind != "anonymous" for b in c.names)
