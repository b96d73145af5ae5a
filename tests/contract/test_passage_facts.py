"""Contract: what a passage states is read at ingest and stored with it, on every backend."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from service.models import SearchRequest
from service.query import parse_query
from tests.contract.conftest import Corpus

pytestmark = pytest.mark.backend


def test_search_hits_carry_the_facts_read_at_ingest(corpus: Corpus) -> None:
    [hit] = [h for h in corpus.store.search(SearchRequest(parse_query("rockets struck"))).hits
             if h.passage.text.startswith("Rockets struck")]
    facts = hit.passage.facts
    assert facts is not None
    # "on Monday" in an article published on Wednesday 2024-01-10
    assert facts.event.start == facts.event.end == date(2024, 1, 8)
    assert facts.event.place == "Ain al-Asad" and facts.event.basis == "weekday"
    assert facts == corpus.articles["wire-jan"].passages[0].facts  # as stored, so as read


def test_an_article_keeps_each_passage_s_facts(corpus: Corpus) -> None:
    stored = corpus.store.get_article(corpus.articles["wire-jan"].id)
    # "Two soldiers were injured in the attack." refers back to the Monday attack
    assert [p.facts for p in stored.passages] == [p.facts for p in corpus.articles["wire-jan"].passages]
    assert stored.passages[1].facts.event.start == date(2024, 1, 8)
    assert stored.passages[1].facts.event.basis == "article"


def test_an_undated_article_keeps_the_credit_it_states(corpus: Corpus) -> None:
    [(passage, _)] = [(p, r) for p, r in corpus.store.passages_of([corpus.articles["undated"].id])
                      if p.text.startswith("The port authority")]
    assert [(c.written, c.resolved) for c in passage.facts.credits] == [("The port authority", False)]
    assert passage.facts.event.start is None and passage.facts.event.basis == "none"  # no date anywhere


def test_amounts_and_negations_are_stored_with_the_passage(corpus: Corpus) -> None:
    stored = corpus.store.get_article(corpus.articles["wire-jan"].id)
    injured = stored.passages[1].facts  # "Two soldiers were injured in the attack."
    assert [(q.value, q.unit, q.predicate) for q in injured.amounts] == [(2, "soldiers", "injured")]
    assert injured.amounts[0].span.text == "Two soldiers"
    assert stored.passages[0].facts.amounts == ()  # "on Monday" is a date, not an amount
    [(passage, _)] = [(p, r) for p, r in corpus.store.passages_of([corpus.articles["undated"].id])
                      if p.text.startswith("The port authority")]
    assert passage.facts.negations == (("no", "ships were damaged"),)


def test_the_readings_the_rules_ask_about_are_stored_with_the_passage(store: Any, make_article: Any) -> None:
    article = make_article(
        "The army said five soldiers were killed, while the rebels said twelve died. "
        "The Red Hand said on Telegram that drones attacked a supply convoy near the coast in Chad. "
        "The bridge is yet to reopen. Officials blamed the closure on floods.", external_id="readings",
        published_at="2024-03-04")
    [outcome] = store.ingest([article])
    assert outcome.status == "created"
    contrast, posted, closed, blamed = (p.facts.readings for p in store.get_article(article.id).passages)
    # each side of the contrast with the credit that opens it
    text = article.passages[0].text
    credits = article.passages[0].facts.credits
    assert [(text[s.start:s.end], [credits[i].written for i in s.credits]) for s in contrast.sides] == [
        ("The army said five soldiers were killed", ["The army"]), ("the rebels said twelve died.", ["the rebels"])]
    assert not contrast.one_clause and contrast.target is None
    assert [p.name for p in posted.platforms] == ["Telegram"]
    assert posted.target == "convoy" and posted.countries_in == posted.countries_placed == ("TD",)
    assert closed.not_yet and not posted.not_yet and closed.one_site
    assert blamed.causes == (("cause", "floods"),) and closed.causes == ()
    assert (contrast, posted, closed, blamed) == tuple(p.facts.readings for p in article.passages)  # as read, so stored
