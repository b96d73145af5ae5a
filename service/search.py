"""Search as the API and the CLI run it: parse the query, add spelling variants, ask the store.

    q ─► parse_query ─► with_variants (store.similar_words) ─► SearchRequest ─► store.search
"""

from __future__ import annotations

from dataclasses import replace

from service.models import ParsedQuery, SearchFilters, SearchRequest, SearchResult, SortOrder
from service.query import parse_query
from service.stores.base import Store
from service.tokens import STOPWORDS, normalize, stem

MIN_VARIANT_LENGTH = 4  # shorter words have too many neighbours one edit away
MAX_VARIANTS = 5


def run_search(store: Store, q: str, filters: SearchFilters, sort: SortOrder = "relevance", page: int = 1,
               size: int = 10, facets: bool = True) -> SearchResult:
    """One page of passages for a query string; page and size are validated by the caller."""
    query = with_variants(store, parse_query(q))
    return store.search(SearchRequest(query, filters, sort, (page - 1) * size, size, facets))


def with_variants(store: Store, query: ParsedQuery) -> ParsedQuery:
    """Each name-like term gains the indexed words spelled like it (Ain Al-Assad ~ Ain al-Asad)."""
    terms = []
    for term in query.terms:
        word = normalize(term.text)
        if len(word) < MIN_VARIANT_LENGTH or word in STOPWORDS or not word.isalpha():
            terms.append(term)  # numbers must match exactly: 1000 is not a variant of 10000
            continue
        own = stem(word)
        variants = [v for v in store.similar_words(word, MAX_VARIANTS) if stem(v) != own]
        terms.append(replace(term, variants=tuple(dict.fromkeys(term.variants + tuple(variants)))))
    return replace(query, terms=tuple(terms))
