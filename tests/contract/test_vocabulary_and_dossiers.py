"""Contract: vocabulary document frequencies, similar words, dossiers."""

from __future__ import annotations

import pytest

from service.errors import NotFound
from service.stores.base import Store
from service.tokens import index_terms
from tests.contract.conftest import Corpus, Make

pytestmark = pytest.mark.backend


def _passages_containing(corpus: Corpus, word: str) -> int:
    return sum(word in index_terms(p.text) for a in corpus.articles.values() for p in a.passages)


@pytest.mark.parametrize("word", ["harbor", "drone", "the", "residents", "asad", "assad"])
def test_vocabulary_counts_passages_per_word(corpus: Corpus, word: str) -> None:
    expected = _passages_containing(corpus, word)
    assert expected > 0
    assert corpus.store.vocabulary([word]) == {word: expected}


def test_vocabulary_normalizes_and_reports_absent_words(corpus: Corpus) -> None:
    found = corpus.store.vocabulary(["Harbor", "zyxwvut"])
    assert found == {"Harbor": _passages_containing(corpus, "harbor"), "zyxwvut": 0}  # keyed as asked


def test_vocabulary_follows_deletes(corpus: Corpus) -> None:
    before = corpus.store.vocabulary(["drone", "harbor"])
    corpus.store.delete_article(corpus.articles["undated"].id)
    assert corpus.store.vocabulary(["drone", "harbor"]) == {"drone": 0, "harbor": before["harbor"] - 1}


def test_similar_words_finds_spellings_not_the_word_itself(corpus: Corpus) -> None:
    assert "asad" in corpus.store.similar_words("assad")
    assert "assad" in corpus.store.similar_words("Asad")
    assert "assad" not in corpus.store.similar_words("assad")
    assert corpus.store.similar_words("qqqqqq") == []


def test_similar_words_sees_new_articles(corpus: Corpus, make_article: Make) -> None:
    assert "fishermem" not in corpus.store.similar_words("fishermen")
    corpus.store.ingest([make_article("Fishermem is a misspelling seen in one report.")])
    assert "fishermem" in corpus.store.similar_words("fishermen")


def _dossier(number: int) -> dict[str, object]:
    return {"id": f"d{number}", "claim": f"claim {number}", "created_at": f"2024-03-0{number}T10:00:00+00:00",
            "verdict": {"label": "unverified", "confidence": 0.1, "rationale": "none"}, "evidence": {}}


def test_dossiers_save_get_and_list_newest_first(store: Store) -> None:
    for number in (2, 1, 3):
        store.save_dossier(_dossier(number))
    assert store.get_dossier("d2") == _dossier(2)
    total, page = store.list_dossiers(0, 2)
    assert total == 3 and [d["id"] for d in page] == ["d3", "d2"]
    total, rest = store.list_dossiers(2, 2)
    assert total == 3 and [d["id"] for d in rest] == ["d1"]
    with pytest.raises(NotFound):
        store.get_dossier("missing")
