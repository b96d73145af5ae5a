"""What a sentence says caused something, or whom it blames: "blamed the fire on arson", "attributed the
outage to a lightning strike", "was caused by a gas leak", "blamed the Black Pine Brigade for the attack", "died of
a heart attack".

Read with a few English patterns (no parser ships within our speed limits). Each cause is the short phrase
after its cue, up to the clause's end ("blamed the latest fire on arson and said …" → "arson").
"""

from __future__ import annotations

import re

# the phrase a cue points at: up to five words, ended by a clause boundary or a word that opens another clause
_PHRASE = r"(?P<cause>(?:(?!(?:and|but|while|which|who|that|after|before|when|as|saying|adding|in|at|on|near|of|from" \
          r"|during|for|with|to)\b)[\w'’-]+\s*){1,5})"
_BETWEEN = r"(?:(?!for\b)[\w'’-]+\s+){0,6}?"  # what is blamed ("the latest fire"), not whom ("the Red Hand for")
_CAUSE = re.compile(
    r"\b(?:(?:blamed|blames|blaming|blame)\s+" + _BETWEEN + r"on|attribut(?:ed|es|ing)\s+" + _BETWEEN + r"to"
    r"|(?:caused|sparked|triggered|started)\s+by"
    # ("the delay was due to fog", "the leak was the result of corrosion", "resulted from a cracked weld"; not "down
    # to", which is as often whose turn it is: "it is down to the council to decide")
    r"|(?:was|were|is|are)\s+(?:(?:probably|likely|largely|mainly)\s+)?(?:due\s+to|the\s+result\s+of)"
    r"|resulted\s+from"
    # what someone died of ("death"): "died of a heart attack", "died from complications of heatstroke"
    r"|\b(?P<death>(?:died|dies|dying)\s+(?:of|from))(?:\s+(?:complications|injuries)\s+(?:of|from))?)\s+"
    + _PHRASE, re.IGNORECASE)
# "blamed corrosion on the outside of the pipe for the leak", "blamed poor maintenance for the collapse": what is blamed
# is everything before "for" (a lowercase phrase; a name blamed is a culprit, below)
_BLAMED_FOR = re.compile(r"\b(?:blamed|blames|blaming|blame)\s+"
                         r"(?!(?:an?|the|its|their)\s+[A-Z]|(?:him|her|them|it|us|me|by|each\s+other|one\s+another)\b)"
                         r"(?P<cause>(?:(?:an?|the|its|their)\s+)?[a-z][\w'’-]*"
                         r"(?:\s+(?!for\b|and\b|but\b|said\b|saying\b)[\w'’-]+){0,7}?)\s+for\b")
# "died of his injuries", "of her wounds": the harm of the incident itself, no cause that tells one death from another
_OWN_HARM = re.compile(r"^(?:(?:his|her|their|its)\s+)?(?:injuries|injury|wounds)$", re.IGNORECASE)
# whom it blames: "blamed the Black Pine Brigade for the attack", "blamed the Black Pine Brigade." (a name)
_CULPRIT = re.compile(r"\b(?:blamed|blames|blaming)\s+"
                      r"(?P<culprit>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})"
                      r"(?=\s+for\b|\s*[,.;]|\s*$)")
# what news copy says a cause caused: a mishap
_MISHAP = (r"(?:fire|blaze|outages?|explosion|blast|failure|collapse|leak|crash|flood|flooding|outbreak|derailment"
           r"|spill|breakdown|cracks?|cracking|blackouts?|contamination|poisoning|illness)")
_A_MISHAP = re.compile(r"\b" + _MISHAP + r"\b", re.IGNORECASE)
# the active form: "an overloaded electrical circuit caused the laundry fire" (after a clause's start or "said", "that")
_CAUSED_THE = re.compile(r"(?:^|[,;:]\s*|\b(?:that|said|says|found|concluded)\s+)(?:an?\s+|the\s+|its\s+)?"
                         r"(?P<cause>(?:(?!(?:said|says|that|and|but|had|has|have|may|might|probably)\b)[a-z][\w'’-]*"
                         r"\s+){0,4}?(?!(?:had|has|have|may|might|probably)\b)[a-z][\w'’-]*)"
                         r"(?:\s+(?:had|has|have|may\s+have|might\s+have|probably))?\s+"
                         r"(?:caused|sparked|triggered|started)\s+"
                         r"(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?" + _MISHAP + r"\b")
_ARTICLE = re.compile(r"^(?:an?|the|its|their|his|her)\s+", re.IGNORECASE)


def causes_of(text: str) -> tuple[tuple[str, str], ...]:
    """(kind, phrase) of each cause ("cause"), cause of a death ("death") or culprit ("culprit") the sentence names,
    in order."""
    low = text.lower()
    if "blam" not in low and "attribut" not in low and " by " not in low and not (
            "caused" in low or "sparked" in low or "triggered" in low or "started" in low or "died" in low
            or "dies" in low or "dying" in low or "due to" in low or "result" in low):
        return ()  # most sentences: no cue (this runs at ingest)
    found: list[tuple[int, str, str]] = []
    blamed_for = {m.start(): m for m in _BLAMED_FOR.finditer(text)} if " for " in low else {}
    for m in blamed_for.values():
        found.append((m.start(), "cause", _ARTICLE.sub("", m.group("cause").strip(" ,.;"))))
    for m in _CAUSE.finditer(text):
        if m.start() in blamed_for:
            continue  # (read whole above: "blamed corrosion on the outside … for the leak")
        phrase = _ARTICLE.sub("", m.group("cause").strip(" ,.;"))
        if phrase and not _OWN_HARM.match(phrase):
            found.append((m.start(), "death" if m.group("death") else "cause", phrase))
    # (a cause that opens the sentence, "Metal fatigue caused the cracks", read with its first letter in lower case)
    for m in _CAUSED_THE.finditer(text[:1].lower() + text[1:]):
        if not any(m.start("cause") < start + 60 and start <= m.start("cause") for start, _, _ in found):
            found.append((m.start("cause"), "cause", m.group("cause")))
    for m in _CULPRIT.finditer(text):
        found.append((m.start(), "culprit", _ARTICLE.sub("", m.group("culprit"))))
    return tuple((kind, phrase) for _, kind, phrase in sorted(found))


def names_a_mishap(text: str) -> bool:
    """Whether a text names a mishap (a fire, a leak, cracks, an outbreak…) that a cause may be given for."""
    return _A_MISHAP.search(text) is not None
