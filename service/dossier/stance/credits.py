"""Stance rules on who said it: the source a claim credits — by name, by title or by description ("the
miners' union said") — against the passage's resolved credit, side by side in "X said A, while Y said B", and
the rank of the person credited (`_check_source`, run on a passage's stance once its rules have decided)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from service.dossier.model import Candidate, ClaimAnalysis, Reason, StanceResult
from service.dossier.stance.negation import _ABOUT_THE_CLAIM, same_condition
from service.dossier.stance.terms import (
    FACT_SUPPORT,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    _coverage,
    claim_terms,
    reading,
    stored_readings,
)
from service.dossier.stance_model import content_stem_set, content_stems
from service.text.clauses import identifying_clauses, reported_subject
from service.text.facts import PassageFacts
from service.text.places import ascii_key
from service.text.sources import (
    BODY_KIND,
    Credit,
    body_kinds,
    find_attributions,
    office_kinds,
    people_by_role,
    same_source,
    source_name,
)
from service.tokens import stem

OTHER_SIDE_COVERAGE = 0.2  # the claim's source says something else on its side of "X said A, while Y said B"
MISATTRIBUTION_COVERAGE = 0.8  # a passage must restate the claim's fact this fully to show it misattributed
# … or this fully, stating each of the claim's figures
MISATTRIBUTION_CLOSE = 0.65
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




def _same_kind(description: str, names: list[str]) -> bool:
    """Whether a description ("the union") names the kind of body one of the names is ("Hospital Workers'
    Federation")."""
    head = content_stems(description)[-1:]
    if not head or head[0] not in BODY_KIND:
        return False
    return any(BODY_KIND[head[0]] in body_kinds(n) for n in names)


# a noun for a person, not a body ("driver", "spokeswoman", "guard"; not "agency", "ministry")
_PERSON_NOUN = re.compile(r"(?:er|or|man|woman|person|ist|ant|ent|ian|ee|guard|chief|head|official|nurse|aide)$")
_BODY_POST = re.compile(r"(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]*\s+)+(?P<post>[a-z]+)", re.IGNORECASE)


def _same_post(description: str, credits: Sequence[Credit], story: str = "") -> bool:
    """Whether a description ("the driver") names the post a claim's credit gives a body's unnamed holder
    ("The Northbridge Relief driver": a name, then a post in lower case, and no person's name after it)."""
    head = content_stems(description)[-1:]
    if not head:
        return False
    for c in credits:
        if not set(content_stems(description)) <= set(content_stems(c.written)):
            continue  # "The lorry driver" is not "The Pell Rail driver"
        m = _BODY_POST.fullmatch(c.written.strip())
        body = [w for w in re.findall(r"[A-Z][\w'’-]+", c.written) if w not in ("The", "A", "An")]
        if story and body and not all(re.search(rf"\b{re.escape(w)}\b", story) for w in body):
            continue  # (the passage's story never names the body)
        if m is not None and m.group("post").islower() and stem(m.group("post")) == head[0] \
                and _PERSON_NOUN.search(m.group("post")) and stem(m.group("post")) not in BODY_KIND:
            return True
    return False


def _post_alike(analysis: ClaimAnalysis, candidate: Candidate, credits: Sequence[Credit]) -> str | None:
    """The passage's unresolved description of the post a claim's credit names by its body (_same_post), if any."""
    story = " ".join(t for t in (candidate.passage.context.previous, candidate.passage.text,
                                 candidate.passage.context.next, candidate.article.title) if t)
    return next((c.written for c in credits if not c.resolved and c.kind != "anonymous"
                 and source_name(c.written) is None and _same_post(c.written, analysis.credits, story)), None)


def described_credits(claim: str) -> tuple[str, ...]:
    """The bodies a claim credits by a description its words alone cannot resolve ("the miners' union said",
    "according to the health ministry"), as written without their article; not a pronoun, not an unnamed
    source ("a security source"), and only a description whose head noun says what kind of body it is."""
    found = []
    for a in find_attributions(claim):
        if a.cue.startswith(("claimed", "denied")) or a.kind == "anonymous" or source_name(a.source) is not None:
            continue
        written = re.sub(r"^(?:the|a|an)\s+", "", a.source.strip(), flags=re.IGNORECASE)
        # (one who speaks for a body is that body: "the army spokesman", "a police spokeswoman")
        spoken = _SPEAKS_FOR.fullmatch(written)
        if spoken is not None and (body := content_stems(spoken.group("body"))) and body[-1] in BODY_KIND:
            written = spoken.group("body")
        stems = content_stems(written)
        if stems and stems[-1] in BODY_KIND:
            found.append(written)
    return tuple(found)


_SPEAKS_FOR = re.compile(r"(?P<body>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:spokes(?:man|woman|person)|official)")


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


_AGENCY = stem("agency")


def _described_as(written: str, aliases: tuple[str, ...], credit: Any, offices: str = "") -> bool | None:
    """Whether a passage's credit is the body a claim describes: True when it is (its words hold the
    description's, its head noun or one of the same kind; or the pool resolves the description to it),
    False when it is clearly another body (a head noun of another kind, or any other source when the pool
    names the described body), None when its words cannot tell (a bare name)."""
    mine = content_stems(written)
    head, rest = mine[-1], set(mine[:-1])
    theirs = set().union(*(content_stems(n) for n in (credit.written, *credit.names)))
    if any(same_source(a, n) for a in aliases for n in credit.names):
        return True
    kinds = body_kinds(credit.written, *credit.names) or office_kinds(f"{credit.written} {offices}")
    if not kinds and (credit.kind == "media" or (credit.kind == "news_agency" and head != _AGENCY)):
        return False  # an outlet reporting is not the body the claim describes ("Radio Keldra reported, citing …")
    if not kinds and people_by_role(credit.written):
        return False  # ("Festival organisers said 15 had died" is not what the police said)
    # (or a description of the same kind of body that names none: "the union" in a report of the strike)
    if BODY_KIND[head] in kinds and (rest <= theirs or source_name(credit.written) is None):
        return True
    if kinds and BODY_KIND[head] not in kinds:
        return False
    return False if aliases else None


def _check_description(analysis: ClaimAnalysis, candidate: Candidate, result: StanceResult,
                       coverage: float = 0.0) -> StanceResult:
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
            # (a side that gives a figure: "The union said the strike would go on, while …" says no other number)
            own = [s for s in sides if s is not holding[0] and any(
                i < len(credits) and _described_as(written, aliases, credits[i]) is True for i in s.credits)
                and any(s.start <= q.span.start < s.end for q in candidate.facts.amounts)]
            if own:
                who = credits[own[0].credits[0]].source
                said = next(r.claim_text for r in result.reasons if r.type == "quantity_match")
                theirs = text[own[0].start:own[0].end].strip()
                return replace(result, stance="conflicting", score=max(result.score, 0.6), reasons=(
                    *result.reasons, Reason("quantity_mismatch", said, theirs,
                                            f"the claim credits the {written} with {said}; the passage, where "
                                            f"{who} speaks for it, gives another figure: “{theirs}”")))
        credits = [credits[i] for i in holding[0].credits if i < len(credits)] or credits
    # (the titles the passage gives its people: "The mayor of Pilar, Ines Robles, said …")
    roles = candidate.facts.roles if candidate.facts is not None else ()

    def titles(c: Credit) -> str:
        """The titles the passage gives a credited person, before the name or set off before it."""
        return " ".join(r.title for r in roles if (r.holder and same_source(r.holder, c.source)) or (
            r.holder is None and text[r.end:r.end + len(c.written) + 3].lstrip(" ,").startswith(c.written)))
    for written, aliases in analysis.described:
        # (unnamed "officials" are not a body the pool names: "the miners' union" is the Federation)
        found = [(False if aliases else None) if c.kind == "anonymous"
                 else _described_as(written, aliases, c, titles(c)) for c in credits]
        if any(f is True for f in found):
            who = next(c.source for c, f in zip(credits, found, strict=True) if f)
            return replace(result, reasons=(*result.reasons, Reason(
                "source_match", written, who, f"the claim credits the {written}; the passage, {who}")))
        # (an outlet citing people it does not place, "Radio Keldra reported, citing two people familiar with the
        # case": nothing shows the described body said it, nor that it did not)
        unplaced = not any(f is True for f in found) and any(f is False for f in found) and all(
            f is False or c.kind == "anonymous" for c, f in zip(credits, found, strict=True))
        if unplaced and not all(f is False for f in found) and result.stance in ("corroborating", "conflicting"):
            others = ", ".join(dict.fromkeys(c.source for c in credits))
            return replace(result, stance="related", reasons=(*result.reasons, Reason(
                "source_unstated", written, others,
                f"the claim reports what the {written} said; the passage credits {others}")))
        if all(f is False for f in found):
            others = ", ".join(dict.fromkeys(c.source for c in credits))
            if result.stance == "corroborating" and _restates_figure(analysis, result, coverage):
                # the claim's fact, its figure stated alike, under another body: misattributed ("According to the
                # police, at least 23 workers died" / "The Garment Workers' Union said at least 23 workers had died")
                return replace(result, stance="conflicting", score=max(result.score, 0.6), misattributed=True,
                               reasons=(*result.reasons, Reason(
                                   "source_mismatch", written, others,
                                   f"the claim credits the {written}; the passage credits {others}")))
            kind = "source_other" if result.stance == "conflicting" else "source_unstated"
            return replace(result, stance="related", reasons=(*result.reasons, Reason(
                kind, written, others, f"the claim reports what the {written} said; the passage credits {others}")))
    return result


def _restates_figure(analysis: ClaimAnalysis, result: StanceResult, coverage: float) -> bool:
    """Whether a passage states the claim's figure alike (a count, a sum) and a quarter of its predicate: what a
    source is said to have said, when the claim's point is a figure (not an amount that only identifies the event it
    speaks of: "briefed on the Tuesday attack *that injured four workers*")."""
    identifying = claim_terms(analysis).identifying_amounts
    return coverage >= PREDICATE_MIN_COVERAGE / 2 and any(
        r.type == "quantity_match" and "compatible" not in r.detail and r.claim_text not in identifying
        for r in result.reasons)


# a person's given name and surname (the surname captured), as a credit writes them
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w-]*\s+([A-Z][a-z][\w-]+)\b(?!['’])")


def _check_source(analysis: ClaimAnalysis, candidate: Candidate, result: StanceResult,
                  coverage: float, same_event: bool = False) -> StanceResult:
    """For a claim that credits a source ("Reuters reported …"): does the passage credit it too?"""
    if result.stance not in ("corroborating", "conflicting"):
        return result
    if not analysis.credits:
        return _check_description(analysis, candidate, result, coverage) if analysis.described else result
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
        # (what the claim says of its subject, not the subject, which either side may name: "Falk said the alarm had
        # worked properly, while Lund said the alarm had sounded only after the thieves left" — Lund's side names the
        # alarm and says nothing of the claim's)
        subject = frozenset(content_stems(reported_subject(analysis.claim)))
        said_of = {s: w for s, w in weights.items() if s not in subject}
        weights = said_of if said_of else weights
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
    # (nor is a place's own post the body the claim names under that place: "Port Saldane mayor Liesel Orvanne" is
    # not "a Port Saldane police spokesman", though both read as Port Saldane's)
    # (not the council or the authority a mayor or governor heads: "the Velmora city council" / "Velmora mayor X")
    kinds = body_kinds(*(c.written for c in analysis.credits)) - _GOVERNING
    posts = {n for c in credits if kinds and _PLACE_POST.search(c.written) and not kinds & body_kinds(c.written)
             for n in c.names}
    # (or by the surname alone: "Roke's lawyer Tomas Vaile" of the claim is the passage's "Vaile", or "he" resolved to
    # Vaile)
    surnames = {m.group(1).casefold() for c in analysis.credits for m in _FULL_NAME.finditer(c.written)}
    claimed = [*claimed, *(b for b in stated if len(b) > 3 and b not in posts and (
        (" " in b and re.search(r"\b" + re.escape(b.casefold()) + r"\b", written))
        or (" " not in b and b.casefold() in surnames)))]
    # (the outlet itself not for a credit read under a place before a title: "Selmira governor Anka Dobrev" is
    # read under "Selmira", which is no "Selmira Daily Courier")
    # (nor for a post of a place: "Velmora's mayor" is no "Velmora Daily Courier")
    bare = [c.source for c in analysis.credits
            if not re.match(re.escape(c.source) + _TITLE_BETWEEN, _ARTICLE.sub("", c.written))
            and _post_named(c.written) is None]
    # (a description the article leaves unresolved, of the kind of body the claim names: "The union said …" for the
    # claim's "Hospital Workers' Federation")
    # (not in "X said A, while the union said B": which side speaks, the sides decide)
    described_alike = next((c.written for c in credits if not c.resolved and source_name(c.written) is None
                            and _same_kind(c.written, claimed)), None) if not sides else None
    if described_alike is not None and not any(same_source(a, b) for a in claimed for b in stated):
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, described_alike, f"the claim credits {said}; the passage, {described_alike}, "
                                                   "a body of that kind")))
    # (and the holder of a post the claim names by its body, "The Northbridge Relief driver told …", is the
    # passage's unresolved "The driver told …", in a passage whose story names the body: not a taxi's driver for
    # "The Brightway Transport driver")
    post_alike = _post_alike(analysis, candidate, credits) if not sides else None
    if post_alike is not None and not any(same_source(a, b) for a in claimed for b in stated):
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, post_alike, f"the claim credits the {post_alike.split()[-1]} of {said}; "
                                              f"the passage, {post_alike}")))
    # (the members of a body are that body speaking: the claim's "Firefighters said …" is the passage's "according
    # to the Mirova fire brigade"; "Doctors" a physicians' union — either way round)
    members_alike = _members_alike(analysis.credits, credits) if not sides else None
    if members_alike is not None and not any(same_source(a, b) for a in claimed for b in stated):
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, members_alike, f"the claim credits {said}; the passage, {members_alike}, "
                                                 "the body they belong to")))
    # (a person the claim names only by their post, "the commander of the Norvik team said …", is the passage's
    # speaker holding that post, "Team commander Hilde Brask", where the passage speaks of the same body)
    # (a post of a place names no body of that place's name: "Tolby's mayor" is not the "Tolby Rescue Service")
    post_of_place = len(analysis.credits) == 1 and _POST_OWNED.match(analysis.credits[0].written.strip()) is not None
    held = _holder_of_post(analysis, candidate, credits) if post_of_place or not any(
        same_source(a, b) for a in claimed for b in stated) else None
    if held is not None:
        holder, post = held
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, holder, f"the claim credits the {post} of {said}; the passage, {holder}")))
    # (a post of a place names no body of that place's name, "Tolby's mayor" / "the Tolby Rescue Service"; a body's
    # own post is that body, "Brightsea Ferries' spokesman" / "Brightsea Ferries")
    if any(same_source(a, b) and (not post_of_place or ascii_key(a) == ascii_key(b))
           and (b not in posts or ascii_key(a) == ascii_key(b))
           for a in claimed for b in stated) or (
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
    restated = said_in_event or _restates_figure(analysis, result, coverage) or ((said_there or conditioned) and (
        coverage >= MISATTRIBUTION_COVERAGE or _closely_restated(analysis, result, coverage) or (
        coverage >= RESTATES and any(r.type in FACT_SUPPORT for r in result.reasons)) or (
        coverage >= SAME_STATEMENT_COVERAGE and (conditioned or any(r.type in _SAME_STATEMENT
                                                                    for r in result.reasons)))))
    # "The Pentagon confirmed that the Iraqi Resistance shot down a drone" against "the Iraqi Resistance
    # announced that they had downed …": the passage credits the doer the claim names, claiming its own
    # deed; that does not show what another party said of it (unstated, not misattributed)
    # (a one-word name inside the source's longer one is the place it is named after: "at Sarvik" names
    # no doer in "the Sarvik Harbour Board")
    # (an owner is no doer: "without Stanwick Homes' knowledge" names the firm, and does nothing of its own)
    doers = [c for c in named if any(same_source(c.source, e.text) for e in analysis.entities
                                     if not any(same_source(e.text, a) for a in claimed)
                                     and (" " in e.text.strip() or ascii_key(e.text) == ascii_key(c.source))
                                     and not _only_owner(analysis.claim, e.text))]
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
    continued = _continued_account(candidate, claimed) if not credits else None
    if continued is not None:
        return replace(result, reasons=(*result.reasons, Reason(
            "source_match", said, continued, f"the sentence before credits {continued}; this one goes on with the "
                                             "people of its account")))
    # stated without the credited source, it does not show what that source said
    others = ", ".join(dict.fromkeys(c.source for c in named))
    why = Reason("source_unstated", said, others or outlet or "",
                 f"the passage states it without crediting {said}" + (f" (it credits {others})" if others else ""))
    return replace(result, stance="related", reasons=(*result.reasons, why))


# a sentence that opens on the people of the sentence before ("Both officials agreed …", "The two ministers said …")
_THOSE_PEOPLE = re.compile(r"^\W*(?:Both\b(?:\s+(?:officials|men|women|ministers|leaders|sides|parties|governments"
                           r"|companies|firms)\b)?|The\s+(?:two|three|four)\s+(?:officials|men|women|ministers|leaders"
                           r"|sides|parties|governments|companies|firms)\b|They\b|The\s+(?:officials|ministers|leaders)\b)")


def _continued_account(candidate: Candidate, claimed: Sequence[str]) -> str | None:
    """"In a statement, the Pentagon revealed that Austin and Gallant had discussed … in a call. Both officials agreed
    that …": a sentence that credits no one, opening on the people of the sentence before, goes on with that
    sentence's account; the source credited there (when the claim's) is this sentence's too."""
    previous = candidate.passage.context.previous
    if not previous or _THOSE_PEOPLE.match(candidate.passage.text) is None:
        return None
    return next((a.source for a in find_attributions(previous) if any(same_source(c, a.source) for c in claimed)),
                None)


def _only_owner(claim: str, name: str) -> bool:
    """Whether a claim names `name` only as the owner of a circumstance ("without Stanwick Homes' knowledge"; not
    the owner of the doer, "The crew of Tarn Shipping's tanker pumped …")."""
    bare = re.sub(r"['’]s?$", "", name.strip())
    found = list(re.finditer(r"\b(?P<prep>\w+)\s+(?:the\s+)?" + re.escape(bare) + r"\b", claim))
    return len(found) == len(re.findall(re.escape(bare) + r"\b", claim)) > 0 and all(
        claim.startswith(("'", "’"), m.end()) and m.group("prep").lower() in _CIRCUMSTANCE_OWNER for m in found)


_CIRCUMSTANCE_OWNER = frozenset("without with despite against beyond behind at".split())


def _closely_restated(analysis: ClaimAnalysis, result: StanceResult, coverage: float) -> bool:
    """Whether a passage restates the claim's fact closely enough (MISATTRIBUTION_CLOSE) for another speaker to be a
    misattribution: every figure of the claim stated alike ("destroyed 120 homes" unstated is not the statement)."""
    if coverage < MISATTRIBUTION_CLOSE:
        return False
    matched = {r.claim_text for r in result.reasons if r.type == "quantity_match"}
    return not any(q.text not in matched and q.span.text not in matched for q in analysis.quantities)


# the people a body is made of (a noun's stem), and the words of the bodies they make up (English words, not names)
_MEMBERS = {content_stems(k)[0]: frozenset(content_stems(v)) for k, v in {
    "firefighters": "fire firefighters", "firemen": "fire firefighters", "rescuers": "rescue rescuers",
    "doctors": "physicians doctors medical", "physicians": "physicians doctors medical",
    "nurses": "nurses nursing", "paramedics": "ambulance paramedics", "medics": "medical medics ambulance",
    "soldiers": "army military", "troops": "army military", "policemen": "police",
    "guards": "guard guards prison", "teachers": "teachers teaching", "miners": "miners mining",
    "inspectors": "inspectorate inspectors", "investigators": "investigators investigation inquiry"}.items()}


def _members_alike(claimed: Sequence[Any], credits: Sequence[Credit]) -> str | None:
    """A passage credit that is the body the claim's credited members make up, or the members of the body the
    claim credits: the passage's words as written."""
    def members(written: str) -> frozenset[str]:  # (a plural noun, not a name: "Firefighters", not "Sarrow Minerals")
        stems = content_stems(written)
        named = len(re.findall(r"\b[A-Z]", written)) >= 2
        return _MEMBERS.get(stems[-1], frozenset()) if stems and len(stems) <= 2 and not named else frozenset()

    def body(written: str) -> set[str]:  # (the other side must be a body of people: not a firm, a school, a fund)
        kinds = body_kinds(written) - {BODY_KIND[stem("company")]}
        return set(content_stems(written)) if kinds else set()

    for c in claimed:
        for p in credits:
            if p.kind != "anonymous" and (members(c.written) & body(p.written) or members(p.written) & body(c.written)):
                return p.written
    return None


# a credit that names a person by their post in a body: "the commander of the Norvik team", "the head of the union"
_POST = re.compile(r"^(?:the|a|an)\s+(?P<post>[a-z]+)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)
# …or after its body's name: "Velmora's mayor", "the union's president"
_POST_OWNED = re.compile(r"^(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)['’]s\s+(?P<post>mayor|governor"
                         r"|president|chief|head|leader|director|manager|chairman|chairwoman|chair|commander"
                         r"|spokesman|spokeswoman|spokesperson|minister|secretary|prosecutor|coroner|principal)$")


_GOVERNING = frozenset(BODY_KIND[stem(w)] for w in ("council", "authority"))
# the posts of a place's own government, which speak for no other body of the place ("Port Saldane mayor …")
_PLACE_POST = re.compile(r"\b(?:mayor|governor|deputy\s+mayor|councillor|premier)\b", re.IGNORECASE)


def _post_named(written: str) -> re.Match[str] | None:
    """A credit that names a post and its body ("the commander of the Norvik team", "Velmora's mayor")."""
    return _POST.match(written.strip()) or _POST_OWNED.match(written.strip())


def _holder_of_post(analysis: ClaimAnalysis, candidate: Candidate, credits: tuple[Any, ...]) -> tuple[str, str] | None:
    """The passage's credit holding the post the claim's only credit names, of a body the passage (or the
    sentence before) speaks of, with that post."""
    written = analysis.credits[0].written.strip() if len(analysis.credits) == 1 else ""
    post = _post_named(written)
    if post is None:
        return None
    word = post["post"].lower()
    context = f"{candidate.passage.context.previous or ''} {candidate.passage.text} {candidate.article.title or ''}"
    body = set(content_stems(post["body"]))
    for c in credits:
        # ("the mayor" is "Mayor Tomas Reddel", "Velmora mayor Tomas Reddel"; and "Reddel", so titled in the sentence
        # before)
        surname = c.source.split()[-1] if c.source else ""
        titled = re.search(r"\b" + re.escape(word) + r",?\s+[A-Z]", c.written, re.IGNORECASE) or (
            c.kind == "person" and surname[:1].isupper() and re.search(
                r"\b" + re.escape(word) + r",?\s+(?:[A-Z][\w'’-]*\s+)*" + re.escape(surname) + r"\b", context,
                re.IGNORECASE))
        # (not one the passage gives another place: "Mayor Ana Holt of Kessel")
        elsewhere = re.search(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*)\s*$", c.written) or (re.search(
            re.escape(surname) + r",?\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*)", context) if surname else None)
        if elsewhere is not None and not set(content_stems(elsewhere.group("place"))) & body:
            continue
        if titled and body & content_stem_set(f"{context} {c.written}"):
            return c.written, word
    return None


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



def credited_to_claims_source(analysis: ClaimAnalysis, facts: PassageFacts) -> bool:
    """Whether the passage credits a named source the claim credits (its office counts: "the U.S.
    Department of Defense (Pentagon)" is the claim's "the Pentagon")."""
    named = [c.source for c in analysis.credits if c.kind != "anonymous"]
    return any(same_source(a, b) for a in named for c in facts.credits if c.kind != "anonymous" for b in c.names)
