"""Rules of 2026-12-07, thirty-third session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: an insurer's reward for a stolen horse, a hospital's new wing, a college's influenza death, a
pier collapse's report, a count of infections lowered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.text.extract import find_negations
from service.text.facts import passage_amounts
from service.text.synonyms import CANONICAL
from service.tokens import stem
from tests.support.judging import judged_as, payloads


def test_a_negation_reads_on_through_a_figures_comma() -> None:
    [negation] = find_negations("Harlow Mutual said it would not pay its 20,000-pound reward because police found "
                                "the horse.")
    # (before, the comma of "20,000" ended the clause: "pay its 20")
    assert "reward" in negation.scope.text


def test_paid_is_read_as_pay() -> None:
    assert CANONICAL.get(stem("paid"), stem("paid")) == CANONICAL.get(stem("pay"), stem("pay"))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The agency lowered its count of confirmed infections from nine to eight on Friday.", 8, 8),
    ("The ministry revised the toll from 12 to 15 people overnight.", 15, 15),
    # (a range stays one, and so does a rise, whose claim states both values)
    ("Estimates ranged from 17 to 40 rockets.", 17, 40),
    ("The price of bread rose from 2 to 3 euros.", 2, 3),
])
def test_a_figure_changed_from_one_value_to_another_states_the_later(text: str, low: float, high: float) -> None:
    first = passage_amounts(text, None)[0]
    assert (first.low, first.high) == (low, high)


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The new east wing at Pellingham Hospital will have 60 beds.",
     "Work on the new east wing at Pellingham Hospital remains on schedule.", True),
    ("The extension of the Carrick wind farm would cost £30 million.",
     "The extension of the Carrick wind farm would add nine turbines.", True),
    ("The new east wing at Pellingham Hospital will have 60 beds.", "The new wing will have 60 beds.", False),
    # (another figure of the kind is the amount rules' to compare; a count said loosely, a year, a share, no figure)
    ("The new east wing at Pellingham Hospital will have 60 beds.", "The new wing will have 45 beds.", False),
    ("A number of studies find positive feedback.", "Studies indicate a net positive feedback.", False),
    ("The 2025 outbreak at Carrow College was caused by influenza.", "The outbreak was caused by influenza.", False),
    ("Around 97% of climate experts agree that humans cause warming.", "Experts have reached a consensus.", False),
    # (a bare figure, by its value, against a passage that states none)
    ("The union put turnout at the Carrow strike at 870.", "Nurses at three hospitals walked out for 24 hours.", True),
    ("The union put turnout at the Carrow strike at 870.", "The board put the number at 870.", False),
    ("In 1960 Velmar had a population of 45 million.", "Velmar's population was 45.1 million in 1960.", False),
    # (the count of a set the claim picks out, and a number inside a name)
    ("The six Carrow journalists charged after the raid were each given bail of 50,000 crowns.",
     "The journalists were each granted bail of 50,000 crowns.", False),
    ("Lumen 9 TV was taken off air for a month.", "The regulator suspended the station's licence.", False),
])
def test_a_figure_the_claim_asserts_must_be_stated_in_kind(claim: str, passage: str, unstated: bool) -> None:
    from types import SimpleNamespace

    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.decide import _figure_unstated

    candidate = SimpleNamespace(facts=SimpleNamespace(amounts=passage_amounts(passage, None)))
    assert _figure_unstated(analyze_claim(claim), candidate) is unstated  # type: ignore[arg-type]


@pytest.mark.parametrize(("claim", "closing"), [
    ("The student union held a vigil for the Carrow College student who died of influenza.", True),
    ("Police arrested two men who had fled the Marlow depot.", True),
    ("CO2 is a gas that traps heat.", False),  # (a copula's complement: the clause is what is asserted)
    ("People who had booked tickets for the Torrent can get a refund.", False),  # (the subject's clause)
    ("Harrowfield's health board estimated that the April strike cost it £1.8 million.", False),  # (what was said)
    ("Satellites observe an enhanced effect at the wavelengths that CO2 absorbs.", False),  # (no deed, no name)
    ("Documents show the agency made a referral documenting the allegation that Mayor Holt had approved it.", False),
])
def test_a_closing_clause_that_picks_out_the_object(claim: str, closing: bool) -> None:
    from service.dossier.stance.terms import object_clause

    assert object_clause(claim) is closing


def test_no_part_of_a_thing_denies_what_it_did() -> None:
    from service.dossier.stance.terms import _scope_stems

    denied = _scope_stems("part of the June cargo had left the port", "no")
    # (before: "no part" denied the part alone)
    assert "part" not in denied and stem("leave") in denied


def test_a_month_alone_in_a_dated_article_dates_its_own_sentence_only() -> None:
    from service.text.events import read_events

    texts = ["A fire at the Norvale exchange's data centre halted trading for three hours on Tuesday.",
             "In March, a smaller fire at the data centre halted trading for 47 minutes.",
             "The exchange said the halt had cost brokers millions."]
    events = read_events(texts, "2024-10-09")
    # (before, the March halt took the October story's day)
    assert (events[1].start, events[1].end) == (date(2024, 3, 1), date(2024, 3, 31))
    # (…and the sentence after it, about the story's halt, does not take March)
    assert events[2].start != date(2024, 3, 1)


def test_a_month_still_to_come_dates_nothing_of_its_own() -> None:
    from service.text.events import read_events

    # (a guard: a later month than the article's is more often a plan in other words than last year's)
    [_, event] = read_events(["Work on the new wing at Kessel hospital began on Monday.",
                              "The new wing remains on schedule for opening in September."], "2025-04-02")
    assert event.start is None or event.start.month != 9


@pytest.mark.parametrize("claim", [
    "Investigators found that one of the balloon's two burners failed just after take-off.",
    "Accident investigators confirmed that one of the balloon's two burners failed just after take-off.",
])
def test_investigators_name_no_source_to_mismatch(claim: str) -> None:
    from service.text.sources import claim_credits

    assert claim_credits(claim) == ()


def test_a_figure_put_at_credits_its_speaker() -> None:
    from service.text.sources import find_attributions

    [credit] = find_attributions("The nurses' union put turnout at the Carrow strike at 870.")
    assert credit.source == "The nurses' union"


@pytest.mark.parametrize(("text", "unit"), [
    ("The operator said it had shut down 14 of the wind farm's remaining 21 turbines.", "turbines"),
    ("He said 3 of the other 12 pumps had failed.", "pumps"),
])
def test_a_part_of_a_set_described_in_lower_case_counts_its_noun(text: str, unit: str) -> None:
    first = passage_amounts(text, None)[0]
    assert first.unit == unit


def test_the_company_is_the_firm_named_before_it() -> None:
    from service.text.sources import find_attributions, resolve_credits

    texts = ["Brennock Renewables said the remaining turbines would stay off.",
             "The company said replacing the bolts had cost about £2.3 million."]
    [_, (credit,)] = resolve_credits([find_attributions(t) for t in texts], texts)
    # (before, "The company" was left unresolved: "Renewables" was no firm's word)
    assert credit.source == "Brennock Renewables"


def _story(text: str, published: str = "2025-04-02") -> list[dict[str, object]]:
    """One made-up article of these words."""
    return payloads([("a1", "Made-up Courier", published, text)])


_PIER = _story("Chief inspector Ana Brell said the final report on the Dunmore pier collapse would be published in "
               "November.", "2025-08-20")
_WING = "Work on the new east wing at Pellingham Hospital remains on schedule, the trust said on Tuesday."
_FLU = "A second-year student at Carrow College has died of influenza, the college said on Tuesday."


# Each rule in a dossier: (articles, claim, words of the passage, its bucket, the verdict or None when any). The figure
# rule and the closing-clause rule where the passage states no figure, or the clause's fact alone, are guards (those
# passages were related before too, in an archive this small); the others fail on the start code.
@pytest.mark.parametrize(("articles", "claim", "words", "bucket", "verdict"), [
    (_story("Harlow Mutual said it would not pay its 20,000-pound reward because police had found the stolen horse."),
     "Harlow Mutual paid out its 20,000-pound reward.", "would not", "conflicting", "refuted"),
    (_story(_WING), "The new east wing at Pellingham Hospital will have 60 beds.", "remains on schedule", "related",
     "unverified"),
    (_story(_WING), "The new east wing at Pellingham Hospital will cost £40 million.", "remains on schedule", "related",
     "unverified"),
    (_story("The new east wing at Pellingham Hospital will have 60 beds, the trust said on Tuesday."),
     "The new east wing at Pellingham Hospital will have 60 beds.", "60 beds", "corroborating", "supported"),
    (_story(_FLU), "The student union held a vigil for the Carrow College student who died of influenza.",
     "has died of influenza", "related", "unverified"),
    (_story(_FLU), "A Carrow College student died of influenza.", "has died of influenza", "corroborating",
     "supported"),
    (_PIER, "The final report on the Dunmore pier collapse is due in December.", "would be published", "conflicting",
     "refuted"),
    (_story("Customs at the port of Valmere seized a cargo of fake insulin on Wednesday. Customs director Ina Lessard "
            "said no part of the June cargo had left the port before it was seized.", "2025-06-14"),
     "Some of the June cargo of fake insulin left Valmere port before customs seized it.", "no part of",
     "conflicting", None),
    (_story("A fire at the Norvale Stock Exchange's data centre halted trading for nearly three hours on Tuesday. In "
            "March, a smaller fire at the data centre halted trading on the exchange for 47 minutes.", "2024-10-09"),
     "The October 2024 fire at the Norvale Stock Exchange's data centre halted trading for 47 minutes.", "47 minutes",
     "other_events", None),
])
def test_judged_on_made_up_articles(tmp_path: Path, articles: list[dict[str, object]], claim: str, words: str,
                                    bucket: str, verdict: str | None) -> None:
    found, label = judged_as(tmp_path / "a", articles, claim, words)
    assert (found, label if verdict else None) == (bucket, verdict)


# …and what a passage is no longer: an earlier figure set right, a plan of the claim's own month, another length of
# the event written before its noun (before: corroborating, conflicting, conflicting)
@pytest.mark.parametrize(("articles", "claim", "words", "not_bucket"), [
    (_story("The Fenwick Health Agency on Friday lowered its count of confirmed infections at the Fenwick care home "
            "from nine to eight.", "2025-02-14"),
     "Nine infections were confirmed at the Fenwick care home.", "lowered its count", "corroborating"),
    (_PIER, "The final report on the Dunmore pier collapse is due in November.", "would be published", "conflicting"),
    (_story("The United Nursing Federation said about 1,200 nurses took part in the one-day stoppage at Harrow "
            "General.", "2024-04-19"),
     "Nurses at Harrow General started a two-day strike.", "one-day stoppage", "conflicting"),
])
def test_no_longer_judged_so(tmp_path: Path, articles: list[dict[str, object]], claim: str, words: str,
                             not_bucket: str) -> None:
    assert judged_as(tmp_path / "a", articles, claim, words)[0] != not_bucket
