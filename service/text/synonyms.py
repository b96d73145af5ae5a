"""Words a news report uses for the same thing, read as one when a claim is compared with a
passage ("UAV" / "drone", "struck" / "hit" / "targeted", "soldiers" / "troops" / "forces"). A
short, hand-kept table of this domain's interchangeable words, not a thesaurus: every pair is one
that news copy uses for the same fact, and none has a stem that is another word's ("fired" is
"fire"). Amounts keep their own nouns (two rockets are not two missiles); only the stems the
rules compare for coverage and negation, and the model's overlap features, are merged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.text.extract import MONTHS, WEEKDAYS
from service.tokens import stem

_GROUPS = [
    "drone uav uavs",
    "hit struck strike strikes targeted target targeting airstrike airstrikes",
    "troops troop soldiers soldier personnel servicemembers servicemen forces",
    "housing hosting",
    "located lies lie situated sits",
    "us american americans america",
    "base airbase",
    "evacuation evacuate evacuated evacuees evacuee",
    # (not "fire": its stem is also "fired")
    "wildfire wildfires blaze blazes inferno bushfire bushfires",
    "capsized capsize capsizes capsizing overturned overturn overturns overturning",
    "arrested arrest arrests detained detain detains",
    # a promise and what it keeps on, in news copy: "vowing to continue" / "pledged to keep up"
    "vow vowed vowing vows pledge pledged pledging pledges promise promised promising",
    "continue continued continuing continues",
    "leave leaves leaving withdraw withdraws withdrawing withdrew withdrawn",
    # an aircraft "took off from" a base is "launched from" it
    "launched launch launches launching",
    "largest biggest",
    "linked associated affiliated tied connected related",
    "began begin begins begun beginning started start starts starting commenced",
    # irregular past forms the Snowball stemmer leaves apart from their verb (a table: the stemmer is the
    # index's, and no lemmatizer ships within our speed limits): "sent" is "send"
    "send sends sending sent",
    "keep keeps keeping kept",
    "pay pays paying paid",
    "uphold upholds upholding upheld",
    # "military aid" is "military assistance" in news copy
    "aid assistance",
    # "urged Israel to halt its offensive" / "called on it to cease its aggression"
    "halt halted halting halts cease ceased ceasing ceases",
    # "extra Patriot battalions … to protect US troops" / "additional … battalions … to safeguard troops"
    "additional extra",
    "protect protected protecting protects safeguard safeguarded safeguarding safeguards",
    "resign resigned resigns resigning quit quits",
    "planned scheduled",
    # hostages "freed" are "released"
    "freed released",
    # a road or a crossing "shut" is "closed"; people "abducted" were "kidnapped"
    "closed close closes closing shut shuts shutting",
    "kidnapped kidnap kidnaps kidnapping abducted abduct abducts abducting abduction",
    # a firm that "would not appeal" findings "would not challenge" them
    "appeal appealed appealing appeals challenge challenged challenging challenges",
    # a country's "envoy" to another is its "ambassador" there
    "envoy envoys ambassador ambassadors",
    # weapons "provided" to a group were "supplied" to it
    "provide provided providing provides supply supplied supplying",
    # a "steering problem" is a "steering failure" or a "steering fault" in news copy
    "problem problems failure failures fault faults malfunction malfunctions",
    # supplies that "would not be interrupted" would not be "disrupted"
    "disrupt disrupted disrupting disrupts disruption interrupt interrupted interrupting interrupts interruption",
    # a firm that was "informed" of arrests was "notified" of them (and "told of" them: _BEEN_TOLD)
    "informed inform informs informing notified notify notifies notifying",
    # a team that "arrived in" a town "reached" it
    "arrive arrived arriving arrives reach reached reaching reaches",
    # an attack or a leak "discovered" early on Monday was "detected" then
    "detect detected detecting detects discover discovered discovering discovers",
    # a minister who "toured" a site "visited" it
    "visit visited visiting visits toured touring",
    # escapees "caught" were "recaptured"
    "recaptured recapture recaptures recapturing caught catch catches catching",
]

# a storm that "came ashore" (or "moved ashore", "swept ashore") "made landfall", in its tense (not fishermen who came
# ashore as it approached)
_CAME_ASHORE = re.compile(r"\b(?P<storm>(?:cyclone|storm|hurricane|typhoon|depression)\b[^.;]{0,60}?)\b"
                          r"(?P<verb>came|comes|come|coming|moved|moves|swept|sweeps)\s+ashore\b", re.IGNORECASE)
_LANDFALL = {"came": "made", "moved": "made", "swept": "made", "comes": "makes", "moves": "makes", "sweeps": "makes",
             "come": "make", "coming": "making"}
# "she would not step down" is "she would not resign"
_STEP_DOWN = re.compile(r"\b(?:step|steps|stepping|stepped)\s+down\b", re.IGNORECASE)
# a bridge that "gave way" collapsed (not "gave way to" another: was replaced by it); a block "torn down" or "pulled
# down" was demolished
_GAVE_WAY = re.compile(r"\b(?:gave|give|gives|giving|given)\s+way\b(?!\s+to\b)", re.IGNORECASE)
_TORN_DOWN = re.compile(r"\b(?:tear|tears|tore|torn|tearing|pull|pulls|pulled|pulling)\s+down\b", re.IGNORECASE)
# a "work stoppage" or a "walkout" is a strike
_STOPPAGE = re.compile(r"\b(?:work\s+stoppage|walkout)(?P<s>s?)\b", re.IGNORECASE)
# "brought down a drone" is "downed" it: "down" alone is a stopword, so the verb would be lost
PHRASAL = re.compile(r"\b(?:brought|brings|bring|shot|shoots|shoot|took|takes|take)\s+down\b", re.IGNORECASE)
# …and an aircraft that "came down" was downed (rain that came down was not)
_CAME_DOWN = re.compile(r"\b(?P<craft>drones?|aircraft|planes?|jets?|helicopters?|UAVs?|MQ-?9s?|balloons?)\b"
                        r"(?P<between>[^.;]{0,100}?)\b(?:came|comes|come|coming)\s+down\b", re.IGNORECASE)
# "keep up its operations" (or "keep going", "keep on") is to continue them; "has left Iraq" to leave it
# ("left" alone is also a side)
_KEEP_UP = re.compile(r"\b(?:keep|keeps|keeping|kept)\s+(?:up|going|on(?=\s+\w+ing\b|\s*[.,;:!?]|\s*$))\b",
                      re.IGNORECASE)  # (not "kept on the payroll")
# "operations would go on", "will carry on until …": they will continue — only where a time, a condition
# or the clause's end follows (not "went on strike", "go on tour", "went on television", "going on")
_GO_ON = re.compile(r"\b(?:go|goes|went|gone|carry|carries|carried)\s+on\b(?=\s*(?:[.,;:!?\"”)]|$|until\b"
                    r"|unabated\b|indefinitely\b|despite\b|regardless\b|unless\b|as\s+long\s+as\b|as\s+before\b"
                    r"|for\s+(?:\w+\s+)?(?:hours|days|weeks|months|years)\b))", re.IGNORECASE)
_HAS_LEFT = re.compile(r"\b(has|have|had)\s+left\b", re.IGNORECASE)
# "the launcher turned up / was tracked down / was traced in Haditha": was found there
_TURNED_UP = re.compile(r"\b(?:(?:turned|turns|turn|turning)\s+up|(?:tracked|tracks|track|tracking)\s+down|traced)"
                        r"\s+in\b(?!\s+part\b)", re.IGNORECASE)
_PAIR_OF = re.compile(r"\ba\s+(?:pair|couple)\s+of\b", re.IGNORECASE)
_BRANDED = re.compile(r"\b(?:branded|dubbed)\b(?=\s+(?:it|them|him|her|this|that|the|as|an?)\b)", re.IGNORECASE)
_TALKED_ABOUT = re.compile(r"\b(?:talked|talks|talking|spoke|speaks|speaking)(?:\s+by\s+phone)?\s+about\b",
                           re.IGNORECASE)
_BY_PHONE = re.compile(r"\b(?:(?:in|during|on|over)\s+(?:a|an|the|their|his|her)\s+(?:(?:tele)?phone\s+)?call"
                       r"(?!\s+(?:for|to)\b)|by\s+telephone|over\s+the\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b",
                       re.IGNORECASE)  # (not "in a call for restraint")
_RESULT_IN = re.compile(r"\b(?:result|results|resulted|resulting)\s+in\b", re.IGNORECASE)
# "union members were behind the fire": responsible for it (not "fell behind the schedule", "behind the wall")
_WERE_BEHIND = re.compile(r"\b(is|are|was|were|been|be)\s+behind(?=\s+(?:the|an?|this|that|these|those|its|their)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:attacks?|fires?|blaze|blasts?|bombings?|explosions?|strikes?|killings?"
                          r"|murders?|plots?|hacks?|cyberattacks?|sabotage|shootings?|raids?|arson|riots?|leaks?"
                          r"|campaign|ambush|assassination)\b)", re.IGNORECASE)
# "went after Ain al-Asad", "going after the convoy": an attack on a named target or a site (not "went after
# the match", "left after lunch")
_DAYS_NAMED = "|".join(sorted((w.capitalize() for w in [*WEEKDAYS, *MONTHS]), key=len, reverse=True))
_WENT_AFTER = re.compile(r"\b(?:went|go|goes|going|gone)\s+after(?=\s+(?:(?!(?:" + _DAYS_NAMED
                         + r"|Christmas|Easter|Ramadan|Eid|New\s+Year)\b)[A-Z]"
                         r"|(?:the|a|an|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:base|bases|camp|airport|port|convoy|depot|embassy|forces|troops"
                         r"|positions?|outpost)\b))")
_TOOK_RESPONSIBILITY = re.compile(r"\b(?:took|taken|take|takes|taking|accepted|accepts|accept|admitted)\s+"
                                  r"(?:full\s+)?responsibility\b", re.IGNORECASE)
# a group "identifying themselves as X", "styling itself X", "which describes itself as X": it calls itself X
_CALLS_ITSELF = re.compile(r"\b(?:identif(?:y|ies|ied|ying)|describ(?:e|es|ed|ing)|styl(?:e|es|ed|ing)"
                           r"|nam(?:e|es|ed|ing)|call(?:s|ed|ing)?)\s+(?:themselves|itself|himself|herself)(?:\s+as)?\b",
                           re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:declin\w*|refus\w*|not|never|without|n't)\s+(?:to\s+)?$", re.IGNORECASE)


def self_named(text: str) -> str:
    """The text with "identifying themselves as", "styling itself", "describes itself as" … read as
    "called themselves" (not after "declined to", "refused to", "not")."""
    return _CALLS_ITSELF.sub(_called, text)


@lru_cache(maxsize=1024)
def name_called(text: str) -> str | None:
    """The name a text says something calls itself ("calling itself al-Thawriyoun" → al-Thawriyoun)."""
    m = _CALLS_ITSELF.search(text)
    if m is None or _REFUSED.search(text, max(0, m.start() - 20), m.start()):
        return None
    name = _NAME_AFTER.match(text, m.end())
    return name.group("name") if name else None


_NAME_AFTER = re.compile(r"\s+[\"“'‘]?(?:the\s+|The\s+)?(?P<name>(?:(?:al|el|ad|as|an|ar)-)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:(?:al|el|ad|as|an|ar)-)?[A-Z][\w'’-]*){0,4})")


def _called(m: re.Match[str]) -> str:
    """"called themselves", unless refused or denied ("declined to identify themselves as …")."""
    return m.group() if _REFUSED.search(m.string, max(0, m.start() - 20), m.start()) else "called themselves"


# "came under rocket fire", "has come under attack by X": was attacked (by rockets, by X)
_UNDER_FIRE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|renewed|repeated|intense)\s+)?"
                         r"(?P<kind>(?:rocket|missile|drone|mortar|artillery|gun)\s+)?"
                         r"(?:fire|attacks?|bombardment|shelling)\b", re.IGNORECASE)
# "had warned they would hit American interests": threatened to (a warning of one's own attack, not
# of a flood or of job cuts)
_WARNED_WOULD = re.compile(r"\b(?:warned|warns|warn|warning)\s+(?:that\s+)?(?:they|it|he|she|we)\s+would\s+"
                           r"(?=(?:hit|attack|target|strike|bomb|shell|retaliate)\b)", re.IGNORECASE)
# "no direct instruction from Tehran": an order (the noun; "instructed the jury" is no order)
_INSTRUCTION = re.compile(r"\b(?:(?<=\bno\s)|(?<=\ba\s)|(?<=\bany\s)|(?<=\bdirect\s)|(?<=\bexplicit\s))"
                          r"instructions?\b(?=\s+(?:from|to|by)\b)", re.IGNORECASE)
# "should Washington step in": intervene
_STEP_IN = re.compile(r"\b(?:step|steps|stepped|stepping)\s+in\b(?!\s+(?:the|a|an|his|her|its|their)\b)", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:called|call|calls|calling)\s+off\b", re.IGNORECASE)
_GO_AHEAD = re.compile(r"\b(?:go|goes|going|gone|went)\s+ahead\b(?!\s+of\b)", re.IGNORECASE)
_PUSHED_BACK = re.compile(r"\b(?:pushed|push|pushes|pushing)\s+back\b(?!\s+(?:against|on|at)\b)", re.IGNORECASE)
_ON_HOLD = re.compile(r"\b(?:put|puts|putting|placed)\s+(?P<what>(?:[\w'’-]+\s+){1,6}?)on\s+hold\b", re.IGNORECASE)
_TOOK_OFF = re.compile(r"\b(?:took|taken|take|takes|taking)\s+off\s+from\b", re.IGNORECASE)
# "U.S." is "US": the word pattern cuts initials into single letters, which are never compared
_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?")
# "the launcher was later found in Haditha" is where it was located, like "turned up in"
# a presence that "goes back to 2014" began in 2014
# "two days ahead of schedule" is early, "behind schedule" late
_AGAINST_SCHEDULE = re.compile(r"\b(ahead|behind)\s+(?:of\s+)?schedule\b", re.IGNORECASE)
_BACK_TO = re.compile(r"\b(?:goes|go|went|dates|dated|date|dating)\s+back\s+to(?=\s+(?:the\s+)?(?:early\s+|late\s+"
                      r"|mid-?)?(?:\d{4}|\d{2}s|January|February|March|April|May|June|July|August|September|October"
                      r"|November|December)\b)", re.IGNORECASE)
_FOUND_IN = re.compile(r"\b(?:found|discovered)\s+(?P<prep>in|at|near)\b(?!\s+(?:favou?r|contempt|breach|violation"
                       r"|possession|guilty)\b)", re.IGNORECASE)


_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")
_PUT_CROWD_AT = re.compile(r"\b(?:put|puts|putting|placed)\s+(?P<owner>the|its|their)\s+(?:crowd|turnout|attendance)"
                           r"\s+(?=at\b)", re.IGNORECASE)


def unphrase(text: str) -> str:
    """The text with phrasal verbs of this table as their one-word synonym."""
    if "ashore" in text:
        text = _CAME_ASHORE.sub(lambda m: f"{m.group('storm')}{_LANDFALL[m.group('verb').lower()]} landfall", text)
    if "stoppage" in text or "walkout" in text:
        text = _STOPPAGE.sub(lambda m: f"strike{m.group('s')}", text)
    if " way" in text:
        text = _GAVE_WAY.sub("collapsed", text)
    if "down" in text:
        text = _TORN_DOWN.sub("demolished", text)
        text = _STEP_DOWN.sub("resign", text)  # "would not step down": would not resign (before "downed" reads it)
        text = PHRASAL.sub("downed", text)
        text = _CAME_DOWN.sub(lambda m: f"{m.group('craft')}{m.group('between')}downed", text)
    if "ep" in text or "ee" in text:
        text = _KEEP_UP.sub("continue", text)
    if " on" in text:
        text = _GO_ON.sub("continue", text)
    if "left" in text:
        text = _HAS_LEFT.sub(r"\1 withdrawn", text)
    if " up in" in text or " down in" in text or "traced in" in text:
        text = _TURNED_UP.sub("located in", text)  # "the launcher turned up in Haditha": was found there
    if " of " in text:
        text = _PAIR_OF.sub("two", text)  # "a pair of armed drones": two (not "an elderly couple")
    if "branded" in text or "dubbed" in text:
        text = _BRANDED.sub("labeled", text)  # "branded it a serious escalation" (not "a branded drink")
    if "describ" in text:
        text = _DESCRIBED_AS.sub("called", text)  # "described the group as a front": called it a front
    if "talk" in text or "spoke" in text:
        text = _TALKED_ABOUT.sub("discussed", text)  # "talked about regional developments" (not "talk of a merger")
    if "call" in text or "phone" in text:
        text = _BY_PHONE.sub("by phone", text)  # "discussed it in a call" / "talked by telephone"
    if "result" in text:
        text = _RESULT_IN.sub("caused", text)  # "did not result in casualties": caused none (not "as a result of")
    if " behind " in text:
        text = _WERE_BEHIND.sub(r"\1 responsible for", text)  # "were behind the attack"
    if " after " in text:
        text = _WENT_AFTER.sub("targeted", text)  # "two drones went after the base": targeted it
    if "responsibility" in text:
        text = _TOOK_RESPONSIBILITY.sub("claimed responsibility", text)  # "took responsibility for the attack"
    if "sel" in text:
        text = self_named(text)
    if " under " in text:
        text = _UNDER_FIRE.sub(lambda m: "attacked" + (f" by {m.group('kind').strip()}" if m.group("kind") else ""),
                               text)
    if "warn" in text:
        text = _WARNED_WOULD.sub("threatened to ", text)
    if "instruction" in text:
        text = _INSTRUCTION.sub("order", text)
    if " in" in text and "step" in text:
        text = _STEP_IN.sub("intervene", text)
    if " off" in text:
        text = _TOOK_OFF.sub("launched from", text)
        text = _CALLED_OFF.sub("cancelled", text)  # "the jazz weekend was called off"
    if " ahead" in text:
        text = _GO_AHEAD.sub("proceed", text)  # "will go ahead as planned" (not "ahead of schedule", "the go-ahead")
    if " back" in text:
        text = _PUSHED_BACK.sub("postponed", text)  # "pushed back its exams by a week"
    if " on hold" in text:
        text = _ON_HOLD.sub(lambda m: f"suspended {m.group('what').rstrip()}", text)  # "put a planned strike on hold"
    if "put" in text or "placed" in text:
        text = _PUT_CROWD_AT.sub(r"estimated \g<owner> attendance ", text)  # "Police put the crowd at about 3,000"
    if "." in text:
        text = _INITIALS.sub(lambda m: "".join(g for g in m.groups() if g), text)
    if " in" in text or " at" in text or " near" in text:
        text = _FOUND_IN.sub(r"located \g<prep>", text)
    if " back to" in text:
        text = _BACK_TO.sub("began in", text)
    if "schedule" in text:
        text = _AGAINST_SCHEDULE.sub(lambda m: "early" if m.group(1).lower() == "ahead" else "late", text)
    if "told" in text:
        text = _BEEN_TOLD.sub(r"\1 informed ", text)  # "had not been told of any arrests": not informed of them
    if "-" in text:
        text = _DESIGNATION.sub(r"\1\2", text)  # "MQ-9", "F-16": one designation, written "MQ9" as often
        if "year-old" in text:
            text = _YEAR_OLD.sub(r"\1", text)  # "54-year-old Pavel Oriak" is "Pavel Oriak, 54": the age alone
    return text


# "described the group as a front for …" is "called the group a front for …" (not "described the attack in detail")
_DESCRIBED_AS = re.compile(r"\b(?:described|describes|describing|describe)\b(?=(?:\s+[\w'’-]+){1,6}?\s+as\s)",
                           re.IGNORECASE)


# "had been told of the arrests" (not "told reporters", a speaker's words)
_BEEN_TOLD = re.compile(r"\b(been|was|were|being)\s+told\s+(?=(?:of|about)\b)", re.IGNORECASE)


# a model designation: capitals, a hyphen, digits ("MQ-9 Reaper", "F-16", "S-400"; not "COVID-19"'s
# lower case, nor "al-Asad")
_DESIGNATION = re.compile(r"\b([A-Z]{1,3})-(\d{1,3}[A-Z]?)\b")


# stem → the stem of its group's first word
CANONICAL: dict[str, str] = {stem(word): stem(group.split()[0]) for group in _GROUPS for word in group.split()}

# amount hedges ("roughly 100 miles"): part of an amount, not of what the claim says
APPROXIMATE = frozenset("roughly approximately nearly almost around".split())


# Verbs of what an actor does that the other of the pair denies, in news copy: a passage that
# restates the claim with the other verb ("attacks will continue" against "were halting their
# attacks") contradicts it. Kept to acts and decisions; trends (rise / fall) are the model's cue.
# (Not resume / halt nor reopen / close: "flights resumed after the storm" follows "were halted during
# it"; not succeed / fail nor admit / deny, each of which has another sense.)
_OPPOSED_PAIRS = """continue/halt continue/stop continue/suspend continue/cease continue/end escalate/halt
    stay/leave remain/leave open/close approve/reject accept/reject confirm/deny support/veto back/veto
    approve/veto agree/disagree heed/ignore heed/disregard obey/ignore obey/defy comply/defy
    increase/decrease increase/drop increase/decline rise/drop rise/decline
    admit/deny acknowledge/deny concede/deny concede/reject accept/deny agree/reject agree/refuse
    accept/refuse miss/hit work/fail succeed/fail pass/fail survive/die survive/kill
    double/halve triple/halve convict/acquit uphold/overturn uphold/quash raise/lower raise/cut hire/fire
    early/late accept/appeal accept/challenge ban/allow ban/permit bar/allow bar/permit bar/open
    cancel/proceed cancel/open postpone/proceed""".split()
# a trend told by irregular verbs ("infections had risen" / "have fallen"), each form against each (not merged as
# synonyms: the stance model's features are read from the stems as they are)
_OPPOSED_PAIRS += [f"{a}/{b}" for a in ("rise", "risen", "rose", "increase") for b in ("fall", "fallen", "fell")]
_OPPOSED_PAIRS += [f"{a}/{b}" for a in ("risen", "rose") for b in ("drop", "decline")]
# (a match or a vote won is not lost: "went on to win the cup semi-final" / "lost the cup semi-final")
_OPPOSED_PAIRS += [f"{a}/{b}" for a in ("win", "won") for b in ("lose", "lost")]
OPPOSED: dict[str, frozenset[str]] = {}
for _pair in _OPPOSED_PAIRS:
    _a, _b = (CANONICAL.get(stem(w), stem(w)) for w in _pair.split("/"))
    OPPOSED[_a] = OPPOSED.get(_a, frozenset()) | {_b}
    OPPOSED[_b] = OPPOSED.get(_b, frozenset()) | {_a}
