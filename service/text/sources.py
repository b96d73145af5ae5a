"""Who a statement is credited to, resolved within its article, and whether two credits agree.

`service.attribution` finds the words a sentence credits ("The Lebanon-based news network",
"the agency", "Al-Mayadeen correspondent in Syria"). Here each credit becomes a source name:

- a credit that holds a proper name is that name, without descriptions around it
  ("Al-Mayadeen correspondent in Syria" → Al-Mayadeen; "Lebanon's al-Mayadeen" → al-Mayadeen);
- a description ("the agency", "the Lebanon-based news network", "the group") or a pronoun
  resolves to the latest source named before it in the same article whose kind fits the
  description's head noun (an agency is a news agency; a network, channel or outlet is media; a
  group is an armed group or other organisation; he or she is a person or official).

Unresolved descriptions keep their words. Anonymous sources ("a security source") stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from service.attribution import LED_BY, classify, find_attributions
from service.models import Attribution
from service.text.clauses import relative_clauses
from service.text.extract import SPREAD
from service.text.places import ascii_key, demonym_country, gazetteer_entry
from service.text.roles import title_of
from service.tokens import stem, without_possessive

# head noun of a description → the kinds of named source it can stand for
_HEADS: dict[str, tuple[str, ...]] = {
    "agency": ("news_agency",), "wire": ("news_agency",),
    "network": ("media", "news_agency"), "channel": ("media",), "outlet": ("media", "news_agency"),
    "newspaper": ("media",), "paper": ("media",), "broadcaster": ("media",), "station": ("media",),
    "website": ("media",), "daily": ("media",), "site": ("media",),
    "group": ("armed_group", "other"), "faction": ("armed_group",), "militia": ("armed_group",),
    "organisation": ("armed_group", "other", "official"), "organization": ("armed_group", "other", "official"),
    "movement": ("armed_group", "other"),
    "ministry": ("official",), "department": ("official",), "government": ("official",),
    "military": ("military", "official"), "army": ("military",), "pentagon": ("official", "military"),
    "spokesperson": ("official", "person"), "spokesman": ("official", "person"),
    "he": ("person", "official"), "she": ("person", "official"), "it": ("armed_group", "media", "news_agency",
                                                                        "official", "other"),
    "they": ("armed_group", "official", "other"),
}
# the head nouns of bodies, grouped by what they are ("the union" is the "Federation of Karvenian Miners"; a
# ministry is no company)
BODY_KINDS = [frozenset(stem(w) for w in group.split()) for group in (
    "union federation confederation syndicate",
    "association guild chamber",
    "company firm operator corporation owner airline carrier insurer manufacturer maker developer supplier",
    "ministry department",
    "police",
    "army military",
    "navy",
    "agency",
    "commission committee panel board inquiry",
    "court tribunal",
    "hospital clinic",
    "council",
    "brigade",
    "authority administration",
    "service",
    "institute",
)]
BODY_KIND = {s: i for i, group in enumerate(BODY_KINDS) for s in group}
_COMPANY = BODY_KIND[stem("company")]
_DESCRIPTION = re.compile(r"^(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+)$", re.IGNORECASE)
_PRONOUNS = ("he", "she", "it", "they")
# "her office", "his spokesman": owned by whoever the sentence speaks of, not by the latest source
_POSSESSED = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|it|they)$", re.IGNORECASE)
_NAMED = re.compile(r"(?:[A-Z][\w'’.&]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|an|ar)-[A-Z][\w'’]*)"
                    r"(?:\s+(?:(?:of|in|al|el|for|and|the)\s+)?(?:[A-Z][\w'’.&]*(?:-[A-Za-z][\w'’]*)*"
                    r"|(?:al|el|ad|as|an|ar)-[A-Z][\w'’]*))*")
_POSTED = re.compile(r"\s+(?:correspondents?|bureau|affiliate|reporters?|desk|office|team)\b", re.IGNORECASE)
_DESCRIPTIVE = {"the", "a", "an", "official", "senior", "local", "state", "news", "telegram"}
# a word that opens a title ("Provincial governor Ilse Varga", "Former minister Ana Petrov"), capitalised only
# because it begins the credit: alone before a lowercase title and a name it is not the name (a closed class of
# English premodifiers of titles, listed here; "National Guard", a name of several capitalised words, keeps its own)
# (the lowercase words of a title, then the name: not "Police officers in Tolby", "sources close to Mayor Holm")
_TITLE_THEN_NAME = re.compile(r"\s+(?:(?!(?:in|at|of|on|for|from|near|to|close|with|by|and|or|across|outside|inside)\b)"
                              r"[a-z][\w-]*\s+){1,3}[A-Z]")
# a portfolio's title after a word ("Petroleum minister Grace Adeyo"): the word names the portfolio, not a source
_PORTFOLIO_AFTER = re.compile(r"\s+(?:minister|secretary|commissioner)\b")
_PREMODIFIERS = frozenset("""former junior chief deputy acting interim provincial regional federal national municipal
    district county city top head vice assistant associate outgoing incoming retired then veteran longtime
    hospital police army military fire health education finance defence defense foreign interior
    team labour labor justice transport environment energy trade rescue union party company prison school airport
    port camp mission opposition government ministry council court committee campaign agency press media
    communications safety security emergency relief aid welfare housing agriculture tourism culture water
    infrastructure works industry economy coast border civil harbour harbor marine naval river mine mines traffic
    plant factory site wildlife
    park zoo museum university college clinic library stadium club bank theatre gallery sanctuary festival""".split())
# the lowercase body after a place's name in a credit ("Norreth police said", "the Kessin health ministry")
# (not "officials", "authorities", "government": those are the place speaking, "Tolby officials" / "the Tolby
# government")
_BODY_AFTER = re.compile(r"\s+(?P<body>(?:[a-z]+\s+)?(?:police|army|military|ministry|council"
                         r"|court|prosecutors?|brigade|coastguard|coast\s+guard|fire\s+service"
                         # ("the Marrow provincial health office": the province's office, not the "Marrow Herald")
                         r"|(?:[a-z]+\s+)?(?:office|department|directorate|inspectorate|authority)))\b")
SOURCE_MATCH = 88  # rapidfuzz score at which two source names are one source


@dataclass(frozen=True)
class Credit:
    """A statement's source as written and as resolved within its article."""

    written: str
    source: str  # the name it resolves to (the written words when nothing resolves them)
    kind: str
    resolved: bool  # a description or pronoun that was linked to a name named earlier
    # a person's organisation or office, named with their title in the article; or, for an office
    # credited with its speaker's title and name ("Pentagon spokesperson … Patrick Ryder"), the speaker
    affiliation: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The names the statement is credited under: the source, the office it speaks for, and the ministry
        of a minister credited by portfolio ("Interior Minister Tobias Renner" speaks for the Interior Ministry)."""
        # (an alias that is the source's own initials adds nothing, and would match another body of those initials:
        # "The Nordic Runners Association (NRA)" is no "National Rail Authority")
        own = self.affiliation is not None and self.affiliation.replace(".", "") == _initials(self.source)
        named = (self.source, self.affiliation) if self.affiliation and not own else (self.source,)
        headed = _ministry_of(self.written)
        return (*named, headed) if headed else named


# a minister named by portfolio ("Interior Minister", "Minister of Justice"; not "Prime Minister"), in office
_MINISTER = re.compile(r"\b(?!Prime\b)(?P<portfolio>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)\s+[Mm]inister\b"
                       r"|\b[Mm]inister\s+(?:of|for)\s+(?P<of>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)")


_NOT_IN_OFFICE = re.compile(r"\b(?:former|shadow|opposition|ex-|outgoing)\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _ministry_of(written: str) -> str | None:
    if _NOT_IN_OFFICE.search(written):
        return None  # a former, shadow or opposition minister speaks for no ministry
    m = _MINISTER.search(written)
    if m is None:
        return None
    return f"{m.group('portfolio')} Ministry" if m.group("portfolio") else f"Ministry of {m.group('of')}"


# a post written in capitals after its body's name ("Krestberg's CEO"), which _NAMED reads as part of the name
_POST_INITIALS = frozenset("CEO CFO COO CTO".split())


@lru_cache(maxsize=16384)
def source_name(written: str) -> str | None:
    """The proper name inside a credit, or None for a description ("the agency") or pronoun."""
    text = written.strip().strip('"“”')
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    best = None
    for m in _NAMED.finditer(text):
        name = without_possessive(m.group()).strip('"“” ')
        owner = re.match(r"(.+?)['’]s\s+(.+)$", name)
        if owner is not None and _POSTED.match(text, m.end()) and gazetteer_entry(owner.group(1)) is None \
                and (gazetteer_entry(owner.group(2)) is not None or demonym_country(owner.group(2))):
            # "Al-Mayadeen's Syria correspondent": the outlet's, posted there (not "India's Kerala
            # health ministry": a place's own office)
            name = owner.group(1)
        elif owner is not None and owner.group(2) in _POST_INITIALS:
            name = owner.group(1)  # "Krestberg's CEO": the firm's, as "Orrin Air's spokeswoman" is the airline's
        words = name.split()
        while words and words[0].lower().strip("'’") in _DESCRIPTIVE:
            words = words[1:]
        if not words or (len(words) == 1 and (words[0].lower() in _PREMODIFIERS
                                              or _PORTFOLIO_AFTER.match(text, m.end()))
                         and _TITLE_THEN_NAME.match(text, m.end())):
            continue  # (the name after its title is the source; "Police said" names the police)
        name = " ".join(words)
        if re.fullmatch(r"(?:[\w'’]+\s+)*[\w'’]+-(?:based|born|backed|led|run|owned|affiliated|aligned|linked)", name,
                        re.IGNORECASE):
            continue  # "the Lebanon-based news network": a description, not a name
        if text[m.end():m.end() + 2] in ("'s", "’s") and gazetteer_entry(name) is not None:
            continue  # "Lebanon's al-Mayadeen": the place is not the source
        if gazetteer_entry(name) is not None and (gazetteer_entry(name) or ("", ""))[0] == "country" \
                and len(words) == 1:
            continue  # "US officials": a country alone names no source
        if len(words) == 1 and demonym_country(name) is not None:
            continue  # "Iraqi resistance groups", "an Iraqi security source": a nationality names no one
        body = _BODY_AFTER.match(text, m.end())
        if body is not None and owner is None and len(words) <= 2:
            # "Norreth police", "Kessin health ministry": a place's body, not the place (nor the "Norreth
            # Courier" of the same place)
            name = f"{name} {body.group('body')}"
        best = name
        break
    return best


def resolve_credits(sentences: Sequence[Sequence[Attribution]],
                    texts: Sequence[str] | None = None) -> list[tuple[Credit, ...]]:
    """Each sentence's credits, descriptions and pronouns resolved to the latest fitting source named
    before them in the article (the sentences of one article, in order; `texts`, the sentences themselves, give
    the descriptions the article sets beside a name: "The Office of Rail Oversight, the national rail regulator,
    …" makes "the regulator" that office)."""
    named: list[tuple[str, str]] = []  # (name, kind), latest last
    described: dict[str, tuple[str, frozenset[str]]] = {}  # a description's head → (its name, its words), latest
    placed: set[str] = set()  # names read from a place's body ("The Vell health office": Vell)
    written: dict[str, str] = {}  # each name's credit as written ("Relief minister Corvin Adeyo")
    resolved: list[tuple[Credit, ...]] = []
    for i, attributions in enumerate(sentences):
        for m in _APPOSED.finditer(texts[i]) if texts is not None else ():
            name = source_name(m.group("name"))
            if name is not None and gazetteer_entry(name) is None:
                described[stem(m.group("head").lower())] = (name, frozenset(_words(m.group("description"))))
        credits = []
        for a in attributions:
            # "Investigators found …" in a report of the board's inquiry: the board's people
            inquiring = next((n for n, _ in reversed(named) if _INQUIRING_BODY.search(n)), None) \
                if _INQUIRERS.match(a.source) else None
            if inquiring is not None:  # (under its own words too: "inspectors" of the claim are these)
                credits.append(Credit(a.source, a.source, a.kind, False, inquiring))
                continue
            name = source_name(a.source)
            # "said the group's director, Amos Kettering": the person the post is set beside by a comma
            apposed_person = _APPOSED_PERSON.match(texts[i], a.char_end) \
                if texts is not None and name is None and _is_post(a.source) else None
            if apposed_person is not None:
                credits.append(Credit(a.source, apposed_person.group("name"), a.kind, True))
                continue
            if name is not None:
                alias = _ALIAS.search(a.source)  # "the U.S. Department of Defense (Pentagon)"
                credits.append(Credit(a.source, name, a.kind, False,
                                      alias.group(1) if alias and alias.group(1) != name else None))
                continue
            # "a company spokesperson", "an agency official": who speaks for the latest body of that kind
            speaker = _BODY_SPEAKER.match(a.source.strip())
            if speaker is not None and stem(speaker.group("body").lower()) in BODY_KIND:
                kind = BODY_KIND[stem(speaker.group("body").lower())]
                # (or one the article names without crediting it yet: "Drugmaker Helix Pharma is recalling …", "The
                # Velmora Transport Agency closed the road")
                body = _latest_body(kind, named) or (_mentioned(kind, texts[:i + 1]) if texts is not None else None)
                if body is not None:
                    credits.append(Credit(a.source, body, a.kind, True))
                    continue
            head = _head(a.source)
            apposed = described.get(stem(head)) if head is not None and _DESCRIBED.match(a.source) else None
            # (not "the national regulator" for "the regional regulator": a word the description set beside the
            # name lacks is another body's)
            if apposed is not None and set(_words(a.source)) <= apposed[1]:
                credits.append(Credit(a.source, apposed[0], a.kind, True))
                continue
            kinds = _HEADS.get(head or "", ())
            # the latest source of the most fitting kind ("network": media before a news agency)
            match = next((n for wanted in kinds for n, kind in reversed(named) if kind == wanted), None)
            portfolio = _PORTFOLIO.search(a.source)
            if portfolio is not None:
                # "the foreign ministry" is not the relief minister named before, nor any other body: only one
                # whose credit names that portfolio
                word = portfolio.group("what").lower()
                credits.append(next((Credit(a.source, n, a.kind, True) for n, _ in reversed(named)
                                     if word in written.get(n, "").lower().split()),
                                    Credit(a.source, a.source, a.kind, False)))
                continue
            if match is None and head is not None and stem(head) in BODY_KIND:
                match = _latest_body(BODY_KIND[stem(head)], named)
            if match is None and head is not None and BODY_KIND.get(stem(head)) == _COMPANY and texts is not None:
                # (a firm the article names without crediting it yet, in this sentence or one before: "An Orrin Air
                # turboprop … made an emergency landing …. …, the airline said")
                match = _mentioned(_COMPANY, texts[:i + 1])
            if match is None and head in _PLACE_HEADS and texts is not None and _THE_ONE.match(a.source):
                # "The hotel said …" after "a wedding reception at the Hollins Grange hotel": the place the article
                # named with that noun (the latest; not a body of a kind the lines above resolve)
                match = _named_with(head, texts[:i + 1])
            if match is None and head not in _PRONOUNS and not _POSSESSED.match(a.source) and head in _HEADS:
                # a name no lexicon knows ("Nordwire reported …") may be the agency or group described (a speaking
                # kind's description: not "The museum", "The central bank", which no one-word name is known to be)
                # (not a person credited under a post, by name or surname: "Provincial police spokesman Ivo Ramnik",
                # then "Ramnik", is no station)
                match = next((n for n, kind in reversed(named) if kind in ("person", "other") and " " not in n
                              and n not in placed and not any(_titled(w) and n in (src, src.split()[-1])
                                                              for src, w in written.items())), None)
            if match is not None:
                credits.append(Credit(a.source, match, a.kind, True))
            else:
                credits.append(Credit(a.source, a.source, a.kind, False))
        for credit in credits:
            if credit.kind != "anonymous" and not credit.resolved and source_name(credit.written):
                # (a place's body, "The Vell health office", is of a kind its words say: no unknown name for
                # "the union" to fall back on)
                if re.search(r"\b" + re.escape(credit.source) + r"\s+[a-z]", credit.written) is not None:
                    placed.add(credit.source)
                named.append((credit.source, credit.kind))
                written[credit.source] = credit.written
        resolved.append(tuple(credits))
    return resolved


# "a company spokesperson", "an agency official": one who speaks for a body of a kind
_BODY_SPEAKER = re.compile(r"^(?:the|a|an)\s+(?P<body>[a-z]+)\s+(?:spokesperson|spokesman|spokeswoman|official"
                           r"|representative)$", re.IGNORECASE)
# the people of an inquiry, credited by what they do ("Investigators found that …")
_INQUIRERS = re.compile(r"^\W*(?:the\s+)?(?:investigators|inspectors)\W*$", re.IGNORECASE)
# (a body whose name says it inquires: not any board, "the Velmora Water Board")
_INQUIRING_BODY = re.compile(r"\b(?:Safety|Investigations?|Inspectorate|Inspection|Inquiry|Accidents?|Regulator"
                             r"|Regulatory|Standards|Audit)\b")
# a ministry by its portfolio, in lower case ("the foreign ministry", "the relief ministry")
_PORTFOLIO = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<what>(?!the\b)[a-z]+)\s+(?:ministry|department)\W*$")
# a name with a description set beside it by commas: "The Office of Rail Oversight, the national rail regulator, …"
_APPOSED = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w'’&.-]*){0,6}),\s+"
                      r"(?P<description>(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<head>[a-z]{3,}))\s*[,;]")


# a person's name of two or three words set beside a credit by a comma, up to the clause's end ("…, said the group's
# director, Amos Kettering.")
_APPOSED_PERSON = re.compile(r"\s*,\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s*(?:[,.;]|$)")
# trades that speak for a body or a client, beside the titles of office (roles.title_of)
_SPEAKING_TRADES = frozenset("lawyer attorney counsel adviser advisor manager prosecutor editor economist analyst "
                             "secretary treasurer coach captain correspondent reporter executive".split())


def _post_word(word: str) -> bool:
    """Whether a word (lower case) names a person's post: a title of office or a trade that speaks for someone."""
    return title_of(word) is not None or word in _SPEAKING_TRADES


def _titled(written: str) -> bool:
    """Whether a credit as written names its person's post ("Provincial police spokesman Ivo Ramnik")."""
    return any(_post_word(w) for w in re.findall(r"[a-z]+", written.lower()))


def _is_post(written: str) -> bool:
    """Whether a description credits a person by their post ("the group's director", "the firm's lawyer")."""
    head = _head(written)
    return head is not None and _post_word(head)


def _words(text: str) -> list[str]:
    """The content words of a description, lowered (not its article)."""
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in ("the", "a", "an", "its", "their")]


# a credit that is a description alone ("the regulator", "the national regulator"), not a name or a pronoun
_DESCRIBED = re.compile(r"^\W*(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z]+\W*$", re.IGNORECASE)
# "He said …", "She added …" at a sentence's start: service.attribution reports no pronoun
# words that credit what follows or stands beside them to a speaker: a name before them speaks, it holds nothing (the
# stance rules read a figure's holder and a negated verb's subject up to them)
SAYING_WORDS = frozenset("said says told reported according claimed stated added announced".split())
_SAID_WORDS = r"(?:said|says|added|told|noted|stressed|warned|explained|announced|stated|insisted|emphasi[sz]ed" \
              r"|denied|rejected|dismissed|admitted|confirmed|acknowledged|maintained|ruled\s+out)"
# "…, he said.", "…, she added." ending the sentence (after a quote's end too: '… as a result," she said.')
_PRONOUN_SAID_AFTER = re.compile(r",[\"”’']?\s+(?P<who>he|she)\s+(?:also\s+|later\s+)?" + _SAID_WORDS + r"\W*$")
# a sentence that opens with a person's name and its verb ("Stefan Arkell refused to concede on Tuesday."): the person
# a "He said" after it speaks for
_NAMED_SUBJECT = re.compile(r"^\W*(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+(?:has\s+|had\s+|was\s+"
                            r"|is\s+|also\s+|later\s+)?[a-z]{3,}\b")
# a credit that is a title alone ("The minister said …"): the person the article last named with that title
_BARE_TITLE = re.compile(r"^[Tt]he\s+(?P<title>[a-z]+(?:\s+[a-z]+)?)$")
# a sentence that goes on about those the sentence before counted ("3 of them were treated", "They were taken to …")
_FOLLOW_ON = re.compile(r"^\W*(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|all|none|both"
                        r"|each|several|few|half)\s+of\s+them|they\s+(?:were|had\s+been|have\s+been))\b", re.IGNORECASE)
_PRONOUN_SAID = re.compile(r"^\W*(?P<who>He|She)\s+(?:also\s+)?" + _SAID_WORDS + r"\b")
# "It said the base was targeted …", "…, it added.": the group or organisation the sentence before credits
# (not an outlet: "Reuters reported that the company will close its plant. It said …" is the company;
# not "They", most often people)
_IT_SAID = re.compile(r"^\W*(?P<who>It)\s+(?:also\s+)?" + _SAID_WORDS + r"\b|,\s+(?P<after>it)\s+"
                      + _SAID_WORDS + r"\W*$")


def with_people(texts: Sequence[str], credits: Sequence[tuple[Credit, ...]],
                holders: Sequence[Sequence[tuple[str, str, str]]]) -> list[tuple[Credit, ...]]:
    """Credits with the people the article names with a title (`holders`: each sentence's (name,
    organisation, office) triples, "Pentagon spokesperson … Patrick Ryder" → ("Patrick Ryder", "Pentagon",
    "spokesperson")):
    a person credited by name takes the organisation they speak for ("Ryder added" → Pentagon),
    and "He said …" is credited to the person last named."""
    people: dict[str, str] = {}
    latest: str | None = None
    body: Credit | None = None  # the group or organisation the sentence before credits
    out = []
    bodies: list[str] = []  # the bodies the article has credited so far
    kinds: list[tuple[str, str]] = []  # …with their kinds, latest last
    by_title: dict[str, str] = {}  # title → the person the article last named with it
    for text, found, named in zip(texts, credits, holders, strict=True):
        bodies += [c.source for c in found if c.kind in ("armed_group", "official", "other") and " " in c.source]
        for holder, organisation, office in named:
            # (a post owned by a description, "The group's director, Renata Solvik": the latest body of that kind the
            # article credited, not whichever body the sentence before credits)
            owner = _OWNED_POST.search(text, 0, max(0, text.find(holder))) if not organisation else None
            owned = ""
            if owner is not None:
                wanted = _HEADS.get(owner.group("head").lower(), ())
                owned = next((n for want in wanted for n, kind in reversed(kinds) if kind == want), "") or (
                    _latest_body(BODY_KIND[stem(owner.group("head").lower())], kinds) or ""
                    if stem(owner.group("head").lower()) in BODY_KIND else "")
            # (a body's head who names no body, right after a sentence crediting one, is that body's: "Orrin Air
            # denied …. Chief executive Mirela Toskan said …"; not a governor or a minister, who hold public office)
            people[holder] = _body_named(organisation, bodies) or owned or people.get(holder, "") or (
                body.source if body is not None and not organisation and holder not in people
                and office in _BODY_HEADS else "")
            latest = holder
            if office:
                by_title[office] = holder
        sentence = []
        for credit in found:
            bare = _BARE_TITLE.match(credit.written) if not credit.resolved else None
            title = title_of(bare.group("title")) if bare is not None else None
            if title is not None and title in by_title:
                # "Health Minister Tobias Grunwald said …. The minister said …": the minister named
                credit = replace(credit, source=by_title[title], kind="person", resolved=True,
                                 affiliation=people.get(by_title[title]) or None)
                sentence.append(credit)
                continue
            holder = next((h for h in people
                           if credit.kind in ("person", "official", "other") and same_source(credit.source, h)), None)
            if holder is not None and people[holder] and not same_source(people[holder], credit.source):
                credit = replace(credit, affiliation=people[holder])
            elif holder is None and credit.affiliation is None and not credit.resolved:
                # "Pentagon spokesperson Brigadier General Patrick Ryder said": credited to the office,
                # and under the name of who spoke for it
                speaker = next((h for h, office in people.items() if h in credit.written and office
                                and same_source(office, credit.source)), None)
                # ("Ardent police chief Marten Holm", a title no table knows: the name after it)
                titled = (_TITLED_PERSON.search(credit.written) or _TITLED_BODY.search(credit.written)) \
                    if speaker is None else None
                if titled is not None and not same_source(titled.group("name"), credit.source):
                    speaker = titled.group("name")
                if speaker is None:
                    # "The panel, led by retired judge Halvard Omsk, put …": the body, under its leader's name
                    at = text.find(credit.written)
                    led = _LED_BY_NAME.match(text, at + len(credit.written)) if at >= 0 else None
                    speaker = led.group("name") if led is not None and gazetteer_entry(led.group("name")) is None \
                        else None  # (not "The coalition, led by Saudi Arabia")
                if speaker is not None:
                    credit = replace(credit, affiliation=speaker)
            # (or a person's name under a title no table knows the kind of: "Chief veterinary officer Tomas Renn")
            if not credit.resolved and (credit.kind == "person" or _titled_person(credit)
                                        or (" " in credit.source and credit.affiliation is None
                                            and _a_persons_name(credit.source))):
                latest = holder or credit.source
            sentence.append(credit)
        said = _PRONOUN_SAID.match(text) or _PRONOUN_SAID_AFTER.search(text)
        if not sentence and said is not None and latest is not None:
            sentence.append(Credit(said.group("who"), latest, "person", True, people.get(latest) or None))
        subject = _NAMED_SUBJECT.match(text) if not sentence else None
        if subject is not None and _a_persons_name(subject.group("name")):
            latest = subject.group("name")
        if not sentence and out and _FOLLOW_ON.match(text):
            # "…, Energy Minister Rada Novak said. 3 of them were treated for hypothermia.": a sentence of no credit of
            # its own that goes on about the people the sentence before counted is that sentence's one source's
            before = {c.source: c for c in out[-1] if c.kind != "anonymous"}
            if len(before) == 1:
                sentence.append(replace(next(iter(before.values())), resolved=True))
        it_said = _IT_SAID.search(text) if not sentence and body is not None else None
        if it_said is not None and body is not None:
            sentence.append(Credit(it_said.group("who") or it_said.group("after"), body.source, body.kind, True,
                                   body.affiliation))
        body = next((c for c in reversed(sentence) if c.kind in ("armed_group", "official", "other")
                     or _firm_named(c.source)), None)
        kinds += [(c.source, c.kind) for c in sentence if c.kind in ("armed_group", "official", "other")
                  and " " in c.source]
        out.append(tuple(sentence))
    return out


def _a_persons_name(name: str) -> bool:
    """Whether a name at a sentence's start is a person's: no place, no body, no month or weekday."""
    return classify(name) == "person" and gazetteer_entry(name) is None \
        and not any(w.casefold() in _NOT_PEOPLE_WORDS for w in name.split())


_NOT_PEOPLE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the""".split())
_BODY_HEADS = frozenset(("executive", "director", "chair", "spokesperson"))
# "The group's director, " before a holder's name: the description that owns the post
_OWNED_POST = re.compile(r"\b[Tt]he\s+(?P<head>[a-z]+)['’]s\s+(?:[a-z-]+\s+){0,3}?[a-z-]+,?\s*$")


def _body_named(organisation: str, bodies: Sequence[str]) -> str:
    """A title's body by the one word the article shortens it to ("Union president Tomas Ferrant" after
    "The Kestrian Union of Physicians said …"; "board chair Teodor Lindqvist" after "The Karvessan Transport Safety
    Board said …"): the latest credited body of which it is a word (a word in lower case names no body else)."""
    if not organisation or " " in organisation:
        return organisation
    # (the body's head noun, before any "of …": "Union" of "Kestrian Union of Physicians", "Board" of "… Safety Board";
    # not "Hospital" of "Velmora Hospital Workers' Union")
    found = next((b for b in reversed(bodies)
                  if re.split(r"\s+(?:of|for)\s+", b)[0].split()[-1].casefold() == organisation.casefold()), None)
    # (nor one capitalised only because it opens the sentence: "Airport director Marek Holl said …")
    # (a force known by its common noun speaks for that force: "Police commissioner Tomas Revik", "military
    # spokesman Colonel Aldo Renik")
    return found or (organisation if organisation[:1].isupper() and organisation.lower() not in _PREMODIFIERS else "") \
        or (organisation.lower() if " ".join(organisation.lower().split()) in _FORCES else "")


_FORCES = frozenset(["police", "military", "army", "navy", "coastguard", "coast guard", "customs"])


# (the name after the title's words, "led by Chief Inspector Karl Weiss" → Karl Weiss)
_LED_BY_NAME = re.compile(r",?\s+" + LED_BY + r"\s*(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][a-z][\w'’-]*\s+){0,3}?"
                          r"(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])")
_ALIAS = re.compile(r"\(\s*([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s*\)")
# a person's name after the lowercase words of their title, ending a credit ("… police chief Marten Holm"), past a rank
# written short ("Civil Protection chief Col. Max Brenner")
_TITLED_PERSON = re.compile(r"\b[a-z][\w-]*\s+(?:[A-Z][a-z]{0,4}\.\s+){0,2}"
                            r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s*$")


def _titled_person(credit: Credit) -> bool:
    """Whether a credit of no known kind is a person named after a title no table knows ("hospital director Dr. Maria
    Keane", "Airport fire chief Lars Eide"): "She said …" after it is theirs (not "ferry operator Nordlink Lines")."""
    if credit.kind != "other":
        return False
    titled = _TITLED_PERSON.search(credit.written)
    return titled is not None and _TITLED_BODY.search(credit.written) is None \
        and same_source(titled.group("name"), credit.source) and gazetteer_entry(titled.group("name")) is None


# …and a body's name after the common noun of what it is ("Ferry operator Nordlink", "the charity Harbour Hope")
_TITLED_BODY = re.compile(r"\b(?:operator|company|firm|carrier|airline|charity|union|insurer|utility|broadcaster"
                          r"|network|newspaper|outlet|agency|organi[sz]ation|watchdog|regulator|manufacturer|maker"
                          r"|contractor|provider|group|federation|association|council|authority|service)"
                          r"\s+(?P<name>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})\s*$")


# the kinds of body a holder of these offices speaks for ("Deputy Mayor Clara Joss": the city's council or
# administration; "Health Minister …": a ministry), for a claim that credits a body by description
_OFFICE_KINDS = {stem(office): frozenset(BODY_KIND[stem(kind)] for kind in kinds.split()) for office, kinds in (
    ("mayor", "council authority"), ("governor", "authority"), ("minister", "ministry"), ("judge", "court"),
    ("general", "army"), ("colonel", "army"), ("admiral", "navy"), ("commissioner", "police"),
    ("inspector", "police"), ("sergeant", "police"), ("constable", "police"))}


def office_kinds(written: str) -> frozenset[int]:
    """The kinds of body the offices in a credit's words speak for ("Deputy Mayor Clara Joss" → council, authority)."""
    return frozenset().union(*(_OFFICE_KINDS.get(stem(w.lower()), frozenset())
                               for w in re.findall(r"[A-Za-z]+", written)))


def body_kinds(*names: str) -> frozenset[int]:
    """The kinds of body (BODY_KINDS) the words of these names say they are ("Federation of Karvenian Miners":
    a union)."""
    return frozenset(BODY_KIND[s] for name in names for s in (stem(w.lower()) for w in re.findall(r"[A-Za-z]+", name))
                     if s in BODY_KIND)


def _latest_body(group: int, named: Sequence[tuple[str, str]]) -> str | None:
    """The latest source named as a body of this kind ("the Federation of Karvenian Miners" for "the union");
    for "the company", the latest named as a firm ("Sarrow Minerals", "Orrin Mining"; not a coast guard, a forum,
    a charity or an investor)."""
    for name, _ in reversed(named):
        kinds = body_kinds(name)
        if name.lower() in _NOT_BODIES_OF_KIND:
            continue
        if group in kinds or (group == _COMPANY and not kinds and _firm_named(name)):
            return name
    return None


_NOT_BODIES_OF_KIND = frozenset(("european union", "african union", "soviet union"))


# the last word of many a firm's name ("Sarrow Minerals", "Mirvane Lines"): read as a person's name otherwise
_FIRM_WORDS = frozenset("""minerals mining utilities holdings lines shipping energy group industries systems logistics
    terminals motors airlines airways rail railways petroleum oil gas chemicals steel foods pharmaceuticals
    insurance corp inc ltd plc co company air express mutual transmission ferries freight pharma labs laboratories
    bank renewables power telecom telecoms networks technologies software solutions construction engineering
    developments properties resources leisure flights aviation electric electronics automotive brewery breweries
    hotels resorts cruises tours travel retail stores ventures capital partners""".split())


_FIRM_MENTION = re.compile(r"\b(?!(?:The|A|An|In|On|At)\s)[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){1,3}")


def _mentioned(kind: int, texts: Sequence[str]) -> str | None:
    """The latest name of a body of this kind the sentences mention, credited or not, the last sentence first (a firm
    by its name's end, "Orrin Air"; another body by its head noun, "Velmora Transport Agency")."""
    return next((f for t in reversed(texts) for f in reversed(_FIRM_MENTION.findall(t))
                 if (_firm_named(f) if kind == _COMPANY else kind in body_kinds(f.split()[-1]))), None)


def _firm_named(name: str) -> bool:
    """Whether a name ends as a firm's does ("Sarrow Minerals", "Orrin Air")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _FIRM_WORDS


# capitalised words that open a sentence and name nothing ("Their driver was not harmed")
_NOT_NAME_WORDS = frozenset("The A An Their His Her Its Our Your My This That These Those Every Each Another".split())
# the nouns of a place or body that speaks ("the hotel said", "the survey estimated"; not a post, "the minister", nor a
# body of a kind resolved before)
_PLACE_HEADS = frozenset("""hotel museum gallery park zoo resort library theatre theater club school college university
    airport stadium mall market mine plant factory refinery depot warehouse terminal port marina hostel inn restaurant
    cafe bakery farm shelter sanctuary spaceport station survey institute service observatory inspectorate authority
    directorate bureau""".split())
_THE_ONE = re.compile(r"^\W*the\s+[a-z]+\W*$", re.IGNORECASE)  # "the hotel", "The museum" (no other word)


def _named_with(head: str, texts: Sequence[str]) -> str | None:
    """The latest name the sentences give a thing of this noun, before it ("the Hollins Grange hotel", "Marrowdene
    Wildlife Park" for "park"): its capitalised words, the noun with them when it is capitalised too."""
    pattern = re.compile(r"(?<![\w'’&-])((?:[A-Z][\w'’&-]+\s+){1,4})((?i:" + re.escape(head) + r"))\b")
    for text in reversed(texts):
        for m in reversed(list(pattern.finditer(text))):
            words = m.group(1).split()
            while words and words[0] in _NOT_NAME_WORDS:
                words = words[1:]
            if not words:
                continue
            name = " ".join(words + ([m.group(2)] if m.group(2)[:1].isupper() else []))
            if source_name(name) is not None and gazetteer_entry(name) is None:
                return name
    return None


def _head(written: str) -> str | None:
    text = written.strip().strip('"“”').lower()
    if _PRONOUN.match(text):
        return text
    m = _DESCRIPTION.match(text)
    return m.group("head") if m else None


_REPORTS_ONLY = re.compile(r"(?i)(?:the\s+)?(?:initial|immediate|early|first|later|local|media|news|press|unconfirmed"
                           r"|several|some|many|other)?\s*reports?")
_CONCEDED = re.compile(r"^\W*(?:Although|Though|Even\s+though|While|Whereas)\b[^,;]{3,200},\s*")


_PEOPLE_BY_ROLE = frozenset("""organisers organizers witnesses residents activists protesters demonstrators medics
    rescuers""".split())


_INQUIRING_PEOPLE = frozenset("investigators inspectors researchers scientists experts".split())


def people_by_role(written: str) -> bool:
    """Whether a credit is of people named by what they do ("Festival organisers", "witnesses"): no body."""
    words = re.findall(r"[A-Za-z]+", written)
    return bool(words) and words[-1].lower() in _PEOPLE_BY_ROLE


_DENIED_THAT = re.compile(r"\s*(?:on\s+\w+\s+)?(?:(?:the\s+)?(?:reports?|claims?|allegations?|accusations?"
                          r"|rumou?rs?)\s+" + SPREAD + r"?)?that\b")


def claim_credits(claim: str) -> tuple[Credit, ...]:
    """The sources a claim credits ("Reuters reported that …", "according to US officials"): not
    who claimed an attack ("claimed by the group"), nor a description a claim cannot resolve."""
    # (nor who announced the thing a relative clause picks out: "killed in the strike that the
    # Pentagon announced" credits no one with the claim)
    clauses = relative_clauses(claim) if " that " in claim or " which " in claim else []
    # (a denial credits its speaker only with a proposition denied: "X denied that ballot boxes were destroyed",
    # not "X denied responsibility", an act of its own)
    # (nor who claimed an attack: "claimed that …" is a statement, "claimed the attack" a deed)
    found = [a for a in find_attributions(claim)
             if not (a.cue.startswith(("claimed", "denied"))
                     and not _DENIED_THAT.match(claim, a.char_end + len(a.cue) + 1))
             and not any(s <= a.char_start < e and re.fullmatch(r"(?:that|which)\s+", claim[s:a.char_start],
                                                                 re.IGNORECASE) for s, e in clauses)
             # (nor who announced a deed of its own: "Caldonia announced its reconstruction pledge on Thursday" did
             # it; "announced its death toll" still reports a figure)
             and not (a.cue == "announced" and _OWN_DEED.match(claim, a.char_end))]
    # (nor "initial reports": reports are what was said, not a speaker; nor a speaker of a conceded clause
    # before the claim's own, "Although the group said …, reports emerged of …")
    conceded = _CONCEDED.match(claim)
    found = [a for a in found if not _REPORTS_ONLY.fullmatch(a.source.strip())
             and not (conceded and a.char_start < conceded.end())]
    # (nor people named by what they do, capitalised only because they open the claim: "Organisers claimed that …")
    # (…nor those who look into it, described by their work: "Investigators found …", "Accident investigators
    # confirmed …" name no source, whichever body's inquiry the passage names)
    found = [a for a in found if a.source.strip().lower() not in _PEOPLE_BY_ROLE
             and a.source.split()[-1].lower() not in _INQUIRING_PEOPLE]
    # (nor a source whose saying is an aside about it: "Sabereen News, which also reported the strike, is a Telegram
    # channel …" says what Sabereen News is; "Reuters, which has a bureau there, reported …" still credits Reuters)
    found = [a for a in found if not _aside_saying(claim, a)]
    # (nor whose words a source reports: "Al Jazeera reported that the group called the strike 'a direct answer'"
    # credits Al Jazeera, whose report it is)
    # (not a clause of its own after a comma: "After the army said it struck the depot, the rebels called the strike …")
    found = [a for a in found if a.cue not in ("called", "described")
             or not any(b.char_start < a.char_start and b.cue not in ("called", "described")
                        and not re.search(r"[,;:]", claim[b.char_end:a.char_start]) for b in found)]
    credits = next(iter(resolve_credits([found])), ())
    return tuple(c for c in credits if source_name(c.written) is not None or c.kind == "anonymous"
                 and not c.written.lower().startswith(("the ", "it", "he", "she", "they")))


# a source that said nothing: "The cycling federation declined to comment.", "could not be reached for comment"
_NO_COMMENT = re.compile(r"\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|respond|confirm|say)\b"
                         r"|\b(?:could|can)\s+not\s+be\s+reached\b|\bdid\s+not\s+(?:respond|reply)\s+to\b"
                         r"|\bwas\s+not\s+available\s+for\s+comment\b|\bno\s+comment\b", re.IGNORECASE)


def declines_comment(text: str) -> bool:
    """Whether a sentence says someone said nothing ("declined to comment"): it confirms no statement."""
    return _NO_COMMENT.search(text) is not None


def _aside_saying(claim: str, a: Attribution) -> bool:
    """Whether a credit's saying is only in an aside about its source, with no saying of its own after the aside
    ("Sabereen News, which also reported the strike, is …"; not "The union, which said last week that talks had
    failed, said on Monday …")."""
    m = _ASIDE_SAYING.match(claim, a.char_end)
    if m is None or not set(m.group("aside").split()) & SAYING_WORDS:
        return False
    return not set(re.findall(r"[a-z]+", claim[m.end():m.end() + 40].lower())[:4]) & SAYING_WORDS


_ASIDE_SAYING = re.compile(r",\s+(?:which|who)\s+(?P<aside>[^,;]*),")
# (a deed's noun, ending what was announced: "announced its reconstruction pledge on Thursday"; not a reported clause,
# "announced its tanker had spilled 40 tonnes")
_OWN_DEED = re.compile(r"\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?announced\s+(?:its|their|his|her)\s+"
                       r"(?:[\w-]+\s+){0,6}?(?:pledge|donation|withdrawal|resignation|retirement|candidacy|bid|offer"
                       r"|merger|takeover|acquisition|closure|recall|ban|boycott|sanctions|investment)s?"
                       r"(?=\s+(?:on|in|at|to|of|for|from|after|before|during|last|this|next|worth)\b|\s*[,.;]|$)")
_POSSESSIVE_S = re.compile(r"['’]s\b")


def same_source(a: str, b: str) -> bool:
    """Two source names for one source ("Al-Mayadeen" / "al-Mayadeen news channel" / "AL MAYADEEN"; a country and
    its own body, "Kesmark" / "Kesmark's Defence Ministry")."""
    ka, kb = ascii_key(_POSSESSIVE_S.sub("", a)), ascii_key(_POSSESSIVE_S.sub("", b))
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short) >= 4 and re.search(r"\b" + re.escape(short) + r"\b", long):
        return True
    # (spelled alike, but for the words two bodies share: "Westland agency" / "Eastland agency" are two agencies)
    wa, wb = ka.split(), kb.split()
    while len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1]:
        wa, wb = wa[:-1], wb[:-1]
    distinct = len(" ".join(wa)) >= 5 and len(" ".join(wb)) >= 5 and (wa, wb) != (ka.split(), kb.split())
    if fuzz.ratio(" ".join(wa), " ".join(wb)) >= SOURCE_MATCH if distinct else fuzz.ratio(ka, kb) >= SOURCE_MATCH:
        return True
    # "the Iraqi Resistance" / "the Islamic Resistance in Iraq": one name's words, a demonym read
    # as its country, all among the other's
    ta, tb = _name_words(a), _name_words(b)
    if len(ta) >= 2 and len(tb) >= 2 and (ta <= tb or tb <= ta):
        return True
    # "NCPA" / "National Civil Protection Agency": a body by its initials
    for short_name, long_name in ((a, b), (b, a)):
        letters = short_name.strip().replace(".", "")
        if 3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in letters:
            if _initials(long_name) == letters:  # (upper case: every word of the name capitalised)
                return True
    # "Colonel Baltan" / "Idris Baltan": a person by title and surname is the one of that surname
    pa, pb = _HONORIFIC.sub("", a).split(), _HONORIFIC.sub("", b).split()
    if (len(pa), len(pb)) in ((1, 2), (2, 1)) and (pa != a.split() or pb != b.split()):
        one, two = (pa, pb) if len(pa) == 1 else (pb, pa)
        return len(one[0]) >= 4 and one[0][:1].isupper() and two[0][:1].isupper() \
            and ascii_key(one[0]) == ascii_key(two[1])
    return False


# the ranks before a person's name ("Colonel", "Brig. Gen.", "Inspector"): military and police ranks only (not "Mr",
# "Mrs": relatives share a surname; nor "Judge", "Governor": a story may speak of a judge and a defendant, a governor
# and a farmer of one name)
_HONORIFIC = re.compile(r"^(?:(?:the|Colonel|Col|General|Gen|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt"
                        r"|Commander|Cmdr|Brigadier|Brig|Admiral|Adm|Inspector|Superintendent)\.?\s+)+", re.IGNORECASE)


_FUNCTION_WORDS = frozenset("the of in for and a an al el".split())


def _initials(name: str) -> str:
    """The first letters of a name's words but its function words ("National Civil Protection Agency" → "NCPA")."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _FUNCTION_WORDS)


def _name_words(name: str) -> frozenset[str]:
    words = set()
    for word in ascii_key(name).split():
        if word in _FUNCTION_WORDS:
            continue
        code = demonym_country(word.capitalize())
        words.add(code or word)
    return frozenset(words)


# "The agency confirmed … that the attack did not result in casualties, while the group announced that it
# had achieved its targets": each side of a contrast says what its own source said (not "…, but that real
# wages fell", which goes on with the same statement)
_CONTRAST = re.compile(r"(?:,\s*(?:while|whereas|but(?!\s+that\b)|although|though)\b|;)\s*", re.IGNORECASE)
# "…, the BBC reported.": a credit at the end of a sentence, after a comma, is the whole sentence's
_TRAILING_SAID = re.compile(r",\s*(?P<who>[^,]{2,60}?)\s+(?:said|says|reported|reports|added|adds|wrote"
                            r"|told\s+\w+)\W*$", re.IGNORECASE)


def contrasted_sides(text: str, credits: Sequence[Credit]) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
    """The sides of a sentence's contrast, each as its span and the indexes of the credits that open it,
    when two or more sides open with credits of their own ("X said A, while Y said B"); () otherwise (one
    source for all of it: "X said A, but that B", "A, while B, the BBC reported")."""
    if not credits or _CONTRAST.search(text) is None:
        return ()
    spans, at = [], 0
    for m in _CONTRAST.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    trailing = _TRAILING_SAID.search(text[spans[-1][0]:])
    if trailing is not None and any(c.written and c.written in trailing.group("who") for c in credits):
        return ()
    located = [(start, end, tuple(i for i, c in enumerate(credits)
                                  if c.written and 0 <= text[start:end].find(c.written) <= 60))
               for start, end in spans]
    if sum(1 for *_, found in located if found) < 2:
        return ()
    return tuple(located)


# clauses joined in one sentence, each of which may have its own speaker
_JOINED = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
# "…, while the mayor confirmed the figure": a side that agrees with the other
_AGREES = re.compile(r"\b(?:confirm(?:ed|s)?|agree(?:d|s)?|echo(?:ed|es)?|repeat(?:ed|s)?|back(?:ed|s)?|endorse(?:d|s)?"
                     r"|corroborate(?:d|s)?|also)\b", re.IGNORECASE)


def one_clause(text: str) -> bool:
    """Whether a sentence is one clause, which one credit covers (not "X has been briefed, and the weather
    service said …")."""
    return _JOINED.search(text) is None


def agrees(side: str) -> bool:
    """Whether a side of a contrast agrees with the other ("…, while the mayor confirmed the figure")."""
    return _AGREES.search(side) is not None
