"""The parts of a sentence that only identify what it speaks of: "the base *that the US ordered
evacuated* was …", "the launcher *found in Haditha district* was seized …", "the attack *that
injured at least five*". A claim asserts its main clause; these clauses pick out its subject.

Read with a few English patterns rather than a parser (none ships within our speed limits): a
relative "that/which/who" right after a noun, or a past participle with its preposition right
after a noun, up to the main clause's verb ("is", "was", "were", "has been" …) or a comma.
A "that" after a verb of saying opens what was said, not an identifying clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.segment import NEVER_FINAL
from service.text.model import Quantity

_SAYING = frozenset("""said says say told tell tells reported report reports claimed claim claims stated states
    announced announce announces confirmed confirm confirms denied deny denies noted added wrote warned revealed
    showed shows show believe believes believed think thinks thought know knows knew argued argue argues insisted
    found find finds so such now ensure ensured means meant indicate indicates indicated""".split())
_RELATIVE = re.compile(r"\b(?P<before>[\w'’-]+)\s+(?P<word>that|which|who|whom)\s+", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(?P<before>[A-Za-z][\w'’-]*)"
                         r"(?:,\s*(?=(?:claimed|reported|carried out|conducted)\s+by\b)|\s+)"
                         r"(?P<word>(?:found|located|seen|launched|fired|carried out"
                         r"|conducted|claimed|captured|seized|held|based|stationed|built|injured|wounded|killed"
                         r"|downed|shot down|reported|attacked|targeted|hit|struck|shelled|bombed|destroyed|damaged"
                         r"|deployed|sent|hurt|evacuated|rescued|trapped|arrested|detained|displaced|treated"
                         r"|thrown|hurled|flown|dropped|planted|started|discovered|spotted|filed|recovered|shot"
                         r"|rejected|approved|adopted|proposed|signed|awarded|imposed|issued|granted))"
                         r"\s+(?:in|at|by|on|near|off|into|inside|outside|along|across|against"
                         r"|from|over|during|to|after)\b", re.IGNORECASE)
_DECIDED = frozenset("rejected approved adopted proposed signed awarded imposed issued granted".split())
# where the main clause takes over: its verb, or a comma
_MAIN_VERB = re.compile(r"\s(?:is|was|were|are|has been|have been|had been|has|have|had|will|would|remains"
                        r"|remained|lies|stands)\s|,(?!\d{3})|;|(?<!\b[A-Z])"
                        + "".join(rf"(?<!\b{re.escape(t)})" for t in sorted(NEVER_FINAL)) + r"\.\s|\.$", re.IGNORECASE)
# (not "1,538"; nor the stops of "U.S." or "J. Smith", nor a title's, "Gen. Aldo Renik": the sentence splitter's
# abbreviations that never end a sentence)
_WORDS = re.compile(r"[\w'’-]+")
# a clause's own verb in the past ("during which the bridge collapsed"), so the auxiliary after it is the main one
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|died|fell|hit|struck|took|began|broke|burnt|sank|went|came|ran|shot|blew"
                   r"|caught)\b")
# a relative clause's own subject after "that": a name or a determined noun ("that Iraqi groups", "that the US")
_OWN_SUBJECT = re.compile(r"(?:[A-Z][\w'’-]*|the|a|an|its|their|his|her|our|this|these|those)\s"
                          r"|(?:[a-z]+\s+)?[a-z]+s\s+(?:have|has|had)\b")  # "that rebel groups have …"
_PERFECT = frozenset(("has", "have", "had", "has been", "have been", "had been"))
_OWN_VERB = re.compile(r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|fell|hit|struck|took|began|broke|sank|went|came|ran|shot"
                       r"|blew|caught)\b")
_JOINED_VERB = re.compile(r"\b(?:and|or|but)\s+(?:[a-z]+ly\s+)?$")
_MAIN_PAST = re.compile(r"(?<=[\w'’])\s+(?:[a-z]{3,}ed|died|fell|hit|struck|took|began|broke|sank|went|came|ran|shot"
                        r"|blew|caught|left|hurt|cost|cut|led|lost|won|sent|made|kept|held|brought|saw|gave|spent)\s+"
                        r"(?!(?:by|in|at|on|from|near|to|over|during|with|into|off|for"
                        r"|across|against|toward|towards|inside|outside|through)\b)(?=[\w'’\"“$])")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many few dozens hundreds".split())
_BEFORE_ADJECTIVE = frozenset("the a an its their his her this that these those of on at in by for with from to and or"
                              .split())
_PARTICIPLE_NEXT = re.compile(r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|hit|struck|shot|sent|held|built|made|led|kept)\b")
# (or a place picked out by what is there: "Tessin, *the town where the prison stands*, is in Dunmere province")
_PARENTHETICAL = re.compile(r",\s+(?:(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+"
                            r"(?=where|which|that|(?:from|in|at)\s+which))?"
                            r"(?P<word>which|who|where|that|(?:from|in|at)\s+which)"
                            r"\s+[^,;.]{3,120}?(?=,\s+(?:is|was|were|are|has|have|had|will|would|remains|lies|lie|sits"
                            r"|stands)\b)", re.IGNORECASE)
_CLEFT = re.compile(r"^\W*It\s+(?:was|is|were)\s+(?!not\b)", re.IGNORECASE)
_PREPOSITIONS = frozenset("in during by at on from of with under after through for".split())
_TIME_ADVERBS = frozenset("later earlier then also again soon since already never once first still".split())
_AUX_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|being|has|have|had)\s+$", re.IGNORECASE)
_AUX = frozenset("is was were are be been being has have had do does did will would can could may might".split())


def identifying_clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of `text` that only identify a noun before them."""
    # "the launcher used in Monday's strike, *which wounded five*, was later found …": a clause set off
    # by commas inside the subject, before the main verb
    spans: list[tuple[int, int]] = [(m.start("word"), m.end()) for m in _PARENTHETICAL.finditer(text)]
    for pattern in (_RELATIVE, _PARTICIPLE):
        for m in pattern.finditer(text):
            before = m.group("before").lower()
            if before in _SAYING or before in _AUX or (pattern is _PARTICIPLE and before.endswith("ly")):
                continue
            if pattern is _PARTICIPLE and before in _TIME_ADVERBS and _AUX_BEFORE.search(text, 0, m.start("before")):
                continue  # "was later found in Haditha": the main verb, after its adverb
            if pattern is _RELATIVE and before in _PREPOSITIONS and m.group("word").lower() == "that":
                continue  # "half of that figure", "in that case": no relative "that" follows a preposition
            if pattern is _RELATIVE and _CLEFT.match(text) and not any(
                    r.start() < m.start() for r in _RELATIVE.finditer(text, 0, m.start())):
                continue  # "It was X who said …": the cleft's clause is what the sentence asserts
            # "told Reuters that …", "said on Monday that …": what was said, a few words after the verb
            if pattern is _RELATIVE and _said_before(text, m.start("word")):
                continue
            start = m.start("word")
            end_match = _MAIN_VERB.search(text, m.end())
            if pattern is _RELATIVE and before in _PREPOSITIONS and m.group("word").lower() in ("which", "whom"):
                # "the attack in which at least five were hurt (was …)": the clause has its own subject
                # and verb; the main clause's verb, if any, is the next one
                start = m.start("before")
                if end_match is not None and end_match.group().strip() not in (",", ";", ".", "") \
                        and not _PAST.search(text, m.end(), end_match.start()):
                    end_match = _MAIN_VERB.search(text, end_match.end() - 1)
            if pattern is _RELATIVE and m.group("word").lower() in ("that", "which") and end_match is not None \
                    and _OWN_SUBJECT.match(text, m.end()) and end_match.group().strip().lower() in _PERFECT \
                    and _PARTICIPLE_NEXT.match(text, end_match.end()) \
                    and not _PAST.search(text, m.end(), end_match.start()):
                # "the base that Iraqi groups *have repeatedly targeted*, lies in Anbar": the clause has its
                # own subject, and the auxiliary before its participle is its own
                end_match = _MAIN_VERB.search(text, end_match.end() - 1)
            if pattern is _PARTICIPLE and m.group("word").lower() in _DECIDED and (
                    end_match is None or end_match.group().strip() in (",", ";", ".", "")):
                # ("the tram plan rejected by the council in 2023 *would have* cost …": a decision's participle
                # identifies only before the main clause's auxiliary — "The council approved by 27 votes a plan …"
                # is the main verb)
                continue
            end = end_match.start() if end_match else len(text)
            if pattern is _PARTICIPLE and (end_match is None or end_match.group().strip() in (",", ";", ".")):
                # "the four rockets fired at the base on Monday *caused* no damage": with no auxiliary, the main
                # verb is the next one in the past that takes no preposition after it, as a participle does
                # ("the rockets fired at the base *used by* US forces")
                verb = _main_past(text, m.end(), end)
                if verb is not None and not _JOINED_VERB.search(text, 0, verb):
                    end = verb
            if pattern is _RELATIVE and m.group("word").lower() in ("that", "which", "who"):
                # "a shell that landed near the crossing on Monday *killed* a customs officer": a clause whose
                # own verb opens it ends at the next verb in the past, unless "and" joins that one to it
                own = _OWN_VERB.match(text, m.end())
                second = _PAST.search(text, own.end(), end) if own is not None else None
                if second is not None and not _JOINED_VERB.search(text, own.end(), second.start()):
                    end = second.start()
            if end > start and not any(s <= start < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


# "the attack claimed by the group": a participle with its agent (not "said by telephone")
_BY_PARTICIPLES = frozenset("claimed reported announced confirmed denied cited".split())
_BY_AGENT = re.compile(r"by\s+(?:the\s+|an?\s+|[A-Z'\"“‘])")


_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|as|because|since|until|once|where|whereas|if)\b", re.I)
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())


def _main_past(text: str, start: int, end: int) -> int | None:
    """Where the main verb in the past after a participle clause starts, or None when none is sure: not an
    adjective ("on *the disputed* border", "two *guarded* warehouses", "heavily *guarded*"), not the verb of a
    name that is its own subject ("the plant *Delta Chem opened*"; a day's name is no subject: "on Monday caused"),
    not the verb of a clause a conjunction opens ("after the ferry *capsized* Monday")."""
    opened = _SUBORDINATOR.search(text, start, end)
    for verb in _MAIN_PAST.finditer(text, start, end):
        before = _WORDS.findall(text, 0, verb.start())[-1]
        if before.lower() in _BEFORE_ADJECTIVE or before.lower().endswith("ly") or before.lower() in _COUNT_WORDS:
            continue
        if before[:1].isupper() and before.lower() not in _CALENDAR:
            return None
        if opened is not None and opened.start() < verb.start():
            opened = _SUBORDINATOR.search(text, verb.end(), end)  # (the conjunction's own verb; the next may be main)
            continue
        return verb.start()
    return None


def _said_before(text: str, at: int) -> bool:
    """Whether a verb of saying stands in the few words before `at`, so that a "that" there opens
    what was said. A saying verb between a noun and "by" is a reduced relative ("the attack *claimed
    by* the group that injured five"): it names who claimed, and the "that" after it is relative."""
    window = text[max(0, at - 60):at]
    words = list(_WORDS.finditer(window))[-6:]
    for i, w in enumerate(words):
        if w.group().lower() not in _SAYING:
            continue
        after = window[w.end():].lstrip()
        prev = words[i - 1].group().lower() if i > 0 else ""
        if w.group().lower() in _BY_PARTICIPLES and _BY_AGENT.match(after) and prev and prev not in _AUX \
                and prev not in _SAYING and not prev.endswith("ly"):
            continue
        return True
    return False


def main_clause(text: str) -> str:
    """The text without its identifying clauses."""
    return without_spans(text, identifying_clauses(text))


def without_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with these character spans (in order, not overlapping) left out, its parts joined by a space."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join(part.strip() for part in kept if part.strip())


_A_VERB = re.compile(r"\b(?:is|was|were|are|be|been|has|have|had|will|would|can|could|may|might|must|did|does|do"
                     r"|[a-z]+ed|[a-z]{3,}s)\b")


_WHERE_ONLY = re.compile(r"(?:close\s+to|near|next\s+to|outside|inside|in|at|north|south|east|west)\b", re.IGNORECASE)


def main_predicate(text: str) -> str:
    """What the sentence asserts of a subject that a clause identifies: the main verb and what
    follows ("… found in Haditha district *was seized by Iraqi forces*"). The whole text when no
    clause stands between a subject and its verb (a clause at the end may be what is asserted:
    "CO2 is a gas that traps heat")."""
    spans = identifying_clauses(text)
    if not spans:
        return text
    rest = text[spans[-1][1]:].strip(" ,;.")
    # (a rest that only says where, with no verb, is no predicate: in "at least one rocket struck near
    # Camp Victory, close to the airport" the participle was the main verb)
    if rest and _WHERE_ONLY.match(rest) and not _A_VERB.search(rest):
        return text
    return rest if rest else text


def in_identifying_clauses(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The amounts of `text` that lie in a relative clause identifying something ("the attack *that
    injured at least five*") or in a clause that says when the rest happened ("nobody was
    hurt *when two drones struck the base*"): they too pick out the event the text speaks of."""
    clauses = relative_clauses(text) + when_clauses(text) + event_subjects(text)
    return [q for q in quantities if any(s <= q.span.start < e for s, e in clauses)]


def picked_counts(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The counts of the nouns an identifying clause picks out ("*the three petrol bombs* thrown at the gate on Monday
    caused no injuries", "*the two drones* that struck the base"): they identify what the claim speaks of (not "*all
    four* people killed in the strike were fighters", which says it of every one)."""
    picked = [s for s, _ in identifying_clauses(text)]
    return [q for q in quantities if any(0 <= s - q.span.end <= 1 for s in picked)
            and not _EVERY_ONE.search(text, max(0, q.span.start - 12), q.span.start)]


_EVERY_ONE = re.compile(r"\b(?:all|both|each|every|none\s+of|all\s+of|only)(?:\s+the)?\s*$", re.IGNORECASE)


# "the attack by two armed drones", "a raid with four rockets": an attack with what carried it out (not
# a blast, a fire or a labour strike, whose size or cause is what a claim says of it)
_EVENT_BY = re.compile(r"\b(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|assault|barrage"
                       r"|bombardment|salvo|airstrike|air\s+strike|drone\s+strike|missile\s+strike)s?\s+"
                       r"(?P<by>by|with|involving|using)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){3,60}", re.IGNORECASE)


def event_subjects(text: str) -> list[tuple[int, int]]:
    """Character spans of what an event noun opening a clause says carried the event out ("*the
    attack by two armed drones* caused no damage", "officials said *the strike with four rockets*
    …"): the subject names the event; what the sentence asserts of it is its predicate. In a
    predicate ("the base was hit by an attack with two drones") the phrase is asserted."""
    spans = []
    for m in _EVENT_BY.finditer(text):
        before = text[:m.start()].rstrip()
        last = _WORDS.findall(before)[-1].lower() if _WORDS.search(before) else ""
        if not before or before[-1] in ",;:" or last == "that" or last in _SAYING:
            spans.append((m.start("by"), m.end()))
    return spans


def when_clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses that say when the rest happened ("… *when two drones struck*")."""
    if "when" not in text.lower():
        return []
    # not what is asked or not known: "did not say when the plant would reopen"
    return [m.span() for m in _WHEN_CLAUSE.finditer(text)
            if not _ASKED.search(text, max(0, m.start() - 20), m.start())]


_ASKED = re.compile(r"\b(?:say|says|said|ask|asks|asked|know|knows|knew|unclear|clear|explain|explained|tell|told"
                    r"|sure|decide|decided)$", re.IGNORECASE)


# a "when" clause after the main clause, up to a comma or the sentence's end ("… damaged when two drones
# struck the base on Monday, officials said")
_WHEN_CLAUSE = re.compile(r"(?<=\w)\s+when\s+[^,;.]+", re.IGNORECASE)


# ", the day before two drones targeted the base": another event, named as the time of this one
_REFERENCE = re.compile(r",\s+(?:(?:(?:the|a|one|two|three|four|five|six|seven|\d+|several|some)\s+)?"
                        r"(?:days?|hours?|weeks?|months?)\s+(?:before|after|ahead\s+of)"
                        # "on October 7, the day of the surprise attack": the day told by another event (not
                        # "a day of mourning for the nine miners", which says what the day was)
                        # (its words, with a count's figure but no date's: "two drones", "2 drones", not "October 31")
                        r"|the\s+(?:same\s+)?day\s+of\s+the)\s+(?:[^,;.\d]|\d+(?=\s+[a-z]))(?:[^,;.\d]|\d+(?=\s+[a-z])){2,79}"
                        r"(?=[,;.]|$)",
                        re.IGNORECASE)


# "A day after four Katyusha rockets were fired at the base, …": the same, opening the sentence
_OPENING_REFERENCE = re.compile(r"^\W*(?:(?:on|in)\s+)?(?:(?:less|more|fewer)\s+than\s+|nearly\s+|almost\s+|just\s+"
                                r"|only\s+|about\s+)?(?:(?:the|a|one|two|three|four|five|six|seven|\d+|several|some)\s+)"
                                r"(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of)\s+[^,;.]{3,120}(?=,)",
                                re.IGNORECASE)


_OFFSET = re.compile(r"^\W*(?:on\s+)?(?:(?P<one>the|a|an|one)\s+(?P<unit1>day|week)"
                     r"|(?P<n>two|three|four|five|six|seven|\d+)"
                     r"\s+(?P<unit>days|weeks))\s+(?P<side>before|after)\b", re.IGNORECASE)
_OFFSET_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                   "seven": 7}


# "Security sources told Reuters that, the day before two drones struck on 31 October, four rockets …": the
# same, opening the clause a speaker's words begin
_REPORTED_OPENING = re.compile(r"\bthat,\s*(?=(?:the|a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+"
                               r"(?:before|after)\b)", re.IGNORECASE)


_REFERENCE_AT = re.compile(_OPENING_REFERENCE.pattern.removeprefix("^"), re.IGNORECASE)
_OFFSET_AT = re.compile(_OFFSET.pattern.removeprefix("^"), re.IGNORECASE)


def _opening_reference(text: str, speaker: bool = True) -> tuple[int, re.Match[str] | None]:
    """Where the clause that times a speaker's words starts ("told Reuters that, the day before …,"), or
    else the sentence's own opening, and the reference there."""
    reported = _REPORTED_OPENING.search(text) if speaker else None
    opening = _REFERENCE_AT.match(text, reported.end()) if reported is not None else None
    if opening is not None and reported is not None:
        return reported.end(), opening
    return 0, _OPENING_REFERENCE.match(text)


def reference_offset(text: str, speaker: bool = False) -> tuple[int, int, int] | None:
    """An opening clause that times the sentence (or, with `speaker`, a speaker's words: a claim's "told
    Reuters that, the day before …") by another event, with how many days from it ("Two days before the
    drones struck on October 31, …" → its span and -2); None without one."""
    at, opening = _opening_reference(text, speaker)
    m = (_OFFSET_AT.match(text, at) if at else _OFFSET.match(text)) if opening else None
    if opening is None or m is None:
        return None
    n = (m.group("n") or "one").lower()
    unit = (m.group("unit") or m.group("unit1")).lower()
    days = (int(n) if n.isdigit() else _OFFSET_NUMBERS[n]) * (7 if unit.startswith("week") else 1)
    return opening.start(), opening.end(), days if m.group("side").lower() == "after" else -days


# "After the Monday attack on the base, …", "In the first hours after …, …": the time of the rest, told by
# another event
OPENING_AFTER = re.compile(r"(?:In\s+the\s+(?:first\s+|last\s+)?(?:minutes?|hours?|days?|weeks?)\s+"
                           r"|(?:Right|Shortly|Soon|Immediately|Just|Hours|Minutes|Days|Moments)\s+)?"
                           r"(?:After|Following|after|following)\s+[^,;.]{3,120},")


def reference_clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses that tell the time of what a sentence says by another event
    (", the day before two armed drones targeted the same base"; "A day after four rockets were
    fired at the base, …"): what they say is not the claim's."""
    if " before " not in text and " after " not in text and " ahead of " not in text and " day " not in text:
        return []
    at, opening = _opening_reference(text)
    first = _OPENING_REFERENCE.match(text) if at else None  # the sentence's own opening, before the speaker's
    spans = [m.span() for m in (first, opening) if m is not None]
    return spans + [m.span() for m in _REFERENCE.finditer(text) if not any(
        m.start() < e and s < m.end() for s, e in spans)]


_RELATIVE_OPENING = re.compile(r"(?:(?:" + "|".join(sorted(_PREPOSITIONS)) + r")\s+)?(?:that|which|who|whom)\b",
                               re.IGNORECASE)


def relative_clauses(text: str) -> list[tuple[int, int]]:
    """identifying_clauses that open with "that", "which" or "who" ("the attack *that injured five*"):
    their end is read reliably; a participle's ("the attack *claimed by X injured two*") may run on
    into the main clause when its verb is not an auxiliary."""
    return [(start, end) for start, end in identifying_clauses(text)
            if _RELATIVE_OPENING.match(text, start, end)]


# the claim's deed in the passive ("Nine skiers were buried by …"), and that participle before a noun, after a
# determiner, in a passage ("six of the buried skiers"): what befell them, named, not told
_PASSIVE_DEED = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?"
                          r"(?P<verb>[a-z]{3,}(?:ed|en))\b")


def deed_recalled(claim: str, text: str) -> bool:
    """Whether a passage names the claim's passive deed only as what picks its people or things out ("the buried
    skiers", "the abducted nurses"), and tells it nowhere as a deed ("were buried", "buried nine skiers")."""
    m = _PASSIVE_DEED.search(claim)
    if m is None:
        return False
    verb = re.escape(m.group("verb"))
    named = re.search(r"\b(?:the|those|these|its|their|all|both)\s+(?:\w+\s+)?" + verb + r"\s+[a-z]", text,
                      re.IGNORECASE)
    if named is None:
        return False
    told = [t for t in re.finditer(r"\b" + verb + r"\b", text, re.IGNORECASE)
            if not (named.start() <= t.start() < named.end())]
    return not told


_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told\s+[\w'’-]+|reported|announced|stated|confirmed)\s+(?:that\s+)?"
                               r"(?P<subject>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:had|has|have|was|were|is|are|would|will"
                               r"|could|may|might|did|does|do)\b")


def reported_subject(text: str) -> str:
    """The subject of what a sentence says was said ("Lund said *the alarm* had worked"), or "" when it reports none."""
    m = _REPORTED_SUBJECT.search(text)
    return m.group("subject") if m is not None else ""


# a verb in the past, for the day it is told with ("water flooded the gallery on Tuesday")
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|died|fell|hit|struck|took|began|broke|sank|went|came|ran|shot|blew|caught"
                        r"|rose|left|cost|cut|led|lost|won|sent|made|kept|held|brought|saw|gave|spent|met|burst"
                        r"|spread|swept|tore|froze|shut|put|set|told|said|found)\b")


def verb_of_day(text: str, at: int) -> str | None:
    """The verb in the past a day named at `at` tells the time of: the last one before it in its sentence part (from
    the last ";" or ":"), not an adjective ("the flooded colliery", "two guarded warehouses", "heavily guarded").
    "Rescuers ended the search at the flooded mine on Sunday" → "ended"; None when no such verb stands before it."""
    start = max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
    found = past_verbs(text, start, at, after_adverbs=False)
    return found[-1].group() if found else None


def past_verbs(text: str, start: int = 0, end: int | None = None, after_adverbs: bool = True) -> list[re.Match[str]]:
    """The verbs in the past in a text (from `start` to `end`), not adjectives ("installed the pumps", "was replaced";
    not "the flooded mine", "two guarded warehouses", nor, unless `after_adverbs`, "heavily guarded")."""
    found = []
    for verb in _PAST_VERB.finditer(text, start, len(text) if end is None else end):
        before = _WORDS.findall(text, start, verb.start())
        word = before[-1].lower() if before else ""
        if word in _BEFORE_ADJECTIVE or word in _COUNT_WORDS or (not after_adverbs and word.endswith("ly")):
            continue
        found.append(verb)
    return found


# a main verb after its auxiliary: "was cancelled", "will reroute", "has diminished", "had been ordered"
_AUX_THEN_VERB = re.compile(r"\b(?P<aux>is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did"
                            r"|does|do)(?:\s+(?:not|never|also|already|now|then|just|since|[a-z]+ly))*"
                            r"(?:\s+(?:been|be|being))?\s+(?P<verb>[a-z]{3,})\b")
_MODALS = frozenset("will would could can may might must should did does do".split())
# verbs that carry no deed of their own ("the flood happened on Monday", "took place", "said")
# (nor where something is, which the place rules compare: "is located in Diyala province")
_LIGHT = frozenset("""happened happen happens occurred occur occurs took take takes made make makes got get gets been
    being became become becomes remained remain remains seemed seem seems appeared appear appears went go goes came
    come comes having doing done located situated based stationed""".split()) | _SAYING


def main_verb(text: str) -> str | None:
    """The verb of what a sentence's main clause asserts, when a few patterns find it: after an auxiliary ("was
    cancelled", "will reroute", "has diminished") or, with none, its first verb in the past ("Cordane carried out
    …"); None for a copula ("is the largest"), a verb of saying or of no deed of its own ("happened", "took place")."""
    clause = main_clause(text)
    for m in _AUX_THEN_VERB.finditer(clause):
        verb = m.group("verb")
        if m.group("aux") in _MODALS:
            if verb not in _BEFORE_ADJECTIVE and verb not in _AUX and not verb.endswith("ly"):
                return None if verb in _LIGHT else verb
            continue
        if verb.endswith(("ed", "en", "ing")) or _PAST_VERB.fullmatch(verb):
            return None if verb in _LIGHT else verb
    past = past_verbs(clause)
    if past:
        verb = past[0].group()
        return None if verb in _LIGHT else verb
    return None
