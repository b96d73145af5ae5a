"""Rules of 2026-12-07, thirty-fifth session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: a town's two power cuts, a mountain railway's rockfalls, a tram crash, a council's unpaid
contractor, a concert crush and the inquiry into it, a data breach at a water company."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier.stance.amounts import comparable
from service.text.events import read_events
from service.text.extract import find_quantities
from service.text.ordinals import incident_rank
from service.text.synonyms import OPPOSED
from service.tokens import stem
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("text", "share"), [
    ("The operator refunded half the fare to passengers.", 0.5),
    ("The operator is giving passengers back half of their fare.", 0.5),
    # (not a share of a time or a match: "half the time")
    ("The repairs took half the time.", None),
])
def test_half_the_fare_is_a_share(text: str, share: float | None) -> None:
    from service.text.multiples import find_multiples

    assert next((m.value for m in find_multiples(text) if m.kind == "share"), None) == share


def test_a_count_revised_in_its_own_words_counts_its_noun() -> None:
    from service.text.facts import passage_amounts

    [q] = passage_amounts("The agency has revised its count of passengers who fell ill to 268.", "2025-08-05")
    assert (q.value, q.unit, q.predicate) == (268.0, "passengers", "ill")


def test_homes_and_households_are_one_count() -> None:
    [homes] = find_quantities("About 15,000 homes lost power.")
    [households] = find_quantities("The council put the number at 15,000 households.")
    assert comparable(homes, households)


@pytest.mark.parametrize(("text", "rank"), [
    ("The second Ostrel blackout lasted about 40 minutes.", (2, "Ostrel")),
    ("About 15,000 homes lost power in Ostrel's second blackout.", (2, "Ostrel")),
    # (a month after the kind is no site: "the first blackout in May")
    ("The first Ostrel blackout in May lasted six hours.", (1, "Ostrel")),
])
def test_a_blackout_ranked_at_a_town(text: str, rank: tuple[int, str]) -> None:
    found = incident_rank(text)
    assert found is not None and (found[0], found[3]) == rank


@pytest.mark.parametrize(("text", "ages"), [
    ("The tram driver, Josef Marek, 47, was taken to hospital.", (("Josef Marek", 47),)),
    ("The tram was driven by 47-year-old Josef Marek.", (("Josef Marek", 47),)),
    ("Councillor Ana Pell (52) said so.", (("Ana Pell", 52),)),
    # (a figure after a town is no age)
    ("In Ostrel, 1,400 residents signed.", ()),
])
def test_ages_of_people_named(text: str, ages: tuple[tuple[str, int], ...]) -> None:
    from service.text.ages import ages_of

    assert ages_of(text) == ages


def test_a_match_won_is_not_lost() -> None:
    assert stem("lost") in OPPOSED[stem("won")] and stem("lose") in OPPOSED[stem("win")]


def test_a_sentence_dated_by_a_recalled_incident_does_not_redate_the_story() -> None:
    sentences = ["A fire destroyed the Harl Street depot on Monday, the fire service said.",
                 "The company denied that it had ignored warnings after the 2023 fire at its Brell yard.",
                 "Police have made no arrests in connection with the fire."]
    events = read_events(sentences, "2025-03-12")
    assert (events[1].start.year, events[2].start.isoformat()) == (2023, "2025-03-10")


def test_a_report_dated_in_an_aside_does_not_date_the_incident_it_reports() -> None:
    sentences = ["Two of the arena's four gates were closed when a crush injured concertgoers at the Ardel Arena in "
                 "February, an independent inquiry found.",
                 "The report, published on Monday by retired judge Ola Brandt, said the venue had too few stewards.",
                 "It found that 14 people were injured in the crush."]
    events = read_events(sentences, "2025-06-25")
    assert (events[1].start, events[2].start.isoformat(), events[2].end.isoformat()) \
        == (None, "2025-02-01", "2025-02-28")


def _story(text: str, published: str, eid: str) -> list[dict[str, object]]:
    """One made-up article of these words."""
    return payloads([(eid, "Made-up Courier", published, text)])


_GRID = _story("A blackout left most of Ostrel without power for about six hours on Thursday, stopping trains and "
               "traffic lights. The grid company Pellin Power said about 90,000 homes lost power.", "2025-05-09",
               "g1") \
    + _story("Parts of Ostrel lost power again on Thursday, a week after a blackout that left most of the town dark "
             "for six hours. The second outage lasted about 40 minutes and affected about 12,000 homes, Pellin Power "
             "said. The town council put the number at 15,000 households.", "2025-05-16", "g2")
_ROCKFALL = _story("A rockfall buried the Verlen mountain railway near Assen late on Tuesday. No one was hurt and no "
                   "trains were caught in it, the rail company said. The company estimated the volume of rock on the "
                   "line at about 800 cubic metres.", "2025-03-12", "r1") \
    + _story("A passenger train was trapped on the Verlen mountain railway near Assen on Monday after two rockfalls "
             "came down in front of it and behind it, the rail company said. The company's first estimate of the new "
             "rockfalls was about 2,500 cubic metres.", "2025-04-15", "r2")
_TRAM = _story("A tram and a delivery van collided at the Marl Bridge junction on Friday morning. Nine passengers were "
               "hurt, police said. The van driver was not injured, police said.", "2025-02-08", "t1")
_CONTRACTOR = _story("The Brenmoor council said on Tuesday it would not pay the contractor Haldan Works for the "
                     "unfinished swimming pool.", "2025-10-08", "c1")
_CRUSH = _story("Eleven people were hurt in a crush at the gates of the Ardel Arena before a concert on Saturday, "
                "police said.", "2025-02-16", "k1") \
    + _story("Two of the arena's four gates were closed when a crush injured concertgoers at the Ardel Arena in "
             "February, an independent inquiry found. The report, published on Monday by retired judge Ola Brandt, "
             "said the venue had too few stewards. It found that 14 people were injured in the crush. Nobody died, "
             "and the inquiry said it was luck that no one was killed.", "2025-06-25", "k2")


# Each rule in a dossier: (articles, claim, words of the passage, its bucket, the verdict or None when any); each fails
# on the start code (f4f55ca). (The crush below is a guard: "Nobody died" in the inquiry's report confirms the claim,
# as it did before the report's day stopped dating the crush.)
@pytest.mark.parametrize(("articles", "claim", "words", "bucket", "verdict"), [
    # an incident picked out by its rank at a town, and the month's first
    (_GRID, "The second Ostrel blackout lasted about six hours.", "A blackout left most of Ostrel", "other_events",
     "refuted"),
    # a rival count of the sentence before's, the same event
    (_GRID, "About 15,000 homes lost power in Ostrel's second blackout.", "put the number at 15,000", "corroborating",
     "disputed"),
    # the incident a clause picks out by what it did: the March rockfall, that trapped no train, is another
    (_ROCKFALL, "About 800 cubic metres of rock came down in the rockfalls that trapped the train.",
     "about 800 cubic metres", "other_events", None),
    # one named by a noun, come to no harm, in other words
    (_TRAM, "The van driver came out of the Marl Bridge tram crash unhurt.", "van driver was not injured",
     "corroborating", "supported"),
    (_CRUSH, "No one died in the crush at the Ardel Arena.", "Nobody died", "corroborating", "supported"),
    # a rejected claim of a cause denies the cause
    (_story("The inquiry rejected the arena's claim that fans without tickets had caused the crush at the Ardel Arena "
            "in February.", "2025-06-25", "k3"),
     "Fans without tickets caused the crush at the Ardel Arena.", "rejected the arena's claim", "conflicting", None),
    # when it was found is what the claim says: the day confirms it
    (_story("A data breach at Marrow Water was detected early on Monday, when staff found they could not open customer "
            "files, the company said.", "2025-09-10", "b1"),
     "The data breach at Marrow Water was discovered early on Monday, September 8.", "detected early on Monday",
     "corroborating", "supported"),
    # "refused to" is a refusal of what follows
    (_CONTRACTOR, "The Brenmoor council refused to pay Haldan Works for the swimming pool.", "would not pay",
     "corroborating", "supported"),
])
def test_judged_on_made_up_articles(tmp_path: Path, articles: list[dict[str, object]], claim: str, words: str,
                                    bucket: str, verdict: str | None) -> None:
    found, label = judged_as(tmp_path / "a", articles, claim, words)
    assert (found, label if verdict else None) == (bucket, verdict)


def test_ages_compared_for_the_same_person(tmp_path: Path) -> None:
    articles = _story("The tram driver, Josef Marek, 47, was praised by passengers for keeping people calm.",
                      "2025-02-09", "t2")
    assert judged_as(tmp_path / "a", articles, "The tram driver who kept passengers calm was 47-year-old Josef Marek.",
                     "Josef Marek, 47")[0] == "corroborating"
    assert judged_as(tmp_path / "b", articles, "The tram driver who kept passengers calm was 52-year-old Josef Marek.",
                     "Josef Marek, 47")[0] == "conflicting"


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Police said the tram had been travelling at about 45 miles per hour.", "about 45 miles per hour", "mph"),
    ("Gusts reached 120 kilometres an hour on the ridge.", "120 kilometres an hour", "kph"),
    # (a limit set anew is its new figure: "cut from 6,500 to 4,000"; and a count revised, "up from the 14 …")
    ("The stand's capacity has been cut from 6,500 to 4,000 while the inquiry goes on.", "4,000", None),
    ("Police revised the number of injured pupils to 16, up from the 14 they reported on Tuesday.", "16", "pupils"),
])
def test_speeds_and_limits_set_anew(text: str, amount: str, unit: str | None) -> None:
    [q] = find_quantities(text)
    assert (q.span.text, q.unit) == (amount, unit)


@pytest.mark.parametrize(("text", "scopes"), [
    # what "without" denies of a noun ends at the clause's verb
    ("Late-arriving fans without tickets caused the crush.", [("without", "tickets")]),
    ("Households were left without power for nine hours.", [("without", "power for nine hours")]),
    # a rejected claim, owned by whoever made it
    ("The inquiry rejected the club's claim that fans without tickets had caused the crush.",
     [("rejected", "the club's claim that fans without tickets had caused the crush"), ("without", "tickets")]),
    # "refused to pay" says it would not pay
    ("The council refused to pay the contractor.", [("refused to", "pay the contractor")]),
])
def test_negations_read_with_what_they_govern(text: str, scopes: list[tuple[str, str]]) -> None:
    from service.text.extract import find_negations

    assert [(n.cue.text, n.scope.text) for n in find_negations(text)] == scopes
