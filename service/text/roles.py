"""Who holds which position where: "Abu Alaa al-Walaei, secretary general of the Kata'ib Sayyid
al-Shuhada" → (Abu Alaa al-Walaei, secretary general, Kata'ib Sayyid al-Shuhada).

A role fact is (holder, title, organisation). The holder is the name in apposition before the
title ("X, secretary general of Y"), or, in a claim "X is the title of Y", the subject; the
organisation is the name after "of". Titles are a short list of English position words.

A title written before a name is read too ("Israeli Defense Minister Yoav Gallant", "Pentagon
spokesperson Brigadier General Patrick Ryder", "Secretary of Defense Lloyd Austin"): the title
with its portfolio ("defense minister"), the organisation or country written before it, and
`prefix` set, since such a title describes the person a sentence speaks of rather than states
that they hold it. So is a claim's "X is the US Secretary of Defense" (not a prefix: it states
that X holds the office).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.tokens import without_possessive

_TITLES = {"secretary general": "secretary general", "secretary-general": "secretary general",
           "general secretary": "secretary general", "leader": "leader", "head": "head", "chief": "head",
           "founder": "founder", "co-founder": "founder", "commander": "commander", "spokesperson": "spokesperson",
           "spokesman": "spokesperson", "spokeswoman": "spokesperson", "president": "president",
           "chairman": "chair", "chairwoman": "chair", "chair": "chair", "director": "director",
           "chief executive": "chief executive", "ceo": "chief executive", "minister": "minister",
           "governor": "governor", "mayor": "mayor", "prime minister": "prime minister", "emir": "leader",
           "deputy leader": "deputy leader", "deputy head": "deputy head", "commissioner": "commissioner",
           "officer": "officer"}


def title_of(word: str) -> str | None:
    """The title a word names, as find_roles gives it ("spokeswoman" → spokesperson), or None."""
    return _TITLES.get(word.casefold())


_TITLE = "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True))
_NAME = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|(?:al|el|ad|as|an|ar|abu|bin|ibn)-[A-Z][\w'’]*)"
_ORG = _NAME + r"(?:\s+(?:(?:al|el|of|in|for|the|and)\s+)?" + _NAME + r")*"
# ("X, a spokesman for the Interior Ministry": a spokesperson speaks for the body, not of it)
_ROLE = re.compile(r"\b(?P<title>(?i:" + _TITLE + r"))\s+(?:of|(?<=[Mm]an\s)for|(?<=[Ww]oman\s)for"
                   r"|(?<=[Pp]erson\s)for)\s+(?:the\s+)?(?P<org>" + _ORG + r")")
_HOLDER = re.compile(r"(?P<holder>" + _NAME + r"(?:\s+(?:" + _NAME + r"|al|el|bin|ibn|abu))*)\s*,\s*"
                     r"(?:the\s+|a\s+|an\s+)?(?:(?:former|current|deputy|acting|new|then)\s+)?"
                     # (a lowercase word of the title's own: "X, medical director of …", "managing director")
                     r"(?:(?:managing|executive|medical|technical|artistic|creative|financial|operating|regional|national"
                     r"|senior|chief|press|political|clinical|legal|general|research|programme|program|communications)\s+)?$")
_COPULA = re.compile(r"^(?P<holder>" + _NAME + r"(?:\s+(?:" + _NAME + r"|al|el|bin|ibn|abu))*)\s+(?:is|was|has been|"
                     r"remains|became)\s+(?:the\s+|a\s+|an\s+)?(?:(?:former|current|deputy|acting|new)\s+)?$")


@dataclass(frozen=True)
class Role:
    holder: str | None
    title: str
    organisation: str
    start: int
    end: int
    prefix: bool = False  # a title written before the name ("Defense Minister Yoav Gallant")

    @property
    def office(self) -> str:
        """The title without its portfolio ("defense minister" → "minister")."""
        return self.title.split()[-1]


# any case: claims and posts write "Israel's foreign minister Yoav Gallant" as often as news copy capitalises it
_PORTFOLIO = r"(?i:Defen[cs]e|Foreign|Interior|Finance|Health|Justice|Prime|Deputy|Vice|Press|State|Home|Energy" \
             r"|Economy|Education|Transport|Trade|Agriculture|Environment|Treasury)"
_RANK = r"(?:(?:Brigadier|Major|Lieutenant|Rear|Vice)\s+)?" \
        r"(?:General|Gen\.|Admiral|Colonel|Col\.|Lt\.|Commander|Captain)\s+"
# a title with its portfolio and the organisation or country before it ("US Defense Secretary",
# "Secretary of Defense", "Pentagon spokesperson")
_TITLED = (
    # (a ministry named by its portfolio: "Defence Ministry spokesman Oren Castell")
    r"(?:\b(?P<org>" + _PORTFOLIO + r"\s+(?i:ministry|department)"
    r"|(?!" + _PORTFOLIO + r"\s)(?:U\.S\.|US|UK|EU|UN|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:'s)?"
    # (a body in lower case, which its article names: "board chair Teodor Lindqvist", "ministry spokeswoman …")
    r"|(?:union|board|ministry|hospital|agency|police|company|council|committee|commission|service|brigade"
    r"|department|authority|association|federation|inquiry|inspectorate|regulator|airline|operator|military|army"
    r"|navy|coastguard|(?i:coast)\s+guard|customs|prison|fire)))\s+)?"
    r"\b(?:(?P<portfolio>" + _PORTFOLIO + r")\s+(?P<title>(?i:Minister|Secretary|Spokesperson|Spokesman|Spokeswoman))"
    r"|(?P<title2>Secretary)\s+of\s+(?P<portfolio2>Defen[cs]e|State|the\s+Treasury|Homeland\s+Security)"
    r"|(?P<title3>President|Minister|Secretary|Spokesperson|spokesperson|spokesman|spokeswoman|Spokesman"
    r"|Chancellor|Governor|Mayor|Commander|commander|governor|mayor|[Cc]ommissioner"
    # (a body's head, after its name: "Union president Tomas Ferrant", "Velkor director Ana Brenn")
    r"|(?<=[a-z]\s)(?:president|director|chairman|chairwoman|chair|chief\s+executive)(?=,?\s+[A-Z])"
    r"|(?:Chief\s+[Ee]xecutive|Director|Chairman|Chairwoman)(?=,?\s+[A-Z])))")
# (the name after a comma too: "Oltra's governor, Stefan Hallig, announced …")
_PREFIX_ROLE = re.compile(_TITLED + r"(?:\s+|(?<=[a-z]),\s+)(?:" + _RANK + r")?"
                          r"(?P<holder>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\b")
# "Patrick Ryder is the US Secretary of Defense": a claim that someone holds such a title
_COPULA_TITLED = re.compile(r"^(?:" + _RANK + r")?(?P<holder>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+"
                            r"(?:is|was|has been|remains|became)\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?:(?:former|current|acting|new)\s+)?" + _TITLED + r"\b")
_APPOSED = re.compile(r"(?P<holder>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s*,\s+(?:the\s+|a\s+)?"
                      r"(?P<org>[A-Z][a-z]+)['’]s\s+(?:(?P<portfolio>" + _PORTFOLIO + r")\s+)?"
                      # (with a word or two of its own: "Kestrel's provincial health officer")
                      r"(?:(?:provincial|regional|district|chief|senior|top|local|national|state|public|health"
                      r"|medical|police|military|fire|prison)\s+){0,2}"
                      r"(?P<title>(?i:minister|secretary|spokesperson|spokesman|spokeswoman|president|chancellor"
                      r"|governor|mayor|commander|commissioner|officer))\b(?P<title2>)(?P<portfolio2>)(?P<title3>)")
_PREFIX_HINT = re.compile(r"[Mm]inister|[Ss]ecretary|[Ss]pokes|[Pp]resident|Chancellor|[Gg]overnor|[Mm]ayor"
                          r"|[Cc]ommissioner"
                          r"|[Cc]ommander|[Dd]irector|[Cc]hair|[Cc]hief [Ee]xecutive")
_NOT_ORGS = frozenset("The A An And But In On At As By For Of With From Former Then New Acting Deputy".split())


def prefix_roles(text: str) -> list[Role]:
    """Titles written before a name ("Israeli Defense Minister Yoav Gallant"), and the claim form
    "X is the US Secretary of Defense" (not a prefix: it states that X holds the title)."""
    if not _PREFIX_HINT.search(text):
        return []
    roles = []
    copula = _COPULA_TITLED.match(text)
    if copula is not None:
        roles.append(_titled(copula, prefix=False))
    for m in _PREFIX_ROLE.finditer(text):
        if m.group("title3") in ("governor", "mayor") and (
                (m.group("org") or "").lower() in ("former", "ex", "then")
                or _NOT_HOLDING_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # "After meeting Lenn's governor, Stefan Hallig said …", "former governor Ivo Rand": no holder
        if copula is None or m.start() >= copula.end():
            roles.append(_titled(m, prefix=True))
    return roles


# a lowercase title after these is someone else's, or no longer held ("met the governor", "candidate for governor")
_NOT_HOLDING_BEFORE = re.compile(r"\b(?:meeting|met|meet|meets|with|to|by|for|from|against|urged|called|asked|told"
                                 r"|thanked|visited|former|ex-|then)\s*$", re.IGNORECASE)


def _titled(m: re.Match[str], prefix: bool) -> Role:
    portfolio = m.group("portfolio") or m.group("portfolio2") or ""
    portfolio = re.sub(r"^the\s+", "", portfolio).lower().replace("defence", "defense")
    title = (m.group("title") or m.group("title2") or m.group("title3")).lower()
    title = _TITLES.get(title, title)
    org = without_possessive(m.group("org") or "")
    if org in _NOT_ORGS:
        org = ""
    return Role(m.group("holder"), f"{portfolio} {title}".strip(), org, m.start(), m.end(), prefix)


_TITLE_WORDS = tuple({t.split()[0].split("-")[0] for t in _TITLES})


_PRONOUN_HOLDERS = frozenset("it he she they this that who there".split())


def find_roles(text: str) -> list[Role]:
    """Role facts of a text (holder None when the title is not in apposition to a name; a pronoun
    is no holder: "It was Defense Secretary Lloyd Austin who …")."""
    return [r for r in _find_roles(text) if not (r.holder and r.holder.lower() in _PRONOUN_HOLDERS)]


def _find_roles(text: str) -> list[Role]:
    roles: list[Role] = prefix_roles(text)
    if "," in text and ("'s " in text or "’s " in text):
        # "Yoav Gallant, Israel's foreign minister": the title in apposition after the name
        for m in _APPOSED.finditer(text):
            if not any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in roles):
                roles.append(_titled(m, prefix=False))
    low = text.lower()
    if (" of " not in low and " for " not in low) or not any(word in low for word in _TITLE_WORDS):
        return roles  # no title, or no "of": most sentences
    for m in _ROLE.finditer(text):
        title = _TITLES[m.group("title").lower()]
        before = text[max(0, m.start() - 80):m.start()]
        holder = _HOLDER.search(before) or _COPULA.search(text[:m.start()])
        org = re.sub(r"\s+(?:group|movement|party|militia)$", "", m.group("org"))
        if any(r.start <= m.start() < r.end for r in roles):
            continue  # "Secretary of Defense Lloyd Austin": read as a title before the name
        roles.append(Role(holder.group("holder") if holder else None, title, org, m.start(), m.end()))
    return roles


# a ministry's portfolio, as news copy names it either way round ("Defence Ministry", "Ministry of Defence", "Foreign
# Affairs Ministry", "Ministry of Internal Affairs"): compared only when both are portfolios of this table
_PORTFOLIOS = {"defense": "defense", "defence": "defense", "foreign": "foreign", "interior": "interior",
               "internal": "interior", "home": "interior", "finance": "finance", "finances": "finance",
               "treasury": "finance", "health": "health", "justice": "justice", "education": "education",
               "transport": "transport", "trade": "trade", "agriculture": "agriculture", "environment": "environment",
               "energy": "energy", "labour": "labour", "labor": "labour", "economy": "economy", "state": "state",
               "homeland": "homeland", "culture": "culture", "tourism": "tourism", "fisheries": "fisheries"}
_MINISTRY_BEFORE = re.compile(r"\b(?P<words>(?:[A-Za-z]+\s+){1,3})(?:ministry|department)\b", re.IGNORECASE)
_MINISTRY_OF = re.compile(r"\b(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?P<word>[A-Za-z]+)", re.IGNORECASE)


def ministry_portfolio(name: str) -> str | None:
    """The portfolio a ministry's name gives it, of _PORTFOLIOS (None when it names none of them)."""
    of = _MINISTRY_OF.search(name)
    if of is not None:
        return _PORTFOLIOS.get(of.group("word").lower())
    before = _MINISTRY_BEFORE.search(name)
    if before is None:
        return None
    # (the word nearest the noun that is a portfolio: "Foreign Affairs Ministry", "US State Department")
    return next((_PORTFOLIOS[w] for w in reversed(before.group("words").lower().split()) if w in _PORTFOLIOS), None)
