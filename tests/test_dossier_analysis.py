"""Claim analysis and the extractors it shares with stance (quantities, dates, negation, names)."""

from __future__ import annotations

from datetime import date

import pytest

from service.dossier.analysis import analyze_claim
from service.text.dates import date_passage
from service.text.extract import (
    find_dates,
    find_names,
    find_negations,
    find_quantities,
    find_slots,
    resolve_weekday,
)


@pytest.mark.parametrize(("text", "value", "low", "high", "unit"), [
    ("two Americans were slightly injured", 2, 2, 2, "Americans"),
    ("injured at least five US military personnel", 5, 5, None, "personnel"),
    ("killing more than 1,538 Israelis", 1538, 1539, None, "Israelis"),
    ("about 2,000 Marines", 2000, 1800, 2200, "Marines"),
    ("estimates ranged from 17 to 40 missiles", None, 17, 40, "missiles"),
    ("a $14.3 billion package", 14.3e9, 14.3e9, 14.3e9, "USD"),
    ("a $14.3-billion package", 14.3e9, 14.3e9, 14.3e9, "USD"),
    ("rose by 40% in a decade", 40, 40, 40, "%"),
    ("a dozen drones", 12, 12, 12, "drones"),
    ("several missiles and drones", None, 3, None, "missiles"),
    ("fewer than 10 rockets", 10, None, 9, "rockets"),
])
def test_quantities(text: str, value: float | None, low: float | None, high: float | None, unit: str) -> None:
    [q] = find_quantities(text)
    assert (q.value, q.low, q.high, q.unit) == (value, low, high, unit)


@pytest.mark.parametrize(("text", "predicate"), [
    ("two Americans were slightly injured", "injured"),
    ("INJURIES to five soldiers", "injured"),
    ("three contractors WOUNDED", "injured"),
    ("a deadly strike on two convoys", "killed"),
    ("two guards Died later", "killed"),
    ("with four of them dying in hospital", "killed"),
    ("the deaths of 12 people", "killed"),
    ("five drones struck the runway", None),
    ("five drones hit the hurricane shelter", None),  # "hur…" opens a word that names nothing
])
def test_the_predicate_an_amount_counts(text: str, predicate: str | None) -> None:
    [q] = find_quantities(text)
    assert q.predicate == predicate


@pytest.mark.parametrize("text", ["an MQ9 drone", "on October 30, 2023", "at 22:14 local time", "F-16 jets"])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("on October 30, 2023, at the base", date(2023, 10, 30), date(2023, 10, 30)),
    ("Tue 31 Oct 2023 12:22 pm", date(2023, 10, 31), date(2023, 10, 31)),
    ("in January 2024", date(2024, 1, 1), date(2024, 1, 31)),
    ("since 1950", date(1950, 1, 1), date(1950, 12, 31)),
    ("2024-08-05", date(2024, 8, 5), date(2024, 8, 5)),
    ("on the 3rd of Sept., 2019", date(2019, 9, 3), date(2019, 9, 3)),
    ("Friday, May 5, 2023 — 40 rockets", date(2023, 5, 5), date(2023, 5, 5)),
])
def test_absolute_dates(text: str, start: date, end: date) -> None:
    [d] = find_dates(text)
    assert (d.start, d.end) == (start, end)


def test_weekday_unresolved_without_anchor() -> None:
    [d] = find_dates("the base was attacked on Monday")
    assert d.weekday == 0 and d.start is None


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("attacked on Tuesday night", "2023-10-24T22:14:00", "2023-10-24"),  # publication day itself
    ("attacked on Monday", "2023-10-24", "2023-10-23"),
    ("Last Tuesday, the Pentagon said", "2024-08-06", "2024-07-30"),  # strictly before
    ("reported on Saturday", "2024-01-20", "2024-01-20"),
    ("launched on Monday, October 30, 2023", "2023-10-31", "2023-10-30"),  # stated date wins
    ("shelled in January 2024", None, "2024-01-01/2024-01-31"),
])
def test_event_dating(text: str, published: str | None, expected: str) -> None:
    event = date_passage(text, published)
    assert event is not None and event.iso() == expected


@pytest.mark.parametrize(("text", "published"), [("attacked on Monday", None), ("no date here", "2024-01-20")])
def test_undated(text: str, published: str | None) -> None:
    assert date_passage(text, published) is None


def test_resolve_weekday_is_on_or_before() -> None:
    saturday = date(2024, 1, 20)
    assert resolve_weekday(5, saturday) == saturday
    assert resolve_weekday(6, saturday) == date(2024, 1, 14)


@pytest.mark.parametrize(("text", "cue", "scope_word"), [
    ("the attack did not result in casualties", "not", "casualties"),
    ("there were no casualties", "no", "casualties"),
    ("Nobody was hurt", "Nobody", "hurt"),
    ("the convoy passed without damage", "without", "damage"),
])
def test_negation(text: str, cue: str, scope_word: str) -> None:
    [n] = find_negations(text)
    assert n.cue.text == cue and scope_word in n.scope.text


def test_slots_gazetteer_free() -> None:
    slots = {(s.kind, s.name) for s in find_slots("Ain al-Asad air base in Iraq’s western province of Anbar, "
                                                  "and a drone over the Diyala province")}
    assert slots == {("province", "Anbar"), ("province", "Diyala")}


def test_claim_analysis() -> None:
    analysis = analyze_claim("On October 30, 2023 at least four Katyusha rockets hit Ain al-Asad "
                             "(also spelled Ain Al-Assad), but nobody was hurt.")
    assert "katyusha" in analysis.keywords and "the" not in analysis.keywords
    [base] = [e for e in analysis.entities if e.text == "Ain al-Asad"]
    assert base.variants == ("Ain Al-Assad",)
    [q] = analysis.quantities
    assert (q.low, q.high, q.unit) == (4, None, "rockets")
    assert analysis.dates[0].start == date(2023, 10, 30)
    assert analysis.negated


def test_claim_without_negation() -> None:
    assert not analyze_claim("Rockets hit the base").negated


@pytest.mark.parametrize(("text", "names"), [
    ("The Islamic Resistance in Iraq claimed the attack.", ["Islamic Resistance in Iraq"]),
    ("The Ministry of Defence said the base was safe.", ["Ministry of Defence"]),
    ("Officials said Americans in Iraq were safe.", ["Americans", "Iraq"]),  # not an organisation
    ("Four Katyusha rockets were launched at Ain al-Asad on Monday.", ["Katyusha", "Ain al-Asad"]),
    ("Twenty-five Marines at Al-Tanf were hurt.", ["Marines", "Al-Tanf"]),
])
def test_names(text: str, names: list[str]) -> None:
    assert [span.text for span in find_names(text)] == names
