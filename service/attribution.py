"""Who a sentence's statement is credited to, from cue patterns and declared lexicons.

    sentence ─► cues (X said/told/reported…, according to X, cited by X, citing X, X told Y,
                in a statement X…, X's statement, "REUTERS: …") ─► source spans ─► kinds

A cue verb's source is the noun phrase before it, found by walking back over comma-separated
chunks: prepositional and participle chunks ("in a statement published …", "speaking on condition
of anonymity") are skipped, an appositive ("Sabereen News, a Telegram news channel …, reported")
yields the name it describes, and after a quote (“…,” announced the Iraqi group) the phrase after
the verb is taken. Pronouns (he, it, they …) are not reported: coreference is not resolved.

Kinds come from declared lexicons, first match wins, in this order:
anonymous (unnamed "sources", or anyone but a news organisation in a sentence that says they
spoke on condition of anonymity — so "US military sources" is anonymous, not military) →
news_agency → media (names plus nouns like network/channel/agency/correspondent) → armed_group →
official → military → person (a capitalised name, possibly with a title) → other. Officials who
are named with their office ("Pentagon spokesperson Brigadier General Patrick Ryder") are
`official`: the office is what the statement is credited to. Offsets are inside the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from service.models import Attribution, AttributionKind

# "Governor X put the number of evacuees at 1,800": X's figure, when X is someone who can speak
# (not "Some estimates put the number at …": see _SPEAKERS in find_attributions)
# ("X estimated the grain lost at 120 tonnes" too)
# (…and of a noun without its article: "The union put turnout at the strike at 870")
_PUT_AT = re.compile(r"\b(?:put|puts|placed|places|estimated|estimates)\s+(?:(?:the|its|their|[A-Z][\w-]*['’]s)\s+"
                     r"|(?=(?:turnout|attendance|losses|damage|damages|costs?|spending|output|support)\b))"
                     r"(?:[\w'’-]+\s+){0,12}?[\w'’-]+"
                     r"(?=\s+(?:(?:higher|lower|even\s+higher)\s*,?\s+)?(?:at|as\s+high\s+as|as\s+low\s+as)\s+(?:[a-z]+\s+){0,3}?(?:[\d$€£]|(?:one|two|three"
                     r"|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+dozen|dozens"
                     r"|hundreds|thousands)\b))")
_SPEECH_VERBS = frozenset(
    "said says say told tells reported announced announces claimed confirmed confirms stated noted added revealed "
    "declared wrote emphasized emphasised stressed warned explained insisted acknowledged affirmed asserted "
    "disclosed labeled labelled termed branded dubbed vowed vows pledged promised threatened tweeted "
    "denied denies admitted admits complained complains argued argues conceded concedes alleged alleges "
    "cautioned rejected dismissed called described".split()  # "X denied that …", "X complained that …": X's statement
) | {"issued a statement", "issued an statement", "estimated that", "estimates that",
     # what an inquiry or a regulator found is its statement: "The regulator found that a track-circuit fault …"
     "found that", "finds that", "concluded that", "concludes that",
     # "The airline maintained that 57 passengers were on board" (not "maintained the road")
     "maintained that", "maintains that",
     # "She ruled out brake failure as a cause": a statement that denies it (service.text.extract's negation)
     "ruled out", "rules out"} | {
    # "posted on X: …" (not "posted a record loss", "posted guards at the bridge")
    f"posted on {owner}{platform}" for owner in ("", "its ", "his ", "her ", "their ")
    for platform in ("X", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "YouTube", "WhatsApp")}
_OTHER_CUES = ("According to", "according to", "Citing", "citing", "statement", "spoke to", "speaking to",
               "talking to", "cited by", "quoted by", "carried by", "denied by")


def _alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of the literal phrases, factored by common prefix ("said|says" →
    "sa(?:id|ys)"). re tries a flat alternation's branches one by one at every word start; the
    factored one tries a branch per distinct letter (the cue scan took a third less time)."""
    trie: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        ends = "" in node
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return pattern(trie)


_PASSIVE = re.compile(r"\b(?:cited|confirmed|reported|announced|claimed|stated|quoted|carried|denied|told) by\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_CITING = re.compile(r"\b[Cc]iting\s+")
_RECIPIENT = re.compile(r"\b(?:told|(?:said|confirmed|reported|stated|revealed|spoke|speaking|talking) to)\s+")
_IN_STATEMENT = re.compile(r"\b[Ii]n a (?:written |brief )?statement,\s+")
# "the Islamic Resistance in Iraq's statement": a name of capitalised words, joined by "in", "of" …
_POSSESSIVE_STATEMENT = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:in|of|for|and)\s+)?){0,4}[A-Z][\w.-]*)['’]s?"
                                   r"\s+statement\b")
# "Al-Mayadeen's early estimate was that …", "the agency's count put the toll at …": whose figure it is,
# opening the sentence or after a short opening phrase ("However, Amnesty's figures showed …"; not "…, while
# Amnesty's figures were far higher"; nor "Salah's tally was 30 goals")
_POSSESSIVE_ESTIMATE = re.compile(r"^\W*(?:[^,;]{1,40},\s+)?"
                                  r"((?:[A-Z][\w'’.-]*\s+(?:(?:in|of|for|and)\s+)?){0,4}[A-Z][\w.-]*)"
                                  r"(?:['’]s|(?<=s)['’])\s+(?:(?:early|initial|first|latest|preliminary|own|official)\s+)?"
                                  r"(?:estimates?|estimations?|count|tally|figures?)"
                                  r"(?=\s+(?:(?:was|were|is|are)\s+that|put|puts|showed|shows|suggested|suggests|gave"
                                  r"|gives|said|says)\b)")
_OWNER_HINT = re.compile(r"s['’]? ")
_LEADING_JOIN = re.compile(r"(?:Ahead|Because|Instead|Regardless|News|Critics|Supporters|Opponents|Word|Reports?|Most"
                           r"|Many|Some|All|Both|Each|Part|Much|Out|After|Before|Despite|Following|Regarding)\s+"
                           r"(?:of|in|for)\s+")
# an event named as if it spoke ("the attack on the base reported on Tuesday …"): what was reported
_AN_EVENT = re.compile(r"(?:the|a|an|this|that)?\s*(?:[\w'’“”\"-]+\s+){0,3}?(?:attack|strike|raid|barrage|incident"
                       r"|explosion|blast|bombing|shelling|assault|fire|flood|crash|collapse)s?(?:\s+(?:on|at|in|against|near|of|by)"
                       r"\b.*)?$", re.IGNORECASE)
_STATEMENT_BY = re.compile(r"\bstatement (?:by|from)\s+")
_RECIPIENT_CUES = ("said to", "confirmed to", "reported to", "stated to", "revealed to", "spoke to", "speaking to",
                   "talking to")  # with "told", what every _RECIPIENT match holds
_POSSESSIVE_HINT = re.compile(r"['’]s?\s+statement\b")  # the tail of every _POSSESSIVE_STATEMENT match
# a headline's label before a colon is no source ("BREAKING: …", "UPDATE: …")
_LABELS = frozenset("""BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ALERT OPINION ANALYSIS VIDEO PHOTOS PHOTO
    URGENT FLASH DEVELOPING REPORT EDITORIAL EXPLAINER""".split()) | {"JUST IN", "FACT CHECK", "NEWS ALERT",
                                                                     "BREAKING NEWS", "LATEST"}
_LABEL_PREFIX = re.compile(r"^\W*([A-Za-z]+(?:\s+[A-Za-z]+)?)\s*:\s*")
# a wire story's dateline: its town in capitals, then up to a province, a date and the agency, then a dash
# (a bare town before the dash has five letters or more: not "NATO - the alliance - said")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)*\s*[,(][^\n–—]{0,80}?|[A-Z][A-Z'’.-]{4,}"
                       r"(?:\s+[A-Z][A-Z'’.-]+)*)\s[-–—]{1,2}\s+")
_PREFIX = re.compile(r"^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*:\s+")
# A sentence without any of these cues credits nobody. The one scan also finds the speech verbs:
# no other cue has a verb inside it to hide, and at one position at most one phrase ends at a
# word boundary, so the order of the alternatives does not matter.
_CUE = re.compile(rf"\b(?:{_alternation(_SPEECH_VERBS | set(_OTHER_CUES))})\b")
_COLON_CUE = re.compile(r"[^:]{1,40}:\s")  # at the start: "REUTERS: …"
_ANONYMITY = re.compile(
    r"condition of anonymity|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|talk)"
    r"|requested anonymity|asked not to be (?:named|identified)",
    re.IGNORECASE,
)
_ANONYMITY_HINTS = ("anonymity", "declined to be ", "not authori", "asked not to be ")
_TOKEN = re.compile(r"\S+")
_CHUNK_SPLIT = re.compile(r"[,;:“”]")

_DETERMINERS = frozenset(
    "a an the its their his her our this that these those two three four several some many other another "
    "one both various unnamed multiple".split()
)
_PRONOUNS = frozenset("he she it they we i you there this that who which what none nobody no".split())
_PREPOSITIONS = frozenset(
    "in on at for with from during after before upon as of to by since about over under into amid "
    "following despite pressed".split()
)
_BOUNDARY_WORDS = frozenset(
    "that while after when because since although whereas before until if but so who which where as".split()
)
_AUXILIARIES = frozenset(
    "has have had also previously reportedly repeatedly later earlier then further once again already "
    "just recently officially publicly initially first separately".split()
    # ("The ministry has not confirmed the toll", "Police have not ruled out arson": the body, which said no)
    + "not never yet hasn't haven't hadn't hasn’t haven’t hadn’t".split()
)
_FINITE = frozenset("is are was were be been being will would can could may might should must did does do".split())
_ADJECTIVE_ED = frozenset("armed informed unnamed based allied backed aligned led united detailed".split())
_ADVERB_CHUNKS = frozenset(
    "last next this earlier meanwhile however later yesterday today moreover furthermore separately also still instead "
    "additionally then now".split()
)
_TIME_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August"
    r"|(?:Septem|Octo|Novem|Decem)ber|Last|Next|This|Week|Month|Year|Morning|Night",
    re.IGNORECASE,
)
_NAME_CONNECTORS = frozenset("of in al bin ibn de da van von der del la le the and for".split())
_STOP_FORWARD = frozenset(
    "that who which to on at for with during after before when while as about over from into said says "
    "told reported announced confirmed is are was were has have had".split()
)
_MAX_SOURCE_WORDS = 12
_MAX_FORWARD_WORDS = 10

_LEXICON: tuple[tuple[AttributionKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{words})\b"))
    for kind, words in (
        ("news_agency", "reuters|ap|associated press|afp|agence france presse|anadolu|xinhua|tass|irna|isna"
         "|tasnim|fars|mehr|sana|wafa|ina|iraqi news agency|dpa|efe|ansa|kyodo|yonhap|upi|interfax"
         "|ria novosti|bloomberg|news agency|press agency"),
        ("media", "al mayadeen|mayadeen|al jazeera|jazeera|al arabiya|baghdad al youm|sabereen|sabereen news"
         "|the new region|new region|press tv|presstv|nyt|new york times|washington post|cnn|bbc|fox news"
         "|al manar|tehran times|rudaw|kurdistan24|shafaq|axios|politico|wall street journal|wsj|guardian"
         "|times of israel|haaretz|middle east eye|the cradle|palestine chronicle|jerusalem time|telegram"
         "|network|channel|newspaper|outlet|agency|broadcaster|television|tv|radio|website|correspondent"
         "|reporter|journalist|media|daily"
         # a masthead's word ("Coast Wire", "the Valley Post", "the Plains Herald")
         "|wire|news|times|post|herald|gazette|tribune|journal|ledger|chronicle|observer|courier|telegraph"
         "|dispatch"),
        ("armed_group", "islamic resistance|resistance|kata'ib hezbollah|kataib hezbollah|hezbollah|hamas"
         "|houthis?|ansar allah|islamic jihad|qassam|brigades?|popular mobili[sz]ation|pmf|pmu|nujaba"
         "|kata'ib|kataib|badr|isis|isil|daesh|islamic state|al qaeda|taliban|groups?|militias?|militants?"
         "|factions?|fighters|revolutionaries|rebels|insurgents"),
        ("official", "pentagon|white house|department|ministry|ministers?|government|spokes(?:person|man|woman)"
         "|president|prime minister|secretary|officials?|administration|embassy|ambassador|authorities"
         "|kremlin|state department|governor|parliament|congress|senate|mayor|presidency|cabinet"
         # (the state's police, and the law officers called "general": not a general of an army)
         "|police|(?:attorney|auditor|surgeon|inspector|solicitor|comptroller) general"),
        # ("general" as a rank, not in a body's name: "Brask General Hospital", "the General Assembly")
        ("military", "military|army|armed forces|forces|commander|command|centcom|troops|soldiers|idf|navy"
         "|air force|general(?! (?:hospital|assembly|infirmary|council|manager|counsel|electric|motors|store))"
         "|colonel|officer|irgc|revolutionary guards?|marines"),
        # A state or its capital speaking stands for its government, unless a narrower kind matched.
        ("official", "washington|tehran|baghdad|moscow|beijing|damascus|beirut|iran|iraq|israel|syria"
         "|lebanon|yemen|united states|us|u s|russia|china|britain|uk|france|turkey|jordan|kuwait|qatar|egypt"),
    )
)
_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rep|Sen|Gov)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|de|van|von|der))*$"
)


def find_attributions(sentence: str) -> list[Attribution]:
    """The sources `sentence` credits its statement to, in order of appearance."""
    label = _LABEL_PREFIX.match(sentence) if ":" in sentence[:24] else None
    if label is not None and label.group(1).upper() in _LABELS:
        # "BREAKING: Mayor Ana Vale says …": the label blanked out (offsets kept), the rest read as it is
        sentence = " " * label.end() + sentence[label.end():]
    dateline = _DATELINE.match(sentence) if sentence[:3].isupper() else None
    if dateline is not None:
        # "ARVENNE, March 5 (Coastline Wire) - The navy said …": where and when the story was filed, no speaker
        sentence = " " * dateline.end() + sentence[dateline.end():]
    cues = list(_CUE.finditer(sentence))
    put_at = list(_PUT_AT.finditer(sentence)) \
        if "put" in sentence or "place" in sentence or "estimate" in sentence else []
    # ("raised its estimate of …", "gave a lower death toll of four"; "… disputed its own offer, saying …")
    put_at += list(_REVISED.finditer(sentence)) if _REVISED_HINT.search(sentence) else []
    # (a participle after a statement goes on with it: "The airline maintained that 57 passengers were on board,
    # saying …" is the airline's, not the passengers')
    put_at += [m for m in _SAYING.finditer(sentence) if not any(
        c.group() in _SPEECH_VERBS and c.start() < m.start() for c in cues)] if "ing" in sentence else []
    if not cues and not put_at and not _COLON_CUE.match(sentence) and not (
            _OWNER_HINT.search(sentence, 0, 80) and _POSSESSIVE_ESTIMATE.search(sentence)):
        return []
    anonymous = _states_anonymity(sentence)
    found: dict[tuple[int, int], Attribution] = {}
    verbs = sorted([match for match in cues if match.group() in _SPEECH_VERBS] + put_at, key=lambda m: m.start())
    for start, end, cue in _spans(sentence, verbs):
        start, end = _trim(sentence, start, end)
        if end <= start or _overlaps(found, start, end):
            continue
        joined = _JOINED.match(sentence, start, end)
        if joined is not None:  # "…, and officials said": the conjunction opens the clause, not the name
            start = joined.end()
        when = _WHEN_AFTER.search(sentence, start, end)
        if when is not None and when.start() > start:  # "Orrin Air on Monday denied …": the day is no part of it
            end = when.start()
        source = sentence[start:end]
        if not source or source.split()[0].casefold() in _PRONOUNS or _AN_EVENT.match(source):
            continue  # a pronoun; or "the two-drone attack on Ain al-Asad reported on Tuesday": no speaker
        if source[:1].isdigit() and re.match(r"\d,", sentence[max(0, start - 2):start]):
            continue  # "187 of the 2,960 passengers … had reported symptoms": the span began inside a figure
        kind = classify(source, anonymous)
        if cue in _REJECTING and not _REJECTED_WHAT.search(sentence):
            continue  # "rejected the offer", "dismissed two guards": an act, not a statement
        if cue in _NAMING and not _names_in_quotes(sentence, cue, end):
            continue  # "called for talks", "a group called "The Revolutionaries"": no words of the source's quoted
        if cue in _PROMISING and not _promises(sentence, cue, kind):
            continue  # "pledged $5 million", "the storm threatened to dump rain": an act, or no speaker
        if cue.startswith(("put", "place")) and (_NO_SPEAKER.search(_HEAD_PART.split(source, 1)[0])
                                                 or source[:1].isdigit()):
            continue  # "Some estimates put the toll at …": no one speaks
        named = _SELF_NAMED.match(sentence, end)
        fronted = _SELF_NAMED_BEFORE.match(sentence)
        if named is None and fronted is not None and fronted.end() <= start <= fronted.end() + 2:
            named = fronted  # "Calling themselves The Revolutionaries, the group … vowed …"
        if named is not None:  # "The group, identifying themselves as "The Revolutionaries", stated …"
            start, end = named.span("name")
            source = sentence[start:end]
            # the kind the description says ("the group": an armed group), unless the name says a
            # kind of its own (not "anonymous": a name such as "Anonymous" is not an unnamed source)
            named_kind = classify(source, anonymous)
            kind = kind if named_kind in ("other", "person", "anonymous") else named_kind
        found[(start, end)] = Attribution(source, kind, cue, start, end)
    return sorted(found.values(), key=lambda a: a.char_start)


# a day between a source and its verb ("Orrin Air on Monday denied …", "Police late on Friday said …")
_WHEN_AFTER = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


# the name a described source gives itself in an aside after the description
# (a name, ended by a comma, a bracket or its quote: not a description, "describing itself as Britain's
# biggest grocer", nor a possessive)
_SELF_NAMED = re.compile(r",\s+(?:identifying|calling|naming)\s+(?:itself|themselves)\s+(?:as\s+)?"
                         r"[\"“']?(?P<name>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+|the\s+|in\s+|for\s+)?[A-Z][\w.-]*)"
                         r"{0,7})(?![\w'’])[\"”']?\s*[,(]")


_SELF_NAMED_BEFORE = re.compile(r"(?:Identifying|Calling|Naming)\s+(?:itself|themselves)\s+(?:as\s+)?[\"“']?"
                                r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+|the\s+|in\s+|for\s+)?[A-Z][\w.-]*)"
                                r"{0,7})(?![\w'’])[\"”']?\s*,\s*")


# a figure the speaker revises or gives: "raised its estimate of patient records accessed …", "gave a lower death
# toll of four"
_REVISED = re.compile(r"\b(?:raised|lowered|revised|updated|increased|cut|gave|gives|issued)\s+"
                      r"(?:its|their|the|a|an)\s+(?:(?:own|new|lower|higher|revised|latest|official|first)\s+)?(?:death\s+toll|toll|estimate"
                      r"|figure|count|tally)\b")
# "…, saying (that) …", "…, adding that …": what the subject of the clause before says
_SAYING = re.compile(r",\s+(?:saying|adding|insisting|arguing|noting|stressing|warning)\b(?!\s+(?:goodbye|farewell))")
# "X rejected reports that …", "dismissed claims that …": X's statement, of what others said
_REJECTING = frozenset(("rejected", "dismissed"))
_REJECTED_WHAT = re.compile(r"\b(?:rejected|dismissed)\s+(?:the\s+|as\s+\w+\s+)?(?:\w+\s+)?"
                            r"(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|accusations?|criticism|speculation)\b")
_REVISED_HINT = re.compile(r"toll|estimate|figure|count|tally")
# Verbs that report a statement only with what was said after them ("vowed that …", "vowed: …"), or
# an intent ("vowed to keep going") of a party that can speak; "pledged $5 million" is an act.
_PROMISING = frozenset("vowed vows pledged promised threatened".split())
_SAID_AFTER = re.compile(r"\s*(?:that\b|:|,?\s*[\"“])")
_INTENT_AFTER = re.compile(r"\s+to\s+[a-z]+")
_SPEAKERS = frozenset(["armed_group", "official", "person", "military", "media", "news_agency", "anonymous"])


# Verbs that credit words only when the words follow in quotes: "The mayor called the fires "an attack on the
# livelihood of the whole harbour"", "described the raid as 'a provocation'" (not "called for calm", not a name
# given in quotes, "a group called "The Revolutionaries"")
_NAMING = frozenset(("called", "described"))
# (the quote within six words of the verb, in its clause: not "called a strike at the plant, which management said was
# 'unlawful'", not "called the fire brigade after hearing "a loud bang"")
_QUOTED_WORDS = {
    "called": re.compile(r"(?!\s+(?:for|on|off|in|up|out|back)\b)(?:\s+(?!(?:after|before|when|while|which|who|that"
                         r"|said|says|hearing)\b)[\w'’-]+){0,6}?\s+(?:[\"“]|['‘])(?P<words>[^\"”’']{3,200})"),
    "described": re.compile(r"(?:\s+(?!(?:after|before|when|while|which|who|that|said|says)\b)[\w'’-]+){0,6}?\s+as"
                            r"\s+(?:[\"“]|['‘])(?P<words>[^\"”’']{3,200})"),
}


_AFTER_QUOTE = frozenset("""and but or on in at after before during while when as to for from with by over of amid since
    adding saying calling describing and then because""".split())


# … or without quotes, as a noun phrase after what is named: "described the group as a front for the Brigades",
# "called the cuts a betrayal of the workforce" (not "called a strike", "called the fire brigade a few minutes later",
# "described the scene as chaotic": an adjective, which the model reads)
_UNQUOTED = {
    "called": re.compile(r"\s+(?:the|this|that|these|those|his|her|its|their|[A-Z][\w'’-]*)\b(?:\s+(?!(?:a|an|after"
                         r"|before|when|while|which|who|that|to|in|on|at|for)\b)[\w'’-]+){0,5}?\s+(?:a|an)\s+"
                         r"(?!(?:few|couple|lot|little|bit|number|total|series|day|week|month|year|hour|minute|second"
                         r"|time|while|moment)\b)[a-z][\w'’-]*\s+(?:of|for|by|to|against|on|in)\s+[\w'’-]+"),
    "described": re.compile(r"(?:\s+(?!(?:after|before|when|while|which|who|that|said|says)\b)[\w'’-]+){1,6}?\s+as"
                            r"\s+(?:a|an)\s+[a-z][\w'’-]*\s+(?:of|for|by|to|against|on|in)\s+[\w'’-]+"),
}


def _names_in_quotes(sentence: str, cue: str, end: int) -> bool:
    """Whether the words a naming verb credits follow it in quotes, and are words rather than a name (some of them
    written in lower case); or follow it unquoted, as a noun phrase of its own (_UNQUOTED)."""
    at = sentence.find(cue, end)
    if at >= 0 and not any(q in sentence for q in "\"“”‘") and _UNQUOTED[cue].match(sentence, at + len(cue)):
        return True
    found = _QUOTED_WORDS[cue].match(sentence, at + len(cue)) if at >= 0 else None
    words = found.group("words").split() if found is not None else []
    if not any(w[:1].islower() for w in (words[1:] or words)):
        return False
    # (nor a clause that only picks out what the sentence is about: "The strike the Pentagon called 'defensive'
    # killed four people" — the quote followed by the sentence's own verb)
    after = re.match(r"[\"”’']?\s*([a-z]+)", sentence[found.end():]) if found is not None else None
    return after is None or after.group(1) in _AFTER_QUOTE


def _promises(sentence: str, cue: str, kind: str) -> bool:
    at = sentence.find(cue)
    after = sentence[at + len(cue):] if at >= 0 else ""
    return bool(_SAID_AFTER.match(after)) or (kind in _SPEAKERS and bool(_INTENT_AFTER.match(after)))


def _states_anonymity(sentence: str) -> bool:
    """`_ANONYMITY.search`, with a substring pre-check for ASCII text (where IGNORECASE is plain
    ASCII case folding, so every match holds one of these lowercase substrings)."""
    if sentence.isascii():
        lowered = sentence.lower()
        if not any(hint in lowered for hint in _ANONYMITY_HINTS):
            return False
    return bool(_ANONYMITY.search(sentence))


@lru_cache(maxsize=16384)  # sources repeat across passages (agencies, offices); the result is a pure function
def classify(source: str, anonymity_stated: bool = False) -> AttributionKind:
    """The kind of a source phrase, by the declared lexicons (see the module docstring)."""
    folded = " ".join(re.findall(r"[\w']+", source.replace("’", "'").replace("-", " ").casefold()))
    kinds = [kind for kind, pattern in _LEXICON if pattern.search(folded)]
    # ("two people familiar with the case": who are not named)
    if re.search(r"\b(?:sources?|unnamed|anonymous|unidentified)\b|\b(?:people|persons?|officials?) familiar\b",
                 folded):
        return "anonymous"
    if anonymity_stated and not {"news_agency", "media"} & set(kinds):
        return "anonymous"
    if kinds and kinds[0] == "armed_group" and _CIVIL_GROUP.search(folded):
        kinds = kinds[1:]  # "the aid group Green Hearth", "the fire brigade": no armed group
    if kinds:
        return kinds[0]
    # (a name that ends on the word of a body is no person's: "Kestrel Prison Watch", "Open Cells Alliance")
    if names_a_body(source):
        return "other"
    return "person" if _NAME.match(source) and not source.startswith("The ") else "other"


def names_a_body(source: str) -> bool:
    """Whether a source is a body's name by its last word ("Kestrel Prison Watch", "Open Cells Alliance")."""
    return _BODY_LAST.search(source) is not None


_BODY_LAST = re.compile(r"\s(?:Watch|Alliance|Collective|Monitor|Network|Institute|Foundation|Trust|Society|Coalition"
                        r"|Forum|Initiative|Project|Fund|Centre|Center|League|Front|Party|Group|Observatory|Campaign"
                        r"|Partners|International"
                        # (a firm's, a school's or a hospital's: "Castrell Civil Works", "Brask General Hospital")
                        r"|Works|Company|Corporation|Corp|Inc|Ltd|Holdings|Industries|Bank|Hospital|Clinic|University"
                        r"|College|School|Academy|Museum|Zoo|Airport|Airways|Airlines|Railways|Federation|Union"
                        r"|Association|Club|Council|Board|Commission|Authority|Service|Services|Laboratory|Lab)$")


# what puts a toll at a figure without being anyone ("Some estimates", "Hospital records")
LED_BY = r"(?:led|headed|chaired|run)\s+by\s"  # "The panel, led by retired judge X, …" (sources reads the leader)
_LED_BY = re.compile(r"\s*" + LED_BY)
_NO_SPEAKER = re.compile(r"\b(?:estimates?|estimations?|figures?|counts?|reports?|data|tall(?:y|ies)|stud(?:y|ies)"
                         r"|surveys?|models?|records?|calculations?|projections?|analys[ie]s|numbers?)\s*$",
                         re.IGNORECASE)
_HEAD_PART = re.compile(r"\s+(?:of|from|after|cited|in|on|by|for|at|with)\s+")  # "estimates *from the network*"
# a group or brigade that is not armed: what the word before it says it is
_CIVIL_GROUP = re.compile(r"\b(?:aid|rights|advocacy|campaign|campaigning|environmental|lobby|pressure|civic|charity"
                          r"|humanitarian|relief|medical|research|industry|trade|business|consumer|support|watchdog"
                          r"|residents|community|volunteer|parents|patients|fire|rescue|youth|women's|student)"
                          r"\s+(?:groups?|brigades?)\b")


def _spans(sentence: str, verbs: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    """Candidate (start, end, cue) source spans, most specific cue first (`verbs`: the speech verbs)."""
    for match in verbs:
        yield from _verb_source(sentence, match)
    for pattern in _forward_cues(sentence):
        for match in pattern.finditer(sentence):
            span = _forward_phrase(sentence, match.end(), capitalised=pattern is _RECIPIENT)
            if span and match.group().startswith("carried") and classify(sentence[span[0]:span[1]]) not in (
                    "media", "news_agency") and not _WORDS_BEFORE.search(sentence, 0, match.start()):
                continue  # "the virus was probably carried by wild geese": what carried it, not who broadcast words
            if span:
                yield span[0], span[1], match.group().strip().rstrip(",")
    possessive = [_POSSESSIVE_STATEMENT] if "statement" in sentence and _POSSESSIVE_HINT.search(sentence) else []
    if _OWNER_HINT.search(sentence, 0, 80):
        possessive.append(_POSSESSIVE_ESTIMATE)
    for match in (m for pattern in possessive for m in pattern.finditer(sentence)):
        start = match.start(1)
        # "Because of Ford's statement", "Ahead of Ford's": a phrase opening the sentence is not the name
        joined = _LEADING_JOIN.match(sentence, start, match.end(1))
        if joined is not None:
            start = joined.end()
        yield start, match.end(1), sentence[match.end(1):match.end()].strip()
    prefix = _PREFIX.match(sentence)
    if prefix and prefix.group(1).upper() not in _LABELS and (
            prefix.group(1).isupper() or classify(prefix.group(1)) in ("news_agency", "media")):
        yield prefix.start(1), prefix.end(1), ":"


# words someone said, before "carried by" ("The statement, carried by the state news agency, …")
_WORDS_BEFORE = re.compile(r"\b(?:statement|remarks|comments|interview|report|message|video|footage|announcement"
                           r"|speech|quotes?|address)\b[^.;]*$", re.IGNORECASE)


def _forward_cues(sentence: str) -> Iterator[re.Pattern[str]]:
    """The patterns whose following phrase is the source, in order, each only when the substrings
    it needs are present (an `in` test costs far less than a regex scan of the sentence)."""
    if "ccording to" in sentence:
        yield _ACCORDING
    if "iting" in sentence:
        yield _CITING
    if " by " in sentence and ("ed by" in sentence or "told by" in sentence):
        yield _PASSIVE
    if "statement " in sentence and ("statement by" in sentence or "statement from" in sentence):
        yield _STATEMENT_BY
    if "told" in sentence or " to" in sentence and any(cue in sentence for cue in _RECIPIENT_CUES):
        yield _RECIPIENT
    if "tatement," in sentence:
        yield _IN_STATEMENT


# "the two Americans hurt in the attack reported in January suffered …": a participle before the
# main verb, not a statement (what follows its time is a verb, where a statement's is what was said)
_PARTICIPLE_USE = re.compile(r"\s+(?:in|on|at|during|last|earlier|this)\s+(?:the\s+)?(?:[A-Z][a-z]+|\d{1,4}|week|month"
                             r"|year)(?:\s+\d{1,4})?\s+(?:was|were|is|are|suffered|sustained|left|killed|injured"
                             r"|wounded|damaged|destroyed|caused)\b")


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)$", re.IGNORECASE)


def _verb_source(sentence: str, match: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The source of one cue verb: the subject before it, or the phrase after it after a quote."""
    cue = match.group()
    if match.re is _SAYING:
        # "Norvane Shipping has disputed its own offer, saying …": the subject of the clause the participle follows
        span = _clause_subject(sentence, match.start(), nearest=True)
        if span:
            yield span[0], span[1], "saying"
        return
    if cue.lower() in ("reported", "claimed", "announced") and _PARTICIPLE_USE.match(sentence, match.end()):
        return
    if cue.lower() == "say" and re.search(r"\b(?:to|let['’]?s|I|we|you)\s+$", sentence[:match.start()], re.IGNORECASE):
        return  # "Needless to say", "Suffice to say", "let's say": no one speaks
    end = _skip_auxiliaries_back(sentence, match.start())
    before = sentence[:end].rstrip()
    # (a whole word: "Oren Tallis said", "Kamala Harris said" end in "is", and are no passive voice)
    if _PASSIVE_BEFORE.search(before) is not None:
        if cue.lower() == "told" and sentence.startswith(" by ", match.end()):
            # "Al Jazeera was told by a source that …": who was told, as in "a source told Al Jazeera"
            # (an outlet only: "Residents were told by police" credits police alone)
            span = _subject(sentence, _skip_auxiliaries_back(sentence, len(before) - len(before.split()[-1])))
            if span and classify(sentence[span[0]:span[1]]) in ("news_agency", "media"):
                yield span[0], span[1], cue
        return  # passive voice: the agent, if any, follows "by"
    coordinated = _COORDINATED.search(before)
    if coordinated is not None and not _SAID_TO_BE.match(sentence, match.end()):
        # "Labour minister Anneke Vosk urged both sides to return to talks but said …": the second verb of
        # one subject speaks for the subject of the first
        span = _clause_subject(sentence, coordinated.start())
        if span:
            yield span[0], span[1], cue
        return
    cleft = _CLEFT.match(before)
    if cleft is not None:
        # "It was the Pentagon that announced …": the source is what the cleft puts first
        yield cleft.start("source"), cleft.end("source"), cue
        return
    after_quote = before[-2:-1] in (",", ".", "!", "?") and before[-1:] in ("”", '"', "'", "’")
    span = None if after_quote else _subject(sentence, end)
    if span is None and (not before or before[-1] == "," or after_quote):
        span = _forward_phrase(sentence, match.end())  # “…,” announced the Iraqi group.
    if span:
        yield span[0], span[1], cue


_WHO = re.compile(r",\s+who\s+")
_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")  # "… were closed and said to be unsafe": a passive, no speaker
_JOINED = re.compile(r"(?:and|but)\s+")
# "… and said", "… but also told": a verb coordinated with the one before it, sharing its subject
_COORDINATED = re.compile(r",?\s*\b(?:and|but)$")
# past forms of verbs a subject opens a report with that do not end in -ed ("met", "told"): the first verb of
# a clause whose second verb is a speech verb (_clause_subject); a table because no tagger ships within our
# speed limits
_IRREGULAR_PAST = frozenset("met told gave took made held led sent went came spoke put set left kept won lost ran "
                            "saw found began rose fell paid sought brought bought thought struck flew drew wrote "
                            "stood chose cut".split())


def _clause_subject(sentence: str, position: int, nearest: bool = False) -> tuple[int, int] | None:
    """The subject of the first verb of the clause that `sentence[:position]` holds: the noun phrase
    before its first finite verb (a past form, or an auxiliary), found as `_subject` finds a speaker; the person a
    relative clause there is about ("… met the strikers' leader, Jonas Brel, who rejected the offer and said …");
    with `nearest`, the subject of the last such verb ("… fell after analysts at Brask Capital cut their rating,
    adding that …")."""
    relative = list(_WHO.finditer(sentence, 0, position))
    if relative:
        return _name_before(sentence, relative[-1].start() + 1)
    tokens = list(_TOKEN.finditer(sentence, 0, position))
    for token in reversed(tokens) if nearest else tokens:
        word = token.group().strip("\"'“”‘’(),;")
        if not word.isalpha() or not word.islower():
            continue
        if word in _FINITE or word in ("has", "have", "had") or word in _IRREGULAR_PAST or (
                word.endswith("ed") and word not in _ADJECTIVE_ED):
            end = _skip_auxiliaries_back(sentence, token.start())
            if end == 0:
                return None
            span = _subject(sentence, end)
            return span if span and not _BOUNDARY_WORDS & set(sentence[span[0]:span[1]].casefold().split()) else None
    return None


_CLEFT = re.compile(r"^\W*(?:It|it)\s+(?:was|is|had\s+been|has\s+been)\s+(?:the\s+)?"
                    r"(?P<source>[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’.&-]*){0,5}"
                    r"|(?<=the\s)[a-z]+(?:\s+[a-z]+)?)\s+(?:that|who)$")


def _skip_auxiliaries_back(sentence: str, position: int) -> int:
    """Move `position` back over auxiliaries and adverbs ("have also", "reportedly") before a verb."""
    while True:
        head = sentence[:position].rstrip()
        word_start = max(head.rfind(" "), head.rfind(",")) + 1
        word = head[word_start:]
        if word and (word.casefold() in _AUXILIARIES or word.endswith("ly") and word.islower()):
            position = word_start
            continue
        return len(head)


def _subject(sentence: str, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at `end`, walking back over skippable comma chunks."""
    chunks = _chunks(sentence, end)
    for index, (start, stop) in enumerate(chunks):
        first = sentence[start:stop].split(maxsplit=1)[:1]
        opener = first[0].strip("\"'“‘(").casefold() if first else ""
        if opener not in _BOUNDARY_WORDS and (opener in _PREPOSITIONS or opener.endswith("ing")):
            continue  # "in a statement published …", "speaking on condition of anonymity"
        if opener in ("which", "who", "whose") and index + 1 < len(chunks) and len(sentence[start:stop].split()) > 1:
            continue  # "Mirvane Lines, which operates the vessel, said …": an aside on the name before it
        if _LED_BY.match(sentence, start, stop) and index + 1 < len(chunks):
            continue  # "The panel, led by retired judge Halvard Omsk, put …": who leads the body before it
        if opener in _ADVERB_CHUNKS and len(sentence[start:stop].split()) == 1:
            continue  # "The fire brigade, however, said …": an adverb set off by commas
        start, boundary = _after_boundary_word(sentence, start, stop)
        if boundary in ("after", "before", "since", "until", "when", "while", "as"):
            # "After the Monday attack the Pentagon said …": the clause's own noun phrase comes first, and the speaker
            # is the one a second determiner opens (not "after the head of the agency said", after "of")
            # (the last such phrase: "When the flames reached the roof of the warehouse the fire service said")
            last = None
            for second in _SECOND_PHRASE.finditer(sentence, start, stop):
                last = second
            if last is not None:
                start = last.start("np")
        words = sentence[start:stop].split()
        if not words:
            if boundary in ("who", "which"):
                return _name_before(sentence, start)
            continue
        previous = chunks[index + 1] if index + 1 < len(chunks) else None
        # (a phrase opening with a participle or a preposition is none: "Speaking for the Pentagon, Brigadier
        # General Patrick Ryder said …")
        # (a participle is followed by a word in lower case; "Boeing", "Anna Manning" are names)
        leading = sentence[previous[0]:previous[1]].split()[:2] if previous else []
        lead = leading[0].strip("\"'“‘(").casefold() if leading else ""
        participle = lead.endswith("ing") and len(leading) > 1 and leading[1][:1].islower()
        if previous and not boundary and not (lead in _PREPOSITIONS or participle) \
                and _is_name(sentence[previous[0]:previous[1]]):
            return previous  # an appositive: "Sabereen News, a Telegram news channel …, reported"
        if _is_noun_phrase(words):
            return start, stop
        # "A villagers' committee formed on Sunday said …": a body and when or by whom it was set up
        set_up = _SET_UP.search(sentence, start, stop)
        if set_up is not None and _is_noun_phrase(sentence[start:set_up.start()].split()):
            return start, set_up.start()
        return None
    return None


# a body's setting up after its name: "formed on Sunday", "set up by the council", "appointed last year"
_SET_UP = re.compile(r"\s+(?:formed|set\s+up|created|established|founded|appointed|convened|commissioned)\s+"
                     r"(?:on|in|by|last|this|after|earlier|to|at)\b")


# a noun phrase after a noun phrase with no word between to join them ("the Monday attack *the Pentagon*")
_SECOND_PHRASE = re.compile(r"(?<=\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)"
                            r"(?<!\bon\s)(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\band\s)(?<!\bwith\s)(?<!\bfrom\s)"
                            r"(?P<np>(?:the|a|an)\s+[\w'’-]+)", re.IGNORECASE)


def _chunks(sentence: str, end: int) -> list[tuple[int, int]]:
    """Comma/quote-separated chunks of `sentence[:end]`, nearest first, as trimmed (start, stop)."""
    chunks: list[tuple[int, int]] = []
    stop = end
    for match in reversed(list(_CHUNK_SPLIT.finditer(sentence, 0, end))):
        chunks.append(_trim(sentence, match.end(), stop))
        stop = match.start()
    chunks.append(_trim(sentence, 0, stop))
    return chunks


def _after_boundary_word(sentence: str, start: int, stop: int) -> tuple[int, str]:
    """Start of the chunk after its last clause word ("a day after security sources" → "security…")."""
    boundary = ""
    # Most chunks hold no clause word: check the folded words at once before walking the tokens
    # (str.split and _TOKEN cut at the same white space; casefold neither adds nor removes any).
    if _BOUNDARY_WORDS.isdisjoint(sentence[start:stop].casefold().split()):
        while start < stop and sentence[start].isspace():
            start += 1
        return start, boundary
    for token in _TOKEN.finditer(sentence, start, stop):
        if token.group().casefold() in _BOUNDARY_WORDS:
            start, boundary = token.end(), token.group().casefold()
    while start < stop and sentence[start].isspace():
        start += 1
    return start, boundary


def _name_before(sentence: str, position: int) -> tuple[int, int] | None:
    """The capitalised run just before `position` ("… to Reuters who reported" → "Reuters")."""
    tokens = list(_TOKEN.finditer(sentence, 0, position))
    tokens = tokens[:-1] if tokens and tokens[-1].group().casefold() in ("who", "which") else tokens
    run: list[re.Match[str]] = []
    for token in reversed(tokens):
        if not token.group()[:1].isupper():
            break
        run.insert(0, token)
    return _trim(sentence, run[0].start(), run[-1].end()) if run else None


def _is_name(chunk: str) -> bool:
    """A proper-name chunk ("Sabereen News", "Abu Alaa al-Walaei"), not an adverb ("Earlier", "Last Tuesday")."""
    words = chunk.split()
    if not words or words[0].casefold() in _ADVERB_CHUNKS or words[0].casefold() in _PREPOSITIONS:
        return False
    # The cheap capitalisation test first: most chunks fail it, and both tests must pass.
    if not all(w[:1].isupper() or w.casefold() in _NAME_CONNECTORS or w.startswith("al-") for w in words):
        return False
    return not any(_TIME_WORD.match(w) for w in words)


def _is_noun_phrase(words: list[str]) -> bool:
    """Whether a chunk can be a subject: short, no finite verb, no clause-like -ed word."""
    folded = [w.strip("\"'“”‘’()").casefold() for w in words]
    if len(words) > _MAX_SOURCE_WORDS or folded[0] in _PRONOUNS or folded[-1] in _DETERMINERS:
        return False
    if any(w in _FINITE for w in folded):
        return False
    # a capitalised word is a name, not a participle ("Reed", "Mohammed", "Khaled said")
    return not any(w.endswith("ed") and w.isalpha() and w not in _ADJECTIVE_ED and not word[:1].isupper()
                   for w, word in zip(folded, words, strict=True))


_PAST_WORD = re.compile(r"[a-z]+ed")


def _forward_phrase(sentence: str, start: int, capitalised: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at `start` ("according to te informed sources, …" → "te informed sources")."""
    tokens = list(islice(_TOKEN.finditer(sentence, start), _MAX_FORWARD_WORDS))
    end = None
    for position, token in enumerate(tokens):
        word = token.group()
        bare = word.strip("\"'“”‘’").casefold()
        if position and bare in _STOP_FORWARD or word.startswith("("):
            break
        if position == 0 and (bare in _PRONOUNS or bare in _STOP_FORWARD):
            return None
        if position and _PAST_WORD.fullmatch(word) and tokens[position - 1].group()[:1].isupper():
            break  # "announced by the Pentagon killed three people": the sentence's verb, not the name
        if capitalised and not _continues_name(word, tokens, position):
            break
        if bare in ("of", "in", "and") and not _next_capitalised(tokens, position):
            break
        end = token.end()
        if word[-1] in ",.;:!?)”":
            break
    return _trim(sentence, start, end) if end else None


def _continues_name(word: str, tokens: list[re.Match[str]], position: int) -> bool:
    """Whether `word` may be part of a capitalised name (Baghdad Al-Youm, The New Region)."""
    bare = word.strip("\"'“‘")
    if bare[:1].isupper():
        return True
    if position == 0 and bare.casefold() == "the":
        return _next_capitalised(tokens, position)
    return position > 0 and bare.casefold() in _NAME_CONNECTORS and _next_capitalised(tokens, position)


def _next_capitalised(tokens: list[re.Match[str]], position: int) -> bool:
    return position + 1 < len(tokens) and tokens[position + 1].group().strip("\"'“‘")[:1].isupper()


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span past surrounding space, punctuation and unbalanced quotes."""
    while start < end and sentence[start] in " \t\xa0\"'“”‘’,;:":
        start += 1
    while end > start and sentence[end - 1] in " \t\xa0,.;:!?“”‘’\"'":
        end -= 1
    if sentence[start:end].count('"') % 2 and sentence[end:end + 1] == '"':
        end += 1
    return start, end


def _overlaps(found: dict[tuple[int, int], Attribution], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in found)
