"""The learned half of stance: hand-built claim–passage features and a small logistic regression.

The weights in `data/stance_model.json` were trained by `evaluation/train_stance.py` on the
tune split of CLIMATE-FEVER (Diggelmann et al., 2020, arXiv:2012.00614) only; nothing else is
learned and no pretrained model is used. Prediction is a dot product over a few hundred sparse
features, cheap enough for the pool of every dossier.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import KeysView, Mapping
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from service.dossier.model import STANCES, ClaimAnalysis, Reason, Stance
from service.memo import memo
from service.text.synonyms import APPROXIMATE, CANONICAL, unphrase
from service.tokens import STOPWORDS, normalize, stem

MODEL_PATH = Path(__file__).resolve().parent / "data" / "stance_model.json"

# Words that, in a passage, tend to mark disagreement, doubt or a contrast with a claim.
CONTRAST_CUES = frozenset(stem(w) for w in """however but although despite contrary myth false incorrect
    misleading disputed debunked no not never little unlikely unclear denied deny rejects rejected
    overestimated exaggerated decline declined decrease decreased fell cooling stable unchanged""".split())
# A small hand-made lexicon of general English opposites (not drawn from any evaluation data):
# a claim word whose opposite the passage uses is a contradiction cue. Compared by Snowball stem.
_OPPOSITES = """increase/decrease increase/reduce increase/decline increase/fall rise/fall rise/drop rise/decline
    grow/shrink growth/decline gain/loss gain/lose warm/cool warmer/cooler warming/cooling hot/cold heat/cold
    more/less more/fewer high/low higher/lower highest/lowest up/down expand/contract expand/shrink
    accelerate/slow faster/slower melt/freeze thicken/thin thick/thin advance/retreat wet/dry flood/drought
    strong/weak strengthen/weaken stronger/weaker large/small larger/smaller big/small major/minor
    positive/negative cause/prevent support/oppose accept/reject confirm/deny true/false correct/wrong
    safe/dangerous benefit/harm good/bad improve/worsen better/worse success/failure win/lose start/stop
    begin/end above/below always/never all/none many/few most/few likely/unlikely possible/impossible
    agree/disagree natural/artificial increasing/decreasing rising/falling gaining/losing""".split()
OPPOSITE_STEMS: dict[str, frozenset[str]] = {}
for _pair in _OPPOSITES:
    _a, _b = (stem(w) for w in _pair.split("/"))
    OPPOSITE_STEMS[_a] = OPPOSITE_STEMS.get(_a, frozenset()) | {_b}
    OPPOSITE_STEMS[_b] = OPPOSITE_STEMS.get(_b, frozenset()) | {_a}
HEDGE_CUES = frozenset(stem(w) for w in """may might could possibly perhaps suggest suggests uncertain likely
    estimate estimated projected predicted models scenario""".split())
NEGATION_WORDS = frozenset("not no never nor neither without cannot none nothing nobody".split())

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)  # service.tokens.words' definition of a word


# A noun made of a verb by "-ment" reads as the verb ("still receiving treatment" / "still being treated",
# "the deployment" / "deployed"): Snowball keeps derivations apart, and no derivational stemmer ships within our speed
# limits, so this one suffix is stripped here, from stems of at least four letters left (not "comment", "moment"), but
# for words whose rest is another word of news copy ("basement" is no base).
_MENT_KEPT = frozenset(("basement", "department", "apartment", "garment", "tournament", "parliament"))


def _without_ment(word_stem: str) -> str:
    if word_stem.endswith("ment") and len(word_stem) >= 8 and word_stem not in _MENT_KEPT:
        return word_stem[:-4]
    return word_stem


_WORD_STEMS: dict[str, tuple[str, tuple[str, ...]]] = {}
_MAX_WORDS = 262144


def _word_stems(word: str) -> tuple[str, tuple[str, ...]]:
    """(stem of the whole word, stems of its content parts split at apostrophes as index_terms does).

    Cached per word in a plain dict (emptied when full; see service/memo.py): a passage is then one regex
    pass and a lookup per word, which is what a cold pool costs."""
    found = _WORD_STEMS.get(word)
    if found is None:
        norm = normalize(word)
        whole = _without_ment(stem(norm))
        whole = CANONICAL.get(whole, whole)  # "UAV" reads as "drone" (service.text.synonyms)
        if "'" not in norm:  # one part, the whole word
            found = whole, ((whole,) if norm not in STOPWORDS and len(norm) > 1 and norm not in APPROXIMATE else ())
        else:
            found = whole, tuple(CANONICAL.get(_without_ment(stem(p)), _without_ment(stem(p))) for p in norm.split("'")
                                 if p and p not in STOPWORDS and len(p) > 1)
        if len(_WORD_STEMS) >= _MAX_WORDS:
            _WORD_STEMS.clear()
        _WORD_STEMS[word] = found
    return found


# What the rules and the model read of a text's words, built in one pass and cached together
# (five separate caches cost a cold passage twice as much): (stem, word as written) of every
# word, its stems as a dict, its content stems (non-stopword parts, as index_terms splits them),
# those as a dict, and stem → word as last written. Sets are dicts' keys: dicts of strings are
# not tracked by the garbage collector (frozensets would be; full collections over 10^5 cached
# passages stalled dossiers).
_TextWords = tuple[tuple[tuple[str, str], ...], dict[str, None], tuple[str, ...], dict[str, None], dict[str, str]]


@memo(65536)
def _text_words(text: str) -> _TextWords:
    known = _WORD_STEMS.get  # looked up here, not through _word_stems: one call fewer a word
    stemmed: list[tuple[str, str]] = []
    content: list[str] = []
    for word in _WORD.findall(unphrase(text)):
        found = known(word) or _word_stems(word)
        stemmed.append((found[0], word))
        content += found[1]
    pairs, stems = tuple(stemmed), tuple(content)
    return pairs, dict.fromkeys(s for s, _ in pairs), stems, dict.fromkeys(stems), dict(pairs)


def stemmed_words(text: str) -> tuple[tuple[str, str], ...]:
    """(stem, word as written) for every word of a text."""
    return _text_words(text)[0]


def stem_set(text: str) -> KeysView[str]:
    """The stems of every word of a text, as a set."""
    return _text_words(text)[1].keys()


def content_stems(text: str) -> tuple[str, ...]:
    """Stems of a text's non-stopwords (cached: the same passages come back dossier after dossier)."""
    return _text_words(text)[2]


def content_stem_set(text: str) -> KeysView[str]:
    """content_stems as a set."""
    return _text_words(text)[3].keys()


def word_by_stem(text: str) -> dict[str, str]:
    """Stem → the word as last written in the text (callers must not modify the dict)."""
    return _text_words(text)[4]


@lru_cache(maxsize=1024)
def similarity(claim: str, passage: str) -> tuple[float, float]:
    """rapidfuzz token_set_ratio and partial_ratio (0..1) of two folded texts; retrieval and the
    model both ask for them, so each pair is scored once (partial_ratio only under 600 characters)."""
    token_set = fuzz.token_set_ratio(claim, passage) / 100
    return token_set, (fuzz.partial_ratio(claim, passage) / 100 if len(passage) < 600 else -1.0)


def fold(text: str) -> str:
    """service.tokens.normalize for a whole text; plain ASCII (most text) takes the quick way."""
    return text.casefold() if text.isascii() else normalize(text)


# What stance_features reads of one text alone (claim or passage), worked out once per text
# rather than once per pair: the folded text, its numbers (as dict keys, which the collector
# does not track), the length feature, how many contrast cues and whether any hedge it has.
TextProfile = tuple[str, dict[str, None], float, int, bool]


@memo(65536)
def _profile(text: str) -> TextProfile:
    low = fold(text)
    stems = content_stem_set(text)
    return (low, dict.fromkeys(t for t in low.split() if t[:1].isdigit()), min(len(content_stems(text)), 60) / 60,
            len(stems & CONTRAST_CUES), bool(stems & HEDGE_CUES))


@memo(4096)
def _opposable(claim: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The claim's content stems that have opposites, with them (the only ones an antonym can count)."""
    return tuple((s, tuple(OPPOSITE_STEMS[s])) for s in content_stem_set(claim) if s in OPPOSITE_STEMS)


def stance_features(analysis: ClaimAnalysis, passage_text: str, reasons: tuple[Reason, ...],
                    passage_negated: bool, relevance: float, semantic: float = 0.0) -> dict[str, float]:
    """Sparse features of one claim–passage pair (the rule reasons are features too); `semantic`
    is the cosine of their sentence vectors (Candidate.semantic)."""
    cset, pset = content_stem_set(analysis.claim), content_stem_set(passage_text)
    shared = cset & pset
    claim_low, numbers_c, _, _, claim_hedged = _profile(analysis.claim)
    passage_low, numbers_p, passage_len, cues, passage_hedged = _profile(passage_text)
    token_set, partial = similarity(claim_low, passage_low)
    coverage = len(shared) / max(1, len(cset))
    f: dict[str, float] = {
        "bias": 1.0,
        "coverage": coverage,
        "precision": len(shared) / max(1, len(pset)),
        "shared_many": float(len(shared) >= 3),
        "token_set": token_set,
        "token_sort": fuzz.token_sort_ratio(claim_low, passage_low) / 100,
        "partial": max(0.0, partial),
        "relevance": relevance,
        "semantic": semantic,
        "claim_negated": float(analysis.negated),
        "passage_negated": float(passage_negated),
        "negation_xor": float(analysis.negated != passage_negated),
        "passage_len": passage_len,
    }
    if analysis.negated:
        # a negated claim that a passage restates closely is more often contradicted than confirmed
        f["cneg_x_cov"] = coverage
        f["cneg_x_token_set"] = token_set
    if analysis.negated != passage_negated:
        f["negation_xor_x_cov"] = coverage
        f["negation_xor_x_semantic"] = semantic
    # a passage without a negation cue (read_passage found none) has no negation word either
    aligned = _aligned_negations(passage_text, cset) if passage_negated else 0
    if aligned:
        f["pneg_aligned"] = float(aligned)
        f["pneg_aligned_x_cov"] = coverage
    if cues:
        # one count, not a feature per cue: each cue alone occurs in a handful of tune pairs, and
        # per-cue weights ("however" → conflicting) made unrelated news passages conflict
        f["pcue"] = float(cues)
    if passage_hedged:
        f["phedge"] = 1.0
    if claim_hedged:
        f["chedge"] = 1.0
    # claim stems the passage lacks whose opposite it uses (and the claim does not)
    opposite = sum(1 for s, opposites in _opposable(analysis.claim)
                   if s not in pset and any(o in pset and o not in cset for o in opposites))
    if opposite:
        f["antonym"] = float(opposite)
        f["antonym_x_cov"] = coverage
    if numbers_c and numbers_p:
        f["numbers_differ" if numbers_c.keys().isdisjoint(numbers_p) else "numbers_shared"] = 1.0
    for reason in reasons:
        if reason.type != "term_overlap":  # coverage says more; as a flag it only marks "not a stranger"
            f["reason:" + reason.type] = f.get("reason:" + reason.type, 0.0) + 1.0
    # No features of the claim's own words: with five pairs per claim they only memorise claims.
    for s in shared:
        f["s:" + s] = 1.0
    return f


def _aligned_negations(text: str, claim_stems: KeysView[str]) -> int:
    """Negation words in the passage followed within three words by a content word of the claim."""
    return sum(1 for window in negation_windows(text) if any(s in claim_stems for s in window))


@memo(65536)
def negation_windows(text: str) -> tuple[tuple[str, ...], ...]:
    """For each negation word of a text, the stems of the three words after it."""
    words_ = stemmed_words(text)
    return tuple(tuple(s for s, _ in words_[i + 1:i + 4]) for i, (_, word) in enumerate(words_)
                 if (low := word.lower()) in NEGATION_WORDS or low.endswith("n't") or low.endswith("n’t"))


class StanceModel:
    """Multinomial logistic regression over sparse features, with per-class decision offsets."""

    def __init__(self, weights: Mapping[str, Mapping[str, float]], offsets: Mapping[str, float]) -> None:
        self.weights = {c: dict(weights.get(c, {})) for c in STANCES}
        self.offsets = {c: float(offsets.get(c, 0.0)) for c in STANCES}
        self._table: dict[str, tuple[float, ...]] | None = None

    def freeze(self) -> StanceModel:
        """Index the weights by feature (one lookup per feature, not three); weights must not change after."""
        names = {k for c in STANCES for k in self.weights[c]}
        self._table = {k: tuple(self.weights[c].get(k, 0.0) for c in STANCES) for k in names}
        return self

    def probabilities(self, features: Mapping[str, float]) -> dict[Stance, float]:
        if self._table is not None:
            # the three classes spelled out: 5.1 vs 7.8 µs a pair with a loop over each row (~20 features)
            first = second = third = 0.0
            get = self._table.get
            for k, v in features.items():
                row = get(k)
                if row is not None:
                    w1, w2, w3 = row
                    first += w1 * v
                    second += w2 * v
                    third += w3 * v
            logits = dict(zip(STANCES, (first, second, third), strict=True))
        else:
            logits = {c: sum(self.weights[c].get(k, 0.0) * v for k, v in features.items()) for c in STANCES}
        top = max(logits.values())
        exp = {c: math.exp(v - top) for c, v in logits.items()}
        total = sum(exp.values())
        return {c: exp[c] / total for c in STANCES}

    def decide(self, probabilities: Mapping[Stance, float], confirmable: bool = True,
               contradicted: bool = False) -> Stance:
        """The class with the best offset-adjusted log-probability (offsets tuned for macro-F1).

        For a passage the rules say cannot confirm the claim, when that class is corroborating: the
        better of conflicting and related if a rule found a (weak) contradiction ("several" against
        "two"), else related — agreement it cannot show is not turned into the runner-up, a conflict."""
        def score(c: Stance) -> float:
            return math.log(max(probabilities[c], 1e-12)) + self.offsets[c]

        best = max(STANCES, key=score)
        if best != "corroborating" or confirmable:
            return best
        return max(("conflicting", "related"), key=score) if contradicted else "related"


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> StanceModel | None:
    """The shipped model, or None when it has not been trained (rules alone then decide)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return StanceModel(data["weights"], data.get("offsets", {})).freeze()
