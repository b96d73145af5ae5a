"""The rank a sentence says something holds in a series: "It was the third attack on the base this month"
→ (3, "attack", "on base month"); "The July 16 fire was the first failure at the Sulbrin substation" → (1,
"failur", "at Sulbrin substat").

Only a rank said of something (after "was", "is", "marked", "became"): "the second attack came on Thursday"
uses the rank to pick out which attack it speaks of, and says nothing of its place in a series. Ordinal
words are few and closed, so a table reads them (no library reads "the third such attack" as a rank of
attacks)."""

from __future__ import annotations

import re

from service.text.extract import WORD_VALUES
from service.tokens import stem

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
# "was the third", "marked its first", "has been the second"; the words of the ranked noun follow, up to three
# ("the first post-election violence", "the third such attack"), ended by a preposition, a clause or a stop
_RANKED = re.compile(r"\b(?:was|is|were|are|marked|marks|became|becomes|been|be)\s+(?:the|its|their|his|her)\s+"
                     r"(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
                     r"(?P<words>(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)"
                     r"(?=\s+(?:in|at|on|of|since|this|that|for|to|against|by|from|with|after|before|when|where"
                     r"|which|who|the|a|an|so|ever|recorded|reported|known|there|here)\b|\s*[,.;:!?)]|\s*$)"
                     # (and what the series is of: "on the base this month", up to the clause's end)
                     r"(?P<tail>[^,.;:!?()]{0,60})", re.IGNORECASE)
# the order of the incident a figure is given for, after it ("about 30,000 cubic metres in the second")
_ORDER_AFTER = re.compile(r"\b(?:in|of|for|during|on|at)\s+the\s+(?P<order>" + "|".join(_ORDINALS)
                          + r"|latest|last|earlier|later|previous)\b", re.IGNORECASE)


def order_named(clause: str) -> str | None:
    """The order a clause gives the incident it speaks of ("… moved in the first slide" → "first"), lower case."""
    found = _ORDER_AFTER.search(clause)
    return found.group("order").lower() if found is not None else None


# words of a series' qualifier that do not tell one series from another ("this month" / "that month")
_DEICTIC = frozenset("this that these those there here the a an its their his her so far ever yet".split())
# what a rank of is no series of incidents: parts of a time ("the first week of March"), of a text, of a race
_NOT_SERIES = frozenset(stem(w) for w in """time day week month year quarter half hour minute round phase stage step
    part half place lady minister secretary person people one ones""".split())


def ranks_of(text: str) -> tuple[tuple[int, str, str], ...]:
    """Each rank the text says something holds, as (rank, the stem of the ranked noun, the words after it that say
    what the series is of, space-separated: names as written, other words by their stem)."""
    found = []
    for m in _RANKED.finditer(text):
        written = m.group("ord").lower()
        rank = _ORDINALS.get(written) or int(re.match(r"\d+", written).group())  # type: ignore[union-attr]
        head = stem(m.group("words").split()[-1].lower())
        if head not in _NOT_SERIES and rank:
            # (a name as written, a common word by its stem: "on the base this month" → "on base month", "on US forces"
            # → "on US forc")
            tail = [w if w[:1].isupper() else stem(w) for w in re.findall(r"[A-Za-z][\w'-]*", m.group("tail"))
                    if w.lower() not in _DEICTIC][:6]
            found.append((rank, head, " ".join(tail)))
    return tuple(found)


# what an incident is called when a rank picks one out of a series at one site ("the second fire at the warehouse",
# "the first raid on the Kestrel Daily", "the latest outage"): the kinds events.INCIDENT_KINDS reads, and the
# incidents that happen to a place again and again
RANKED_KINDS = (r"attack|strike|raid|assault|bombing|shelling|barrage|incident|explosion|blast|fire|blaze|collapse"
                 r"|crash|derailment|leak|spill|outage|blackout|failure|flood|landslide|slide|rockfall|avalanche|riot|shooting"
                 r"|siege|robbery|hold-up|break-in|burglary|outbreak|eruption|earthquake|quake|aftershock|storm"
                 r"|kidnapping|abduction|escape|breakout|protest|rally|march|seizure|hijacking|poisoning|stoppage"
                 r"|walkout|evacuation|bomb\s+scare|heatwave|cyberattack|hack|breach")
_LATEST = {"last": -1, "latest": -1, "most recent": -1}
EARLIER = -2  # "the earlier fire", "the previous attack": the one before the incident the text reports
_EARLIER = {"earlier": EARLIER, "previous": EARLIER, "prior": EARLIER}
# the words that call one kind of incident (a passage may call "the second landslide" a slide, a fire a blaze)
_KIND_GROUPS = [frozenset(group.split()) for group in (
    "landslide slide landslip mudslide rockslide", "fire blaze wildfire bushfire", "explosion blast",
    "attack strike assault", "outage failure blackout", "leak spill", "earthquake quake", "escape breakout",
    "robbery hold-up raid", "kidnapping abduction")]
# the verb that tells an incident of the kind began ("the mine collapsed on Monday", "gunmen robbed the branch on
# Tuesday"), for kinds that have one
_ONSET_VERBS = {"collapse": "collapsed", "explosion": "exploded", "blast": "exploded", "eruption": "erupted",
                "flood": "flooded", "fire": "caught fire|burned|burnt", "robbery": "robbed", "raid": "raided",
                "kidnapping": "kidnapped|abducted", "abduction": "kidnapped|abducted", "attack": "attacked",
                "leak": "leaked", "derailment": "derailed", "crash": "crashed",
                **dict.fromkeys(("blackout", "outage"), r"lost\s+(?:power|electricity)|went\s+dark")}
# a noun after the kind's that makes it no incident: "the fire service", "the blast furnace", "fire crews"
_NOT_INCIDENT_AFTER = (r"furnace|drill|doors?|exits?|escape|alarms?|safety|service|brigade|crews?|station|walls?"
                       r"|insurance|warnings?|season|engines?|fighters?|department|chief|officers?|inspectors?"
                       r"|hazard|code|victims|survivors|investigators?|investigation|inquiry|ban|proof|sale|shelter"
                       r"|leaders?|officials?|organi[sz]ers|water|waters|barriers?|defen[cs]es|inspections?|suspects?"
                       r"|debris|damage|zone|plans?|marshals|police|levels?|alerts?|sirens?|reports?|risks?")
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "the second fire", "the first Grauwand avalanche", "the latest Teslin outage": a rank before the incident's kind,
# with up to two words between (a name, a modifier; not a rank of something else before the kind: "the first floor
# fire", "the first aid station", "the second largest fire")
# (or an owner's: "Varnholt's second blackout")
_INCIDENT_RANK = re.compile(r"\b(?:[Tt]he|(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s)\s+"
                            r"(?P<ord>" + "|".join([*_ORDINALS, *_LATEST, *_EARLIER]) + r")\s+"
                            r"(?!(?:floor|storey|story|time|aid|responders?|half|quarter|round|class|lady|phase|stage"
                            r"|line|wave|week|day|month|year|hour|minute|most|\w+est)\b)"
                            r"(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<kind>" + RANKED_KINDS + r")(?:e?s)?\b"
                            # (and the site it was at, when a name follows: "at the Brennick warehouse", "hit
                            # Ketterby", "on Halden's Sarrow Street branch")
                            r"(?:\s+(?:at|on|of|in|near|against|inside|outside|hit|struck|that\s+hit)\s+(?:the\s+)?"
                            # (not a month: "the first blackout in March")
                            r"(?!(?:" + _MONTHS + r")\b)(?P<site>" + _NAME + r")(?:\s+[a-z]+){0,2})?")
# a rank said of something ("was the third attack"): its place in a series, which ranks_of reads, not which one
_RANK_SAID = re.compile(r"\b(?:was|is|were|are|marked|marks|became|becomes|been|be|as)\s+$", re.IGNORECASE)
_NAME_WORDS = re.compile(_NAME)


def incident_rank(text: str) -> tuple[int, frozenset[str], str, str | None] | None:
    """The rank by which a text picks its incident out of a series at one site — "No one was hurt in the first fire
    at the Brennick warehouse" → (1, {"fire", "blaze", …}, "the first fire at the Brennick warehouse", "Brennick"): the
    rank (the last one is -1, "the latest outage", the one before the text's own EARLIER), the words for the
    incident's kind, the words that name the incident with the site they put it at, and the name of that
    site when they give one ("the first Grauwand avalanche": Grauwand) — or None. Not a rank the text says something
    holds ("It was the third attack on the base": ranks_of)."""
    for m in _INCIDENT_RANK.finditer(text):
        if _RANK_SAID.search(text, 0, m.start()):
            continue
        written = m.group("ord").lower()
        named = _NAME_WORDS.search(m.group("words"))
        # ("Varnholt's second blackout": the owner before the rank is its site)
        site = m.group("site") or (named.group() if named else None) or m.group("owner")
        kind = m.group("kind").lower().split()[-1]
        return (_ORDINALS.get(written) or _LATEST.get(written) or _EARLIER[written],
                next((group for group in _KIND_GROUPS if kind in group), frozenset([kind])),
                text[m.start():m.end()], _owned_site(site) if site else None)
    return None


_RANK_WORD = re.compile(r"\b(?:" + "|".join([*_ORDINALS, *_LATEST, *_EARLIER]) + r")\b", re.IGNORECASE)


def ranked_subject(text: str) -> bool:
    """Whether a sentence opens with an incident named by its rank ("The second outage lasted …", "Varnholt's second
    blackout …")."""
    if _RANK_WORD.search(text, 0, 48) is None:
        return False  # (no rank among its first words: most sentences, read at ingest)
    rank = incident_rank(text)
    return rank is not None and text.lstrip(" \"“'‘").startswith(rank[2])


_KIND_WORD = re.compile(r"\b(" + RANKED_KINDS + r")(?:e?s)?\b", re.IGNORECASE)


def incident_kinds(text: str) -> frozenset[str]:
    """The words for the kinds of incident a text names, with their families ("the failed pirate attack": attack,
    strike, assault), for onset_on."""
    named = {m.group(1).lower() for m in _KIND_WORD.finditer(text)}
    return frozenset(w for kind in named for w in next((g for g in _KIND_GROUPS if kind in g), frozenset([kind])))


def _owned_site(name: str) -> str:
    """A site's name without its owner's ("Halden's Sarrow Street branch" is the Sarrow Street branch)."""
    return re.split(r"['’]s\s+(?=[A-Z])", re.sub(r"['’]s$", "", name))[-1]


def onset_on(text: str, start: int, end: int, kinds: frozenset[str], site: str | None = None) -> bool:
    """Whether the day stated at text[start:end] is the day an incident of one of these kinds (incident_rank's
    words) began there: the day's own ("Thursday's fire"), or a day in a clause the incident opens ("A fire tore through
    the warehouse late on Monday", "A second landslide struck the slope on Thursday") or told by its verb ("the mine
    collapsed on Monday") — not a day of what came after ("Firefighters were still battling the blaze on Tuesday",
    "The sawmill fired its watchman on Wednesday", "The blast furnace was restarted on Wednesday"). With `site`, the
    incident's verb may stand further from the day when the site is its object."""
    kind = r"(?i:" + "|".join(re.escape(k) for k in sorted(kinds)) + r")(?:e?s)?\b(?!\s+(?:" + _NOT_INCIDENT_AFTER \
        + r")\b)(?![-'’])"
    if re.match(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + kind, text[end:]):
        return True
    # (the clause the day is in: from the stop, semicolon, colon or comma before it — not one inside a figure; not a
    # clause of the incident's end, "The Brenno fire was contained on Wednesday evening")
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    head = text[opened:start]
    if _ENDED.search(head) or _ENDED.match(text, end):
        return False
    # ("A ransomware attack on Monday disrupted …": the incident's words with the day; not "A heart attack")
    if re.match(r"\s*(?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree)\s+)?(?:(?:second|third|fourth|fifth|new|fresh|"
                r"further|huge|large|massive|major|small|deadly)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                r"(?:(?!heart|panic|asthma|anxiety)[a-z][\w-]*\s+)?" + kind, head):
        return True
    # ("The medical centre was hit by a second ransomware attack on Wednesday": it befell the clause's subject)
    if re.search(r"\b(?:was|were)\s+(?:hit|struck|targeted|rocked|swept|damaged)\s+by\s+(?:an?|the)\s+"
                 r"(?:[\w'’-]+\s+){0,2}?" + kind + r"\s+(?:[\w'’-]+\s+){0,3}$", head):
        return True
    verbs = "|".join(_ONSET_VERBS[k] for k in sorted(kinds) if k in _ONSET_VERBS)
    if not verbs:
        return False
    if re.search(r"\b(?:" + verbs + r")\s+(?:[\w'’-]+\s+){0,3}$", head) is not None:
        return True
    # ("Police raided the Garnet Street office of the Kestrel Daily in central Ostrelle on Tuesday": the verb's object
    # the site, however far the day; not "Police raided flats near the Kestrel jewellery shop on Friday")
    done = re.search(r"\b(?:" + verbs + r")\s+(?P<object>(?:(?:the|a|an|of|[A-Z][\w'’-]*|[a-z]+)\s+){0,8}?)"
                     + re.escape(site) + r"\b", head) if site else None
    return done is not None and _PREPOSITION.search(done.group("object")) is None


def onset_rank(text: str, start: int) -> int | None:
    """The rank the clause of a day at `start` gives the incident it opens ("A third explosion hit the plant on
    Monday": 3; "Two explosions rocked the plant on Monday": the second of two, 2), or None."""
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    said = _OPENING_RANK.match(text, opened, start)
    if said is None:
        return None
    return _ORDINALS[said.group("ord").lower()] if said.group("ord") else WORD_VALUES[said.group("n").lower()]


_OPENING_RANK = re.compile(r"\s*(?:[Aa]\s+(?P<ord>" + "|".join(_ORDINALS) + r")|(?P<n>[Tt]wo|[Tt]hree|[Ff]our))\s+")
_PREPOSITION = re.compile(r"\b(?:in|on|at|near|by|for|from|to|with|outside|inside|behind|beside|across|along|into)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?](?=\s)|,(?=\s)")
_ENDED = re.compile(r"\b(?:contained|extinguished|put\s+out|under\s+control|doused|ended|resumed|reopened|lifted"
                    r"|called\s+off|receded|still|continued|continuing)\b", re.IGNORECASE)
