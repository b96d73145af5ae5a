"""Vocabulary on Elasticsearch: word frequencies and spelling variants.

Choices (the issue left them open):
- `frequencies` counts passages per word live, with one `_msearch` of `term` queries on the
  unstemmed `text.exact` field: always exact, nothing to keep in step on delete.
- `similar` needs the list of words, which a search index does not hand out cheaply; the
  `{prefix}-vocabulary` index keeps every indexed word once (document id = word, written with
  op_type `create` on ingest, so several writers never race on a counter). Candidates come from
  a `fuzzy` query (at most 2 edits, Lucene's limit), are ranked with rapidfuzz like the embedded
  backend, and words no passage holds any more (their articles were deleted) are dropped by
  their live frequency. `reindex()` rebuilds the index, which forgets such words.

`text.exact` keeps a possessive whole ("hasakah's") where `service.tokens.index_terms` splits
it; a word is therefore counted where it stands on its own. (A char filter splitting at
apostrophes would align the two, but osmem ignores char filters when indexing.)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from elasticsearch import Elasticsearch
from rapidfuzz.distance import Levenshtein

from service.errors import BackendUnavailable
from service.models import Article
from service.stores.es_errors import RETRY_AFTER, error_reason
from service.tokens import index_terms, normalize

SIMILARITY = 0.8  # normalized Levenshtein similarity, the embedded backend's threshold
CANDIDATES = 100  # fuzzy matches considered per word
MSEARCH_CHUNK = 200


def words_of(articles: Iterable[Article]) -> set[str]:
    return {word for article in articles for passage in article.passages for word in index_terms(passage.text)}


class Vocabulary:
    def __init__(self, es: Elasticsearch, alias: str, passages_alias: str) -> None:
        self.es = es
        self.alias = alias
        self.passages_alias = passages_alias

    def actions(self, words: Iterable[str], index: str | None = None) -> list[dict[str, Any]]:
        """Bulk `create` actions adding words (a 409 means the word is known: not an error)."""
        return [{"_op_type": "create", "_index": index or self.alias, "_id": word, "_source": {"word": word}}
                for word in sorted(words)]

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """Passages holding each word (normalized to count, keyed as given); 0 for absent ones."""
        given = list(words)
        wanted = list(dict.fromkeys(normalize(w) for w in given))
        counts: dict[str, int] = {}
        for start in range(0, len(wanted), MSEARCH_CHUNK):
            chunk = wanted[start:start + MSEARCH_CHUNK]
            searches: list[dict[str, Any]] = []
            for word in chunk:
                searches += [{"index": self.passages_alias},
                             {"size": 0, "track_total_hits": True, "query": {"term": {"text.exact": word}}}]
            responses = self.es.msearch(searches=searches)["responses"]
            for word, response in zip(chunk, responses, strict=True):
                if "error" in response:
                    raise BackendUnavailable(f"Elasticsearch could not count a word: {error_reason(response)[1]}",
                                             retry_after=RETRY_AFTER)
                counts[word] = response["hits"]["total"]["value"]
        return {word: counts[normalize(word)] for word in given}

    def similar(self, word: str, limit: int = 5) -> list[str]:
        """Indexed words spelled like `word`, most similar first (then most frequent)."""
        target = normalize(word)
        if not target or limit <= 0:
            return []
        hits = self.es.search(index=self.alias, size=CANDIDATES, source=False, query={
            "fuzzy": {"word": {"value": target, "fuzziness": 2, "max_expansions": CANDIDATES}}})["hits"]["hits"]
        scored = {hit["_id"]: Levenshtein.normalized_similarity(target, hit["_id"]) for hit in hits}
        close = [w for w, score in scored.items() if w != target and score >= SIMILARITY]
        live = self.frequencies(close)
        ranked = sorted((w for w in close if live[w] > 0), key=lambda w: (-scored[w], -live[w], w))
        return ranked[:limit]
