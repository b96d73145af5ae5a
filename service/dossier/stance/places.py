"""Stance rules on where: places at the same level, regions, bearings from a place and facilities."""

from __future__ import annotations

import difflib
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from service.dossier.model import Candidate, ClaimAnalysis, Reason
from service.dossier.stance.terms import (
    _DATE_WORDS,
    NAMES_STATED,
    PREDICATE_MIN_COVERAGE,
    RESTATES,
    ClaimTerms,
    _coverage,
    _names_stated,
    claim_terms,
)
from service.dossier.stance_model import content_stem_set, content_stems, fold
from service.memo import memo
from service.text.bearings import compatible, find_bearings, find_sided_parts
from service.text.dates import in_aside
from service.text.extract import MONTHS, WEEKDAYS, WORD_VALUES, number_value, place_key
from service.text.facts import PassageFacts
from service.text.places import (
    FOUND_BEFORE,
    FOUND_WORDS,
    REGION_WORDS,
    city_entry,
    city_in_province,
    demonym_country,
    distant_cities,
    facilities,
    facility_head,
    in_found_phrase,
    neighbouring_cities,
    opposite_directions,
    placed_by_verb,
    same_place,
    same_place_name,
)
from service.tokens import stem, without_possessive


def _bearings(analysis: ClaimAnalysis, text: str) -> list[Reason]:
    """Where the claim says a place lies from another ("east of Baghdad") against the passage's
    bearing from the same place, of the same kind ("in the north of Iraq" is a part of it, "north
    of Iraq" beyond it), in a passage that names what the claim places (another base's bearing
    from the same city is not this one's)."""
    reasons = []
    claim = analysis.claim
    for c in find_bearings(claim):
        p = next((p for p in find_bearings(text) if same_place(c.place, p.place) and p.within == c.within), None)
        if p is None:
            continue
        placed = [e for e in analysis.entities if e.text not in c.text and not same_place(e.text, c.place)]
        if placed and not any(fuzz.partial_ratio(place_key(n), fold(text), score_cutoff=90)
                              for e in placed for n in (e.text, *e.variants)):
            continue
        # (the name placed, the nearest before the bearing, must be the passage's too: "seized the Gull Star northwest
        # of Sorrel Island" is not the Amber Finch boarded east of it; "Sarnai lies … north of Port Halvik" not
        # villages south of it)
        # (…when the passage places another name there: a name it leaves out, with none of its own, is no other thing)
        nearest = _name_before(claim, claim.find(c.text), {loc.place for loc in analysis.locations})
        theirs = _name_before(text, text.find(p.text)) if nearest is not None else None
        if nearest is not None and theirs is not None \
                and not fuzz.partial_ratio(place_key(nearest), fold(text), score_cutoff=90) \
                and not fuzz.partial_ratio(place_key(theirs), fold(claim), score_cutoff=90):
            continue
        if compatible(c.direction, p.direction):
            reasons.append(Reason("entity_match", c.text, p.text, f"both put it {p.direction} of {p.place}"))
        else:
            reasons.append(Reason("entity_mismatch", c.text, p.text,
                                  f"claim says {c.direction} of {c.place}, passage says {p.direction}"))
    return reasons


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*")
_NOT_NAMES = frozenset("""The A An On In At By For After Before From To Its Their His Her It They Dozens Hundreds
    Thousands Several Some Many Most All Both No""".split())


def _name_before(text: str, at: int, regions: AbstractSet[str] = frozenset()) -> str | None:
    """The last name (capitalised words, not a sentence's opening article or preposition, nor a day, a month or a
    number word) before `at`, that is none of the `regions` a claim puts things in ("Ain al-Asad, in Anbar province,
    lies …": Ain al-Asad)."""
    if at <= 0:
        return None
    runs = [m.group() for m in _CAPITALISED_RUN.finditer(text, 0, at)]
    runs = [" ".join(w for w in run.split() if w not in _NOT_NAMES and w.lower() not in MONTHS
                     and w.lower() not in WEEKDAYS and number_value(w) is None) for run in runs]
    return next((r for r in reversed(runs) if r and not any(same_place(r, g) for g in regions)), None)


def _sides(claim: str, text: str) -> list[Reason]:
    """The side of a thing the claim names a part by ("the port's east terminal") against another side the
    passage names the same part by ("a warehouse at the west terminal"), in a passage restating the claim."""
    reasons = []
    stated = find_sided_parts(text)
    for c in find_sided_parts(claim):
        same_noun = [p for p in stated if p.head == c.head]
        # (a passage naming the claim's side too may name another part besides: "bussed to the west terminal
        # after the fire closed the east terminal")
        if same_noun and not any(compatible(c.direction, p.direction) for p in same_noun):
            p = same_noun[0]
            reasons.append(Reason("entity_mismatch", c.text, p.text, f"claim says the {c.text}, passage the {p.text}"))
    return reasons


# where something happened by the place it was near ("collided with a fishing boat near Port Daral")
# ("off" after a verb is a particle: "sealed off Harbour Road"; a day or month is no place)
_NEAR_PLACE = re.compile(r"(?<![a-z]ed\s)(?<!\bcut\s)(?<!\bset\s)(?<!\bshut\s)(?<!\bput\s)"
                         r"\b(?:near|off|outside)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                         r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                         r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _near_places(analysis: ClaimAnalysis, text: str, previous: str | None) -> list[Reason]:
    """The place a claim says its subject's deed happened near against the one a passage restating it
    names ("near Harnek" / "near Port Daral"), when the subject is one named thing the passage names too
    (a ship, a train; not "a drone", of which there are many) and the passage never names the claim's place."""
    near = [m.group("place") for m in _NEAR_PLACE.finditer(analysis.claim)]
    stated = [m.group("place") for m in _NEAR_PLACE.finditer(text)]
    if len(near) != 1 or not stated:
        return []
    place = near[0]
    context = f"{previous or ''} {text}"
    if any(same_place(place, p) for p in stated) or fold(place) in fold(context):
        return []
    named = [e for e in analysis.entities if " " in e.text and not same_place(e.text, place)
             and e.text not in place and demonym_country(e.text.split()[0]) is None]
    if not named or not all(fold(e.text) in fold(context) for e in named):
        return []
    return [Reason("entity_mismatch", f"near {place}", f"near {stated[0]}",
                   f"claim says it happened near {place}; the passage, near {stated[0]}")]


# the word before a name that says what slot it fills ("near Okrey", "ambassador, Tomas Heller", "employee of
# Aurelian General"), the name, and the word after it ("in D Wing during …")
_SLOT_NAME = re.compile(r"\b(?P<left>[a-z]+),?\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)"
                        r"(?=\s+(?P<right>[A-Za-z]+))?")
# words before a name that fill no slot of their own: a conjunction, an article, a verb of saying
_NO_SLOT = frozenset("and or but the a an said says told with for on as than that which who when while".split())


def _swapped_names(analysis: ClaimAnalysis, text: str, previous: str | None) -> list[Reason]:
    """A name of the claim that a passage restating it never names, where the passage has another name in the same
    slot: after the same word ("found in a grain barn near Okrey" / "… near Brenlow"; "Kesmark's ambassador, Tomas
    Heller" / "…, Petra Loszek") — after "in", also before the same word ("in D Wing during the evening meal" / "in
    C Wing during …"), since a place in another may be inside it. Names the claim credits are the source check's."""
    context = fold(f"{previous or ''} {text}")
    claim = fold(analysis.claim)
    credited = " ".join(c.written for c in analysis.credits)
    # (the places a claim puts things in are the place rules' to compare)
    placed = " ".join(loc.place for loc in analysis.locations)
    slots = list(_SLOT_NAME.finditer(analysis.claim))
    for m in slots:
        left, name, right = m.group("left"), without_possessive(m.group("name")), m.group("right")
        if left in _NO_SLOT or name in credited or fold(name) in context or not _naming(name) \
                or any(w in placed for w in name.split()):
            continue
        # (the claim's other names must be the passage's: of two trains an article reports, one "near Okrey" and
        # one "near Brenlow", or two candidates of two parties, the passage may speak of the other one)
        # (or, when the claim names no other, its credited speaker: "Orlan Laboratories said it had bought … from …")
        others = [e.text for e in analysis.entities if fold(e.text) not in fold(name) and _naming(e.text)
                  and e.text not in credited] or [e.text for e in analysis.entities if fold(e.text) not in fold(name)
                                                  and _naming(e.text)]
        if not others or not all(fold(o) in context for o in others):
            continue
        for p in _SLOT_NAME.finditer(text):
            other = without_possessive(p.group("name"))
            # (another name for the same thing shares a word with it: "UN Security Council" / "United Nations
            # Security Council")
            kind = set(content_stems(name.split()[-1])) if name.split()[-1] == other.split()[-1] else set()
            if p.group("left") != left or fold(other) in claim or not _naming(other) \
                    or _initials(name, other) or _initials(other, name) \
                    or (set(content_stems(other)) & set(content_stems(analysis.claim))) - kind:
                continue
            # (after a word that any place or body may follow, the word before it or after the name must agree
            # too: "employee of Aurelian General" is not "head of the National Cyber Defence Office")
            # (…a name of the same kind, "in D Wing" / "in C Wing", "in Ostrel province" / "in Caradan province";
            # not "in Kestrel Province" / "in Dravik", which may lie in it)
            same_kind = (" " in name and " " in other and name.split()[-1] == other.split()[-1]) or (
                right is not None and right == p.group("right") and right.lower() not in _FUNCTION_WORDS)
            before = _word_before(analysis.claim, m.start("left"))
            # (…or, after "of", the same head before it: "an employee of Aurelian General" / "an employee of Kelvio")
            headed = left == "of" and before is not None and before not in _FUNCTION_WORDS \
                and before == _word_before(text, p.start("left"))
            # (…or, after "from" or "by", the same thing just before it: "bought its propylene glycol from Tessaly
            # Pharma" / "bought propylene glycol from Korrin Chemicals")
            # (of one source only: bought, purchased — not "received supplies from", nor "most of its gas from")
            headed = headed or (left == "from" and _ONE_SOURCE.search(analysis.claim, 0, m.start("left")) is not None
                                and _PART_OF.search(text, 0, p.start("left")) is None and not _stems_before(
                analysis.claim, m.start("left")).isdisjoint(_stems_before(text, p.start("left"))))
            if left in _LOOSE_SLOTS and not same_kind and not headed:
                continue
            return [Reason("entity_mismatch", f"{left} {name}", f"{left} {other}",
                           f"claim says {left} {name}; the passage, {left} {other}")]
    return []


# a word as the two texts are aligned: letters, digits and inner apostrophes or hyphens ("Kesmark's", "al-Asad")
_ALIGN_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’-]*[A-Za-z0-9])?")


_PLACE_OF_KIND = re.compile(r"\bthe\s+(?:city|town|village|port\s+city|port)\s+of\s+(?=[A-Z])"
                            # (and a place said to border the story's, "in neighbouring Ostrenia", is that place)
                            r"|\bneighbou?ring\s+(?=[A-Z])")
_USING = re.compile(r",?\s+using\b")


def _aligned_form(text: str) -> str:
    return _USING.sub(" with", _PLACE_OF_KIND.sub("", text))


def _aligned_names(analysis: ClaimAnalysis, text: str, previous: str | None) -> list[Reason]:
    """A name of the claim that a passage restating it replaces with another name in the same place of the same
    sentence, word for word around it ("the remaining outages were concentrated in Port Halvik, where …" / "… in
    Sarnai, where …"; "the ban on the Kessick inlet" / "… on the Ostrel inlet"). The two sentences are aligned word
    by word (difflib's longest matching blocks: a solved problem, the standard library's); the swapped names must
    sit next to a content word the two share (not only "in": a town may lie in the other's province), the passage
    must never name the claim's name, nor the claim the passage's, and the claim's other names must be the passage's
    (or its previous sentence's): of two towns an article reports, the passage may speak of the other one. Dates,
    peoples and the names the claim credits are other rules' to compare."""
    # (a place named with its kind is that place, and "using" a weapon is striking "with" it: "in the city of Haifa,
    # using an advanced long-range cruise missile" / "in Eilat with an advanced long-range cruise missile")
    claim_words = _ALIGN_WORD.findall(_aligned_form(analysis.claim))
    words = _ALIGN_WORD.findall(_aligned_form(text))
    if len(claim_words) < 4 or not words:
        return []
    folded_text, folded_claim = fold(text), fold(analysis.claim)
    context = fold(f"{previous or ''} {text}")
    credited = " ".join(c.written for c in analysis.credits)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in claim_words], b=[w.lower() for w in words],
                                      autojunk=False)
    ops = matcher.get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or i2 - i1 > 4 or j2 - j1 > 4 or i1 == 0 or j1 == 0:
            continue
        # (a place's name with its level, "in Selmira province", against a place of that level: "in neighbouring
        # Ostrenia", "in Ostrel province" — not a town, which may lie in it)
        name, other = " ".join(_unlevelled(claim_words[i1:i2])), " ".join(_unlevelled(words[j1:j2]))
        levelled = (name != " ".join(claim_words[i1:i2]), other != " ".join(words[j1:j2]))
        if any(levelled) and not all(levelled) and not re.search(r"\bneighbou?ring\s+" + re.escape(other), text):
            continue
        if not (name and other and _capitalised(name.split()) and _capitalised(other.split())) \
                or not _naming(name) or not _naming(other, any_ending=True) or name in credited or other in credited:
            continue
        left = claim_words[ops[k - 1][1]:ops[k - 1][2]] if ops[k - 1][0] == "equal" else []
        right = claim_words[ops[k + 1][1]:ops[k + 1][2]] if k + 1 < len(ops) and ops[k + 1][0] == "equal" else []
        # (next to a shared content word: "concentrated in Port Halvik", "Port Halvik province"; not "in X" alone)
        near = [w.lower() for w in left[-2:] + right[:1]]
        if not any(w not in _FUNCTION_WORDS and not w[:1].isdigit() for w in near) or len(left) + len(right) < 2:
            continue
        # (a word of the claim's name the passage holds elsewhere may be that name, told otherwise: "German Chancellor
        # Otto Rell opened …" / "The chancellor and German Economy Minister Paul Voss opened …")
        rest = set(content_stems(" ".join(words[:j1] + words[j2:])))
        if fold(name) in folded_text or set(content_stems(name)) & rest or fold(other) in folded_claim \
                or _initials(name, other) \
                or _initials(other, name) or same_place(name, other) or fuzz.ratio(fold(name), fold(other)) >= 80 \
                or neighbouring_cities(name, other):  # (a borough and its city: "in Brooklyn" / "in New York")
            continue
        others = [e.text for e in analysis.entities if fold(e.text) not in fold(name) and fold(name) not in fold(e.text)
                  and _naming(e.text) and e.text not in credited]
        if not all(fold(o) in context or _referred_to(o, text, previous) for o in others):
            continue
        return [Reason("entity_mismatch", name, other, f"claim says {' '.join(left[-2:] + [name])}; the passage, "
                                                       f"{' '.join(left[-2:] + [other])}")]
    return []


# a contrast that keeps one thing out of what the sentence says was done ("…, but Brenmoor remained closed", "… but
# kept the Kessick inlet closed", "… but kept them in place in Pallon"), and the words that say it was kept out
_EXCEPT = re.compile(r"(?:,\s*|\s+)(?:but|except|whereas)\s+", re.IGNORECASE)
_KEPT_OUT = re.compile(r"\b(?:kept|keeps|keep|keeping|remained|remains|remain|stayed|stays|stay|still|not|never)\b"
                       r"|n['’]t\b", re.IGNORECASE)


def _excepted(analysis: ClaimAnalysis, terms: ClaimTerms, text: str) -> list[Reason]:
    """A name of the claim that a passage holds only in a contrast which keeps it out of the act the passage states
    of another ("The ministry lifted the ban on the outer bay on Friday but kept the Kessick inlet closed" against
    "… lifted the fishing ban on the Kessick inlet on Friday"): the passage restates the claim's act (half its
    predicate, PREDICATE_MIN_COVERAGE) before the contrast, and says the claim's thing was left out of it. Not for a
    claim that makes an exception itself, nor one whose act is what the contrast says ("Brenmoor remained closed")."""
    if _EXCEPT.search(analysis.claim):
        return []
    m = _EXCEPT.search(text)
    if m is None:
        return []
    head, tail = text[:m.start()], re.split(r"[;.]", text[m.end():])[0]
    kept = _KEPT_OUT.search(tail)
    if kept is None:
        return []
    head_stems, tail_stems = set(content_stem_set(head)), set(content_stem_set(tail))
    excepted = [s for s in terms.name_weights if s in tail_stems and s not in head_stems]
    if not excepted or any(s not in head_stems and s not in tail_stems for s in terms.name_weights):
        return []
    predicate = {s: w for s, w in terms.predicate_weights.items() if s not in excepted}
    in_head = _coverage(predicate, head, None)
    if in_head < PREDICATE_MIN_COVERAGE or _coverage(predicate, tail, None) >= in_head:
        return []
    cut = tail.find(",", kept.end())  # (the contrast to its clause's end: "but Brenmoor remained closed, the … said")
    told = tail[:cut] if cut >= 0 else tail
    return [Reason("negation", " ".join(w for w in analysis.claim.split() if set(content_stems(w)) & set(excepted)),
                   told.strip(), f"the passage says it of another and keeps this one out: “{told.strip()}”")]


def _referred_to(name: str, text: str, previous: str | None) -> bool:
    """Whether a sentence refers to a body by the common noun its name ends in ("The bank's previous grant" for the
    Orvand Development Bank; not a one-word name), and it or the sentence before names no other of that noun (not
    "the dam's spillway" after "the Harrow Dam")."""
    words = without_possessive(name).split()
    if len(words) < 2 or re.search(r"\b[Tt]he\s+" + re.escape(words[-1].lower()) + r"\b", text) is None:
        return False
    named = re.findall(r"\b(?:[A-Z][\w'’-]*\s+)+" + re.escape(words[-1]) + r"\b", f"{previous or ''} {text}")
    return all(fold(n.strip()) in fold(name) for n in named)


def _unlevelled(run: list[str]) -> list[str]:
    """A run of words without the level word ending it ("Selmira province" → "Selmira")."""
    return run[:-1] if len(run) > 1 and run[-1].lower() in REGION_WORDS else run


def _capitalised(run: list[str]) -> bool:
    """Whether words are one name: each capitalised, but for a joining "of" ("Ministry of Health")."""
    return run[0][:1].isupper() and all(w[:1].isupper() or w in ("of", "de", "al") for w in run)


# a claim that opens with its subject's name and its verb ("Pallon recorded …"), and a passage's name before the same
# verb ("… said Varnek recorded …")
_SUBJECT_VERB = re.compile(r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<verb>[a-z]{3,}(?:ed|ded))\b")
_NAME_VERB = r"(?:^|\b(?:said|that|and|while|but|,)\s+)(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"


def _swapped_subject(analysis: ClaimAnalysis, weights: dict[str, float], text: str, previous: str | None
                     ) -> list[Reason]:
    """The claim's subject, named before its verb, that a passage restating the rest of the claim (`weights`: its
    predicate's) gives to another name before the same verb, never naming the claim's; anchored by the claim's other
    names, or by one of its figures the passage states ("Pallon recorded a national record temperature of 46.1
    degrees" / "Varnek recorded 46.1 degrees …, a new national record")."""
    m = _SUBJECT_VERB.match(analysis.claim)
    context = fold(f"{previous or ''} {text}")
    if m is None or m.group("name").split()[0] in ("The", "A", "An") \
            or m.group("name") in " ".join(c.written for c in analysis.credits) \
            or fold(m.group("name")) in context or not _naming(m.group("name")) \
            or any(w in " ".join(loc.place for loc in analysis.locations) for w in m.group("name").split()):
        return []
    named = set(content_stems(m.group("name")))
    if _coverage({s: w for s, w in weights.items() if s not in named}, text, previous) < RESTATES:
        return []
    others = [e.text for e in analysis.entities if fold(e.text) not in fold(m.group("name")) and _naming(e.text)]
    if not all(fold(o) in context for o in others) or not (others or any(
            re.search(r"(?<![\d.,])" + re.escape(f"{q.value:g}") + r"(?![\d])", text) for q in analysis.quantities)):
        return []
    p = re.search(_NAME_VERB + re.escape(m.group("verb")) + r"\b", text)
    if p is None or fold(p.group("name")) in fold(analysis.claim) or not _naming(p.group("name")) \
            or p.group("name").split()[0] in ("The", "A", "An"):
        return []
    return [Reason("entity_mismatch", m.group("name"), p.group("name"),
                   f"claim says {m.group('name')} {m.group('verb')}; the passage, {p.group('name')} {m.group('verb')}")]


_LOOSE_SLOTS = frozenset("in of at to from by into on".split())
_FUNCTION_WORDS = frozenset("""in of at to from by into on during after before when while with and or but the a an
    was were is are had has have on near for as since""".split())


_ONE_SOURCE = re.compile(r"\b(?:bought|buys|buy|purchased|purchases|sourced|acquired|imported|ordered)\b(?:\s+[\w'’-]+)"
                         r"{0,4}\s*$", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:most|some|part|much|half|many)\s+of\b", re.IGNORECASE)


def _stems_before(text: str, at: int) -> set[str]:
    """The content stems of the two words before a position, in its clause."""
    before = re.split(r"[,;:]", text[max(0, at - 40):at])[-1].split()[-2:]
    return set(content_stems(" ".join(before)))


def _word_before(text: str, at: int) -> str | None:
    found = re.search(r"([A-Za-z]+)\W*$", text[:at])
    return found.group(1).lower() if found else None


def _naming(name: str, any_ending: bool = False) -> bool:
    """Whether a capitalised run names something (not a date, a month or a day, nor a people: "French fishermen"
    are the nationality rules' to compare). `any_ending`: a single word ending as peoples' names do is taken for a
    name too ("Sarnai"), where the other side of a comparison already says the slot is a name's."""
    stems = set(content_stems(name))
    return bool(stems) and not stems & _DATE_WORDS and demonym_country(name) is None \
        and (any_ending or not (" " not in name and _PEOPLE_SUFFIX.search(name)))


_PEOPLE_SUFFIX = re.compile(r"(?:ian|ish|ese|ean|i)$")


def _initials(short: str, long: str) -> bool:
    """Whether one name may abbreviate the other: letters in capitals against a name of several words ("XR" /
    "Extinction Rebellion", "UN" / "United Nations"), each letter in order in the longer name."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6 and " " in long):
        return False
    rest = long.lower()
    for letter in short.lower():
        at = rest.find(letter)
        if at < 0:
            return False
        rest = rest[at + 1:]
    return True


# where something was sent or taken ("diverted ambulances to the nearby town of Rosmar", "patients were flown to
# Kessa"): a verb of sending, what was sent, and the place it went to
# (a move of one thing to one place: not "sent", "evacuated", "taken", which may go to several places at once)
_SENT_TO = re.compile(r"\b(?P<verb>diverted|rerouted|redirected|relocated|towed)\s+(?P<what>(?:[a-z][\w'’-]*\s+){0,3}?)"
                      r"to\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|nearest)\s+)?"
                      r"(?:(?:town|city|village|port|district|province|capital)\s+of\s+)?"
                      r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _destinations(claim: str, text: str, previous: str | None) -> list[Reason]:
    """Where the claim says something was sent against where a passage restating it says the same thing was
    sent by the same verb ("diverted ambulances to Branth" / "diverted ambulances to the nearby town of
    Rosmar"), in a passage that never names the claim's place."""
    sent = [m for m in _SENT_TO.finditer(claim)]
    if len(sent) != 1:
        return []
    c = sent[0]
    if fold(c.group("place")) in fold(f"{previous or ''} {text}"):
        return []
    what = set(content_stems(c.group("what")))
    for p in _SENT_TO.finditer(text):
        if stem(p.group("verb")) != stem(c.group("verb")) or set(content_stems(p.group("what"))) != what \
                or same_place(c.group("place"), p.group("place")):
            continue
        return [Reason("entity_mismatch", f"{c.group('verb')} to {c.group('place')}",
                       f"{p.group('verb')} to {p.group('place')}",
                       f"claim says {c.group('verb')} to {c.group('place')}; the passage, to {p.group('place')}")]
    return []


# a thing named by a capitalised noun and its number ("Shaft 3", "Terminal 4", "Gate 12", "Flight 317"): not a month's
# day, a year, or a word that opens a phrase of time or amount
_DESIGNATION = re.compile(r"\b(?P<noun>[A-Z][a-z]{2,})\s+(?P<number>\d{1,3}[A-Z]?)\b(?![,.]?\d)")
_NOT_DESIGNATIONS = frozenset("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday since from until before after about around over
    under nearly some only between top the and but with for than almost more less least roughly approximately another
    just exactly barely fewer well""".split())
_PREPOSITION_BEFORE = re.compile(r"\b(?P<prep>at|in|on|of|from|to|into|near|as|by|via)\s+(?:[\w'’-]+\s+){0,3}?$",
                                 re.IGNORECASE)


def _slot_of(text: str, at: int) -> str | None:
    """The preposition a few words before a position, in its clause ("at the port's Container Terminal 2": at)."""
    before = re.split(r"[,;:]", text[max(0, at - 40):at])[-1]
    m = _PREPOSITION_BEFORE.search(before)
    return m.group("prep").lower() if m is not None else None


_NUMBER_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a numbered part of a structure, in lower case, one or several: "pier three", "piers four and five", "gates 2 and 3"
NUMBERED_PART = re.compile(r"\b(?P<noun>pier|gate|shaft|platform|runway|terminal|wing|ward|reactor|berth|span|bay"
                           r"|section|tunnel|lock|well)s?\s+(?P<numbers>" + _NUMBER_WORD + r"(?:\s*(?:,|and|&|or)\s*"
                           + _NUMBER_WORD + r")*)\b", re.IGNORECASE)


def _part_numbers(text: str) -> list[tuple[re.Match[str], str, frozenset[str]]]:
    """Each numbered part of a text: (match, noun, its numbers as digits)."""
    found = []
    for m in NUMBERED_PART.finditer(text):
        numbers = frozenset(str(WORD_VALUES.get(n.lower(), n)) for n in re.findall(_NUMBER_WORD, m.group("numbers"),
                                                                                 re.IGNORECASE))
        found.append((m, m.group("noun").lower(), numbers))
    return found


def _designations(claim: str, text: str) -> list[Reason]:
    """"in the eastern gallery of Shaft 3" against "in the eastern gallery of Shaft 5": the same kind of thing under
    another number, in a passage that does not name the claim's ("pier three" against "piers four and five" too)."""
    reasons = []
    theirs = _part_numbers(text) if NUMBERED_PART.search(claim) else []
    for m, noun, numbers in _part_numbers(claim) if theirs else ():
        if any(n == noun and numbers & others for _, n, others in theirs):
            continue  # (the claim's own part named)
        other = next((o for o, n, others in theirs if n == noun and others.isdisjoint(numbers)), None)
        if other is not None:
            reasons.append(Reason("entity_mismatch", m.group(), other.group(),
                                  f"claim says {m.group()}, passage says {other.group()}"))
    if reasons:
        return reasons
    for m in _DESIGNATION.finditer(claim):
        noun, number = m.group("noun"), m.group("number")
        if noun.lower() in _NOT_DESIGNATIONS or re.search(rf"\b{noun}\s+{number}\b", text, re.IGNORECASE):
            continue
        # (in the same slot: after the same preposition, "at Terminal 4" / "at the port's Container Terminal 2"; not
        # "Flight 212 diverted" / "continued on Flight 214", nor in an aside, "…, which had reached Category 5")
        role = _slot_of(claim, m.start())
        other = next((o for o in re.finditer(rf"\b{noun}\s+(?P<number>\d{{1,3}}[A-Z]?)\b(?![,.]?\d)", text)
                      if o.group("number") != number and _slot_of(text, o.start()) == role
                      and not in_aside(text, o.start())), None)
        if other is not None:
            reasons.append(Reason("entity_mismatch", m.group(), other.group(),
                                  f"claim says {m.group()}, passage says {other.group()}"))
    return reasons


def _facilities(claim: str, terms: ClaimTerms, text: str, previous: str | None, cities: bool = False) -> list[Reason]:
    """"near Erbil International Airport" against "near Baghdad International Airport": the same
    kind of facility owned by another name, in a passage that restates the claim, holds half of its
    other names (another dam's distance from another town is not this one's) and does not name the
    claim's owner. `cities`: only owners the cities table knows as two cities apart (the passage
    restating less of the claim: "landed near … close to Erbil airport" / "hit the vicinity of …
    near Baghdad International Airport")."""
    claimed = _claim_facilities(claim)
    theirs = facilities(text) if claimed else []
    if not theirs:
        return []
    reasons = []
    for owner, kind in claimed:
        if re.search(r"\b" + re.escape(owner) + r"\b", text, re.IGNORECASE) \
                or _names_stated(terms, text, previous, frozenset(content_stems(owner))) < NAMES_STATED:
            continue
        # "Erbil airport" and "Baghdad International Airport" are both airports; each is compared in
        # the same role ("near …" and "near …", not "at Dublin airport" and "diverted to Shannon's")
        role = _preposition_before(claim, owner)
        other = next(((o, k) for o, k in theirs if facility_head(k) == facility_head(kind)
                      and not same_place_name(o, owner) and _preposition_before(text, o) == role
                      and (not cities or distant_cities(owner, o))), None)
        if other is not None:
            other_owner, other_kind = other
            reasons.append(Reason("entity_mismatch", f"{owner} {kind}", f"{other_owner} {other_kind}",
                                  f"claim says the {kind} of {owner}, passage says {other_owner}'s"))
    return reasons


@memo(256)
def _claim_facilities(claim: str) -> tuple[tuple[str, str], ...]:
    # a claim's facilities, read once for its whole pool (most claims name none)
    return tuple(facilities(claim))


def _preposition_before(text: str, owner: str) -> str | None:
    """The role a facility's owner is named in, by the words before it: "near" (near, next to,
    close to, beside, outside …), or the word itself ("at", "to" of "diverted to Shannon")."""
    m = re.search(r"(\w+(?:\s+to)?)\s+(?:the\s+)?" + re.escape(owner) + r"\b", text)
    if m is None:
        return None
    words = m.group(1).lower()
    if words in _NEAR:
        return "near"
    return words.split()[-1]


_NEAR = frozenset(["near", "nearby", "next to", "close to", "near to", "beside", "by", "outside", "around"])


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
        written = analysis.claim[c.start:c.end]
        levelled = c.place.casefold() not in written.casefold()  # a site compared as its region (_level_places)
        if levelled and re.search(r"\b" + re.escape(written) + r"\b", text, re.IGNORECASE):
            continue  # the passage names the site itself ("near Springfield, Missouri"): its own place for it
        found_place = c.head in FOUND_WORDS and c.subject is None or bool(
            c.subject and re.search(FOUND_BEFORE + re.escape(c.subject), analysis.claim))
        for p in (*facts.locations, *_placed_by_table(facts.locations)):
            if found_place and (p.head in FOUND_WORDS or in_found_phrase(text, p.start)) \
                    and coverage >= PREDICATE_MIN_COVERAGE:
                # where the thing the claim speaks of was found ("found in Babil province" / "later
                # located in Anbar's Haditha district"), in a passage that restates the claim
                found = _compare_places(c, p)
            elif c.subject is None and p.subject and p.level == c.level and p in facts.locations \
                    and any(q.level == "city" and q.subject is None and q.place == p.subject
                            and _TOWN_OF.match(text, q.start) for q in facts.locations) \
                    and (coverage >= RESTATES or re.search(r"\b" + re.escape(p.subject) + r"\b", analysis.claim)):
                # the town a passage that restates the claim (or names the claim's town) names as a town, placed where
                # the claim places its incident: "the town of Ketterby in Belmarra's Hollin Province" / "… in
                # Ketterby struck the town in Serapine Province" (not a town a table places: "the city of Haifa";
                # nor another town: "Further inland, the town of Lenmoor in Tesh province reported only heavy rain")
                found = _compare_places(c, p)
            elif c.subject or p.subject:
                if not (c.subject and p.subject and (same_place(c.subject, p.subject)
                                                     or _placed_within(text, c.subject, p))):
                    if c.subject and p.subject and other_names(c) >= NAMES_STATED \
                            and (held := _same_holder(analysis.claim, c.subject, text, p.subject, previous)):
                        # the town itself is what the claim says, of the thing both place ("made at Orlan's plant
                        # in Brennick" / "produced at Orlan's plant in Ostel"), in a passage that never names it
                        found = Reason("entity_mismatch", c.subject, p.subject,
                                       f"claim says the {held} in {c.subject}, passage says in {p.subject}")
                        break
                    continue
                found = _compare_places(c, p)
            elif c.head and c.head == p.head and coverage >= RESTATES and other_names(c) > 0:
                found = _compare_places(c, p)
            elif c.head in _HAPPENED and coverage >= RESTATES and c.level == p.level:
                # "last week's drone attacks … took place in Syria": where the claim says its event
                # happened, against where a passage restating it places it ("… in Iraq"); any place of
                # the level the passage names agrees, and one people came from is not where it was
                # ("leaders from Germany joined the summit, which took place in the Netherlands")
                same_level = [q for q in facts.locations if q.level == c.level]
                compared = [(q, _compare_places(c, q)) for q in same_level]
                agreeing = next((r for _, r in compared if r is not None and r.type == "entity_match"), None)
                placed = [r for q, r in compared if _IN_BEFORE.search(text, max(0, q.start - 12), q.start)]
                found = agreeing or (placed[0] if placed else None)
            else:
                seen = _compare_places(c, p)
                if seen is not None and c.direction and p.direction and same_place(c.place, p.place) \
                        and coverage >= RESTATES:
                    # which part of the same place, in a passage that restates the claim, is the claim's
                    # point ("the southern part of the Hasakah region" / "a base in the northern Hasakah region")
                    found = seen
                elif seen is not None and seen.type == "entity_match":
                    found = Reason("place_match", seen.claim_text, seen.passage_text, seen.detail)
            if found is not None:
                break
        if found is None and c.subject and c.level in _NAMED_LEVELS and analysis.pool_places:
            found = _bare_place(c, analysis.pool_places, text)
        if found is not None and found.type == "entity_match" and (_broader(c, analysis.locations) or (
                c.subject and c.head not in FOUND_WORDS and not found_place
                and not placed_by_verb(analysis.claim, c.start))):
            # "in western Iraq's Anbar province": Iraq identifies, Anbar is what the claim says; and a
            # place that only identifies the site ("French troops are stationed at the Harir air base
            # in northern Iraq") is not what the claim says of it (a wrong one still conflicts)
            found = Reason("place_match", found.claim_text, found.passage_text, found.detail)
        if found is not None:
            if levelled:
                found = Reason(found.type, written, found.passage_text,
                               f"{found.detail}; the archive places {written} in {c.place}")
            reasons.append((found, found.type != "place_match"))
    return reasons


_TOWN_OF = re.compile(r"(?:town|city)\s+of\s", re.IGNORECASE)


def _placed_within(text: str, subject: str, location: Any) -> bool:
    """Whether the passage puts the claim's subject inside the place a location of its own is given for, in one chain
    ("near the village of Brenmoor in the Tessel Valley, in Varenia's Kelmar province": Brenmoor is in Kelmar too)."""
    within = r"\b" + re.escape(subject) + r"\s+in\s+(?:the\s+)?" + re.escape(location.subject) + r"\s*,\s+"
    found = re.search(within, text)
    return found is not None and 0 <= location.start - found.end() <= 30


def _holder(text: str, town: str) -> str | None:
    """The noun a text places in a town, with the name owning it: "Orlan's plant in Brennick" → "orlan's plant"."""
    m = re.search(r"(?P<owner>[A-Z][\w'’-]*['’]s\s+)?(?P<noun>[a-z][a-z-]{2,})\s+(?:in|at|near|outside)\s+(?:the\s+"
                  r"(?:town|village|city|port)\s+of\s+)?" + re.escape(town) + r"\b", text)
    if m is None or m.group("noun") in _FUNCTION_WORDS:
        return None
    return f"{(m.group('owner') or '').lower()}{m.group('noun')}"


def _same_holder(claim: str, town: str, text: str, other: str, previous: str | None) -> str | None:
    """The thing a claim and a passage place in two towns, when it is the same thing (the same noun and owner) and
    the passage never names the claim's town."""
    if fold(town) in fold(f"{previous or ''} {text}"):
        return None
    held = _holder(claim, town)
    return held if held is not None and held == _holder(text, other) else None


def _placed_by_table(locations: tuple[Any, ...]) -> list[Any]:
    """Where the cities table puts each city a passage names: its province, else its country, as
    the passage's own place for that city ("in Erbil" → Erbil is in Arbīl; "in Haifa" → in Israel),
    so that a claim placing the city elsewhere ("Erbil, in Iraq's Anbar province") is compared."""
    placed = []
    for loc in locations:
        entry = city_entry(loc.place) if loc.level == "city" else None
        if entry is None or entry[0] is None:
            continue
        if entry[1] is not None:
            placed.append(replace(loc, subject=loc.place, place=entry[1], level="province", country=entry[0],
                                  head=None, direction=None, region=None))
        else:
            placed.append(replace(loc, subject=loc.place, place=entry[0], level="country", country=entry[0],
                                  head=None, direction=None, region=None))
    return placed


# "the Al-Omar oil field in Deir ez-Zor": a subject, its head noun, then "in" and a capitalised name
# (not "the Vela mine's miners rallied in Arelo": another thing's place)
_BARE_IN = (r"(?:\s+[a-z]+){0,2}\s+in\s+(?:the\s+)?"
            r"(?P<name>[A-Z][\w'’]*(?:[\s-]+(?:[A-Z][\w'’]*|ez|el|al|az|ad|as|ash))*)")


def _bare_place(c: Any, known: tuple[tuple[str, str, str | None], ...], text: str) -> Reason | None:
    """A place the passage names with no level word or table entry right after the subject the claim
    places ("the Al-Omar oil field in Deir ez-Zor"), compared when the pool's passages name it at the
    claim's level elsewhere ("the governorate of Deir Ez-Zor"); a name the pool does not level, or
    levels otherwise, says nothing ("a store in Brooklyn" against "in the city of New York")."""
    m = re.search(r"\b" + re.escape(c.subject) + _BARE_IN, text)
    if m is None:
        return None
    name = m.group("name").strip(" -")
    level = next(((lv, country) for place, lv, country in known if same_place_name(place, name)), None)
    if level is None or level[0] != c.level:
        return None
    return _compare_places(c, replace(c, place=name, level=level[0], country=level[1] or c.country, region=None,
                                      direction=None))


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


_NAMED_LEVELS = ("province", "district", "city")
# the head of "took place in", "happened in", "occurred in" (service.text.places._head_before)
_IN_BEFORE = re.compile(r"\b(?:in|inside|across|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
_HAPPENED = frozenset(["place", "happened", "occurred", "happen", "occur"])


def _level_places(analysis: ClaimAnalysis, candidates: list[Candidate]) -> ClaimAnalysis:
    """A claim's place of unknown level ("is located in Deir Ez-Zor") takes the level and country
    the pool's passages give the same name ("the governorate of Deir Ez-Zor"); unknown, it stays
    uncompared. For a claim that says where something is, the pool's levelled places are kept
    (ClaimAnalysis.pool_places: see _bare_place)."""
    unknown = [loc for loc in analysis.locations if loc.level == "place"]
    placed = any(loc.subject and loc.level in _NAMED_LEVELS for loc in analysis.locations)
    if not unknown and not placed:
        return analysis
    known = [loc for c in candidates if c.facts is not None for loc in c.facts.locations if loc.level != "place"]
    if placed:
        analysis = replace(analysis, pool_places=tuple(dict.fromkeys(
            (k.place, k.level, k.country) for k in known if k.level in _NAMED_LEVELS)))
    if not unknown:
        return analysis
    levelled = []
    for loc in analysis.locations:
        if loc.level == "place":
            same = next((k for k in known if same_place_name(k.place, loc.place)), None)
            if same is not None:
                loc = replace(loc, level=same.level, country=same.country)
            elif loc.head in FOUND_WORDS and (region := _region_of_site(loc.place, candidates)) is not None:
                # where a thing was found, at a site the archive reports incidents at in one province
                # ("later located in Jurf al-Sakhar", Babil's): compared as that province, said as written
                loc = replace(loc, level=region[0], place=region[1], country=None)
            else:
                continue
        levelled.append(loc)
    return replace(analysis, locations=tuple(levelled))


def _region_of_site(site: str, candidates: list[Candidate]) -> tuple[str, str] | None:
    """The one region the pool's passages place incidents at a site in (None for none or several)."""
    regions = {(c.facts.event.region[0], c.facts.event.region[1].casefold()): c.facts.event.region
               for c in candidates if c.facts is not None and c.facts.event.region is not None
               and any(same_place_name(site, s) for s in (*c.facts.event.sites, c.facts.event.place or ""))}
    return next(iter(regions.values())) if len(regions) == 1 else None


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
        if c.level == "city" and neighbouring_cities(c.place, p.place):
            return None  # a city and its borough or suburb ("Brooklyn", "the city of New York")
        return Reason("entity_mismatch", c.place, p.place, f"claim says {c.place} ({c.level}), passage says "
                                                           f"{p.place}{who}")
    if {c.level, p.level} == {"city", "province"}:
        # a city against a province through the province the cities table puts it in ("Deir Ez-Zor",
        # the city, is not in "Homs Governorate"): unknown to the tables, nothing is compared
        city, province = (c, p) if c.level == "city" else (p, c)
        inside = city_in_province(city.place, province.place)
        if inside is not None and (province.country is None or province.country == city.country):
            return Reason("entity_match" if inside else "entity_mismatch", c.place, p.place,
                          f"claim says {c.place} ({c.level}), passage says {p.place} ({p.level}); the city "
                          f"{city.place} {'is' if inside else 'is not'} in {province.place}{who}")
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

