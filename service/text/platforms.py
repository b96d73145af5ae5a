"""Where a statement was made: "in a post on its X account", "in a statement published on its
Telegram channel", "at a press conference", "in a televised address" → X, Telegram, press
conference, television.

Only a platform named as the medium — after "on", "via", "to", "in", "at" with its determiners
("on its", "in a", "on state") — counts: "Sabereen News, a Telegram news channel" names an
outlet, not where something was said. "X" is a letter as well as a platform, so it counts only
right after such a preposition or before "account", "post", "page", "feed"; Twitter is X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.memo import memo

# platform written as news copy writes it → the one name it is compared by
_PLATFORMS = {
    r"X": "X", r"Twitter": "X", r"Telegram": "Telegram", r"Facebook": "Facebook", r"Instagram": "Instagram",
    r"TikTok": "TikTok", r"YouTube": "YouTube", r"WhatsApp": "WhatsApp", r"Truth\s+Social": "Truth Social",
    r"Weibo": "Weibo", r"WeChat": "WeChat", r"LinkedIn": "LinkedIn", r"Snapchat": "Snapchat",
    r"(?i:(?:official\s+)?web\s?site|web\s?page)": "website",
    r"(?i:(?:press|news)\s+(?:conference|briefing))": "press conference",
    r"(?i:televised|television|TV)": "television", r"(?i:radio)": "radio",
}
_DETERMINERS = (r"(?:(?:its|his|her|their|the|a|an|our|official|own|state|state-run|public|national|local"
                r"|verified|personal)\s+)*")
_OWNER = r"(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s\s+)?"  # "on the ministry's", "on Hamas's"
_NAMES = "|".join(f"(?:{p})" for p in _PLATFORMS)
_AFTER_PREPOSITION = re.compile(r"\b(?i:on|via|to|through|in|at|across)\s+" + _DETERMINERS + _OWNER
                                + r"(?P<name>" + _NAMES + r")(?![\w-])")
_BEFORE_NOUN = re.compile(r"(?<![\w-])(?P<name>X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|WhatsApp)"
                          r"\s+(?:account|post|posts|page|feed|channel|video|message|handle)\b")
_CANONICAL = [(re.compile(f"(?:{p})$"), name) for p, name in _PLATFORMS.items()]


# what a platform's statement is called: not what a claim about it asserts
MEDIUM_WORDS = frozenset("""account accounts post posts posted posting page feed channel video message handle
    statement address speech conference briefing website site webpage tweet tweeted wrote published""".split())


@dataclass(frozen=True)
class Platform:
    name: str  # the platform compared: "X", "Telegram", "website", "press conference", "television" …
    text: str  # as written ("on its X account")


def _canonical(written: str) -> str | None:
    return next((name for pattern, name in _CANONICAL if pattern.match(written)), None)


def is_platform(name: str) -> bool:
    """Whether a name is a platform's ("Telegram", "Truth Social"): the medium of a statement, never
    the site of an incident ("took responsibility on Telegram")."""
    return len(name) > 1 and _canonical(name) is not None


@memo(8192)
def find_platforms(text: str) -> tuple[Platform, ...]:
    """Each platform a text names as the medium of a statement, in order."""
    found: dict[int, Platform] = {}
    for pattern in (_AFTER_PREPOSITION, _BEFORE_NOUN):
        for m in pattern.finditer(text):
            name = _canonical(m.group("name"))
            if name is not None:
                found.setdefault(m.start("name"), Platform(name, m.group()))
    return tuple(found[k] for k in sorted(found))
