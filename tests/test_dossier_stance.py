"""Stance reasons, independence counting and verdict labels on small made-up passages."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.independence import assess_independence
from service.dossier.model import Candidate, Evidence, Reason, Stance
from service.dossier.stance import assess, score_pool, score_stance
from service.dossier.stance_model import StanceModel
from service.dossier.verdict import decide_verdict
from service.models import ArticleRef, Attribution, Context, Passage


def candidate(text: str, *, published: str | None = None, outlet: str = "Example Wire", article: str = "a1",
              ordinal: int = 0, relevance: float = 0.5, sources: tuple[tuple[str, str], ...] = ()) -> Candidate:
    attributions = tuple(Attribution(name, kind, "said", 0, len(name)) for name, kind in sources)  # type: ignore[arg-type]
    passage = Passage(f"{article}-{ordinal}", article, ordinal, 0, len(text), text, Context(None, None), attributions)
    return Candidate(passage, ArticleRef(article, None, f"Title {article}", outlet, None, published), 1.0, text,
                     relevance)


def types(claim: str, text: str, **kwargs: object) -> set[str]:
    result = score_stance(analyze_claim(claim), candidate(text, **kwargs))  # type: ignore[arg-type]
    return {r.type for r in result.reasons}


@pytest.mark.parametrize(("claim", "passage", "reason", "stance"), [
    ("Two Americans were slightly injured in the attack on Ain al-Asad.",
     "The attack on Ain al-Asad injured at least five US military personnel.", "quantity_mismatch", "conflicting"),
    ("Two Americans were slightly injured in the attack on Ain al-Asad.",
     "Two Americans were slightly injured in the attack on the base, Reuters said.", "quantity_match",
     "corroborating"),
    ("The rocket attack on Ain al-Asad caused casualties among the troops.",
     "The rocket attack on Ain al-Asad did not result in casualties among the troops.", "negation", "conflicting"),
    ("The drone attack on the Ain al-Asad base in Diyala province was claimed by the group.",
     "The drone attack on the Ain al-Asad base in Anbar province was claimed by the group.", "entity_mismatch",
     "conflicting"),
    ("Four Katyusha rockets were launched at Ain al-Asad on October 30, 2023.",
     "Four Katyusha rockets were launched at Ain al-Asad on October 31, 2023.", "date_mismatch", "conflicting"),
    ("Rockets were launched at Ain al-Asad air base on October 30, 2023.",
     "Drones targeted the Ain al-Asad air base on Tuesday.", "different_event", "other_event"),
    ("Four Katyusha rockets were launched at Ain al-Asad in January 2024.",
     "Four Katyusha rockets were launched at Ain al-Asad on October 30, 2023.", "different_event", "other_event"),
])
def test_reason_types(claim: str, passage: str, reason: str, stance: str) -> None:
    result = score_stance(analyze_claim(claim), candidate(passage, published="2023-10-31"))
    assert reason in {r.type for r in result.reasons}
    assert result.stance == stance
    assert 0 <= result.score <= 1


@pytest.mark.parametrize("claim", [
    "Drones targeted the Ain al-Asad air base on October 31, 2023.",  # dated: the article's date matters
    "Drones targeted the Ain al-Asad air base.",
])
def test_a_pool_scores_copies_of_a_passage_as_each_alone(claim: str) -> None:
    analysis = analyze_claim(claim)
    wire = "Drones targeted the Ain al-Asad air base on Tuesday, a security source said."
    pool = [candidate(wire, published=published, article=f"a{i}", outlet=f"Outlet {i}")
            for i, published in enumerate(["2023-10-31", "2023-10-31", "2023-11-09", None, "2023-10-20"])]
    undated = "Drones targeted the Ain al-Asad air base, a security source said."
    pool += [candidate("An unrelated passage about the weather.", article="a9"),
             candidate(wire, published="2023-10-31", article="a8", relevance=0.9),
             # no date in the text: published before the claimed day, it is another event
             candidate(undated, published="2023-11-01", article="b1"),
             candidate(undated, published="2023-10-20", article="b2")]
    pooled = score_pool(analysis, pool)
    assert pooled == [score_stance(analysis, c) for c in pool]
    # the copies dated a week apart report different events, so they are not all one case
    assert len({(r.stance, r.event_date) for r in pooled[:5]}) > 1


def test_reason_quotes_both_texts() -> None:
    result = score_stance(analyze_claim("Two Americans were slightly injured."),
                          candidate("The strike injured at least five US military personnel."))
    [r] = [r for r in result.reasons if r.type == "quantity_mismatch"]
    assert r.claim_text == "Two Americans" and r.passage_text == "at least five US military personnel"
    assert r.detail == "claim says 2, passage says at least five US military personnel (injured)"


def test_term_overlap() -> None:
    assert "term_overlap" in types("Rockets hit the Ain al-Asad base", "The base at Ain al-Asad was hit")


def test_vague_several_is_a_weaker_mismatch() -> None:
    claim = analyze_claim("Two US soldiers were wounded in the attack on Ain al-Asad.")
    vague = score_stance(claim, candidate("Several US soldiers were wounded in the attack on Ain al-Asad."))
    exact = score_stance(claim, candidate("Five US soldiers were wounded in the attack on Ain al-Asad."))
    assert vague.stance == exact.stance == "conflicting"
    assert vague.score < exact.score


@pytest.mark.parametrize(("claim", "passage"), [
    ("Two Americans were injured.", "Two Israelis were injured."),  # other people
    ("Two Americans were injured.", "Five Americans were killed."),  # other fate
    ("Two rockets hit the base.", "Five drones hit the base."),  # other weapon
])
def test_quantities_of_different_things_are_not_compared(claim: str, passage: str) -> None:
    assert not types(claim, passage) & {"quantity_match", "quantity_mismatch"}


def test_weekday_dates_the_event_against_publication() -> None:
    claim = analyze_claim("Drones attacked Ain al-Asad on October 31, 2023.")
    result = score_stance(claim, candidate("Two drones attacked Ain al-Asad on Tuesday.", published="2023-11-01"))
    assert result.event_date is not None and result.event_date.iso() == "2023-10-31"
    assert "date_match" in {r.type for r in result.reasons}


def evidence(stance: str, key: str, score: float = 0.8, pid: str = "p") -> Evidence:
    c = candidate("text", article=key)
    return Evidence(c.passage, c.article, 1.0, "text", stance, score, 0.5, None,  # type: ignore[arg-type]
                    (Reason("quantity_mismatch", "2", "five", "claim says 2, passage says five (injured)"),),
                    None, f"source:{key}")


def test_independence_counts_a_cited_source_once() -> None:
    claim = analyze_claim("Two Americans were slightly injured at Ain al-Asad.")
    same = [candidate(f"Reuters: two Americans were slightly injured at Ain al-Asad, officials said ({n}).",
                      article=f"a{n}", outlet=f"Outlet {n}", sources=(("Reuters", "news_agency"),))
            for n in range(3)]
    own = candidate("Our reporter saw that two Americans were slightly injured at Ain al-Asad.", article="b",
                    outlet="Other Outlet")
    items, sources = assess_independence([(c, score_stance(claim, c)) for c in [*same, own]])
    assert [e.stance for e in items] == ["corroborating"] * 4
    assert sources.independent_corroborating == 2


def test_near_duplicates_point_to_the_first() -> None:
    claim = analyze_claim("Rockets hit Ain al-Asad.")
    first = candidate("Rockets hit the Ain al-Asad base on Monday, officials said.", article="a",
                      published="2023-10-30")
    copy = candidate("Rockets hit the Ain al-Asad base on Monday, officials said!", article="b", outlet="Copier",
                     published="2023-10-31")
    other = candidate("A different sentence entirely about the weather in Baghdad.", article="c")
    items, _ = assess_independence([(c, score_stance(claim, c)) for c in (copy, other, first)])
    by_id = {e.passage.id: e for e in items}
    assert by_id["b-0"].duplicate_of == "a-0"
    assert by_id["a-0"].duplicate_of is None and by_id["c-0"].duplicate_of is None
    assert by_id["b-0"].source_key == by_id["a-0"].source_key


def test_a_copy_points_where_its_first_occurrence_points() -> None:
    # in date order: e; m repeats e; o repeats m but not e, so it is an original; c is m word for word
    texts = {"e": "Rockets hit the Ain al-Asad base on Monday, officials said.",
             "m": "Rockets hit the Ain al-Asad base on Monday, officials told us.",
             "o": "Rockets hit the Ain al-Asad base Monday, officials told us today.",
             "c": "Rockets hit the Ain al-Asad base on Monday, officials told us."}
    claim = analyze_claim("Rockets hit Ain al-Asad.")
    pool = [candidate(text, article=name, published=f"2023-10-{day}")
            for day, (name, text) in zip((20, 21, 22, 23), texts.items(), strict=True)]
    items, _ = assess_independence([(c, score_stance(claim, c)) for c in reversed(pool)])
    assert {e.article.id: e.duplicate_of for e in items} == {"e": None, "m": "e-0", "o": None, "c": "e-0"}


@pytest.mark.parametrize(("stances", "label"), [
    ([], "unverified"),
    ([("related", "a")], "unverified"),
    ([("corroborating", "a"), ("corroborating", "b")], "supported"),
    ([("conflicting", "a"), ("conflicting", "b")], "refuted"),
    ([("corroborating", "a"), ("conflicting", "b")], "disputed"),
    ([("corroborating", "a"), ("corroborating", "b"), ("corroborating", "c"), ("conflicting", "d", 0.5)],
     "supported"),
    ([("corroborating", "a", 0.3)], "unverified"),  # too weak to decide
    # a source too weak to decide alone does not dispute a strong one on the other side …
    ([("corroborating", "a", 0.34), ("conflicting", "b", 0.7)], "refuted"),
    ([("corroborating", "a", 0.7), ("conflicting", "b", 0.39)], "supported"),
    # … but two strong sides still disagree, and two weak ones still decide nothing
    ([("corroborating", "a", 0.45), ("conflicting", "b", 0.7)], "disputed"),
    ([("corroborating", "a", 0.3), ("conflicting", "b", 0.3)], "unverified"),
])
def test_verdict_labels(stances: list[tuple], label: str) -> None:  # type: ignore[type-arg]
    items = [evidence(s[0], s[1], *s[2:]) for s in stances]
    from service.dossier.independence import summarize_sources

    verdict = decide_verdict(items, summarize_sources(items))
    assert verdict.label == label
    assert 0 <= verdict.confidence <= 1 and verdict.rationale.endswith(".")
    if label in ("refuted", "disputed"):
        assert "claim says 2, passage says five (injured)" in verdict.rationale


def test_a_negated_name_is_not_a_negated_claim() -> None:
    claim = "Two Americans were slightly injured in the attack on the Ain al-Asad base."
    passage = ("The targets of the attack on the Ain al-Asad base were not confined to American targets "
               "but to Israeli targets as well.")
    assert "negation" not in types(claim, passage)
    # the same passage shape negating the claim's predicate still is one
    assert "negation" in types("Americans were injured in the attack on the Ain al-Asad base.",
                               "Americans were not injured in the attack on the Ain al-Asad base.")


def test_memo_caches_and_stays_bounded() -> None:
    from service.memo import memo

    calls: list[str] = []

    @memo(2)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [shout("a"), shout("a"), shout("b"), shout("c"), shout("a")] == ["A", "A", "B", "C", "A"]
    assert calls == ["a", "b", "c", "a"]  # "c" found the memo full and emptied it
    assert shout.__name__ == "shout"


def test_memo_keys_several_arguments_together() -> None:
    from service.memo import memo

    calls: list[tuple[str, int]] = []

    @memo(8)
    def repeat(text: str, times: int = 1) -> str:
        calls.append((text, times))
        return text * times

    assert [repeat("a", 2), repeat("a", 3), repeat("a", 2), repeat("a")] == ["aa", "aaa", "aa", "a"]
    assert repeat("b", times=2) == "bb"  # keywords are not cached, and still answered
    assert repeat("b", times=2) == "bb"
    assert calls == [("a", 2), ("a", 3), ("a", 1), ("b", 2), ("b", 2)]


@pytest.mark.parametrize(("claim", "passage", "reason"), [
    # measured amounts: another percentage usually measures another thing
    ("Protecting forests would cut 18% of emissions by 2030.",
     "Deforestation makes up 17% of global carbon emissions.", "quantity_mismatch"),
    # a negation in a passage that shares only a few of the claim's words
    ("Climate change is making natural disasters and heat waves worse across the world.",
     "Some attribute these migrations to natural disasters, not to climate change.", "negation"),
])
def test_weak_rule_reasons_inform_the_model_without_deciding(claim: str, passage: str, reason: str) -> None:
    analysis = analyze_claim(claim)
    c = candidate(passage)
    found = assess(analysis, c)
    assert reason in {r.type for r in found.reasons}
    assert found.conflict == found.support == 0  # nothing decisive: the model decides
    asked: list[bool] = []

    class Related(StanceModel):
        def decide(self, probabilities: Mapping[Stance, float], confirmable: bool = True,
                   contradicted: bool = False) -> Stance:
            asked.append(confirmable)
            return "related"

    assert score_stance(analysis, c, Related({}, {})).stance == "related"
    # the model still decides, but a passage that negates the claim's predicate may not corroborate (a close figure
    # of the claim's measure may: 17 % for 18 %)
    assert asked == [reason != "negation"]


def test_a_far_figure_of_the_claims_measure_may_not_corroborate() -> None:
    # "40 %" for the claim's 18 %: another figure of the same measure, and not the claim's (fifteenth session)
    analysis = analyze_claim("Protecting forests would cut 18% of emissions by 2030.")
    c = candidate("Deforestation makes up 40% of global carbon emissions.")
    found = assess(analysis, c)
    assert "quantity_mismatch" in {r.type for r in found.reasons} and found.conflict == 0
    model = StanceModel({"corroborating": {"bias": 5.0}}, {})  # would corroborate anything it may
    assert score_stance(analysis, c, model).stance != "corroborating"
    # …while the close figure may
    assert score_stance(analysis, candidate("Deforestation makes up 17% of global carbon emissions."),
                        model).stance == "corroborating"


def test_counted_amounts_still_decide_alone() -> None:
    found = assess(analyze_claim("Two Americans were slightly injured in the attack on Ain al-Asad."),
                   candidate("The attack on Ain al-Asad injured at least five US military personnel."))
    assert found.conflict > 0


def test_a_passage_silent_on_a_counted_amount_cannot_corroborate() -> None:
    analysis = analyze_claim("Two Americans were slightly injured in the attack on Ain al-Asad.")
    model = StanceModel({"corroborating": {"bias": 5.0}}, {})  # would corroborate anything it may
    result = score_stance(analysis, candidate("The attack on Ain al-Asad was condemned by the government."), model)
    assert result.stance != "corroborating"


def test_cross_validation_replays_the_pipeline_exactly() -> None:
    """train_stance scores folds by replaying recorded model calls under other offsets; that replay
    must give what score_stance gives with those offsets (the CV measures the shipped pipeline)."""
    from evaluation.train_stance import TuneClaim, outcomes

    weights = {"corroborating": {"coverage": 2.0, "bias": -0.5}, "conflicting": {"negation_xor": 1.5},
               "related": {"bias": 0.3}}
    analysis = analyze_claim("Arctic sea ice has not declined since 1979.")
    passages = ["Arctic sea ice extent has declined sharply since 1979.", "Polar bears live in the Arctic.",
                "Sea ice in the Arctic has not declined since 1979, some claim.", "Tides are caused by the Moon."]
    item = TuneClaim(None, analysis, tuple(candidate(p, article=f"a{n}") for n, p in enumerate(passages)))  # type: ignore[arg-type]
    recorded = outcomes(item, StanceModel(weights, {}))
    for offsets in ({}, {"corroborating": 0.7, "conflicting": -0.4}, {"conflicting": 1.2, "corroborating": -1.0}):
        model = StanceModel(weights, offsets).freeze()
        assert [o.under(model) for o in recorded] == [score_stance(analysis, c, model) for c in item.candidates]


def test_agreement_a_passage_cannot_show_is_related_not_the_runner_up() -> None:
    model = StanceModel({"corroborating": {"bias": 2.0}, "conflicting": {"bias": 1.0}}, {})
    probabilities = model.probabilities({"bias": 1.0})
    assert model.decide(probabilities) == "corroborating"
    assert model.decide(probabilities, confirmable=False) == "related"  # not "conflicting", the runner-up
    # a (weak) contradiction the rules found: the better of conflicting and related, as before
    assert model.decide(probabilities, confirmable=False, contradicted=True) == "conflicting"
    leaning = StanceModel({"conflicting": {"bias": 2.0}}, {})
    assert leaning.decide(leaning.probabilities({"bias": 1.0}), confirmable=False) == "conflicting"
