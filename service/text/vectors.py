"""Sentence vectors: how close two texts are in meaning when they share few words.

The vectors are WordLlama's "l2_supercat" 256-dimension token embeddings (Miller, 2024; MIT
licence), which ship inside the `wordllama` wheel on PyPI: no model is downloaded. A text's
vector is the mean of its tokens' embeddings, as WordLlama computes it.

We read the wheel's two data files ourselves instead of calling `WordLlama.load()`, for two
reasons measured here: `load()` looks for the tokenizer under a directory name the wheel does
not use and then tries to download it from the Hugging Face hub (which fails offline), and
importing the package pulls in pydantic and its training code (56 MB of RSS, against ~30 MB for
the tokenizer, numpy and the half-precision table this module keeps).

The model loads on first use (about 0.3 s) and is shared by every dossier of the process.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

DIMENSIONS = 256
_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
_TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
MAX_TOKENS = 256  # a passage is one to three sentences; longer texts are read from their start

_lock = threading.Lock()
_model: tuple[Any, Any] | None = None
# text → its vector; emptied when full (the policy of service/memo.py: a plain dict the garbage
# collector does not walk). 32,768 vectors of 1 KB: at most 32 MB.
_known: dict[str, Any] = {}
MAX_KNOWN = 32768


def _package_dir() -> Path:
    """The installed wordllama package's directory, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordllama package is not installed (it ships the sentence vectors)")
    return Path(next(iter(spec.submodule_search_locations)))


def _load() -> tuple[Any, Any]:
    global _model
    with _lock:
        if _model is None:
            import numpy as np
            from safetensors import safe_open
            from tokenizers import Tokenizer

            base = _package_dir()
            with safe_open(str(base / _WEIGHTS), framework="np", device="cpu") as f:
                table = np.ascontiguousarray(f.get_tensor("embedding.weight").astype(np.float16))
            tokenizer = Tokenizer.from_file(str(base / _TOKENIZER))
            tokenizer.no_padding()
            tokenizer.enable_truncation(MAX_TOKENS)
            _model = (table, tokenizer)
    return _model


def _embed(texts: Sequence[str]) -> Any:
    """Unit vectors (float32, one row per text) of texts; a text with no token gets a zero row."""
    import numpy as np

    table, tokenizer = _load()
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    encodings = tokenizer.encode_batch(list(texts), add_special_tokens=False)
    lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(encodings))
    filled = np.flatnonzero(lengths)
    if filled.size:
        ids = np.fromiter((i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
        np.clip(ids, 0, table.shape[0] - 1, out=ids)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        sums = np.add.reduceat(table[ids].astype(np.float32), starts, axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[filled] = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
    return out


def vectors(texts: Sequence[str]) -> Any:
    """Unit vectors of texts, each text embedded once per process (the same passages come back
    dossier after dossier); the texts not seen before are embedded in one batch."""
    import numpy as np

    rows: dict[str, Any] = {}
    missing = []
    for text in dict.fromkeys(texts):
        known = _known.get(text)
        if known is None:
            missing.append(text)
        else:
            rows[text] = known
    if missing:
        if len(_known) + len(missing) > MAX_KNOWN:
            _known.clear()
        for text, row in zip(missing, _embed(missing), strict=True):
            rows[text] = _known[text] = row
    return np.stack([rows[t] for t in texts]) if texts else np.zeros((0, DIMENSIONS), dtype=np.float32)


def similarities(claim: str, texts: Sequence[str]) -> list[float]:
    """Cosine similarity (−1..1) of the claim's vector with each text's."""
    if not texts:
        return []
    found = vectors([claim, *texts])
    return [round(float(x), 4) for x in found[1:] @ found[0]]
