"""Rules of 2026-12-07, thirty-first session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a regional council's accounts, a lighthouse's inspection, a petition, a march of farmers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.text.extract import find_dates, find_quantities
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("text", "year_read"), [
    ("The assembly approved the 2026 budget.", False),  # which budget: voted on in 2025
    ("The board's 2030 target is a fifth of all sales.", False),
    ("Ticket sales for the 2025 season rose.", False),
    ("In 2025 budget talks stalled twice.", True),  # a year, before a noun that follows it by chance
    ("The levy was first charged in 2019.", True),
])
def test_a_year_that_names_a_plan_or_account_is_no_date_and_no_amount(text: str, year_read: bool) -> None:
    years = [d.span.text for d in find_dates(text)]
    assert bool(years) == year_read
    assert not any(q.value and q.value >= 1000 for q in find_quantities(text))


def test_the_budgets_year_does_not_date_the_vote_on_it(tmp_path: Path) -> None:
    articles = payloads([("c1", "Orsk Courier", "2025-11-28",
                          "The Orsk regional assembly approved the 2026 budget late on Thursday by 31 votes to 20.")])
    # (before, the claim was dated 2026 and the vote of November 2025 conflicted with it)
    claim = "The Orsk assembly approved its 2026 budget by 31 votes to 20."
    bucket, verdict = judged_as(tmp_path / "a", articles, claim, "approved the 2026 budget")
    assert (bucket, verdict) == ("corroborating", "supported")


def test_a_figure_set_aside_with_not_is_not_stated() -> None:
    found = [q.span.text for q in find_quantities(
        "A council spokesman said the petition held about 8,200 names, not 12,900, once duplicates were removed.")]
    assert found == ["about 8,200 names"]
    assert [q.value for q in find_quantities("The crew counted three rather than five seals.")] == [3.0]


def test_a_corrected_figure_conflicts_with_the_figure_it_sets_aside(tmp_path: Path) -> None:
    articles = payloads([
        ("p1", "Vell Post", "2025-02-03", "Campaigners handed a petition with 12,900 names to the Vell town hall."),
        ("p2", "Vell Radio", "2025-02-04",
         "A town hall spokesman said the petition held about 8,200 names, not 12,900, once duplicates were removed."),
    ])
    bucket, verdict = judged_as(tmp_path / "a", articles, "The petition handed to Vell town hall had 12,900 names.",
                                "not 12,900")
    assert bucket == "conflicting" and verdict == "disputed"


@pytest.mark.parametrize("text", [
    "Divers found cracks in 9 of the lighthouse's 32 iron anchor bolts.",
    "Divers found cracks in 9 of the Skarn Point Lighthouse's 32 anchor bolts.",
    "The ferry line cancelled 9 of Skarn Ferries' 32 sailings.",
])
def test_a_part_of_a_named_owners_set_counts_the_sets_noun(text: str) -> None:
    first, whole = find_quantities(text)[:2]
    assert first.value == 9 and first.unit == whole.unit and whole.value == 32


def test_a_part_of_a_set_is_compared_with_the_part_not_with_the_whole(tmp_path: Path) -> None:
    articles = payloads([("l1", "Coast Gazette", "2025-06-10",
                          "Divers found cracks in 9 of the lighthouse's 32 iron anchor bolts, the harbour board "
                          "said.")])
    # (before, the 32 matched and the 9 was read as no count: the claim's 14 went unchecked)
    bucket, verdict = judged_as(tmp_path / "a", articles,
                                "Divers found cracks in 14 of the Skarn Point lighthouse's 32 anchor bolts.",
                                "cracks in 9 of")
    assert (bucket, verdict) == ("conflicting", "refuted")


_MARCH = payloads([("f1", "Field Herald", "2025-04-12",
                    "Farmers marched through the centre of Dovre on Friday to protest against new water charges. "
                    "Police put the crowd at about 2,500. "
                    "The organisers said 6,000 had taken part. "
                    "The union's chairman, Ivo Brandt, told the marchers the charges would ruin small farms. "
                    "The protest was peaceful and no arrests were made, police said.")])


def test_a_sentence_of_the_protest_takes_the_articles_event() -> None:
    from service.ingest import prepare_article

    events = [p.facts.event for p in prepare_article(dict(_MARCH[0])).passages]
    lead = events[0]
    assert lead.start == date(2025, 4, 11)
    crowd = next(e for p, e in zip(prepare_article(dict(_MARCH[0])).passages, events, strict=True)
                 if "crowd" in p.text)
    arrests = next(e for p, e in zip(prepare_article(dict(_MARCH[0])).passages, events, strict=True)
                   if "arrests" in p.text)
    # (before: the crowd's count had no event, and "the protest" was dated by the article's week alone)
    assert (crowd.start, crowd.anchor) == (lead.start, 0)
    assert (arrests.start, arrests.anchor) == (lead.start, 0)


def test_the_crowd_of_a_dated_protest_is_compared_in_its_event(tmp_path: Path) -> None:
    # (before, the crowd's sentence had no event: it counted half, too little to decide the claim's Friday)
    bucket, verdict = judged_as(tmp_path / "a", _MARCH,
                                "Police estimated that about 2,500 people joined Friday's protest in Dovre.", "crowd")
    assert (bucket, verdict) == ("corroborating", "supported")
    bucket, verdict = judged_as(tmp_path / "b", _MARCH,
                                "Police estimated that 9,000 people joined Friday's protest in Dovre.", "crowd")
    assert (bucket, verdict) == ("conflicting", "refuted")


def test_a_day_something_was_called_for_is_a_day_to_come() -> None:
    anchor = date(2025, 3, 4)
    [called] = find_dates("The union has called a march through Dovre for March 14.", anchor)
    assert called.start == date(2025, 3, 14)
    [held] = find_dates("The march was held on March 14.", anchor)
    assert held.start == date(2024, 3, 14)


@pytest.mark.parametrize(("text", "value", "span"), [
    ("Cracks were found in more than half of the lighthouse's anchor bolts.", 0.5, (0.5, 1.0)),
    ("Fewer than a third of the ferries sailed.", 0.3333, (0.0, 0.3333)),
    ("Exports are nearly ten times the exports of Dovre.", 10.0, (7.5, 12.5)),
    ("Divers found cracks in 9 of the lighthouse's 32 anchor bolts.", 0.2812, (0.2812, 0.2812)),
])
def test_a_hedged_multiple_allows_what_its_hedge_leaves_open(text: str, value: float,
                                                             span: tuple[float, float]) -> None:
    from service.text.multiples import find_multiples

    [found] = find_multiples(text)
    assert (found.value, found.span()) == (value, span)


_BOLTS = payloads([("b1", "Coast Gazette", "2025-06-10",
                    "Divers found cracks in 9 of the lighthouse's 32 iron anchor bolts, the harbour board said.")])


@pytest.mark.parametrize(("claim", "bucket", "verdict"), [
    # (before, a bound was never compared: "more than half" went to the model, which found the passage alike)
    ("Divers found cracks in more than half of the lighthouse's anchor bolts.", "conflicting", "refuted"),
    ("Divers found cracks in more than a quarter of the lighthouse's anchor bolts.", "corroborating", "supported"),
    ("Divers found cracks in fewer than a fifth of the lighthouse's anchor bolts.", "conflicting", "refuted"),
])
def test_a_share_of_a_counted_set_is_compared_with_a_bounded_fraction(tmp_path: Path, claim: str, bucket: str,
                                                                      verdict: str) -> None:
    assert judged_as(tmp_path / "a", _BOLTS, claim, "cracks in 9 of") == (bucket, verdict)


def test_an_estimate_far_from_the_claims_multiple_is_another_figure(tmp_path: Path) -> None:
    # (a guard: the amounts compare these, the multiples do not compare an estimate of a multiple)
    articles = payloads([("e1", "Trade Weekly", "2025-05-02",
                          "Fish exports from Vell are nearly three times the fish exports of Dovre, the ministry "
                          "said.")])
    claim = "Fish exports from Vell are {} times the fish exports of Dovre."
    bucket, verdict = judged_as(tmp_path / "a", articles, claim.format(30), "nearly three times")
    assert (bucket, verdict) == ("conflicting", "refuted")
    bucket, verdict = judged_as(tmp_path / "b", articles, claim.format("three"), "nearly three times")
    assert (bucket, verdict) == ("corroborating", "supported")


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    ("Skarn General Hospital said no patient had died.", "Skarn General Hospital", "other"),  # (not a general's)
    ("Orrin Civil Works said the quay was safe.", "Orrin Civil Works", "other"),  # (a firm, not a person)
    ("Police said two men were held.", "Police", "official"),
    ("Attorney General Ana Ruiz said charges would follow.", "Attorney General Ana Ruiz", "official"),
    ("General Ivo Marek said the troops had withdrawn.", "General Ivo Marek", "military"),  # (a rank: a general's)
    ("Ida Holm said two paintings were taken.", "Ida Holm", "person"),
])
def test_the_kind_of_a_body_named_by_its_last_word(sentence: str, source: str, kind: str) -> None:
    from service.attribution import find_attributions

    [found] = find_attributions(sentence)
    assert (found.source, found.kind) == (source, kind)


@pytest.mark.parametrize("sentence", ["Museum director Ida Holm said two paintings were taken.",
                                      "Zoo director Ida Holm said two wolves had escaped."])
def test_a_generic_body_before_a_title_is_no_source_the_person_is(sentence: str) -> None:
    from service.attribution import find_attributions
    from service.text.sources import resolve_credits

    [[credit]] = resolve_credits([tuple(find_attributions(sentence))], [sentence])
    assert credit.source == "Ida Holm"  # (before: "Museum", "Zoo", as a body's name)


def test_since_when_a_described_thing_has_held_does_not_date_the_sentence() -> None:
    from service.ingest import prepare_article

    article = prepare_article({"external_id": "q1", "outlet": "Coast Gazette", "published_at": "2025-06-10",
                               "text": "Divers found cracks in the pier on Monday. Orrin Civil Works, which has "
                                       "maintained the pier since 2016, said the structure was safe."})
    [_, said] = article.passages
    # (before: the statement was dated 2016, when the firm's contract began)
    assert said.facts.event.start is None or said.facts.event.start.year == 2025


def test_a_measure_of_the_very_thing_and_verb_the_claim_measures_decides(tmp_path: Path) -> None:
    articles = payloads([("m1", "Hale Radio", "2025-09-03",
                          "Thieves took a fragment of the Skarn meteorite from the Hale museum on Tuesday. "
                          "Curator Ida Holm said the fragment, which weighs 3.1 kilograms, was insured.")])
    # (before: a measure decided only in a passage restating the claim and holding its names; "the fragment" names
    # neither the meteorite nor Skarn, and the claim went unverified)
    bucket, verdict = judged_as(tmp_path / "a", articles, "The stolen Skarn meteorite fragment weighs 1.3 kilograms.",
                                "which weighs 3.1")
    assert (bucket, verdict) == ("conflicting", "refuted")


def test_no_evidence_linking_two_things_denies_the_link_not_either_thing(tmp_path: Path) -> None:
    articles = payloads([("t1", "Hale Post", "2025-02-12",
                          "Thieves stole two tapestries from the Hale Guildhall on Tuesday, police said. "
                          "Detectives said there was no evidence linking a break-in at the harbour museum to the "
                          "theft of the two tapestries from the Hale Guildhall.")])
    # (before: "no evidence" was read as a denial of the theft itself, and the claim came out disputed)
    bucket, verdict = judged_as(tmp_path / "a", articles,
                                "Two tapestries were stolen from the Hale Guildhall on Tuesday.", "no evidence linking")
    assert bucket != "conflicting" and verdict == "supported"


def test_not_until_asserts_the_deed() -> None:
    from service.text.extract import find_negations

    # (before: "did not reach Velka" was read as denied)
    assert find_negations("Relief lorries did not reach Velka until Saturday, officials said.") == []
    assert [n.cue.text for n in find_negations("The lorries did not reach Velka.")] == ["not"]
