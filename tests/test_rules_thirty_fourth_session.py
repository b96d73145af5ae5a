"""Rules of 2026-12-07, thirty-fourth session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a grandstand's collapse at a county show, ski lifts reopened, a ferry's sick passengers, a bus
depot's roof, goats and pigs out of a city farm, firefighters at a heath fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.causes import causes_of
from service.text.events import sites_of
from service.text.extract import find_quantities, tells_risen_toll
from service.text.synonyms import OPPOSED, unphrase
from service.tokens import stem
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("text", "risen"), [
    ("The number of people hurt in Saturday's grandstand collapse has risen to nine, the ambulance service said.",
     True),
    ("Police said the number of people arrested over the riot had risen to 23.", True),
    ("The injury count rose to 31 on Wednesday.", True),
    ("The death toll rose to eight on Thursday.", True),
    # (a count of no fate is a trend, not a toll set right)
    ("The number of visitors rose to two million last year.", False),
])
def test_a_toll_of_any_harm_said_to_have_risen(text: str, risen: bool) -> None:
    assert tells_risen_toll(text) is risen


@pytest.mark.parametrize(("text", "amounts"), [
    ("The operator said the remaining three lifts, all close to the damaged one, would stay shut.", ["three lifts"]),
    ("A new one will be built next year.", []),
    # (a count of one is still one: "the one survivor", "only one was injured")
    ("The one survivor was taken to hospital.", ["one survivor"]),
    ("Only one was injured.", ["one"]),
])
def test_one_standing_for_a_noun_named_before_is_no_amount(text: str, amounts: list[str]) -> None:
    assert [q.span.text for q in find_quantities(text)] == amounts


@pytest.mark.parametrize(("text", "causes"), [
    ("Kelby General Hospital said he died of complications from heatstroke.", (("death", "heatstroke"),)),
    ("The hospital said Tam Ossery died of a heart attack.", (("death", "heart attack"),)),
    # (the incident's own harm is no cause that tells one death from another)
    ("Two people died from their injuries in hospital.", ()),
    ("The fire was caused by a faulty heater.", (("cause", "faulty heater"),)),
])
def test_what_someone_died_of_is_a_cause(text: str, causes: tuple[tuple[str, str], ...]) -> None:
    assert causes_of(text) == causes


def test_ahead_of_schedule_is_early() -> None:
    assert unphrase("The ferry docked two days ahead of schedule.") == "The ferry docked two days early."
    assert stem("late") in OPPOSED[stem("early")]


@pytest.mark.parametrize(("passage", "unstated"), [
    ("Race director Lena Morrow said the event had followed the federation's heat guidelines.", True),
    ("The federation said its guidelines were \"a floor, not a ceiling\".", False),
    ("Morrow said the guidelines were a floor, not a ceiling, and the race went ahead.", False),
])
def test_words_a_claim_quotes_must_be_held(passage: str, unstated: bool) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.decide import _quote_unstated
    from service.dossier.stance.terms import claim_terms

    claim = "Race director Lena Morrow called the federation's heat guidelines \"a floor, not a ceiling\"."
    assert _quote_unstated(claim_terms(analyze_claim(claim)).quoted, passage, None) is unstated


def test_what_a_reduced_clause_picks_out_is_not_the_complement() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    # ("shot after the escape" picks out which wolf; "a female" is what the claim says of it)
    assert claim_terms(analyze_claim("The wolf shot after the Marlowe Zoo escape was a female.")).complement \
        == stem("female")


@pytest.mark.parametrize(("text", "kind"), [
    ("The ferry docked two days late.", "offset"),
    ("A patrol arrived 18 minutes later.", "offset"),
    ("A patrol reached the museum 18 minutes after the alarm went off.", "offset"),
    ("The ship will undergo a two-day deep clean.", "length"),
    ("The outage lasted about two hours.", "length"),
    ("The ship was held by pirates for 71 days before being freed.", "length"),
    # (a span that says neither is compared with both)
    ("Police said the patrol arrived after 25 minutes.", None),
    ("Official data after 25 days of raids put the toll at 800.", None),
])
def test_a_delay_is_told_apart_from_a_length(text: str, kind: str | None) -> None:
    from service.dossier.stance.amounts import _span_kind

    [span] = [q for q in find_quantities(text) if q.unit and q.unit.rstrip("s") in ("day", "minute", "hour")]
    assert _span_kind(text, span) == kind


def test_a_zoo_is_a_site() -> None:
    assert sites_of("Four wolves escaped from Marlowe Zoo on Sunday morning.") == ("Marlowe",)


def _story(text: str, published: str = "2025-06-16", eid: str = "a1") -> list[dict[str, object]]:
    """One made-up article of these words."""
    return payloads([(eid, "Made-up Courier", published, text)])


_SHOW = _story("Four people were injured when a grandstand collapsed at the Harwick county show on Saturday, the "
               "ambulance service said.", "2025-06-14") \
    + _story("The number of people hurt in Saturday's grandstand collapse at the Harwick county show has risen to "
             "nine, the ambulance service said on Sunday.", "2025-06-15", "a2")
_LIFTS = _story("Eighteen lifts at the Kelby ski resort reopened on Thursday. The operator said the remaining three "
                "lifts, all close to the damaged one, would stay shut until their cables had been checked.",
                "2025-01-17")
_DEPOT = _story("The roof of the Dunby bus depot fell in early on Sunday. No one was injured, and there were no buses "
                "inside at the time, the council said.", "2025-03-10")
_FARM = _story("Five goats escaped from the Pellow city farm on Monday. No animals or people were hurt, a farm "
               "spokeswoman said. It is the second escape from the farm this year, after two pigs got out in March.",
               "2025-09-23")
_HEATH = _story("The Korvath fire service said 300 residents were evacuated from Brenn. Governor Ilse Maro put the "
                "number of evacuees at 400, while the fire service said none of its firefighters were hurt.",
                "2025-07-06")


_RACES = _story("Paramedics treated 40 runners at the Kelby half marathon on Sunday. Nobody was seriously hurt.",
                "2024-06-17") \
    + _story("A runner died after collapsing at the Kelby half marathon on Sunday. No runner died in last year's race.",
             "2025-06-16", "a2")


# Each rule in a dossier: (articles, claim, words of the passage, its bucket, the verdict or None when any); each fails
# on the start code (b468c8f) but the last, a guard: the same harm denied of the same people confirms the claim, which
# the new reading of harm denials (a passage must deny the harm too) would otherwise have left to the model
@pytest.mark.parametrize(("articles", "claim", "words", "bucket", "verdict"), [
    # an earlier count of the hurt that a later report says rose is the count of its day, superseded
    (_SHOW, "Nine people were injured in the grandstand collapse at the Harwick county show.",
     "Four people were injured", "related", "supported"),
    (_SHOW, "Only four people were hurt in the grandstand collapse at the Harwick county show.", "has risen to nine",
     "conflicting", "refuted"),
    # the rest of a set is another part of it (and "the damaged one" counts nothing)
    (_LIFTS, "Eighteen of the Kelby resort's lifts reopened on Thursday.", "remaining three", "related", "supported"),
    # people and a noun for people, the same exact figure under the same fate
    (_story("The Maritime Health Agency said on Monday that 241 passengers had fallen ill on the ferry Marisol."),
     "The Maritime Health Agency said 241 people had fallen ill on the ferry Marisol.", "241 passengers",
     "corroborating", "supported"),
    # harm denied to everyone, in other words, by a passage of the claim's incident
    (_DEPOT, "Nobody was hurt when the roof of the Dunby bus depot fell in on March 9.", "No one was injured",
     "corroborating", "supported"),
    # what he died of, by the sentence before that names him
    (_story("A runner collapsed near the end of the Kelby half marathon on Sunday. The man, named as Tam Ossery, died "
            "in hospital. Kelby General Hospital said he died of complications from heatstroke."),
     "The hospital said Tam Ossery died of a heart attack.", "complications from heatstroke", "conflicting",
     "refuted"),
    # late against early, and a delay is not a length ("two days late" / "a two-day deep clean")
    (_story("The ferry Corran docked at Pellport on Thursday, two days ahead of schedule. It will undergo a two-day "
            "deep clean before its next sailing."),
     "The ferry Corran reached Pellport two days late.", "ahead of schedule", "conflicting", "refuted"),
    # those who were without power, those who lost it
    (_story("Kessel Grid will pay 40 euros to each household that lost power for more than four hours in last "
            "Thursday's blackout, the company said on Monday."),
     "Kessel Grid will pay 40 euros to households that were without power for more than four hours.",
     "each household that lost power", "corroborating", "supported"),
    # the same harm denied of the same people
    (_HEATH, "According to the fire service, no firefighters were injured fighting the Brenn fire.",
     "none of its firefighters", "corroborating", "supported"),
])
def test_judged_on_made_up_articles(tmp_path: Path, articles: list[dict[str, object]], claim: str, words: str,
                                    bucket: str, verdict: str | None) -> None:
    found, label = judged_as(tmp_path / "a", articles, claim, words)
    assert (found, label if verdict else None) == (bucket, verdict)


# …and what a passage is no longer: a harm denied in the sentence before is not asserted by the one that goes on from
# it; a claim that denies a harm is not confirmed by a passage that recalls its incident without the harm (before:
# conflicting); this year's death for a claim of last year's (before: corroborating)
@pytest.mark.parametrize(("articles", "claim", "words", "not_buckets"), [
    (_FARM, "Nobody was hurt when the pigs escaped from the Pellow city farm.", "second escape",
     ("conflicting", "corroborating")),
    # "last year's race" with no claim_date: counted from the archive's latest report, this year's death is not it
    (_RACES, "A runner died during last year's Kelby half marathon as well.", "A runner died after collapsing",
     ("corroborating",)),
])
def test_no_longer_judged_so(tmp_path: Path, articles: list[dict[str, object]], claim: str, words: str,
                             not_buckets: tuple[str, ...]) -> None:
    assert judged_as(tmp_path / "a", articles, claim, words)[0] not in not_buckets
