"""Elasticsearch index definitions (settings + mappings), one JSON file per index.

The files are the only place a mapping is written down: the Elasticsearch backend creates its
indices from them and a test compares the live mapping with them. They are loaded by
package-relative path, so the working directory does not matter.

    passages    the search index: one sentence per document, English analysis with ASCII folding
                (Snowball English stemmer, which also strips possessive 's) plus `text.exact`
                (no stemming) for phrases
    articles    the system of record on this backend: the whole article with its passages
    dossiers    stored dossiers, kept as they were sent, with their reviews beside them; indexed
                are `created_at` and what the history list filters on (claim terms, verdict,
                review state)
    vocabulary  every indexed word once (for spelling variants); counts come from `passages`
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

NAMES = ("passages", "articles", "dossiers", "vocabulary")


def load(name: str) -> dict[str, Any]:
    """The definition `{"settings": ..., "mappings": ...}` of index `name`."""
    if name not in NAMES:
        raise KeyError(f"no index definition named {name!r} (known: {', '.join(NAMES)})")
    text = resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    definition: dict[str, Any] = json.loads(text)
    return definition
