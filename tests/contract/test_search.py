"""Contract: ranking, phrases, exclusion, filters, facets, paging, date sort, highlights, variants.

Absolute scores legitimately differ between engines (BM25 variants, segment statistics), so these
tests assert only orders and relations between hits, never score values.
"""

from __future__ import annotations

import pytest

from service.models import ParsedQuery, QueryTerm, SearchFilters, SearchRequest
from service.query import parse_query
from service.search import run_search
from service.stores.base import Store
from tests.contract.conftest import Corpus, Make, ids

pytestmark = pytest.mark.backend

NONE = SearchFilters()


def test_a_passage_with_the_word_ranks_above_one_without(corpus: Corpus) -> None:
    result = run_search(corpus.store, "drone harbor", NONE, size=10)
    both, harbor_only = corpus.passage("undated", 0), corpus.passage("harbor-feb", 1)
    assert ids(result).index(both) < ids(result).index(harbor_only)
    assert corpus.passage("wire-feb", 0) not in ids(result)  # shares no word with the query
    assert all(a.score >= b.score for a, b in zip(result.hits, result.hits[1:], strict=False))


def test_stemming_matches_other_forms(corpus: Corpus) -> None:
    assert corpus.passage("wire-jan", 0) in ids(run_search(corpus.store, "rocket strikes", NONE))


def test_phrase_must_match_in_order(corpus: Corpus) -> None:
    found = ids(run_search(corpus.store, '"air base"', NONE))
    assert found == [corpus.passage("wire-jan", 0)]
    assert run_search(corpus.store, '"base air"', NONE).total == 0


def test_excluded_word_removes_passages(corpus: Corpus) -> None:
    with_drone = ids(run_search(corpus.store, "harbor", NONE))
    without = ids(run_search(corpus.store, "harbor -drone", NONE))
    assert corpus.passage("undated", 0) in with_drone
    assert corpus.passage("undated", 0) not in without
    assert corpus.passage("harbor-feb", 1) in without


@pytest.mark.parametrize(("filters", "expected_keys"), [
    (SearchFilters(outlets=("Northern Wire",)), {"wire-jan", "wire-feb"}),
    (SearchFilters(outlets=("Harbor Times", "Northern Wire")), {"wire-jan", "wire-feb", "harbor-feb"}),
    (SearchFilters(published_from="2024-02-03", published_to="2024-02-03"), {"harbor-feb"}),
    (SearchFilters(published_from="2024-02-01"), {"harbor-feb", "wire-feb"}),
    (SearchFilters(published_to="2024-02-19"), {"wire-jan", "harbor-feb"}),
    (SearchFilters(published_from="2024-02-20", published_to="2024-02-20"), {"wire-feb"}),
    (SearchFilters(external_ids=("undated", "unknown")), {"undated"}),
    (SearchFilters(external_ids=("unknown",)), set()),
])
def test_filters_select_articles(corpus: Corpus, filters: SearchFilters, expected_keys: set[str]) -> None:
    result = run_search(corpus.store, "", filters, size=100)
    expected = {p.id for key in expected_keys for p in corpus.articles[key].passages}
    assert set(ids(result)) == expected and result.total == len(expected)


def test_article_id_filter_combines_with_words(corpus: Corpus) -> None:
    harbor = corpus.articles["harbor-feb"]
    result = run_search(corpus.store, "harbor", SearchFilters(article_ids=(harbor.id,)))
    assert ids(result) == [corpus.passage("harbor-feb", 1)]


def test_facets_count_all_matches_not_just_the_page(corpus: Corpus) -> None:
    result = run_search(corpus.store, "the", NONE, size=1)
    assert len(result.hits) == 1 and result.total > 1
    outlets = {f.value: f.count for f in result.facets["outlet"]}
    for outlet, count in outlets.items():
        assert run_search(corpus.store, "the", SearchFilters(outlets=(outlet,)), size=1).total == count
    months = {f.value: f.count for f in result.facets["published_month"]}
    assert set(months) <= {"2024-01", "2024-02"}
    undated = run_search(corpus.store, "the", SearchFilters(external_ids=("undated",))).total
    assert sum(months.values()) + undated == result.total


def test_facets_can_be_skipped(corpus: Corpus) -> None:
    result = run_search(corpus.store, "harbor", NONE, facets=False)
    assert result.total > 0 and not any(result.facets.values())


def test_pages_partition_the_results(corpus: Corpus) -> None:
    whole = run_search(corpus.store, "", NONE, size=100)
    total = whole.total
    assert total == sum(a.passage_count for a in corpus.articles.values())
    paged = []
    for page in range(1, total // 5 + 2):
        result = run_search(corpus.store, "", NONE, page=page, size=5)
        assert result.total == total
        paged += ids(result)
    assert paged == ids(whole)
    assert run_search(corpus.store, "", NONE, page=total + 1, size=5).hits == ()


def test_sort_by_date_puts_newest_first_and_undated_last(corpus: Corpus) -> None:
    result = run_search(corpus.store, "the", NONE, sort="date", size=100)
    dates = [hit.article.published_at for hit in result.hits]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True) and dated
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert None in dates


def test_empty_query_lists_an_article_in_passage_order(corpus: Corpus) -> None:
    article = corpus.articles["wire-jan"]
    result = run_search(corpus.store, "", SearchFilters(article_ids=(article.id,)))
    assert ids(result) == [p.id for p in article.passages]


def test_highlight_marks_matched_words_and_escapes(store: Store, make_article: Make) -> None:
    store.ingest([make_article('<script>alert("x")</script> Rockets hit the depot & the "old" mill.')])
    hit = run_search(store, "rocket mill", NONE).hits[0]
    assert "<mark>Rockets</mark>" in hit.highlight and "<mark>mill</mark>" in hit.highlight
    assert "<script>" not in hit.highlight and "&lt;script&gt;" in hit.highlight
    assert "&amp;" in hit.highlight and "&quot;old&quot;" in hit.highlight


@pytest.mark.parametrize(("typed", "written"), [("Ain Al-Assad", "harbor-feb"), ("Ain al-Asad", "wire-jan")])
def test_spelling_variants_find_both_spellings(corpus: Corpus, typed: str, written: str) -> None:
    result = run_search(corpus.store, typed, NONE)
    found = ids(result)
    assert corpus.passage("wire-jan", 0) in found and corpus.passage("harbor-feb", 0) in found
    marked = next(h for h in result.hits if h.passage.id == corpus.passage("wire-jan", 0))
    assert "<mark>Asad</mark>" in marked.highlight
    other = next(h for h in result.hits if h.passage.id == corpus.passage("harbor-feb", 0))
    assert "<mark>Assad</mark>" in other.highlight
    assert found[0] == corpus.passage(written, 0)  # the spelling typed ranks its own passage first


@pytest.mark.parametrize("q", [")(*&^", '"unbalanced', '""', "-", "--", '-"', "\x00\x01\x1b[31m", "\u202e\u200b",
                               "a" * 5000, "rocket " * 800, "AND OR NOT ~ * ? : ^ [ ] { } \\", "title:x"])
def test_hostile_queries_never_raise(corpus: Corpus, q: str) -> None:
    result = run_search(corpus.store, q, NONE)
    assert result.total >= 0


def test_boosted_term_weighs_more(corpus: Corpus) -> None:
    def top(boost_drone: float) -> str:
        query = ParsedQuery(terms=(QueryTerm("drone", boost_drone), QueryTerm("fuel", 1.0)))
        return corpus.store.search(SearchRequest(query, NONE, limit=3)).hits[0].passage.id
    assert top(10.0) != top(0.1)
    assert top(10.0) in {corpus.passage("undated", 0), corpus.passage("undated", 2)}
    assert top(0.1) == corpus.passage("harbor-feb", 1)


def test_reindex_keeps_results_identical(corpus: Corpus) -> None:
    queries = ["harbor drone", '"air base"', "the -harbor", "Ain Al-Assad", ""]
    before = [run_search(corpus.store, q, NONE, size=50) for q in queries]
    report = corpus.store.reindex()
    assert report.articles == len(corpus.articles)
    assert report.passages == sum(a.passage_count for a in corpus.articles.values())
    after = [run_search(corpus.store, q, NONE, size=50) for q in queries]
    for old, new in zip(before, after, strict=True):
        assert old.total == new.total and old.facets == new.facets
        # Equal scores may swap places, so compare (score, id) pairs as sorted lists.
        assert sorted((round(h.score, 4), h.passage.id) for h in old.hits) == \
            sorted((round(h.score, 4), h.passage.id) for h in new.hits)


def test_parsed_query_is_what_the_backend_receives(corpus: Corpus) -> None:
    # The store takes ParsedQuery objects directly (the dossier pipeline builds its own).
    result = corpus.store.search(SearchRequest(parse_query('"port authority"'), NONE))
    assert ids(result) == [corpus.passage("undated", 1)]
