"""Words of a text, as every part of the workbench sees them.

One definition of a "word" (letters and digits, apostrophes inside, accents folded, lowercased)
and of its English stem is shared by the vocabulary, highlighting and claim analysis, so that a
word the index matched is the word that gets marked. The stemmer is Snowball English — the same
algorithm as tantivy's `en_stem` and Elasticsearch's `english` analyzer.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD_PATTERN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)  # what `words` yields
_LOCAL = threading.local()  # a Snowball stemmer keeps its word in the instance: one per thread

# Function words that carry no evidence on their own; kept short on purpose so that
# negations ("not", "no") and quantities are never dropped.
STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here there
    when where why how all any both each few more most other some such only own same so than too
    very s t can will just don should now is are was were be been being have has had having do does
    did doing i me my we our you your he him his she her it its they them their what which who whom
    this that these those am as until while would could also said says say""".split()
)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str  # as written

    @property
    def norm(self) -> str:
        return normalize(self.text)


def normalize(word: str) -> str:
    """Lowercase with accents and typographic apostrophes folded: 'Ḥasakah’s' → "hasakah's"."""
    # ASCII, most words, has nothing to decompose or fold and casefolds as lower(): no cache needed
    return word.lower() if word.isascii() else _fold(word)


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_POSSESSIVE_END = re.compile(r"['’]s$")


def without_possessive(name: str) -> str:
    """A name without the possessive it ends with ("Iraq's" → "Iraq")."""
    return _POSSESSIVE_END.sub("", name)


# words ending in "men" that are no plural of a "-man" ("specimen", "Yemen")
_NOT_MEN = frozenset("specimen regimen abdomen acumen stamen hymen semen yemen omen amen ramen".split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball English stem of a normalized word."""
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    norm = normalize(word)
    # Snowball leaves irregular plurals alone: "fishermen", "gunmen", "women" and "children" are the
    # plurals of "fisherman", "gunman", "woman" and "child" ("one fisherman" against "two fishermen").
    # Written here because the only irregular plurals news counts often are these two kinds.
    if norm.endswith("men") and len(norm) > 4 and norm not in _NOT_MEN:
        norm = norm[:-3] + "man"
    elif norm == "children":
        norm = "child"
    return str(stemmer.stemWord(norm))


def word_stems(text: str) -> set[str]:
    """The stems of a text's words as written (letters only; no stopword left out, no synonym merged)."""
    return {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", text)}


def words(text: str) -> Iterator[Word]:
    """Every word of `text` with its offsets."""
    for match in WORD_PATTERN.finditer(text):
        yield Word(match.start(), match.end(), match.group())


def index_terms(text: str) -> list[str]:
    """The normalized words of a text, split at apostrophes like the search engines do."""
    return [part for w in words(text) for part in re.split(r"'", w.norm) if part]


def content_words(text: str) -> list[Word]:
    """Words that are not stopwords."""
    return [w for w in words(text) if w.norm not in STOPWORDS]
