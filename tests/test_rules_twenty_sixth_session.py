"""Rules of 2026-12-06, twenty-sixth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a power cut, a blockade, a strike at a quay."""

from __future__ import annotations

from pathlib import Path

from service.dossier.analysis import as_sentence
from service.dossier.stance.amounts import comparable, in_one_unit, overlaps
from service.dossier.stance.terms import main_predicate
from service.text.extract import find_quantities
from service.text.units import duration, measure
from tests.support.judging import bucket_of, judged, payloads


def test_durations_in_other_words_are_compared_in_one_unit() -> None:
    assert (duration("minutes"), duration("Hours"), duration("weeks")) == (60.0, 3600.0, 604800.0)
    assert duration("points") is None and duration("km") is None and measure("hours") is None
    every = ("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year "
             "years decade decades").split()
    seconds = [duration(word) for word in every]
    assert all(s is not None and s > 0 for s in seconds) and seconds == sorted(seconds)
    assert duration("decades") == 10 * duration("years")  # type: ignore[operator]
    [claimed] = find_quantities("The power cut lasted about 90 minutes.")
    [stated] = find_quantities("The cut lasted nearly nine hours, the grid operator said.")
    [week] = find_quantities("The blockade lasted three weeks.")
    [days] = find_quantities("The blockade lasted 21 days.")
    assert comparable(claimed, stated) and not overlaps(*in_one_unit(claimed, stated))
    assert comparable(week, days) and overlaps(*in_one_unit(week, days))


_GRID = payloads([
    ("g1", "Valley Courier", "2025-02-04",
     "A power cut hit the Lenvik district of Sarvo on Monday morning. The power cut in Lenvik lasted nearly nine "
     "hours, the grid operator Nordnett said. Hospitals switched to generators."),
])


def test_a_duration_in_other_words_is_compared(tmp_path: Path) -> None:
    # (before: "about 90 minutes" was corroborated by "nearly nine hours", its words and no figure compared)
    doc = judged(tmp_path / "short", _GRID, "The power cut in Lenvik on Monday lasted about 90 minutes.")
    bucket, item = bucket_of(doc, "lasted nearly nine hours")
    details = [r["detail"] for r in item["reasons"] if r["type"] == "quantity_mismatch"]
    assert bucket == "conflicting" and details and "nine hours" in details[0]
    assert doc["verdict"]["label"] != "supported"
    doc = judged(tmp_path / "same", _GRID, "The power cut in Lenvik on Monday lasted about 540 minutes.")
    bucket, item = bucket_of(doc, "lasted nearly nine hours")
    assert bucket == "corroborating" and any(r["type"] == "quantity_match" for r in item["reasons"])


_QUAY = payloads([
    ("q1", "Harbour Gazette", "2025-04-14",
     "Crane operators at Marrow Quay went back to work on Monday after a strike that lasted 18 days. It was the first "
     "strike at Marrow Quay in 30 years. The union's 61-year-old leader, Tomas Brede, said talks had lasted nine "
     "hours. A cargo ship was delayed by 2 hours on Monday morning."),
])


def test_only_spans_of_one_deed_are_compared_across_units(tmp_path: Path) -> None:
    # the strike's span against the strike's: three weeks are not 18 days
    doc = judged(tmp_path / "weeks", _QUAY, "The crane operators' strike at Marrow Quay lasted three weeks.")
    bucket, item = bucket_of(doc, "a strike that lasted 18 days")
    assert bucket == "conflicting" and any("18 days" in r["detail"] for r in item["reasons"])
    # …and not against a span since ("the first in 30 years"): no amount of it is compared with three weeks
    _, item = bucket_of(doc, "the first strike at Marrow Quay in 30 years")
    assert not any(r["type"].startswith("quantity_") for r in item["reasons"])
    # a span of time in figures is not widened as a rounded length is: "2 hours" is not 90 minutes
    doc = judged(tmp_path / "delay", _QUAY, "A cargo ship was delayed by 90 minutes at Marrow Quay on Monday.")
    bucket, item = bucket_of(doc, "delayed by 2 hours")
    assert bucket == "conflicting" and any(r["type"] == "quantity_mismatch" for r in item["reasons"])


# --- a claim as pasted: a label, quotation marks around it, a first word in lower case -----------------------------


def test_a_claim_is_read_as_a_sentence_of_news_copy() -> None:
    assert as_sentence("Claim: Nordnett said the cut lasted two hours.") == "Nordnett said the cut lasted two hours."
    assert as_sentence("FACT CHECK - the cut lasted two hours") == "The cut lasted two hours"
    assert as_sentence("“Nordnett said the cut lasted two hours.”") == "Nordnett said the cut lasted two hours."
    assert as_sentence("nordnett's engineers said so.") == "Nordnett's engineers said so."
    # (one quoted word is the claim's own; a name's capitals are its own; "the claim that" is a sentence)
    assert as_sentence('"Saboteurs" cut the line, Nordnett said.') == '"Saboteurs" cut the line, Nordnett said.'
    assert as_sentence("iPhone sales fell.") == "iPhone sales fell."
    assert as_sentence("The claim that the cut lasted a day is false.").startswith("The claim that")


_CREDITED = payloads([
    ("c1", "Valley Courier", "2025-02-04",
     "A power cut hit the Lenvik district of Sarvo on Monday morning. The grid operator Nordnett said the power cut in "
     "Lenvik lasted nine hours. Hospitals switched to generators."),
])


def test_a_pasted_claim_gets_the_dossier_of_the_plain_sentence(tmp_path: Path) -> None:
    # (before: "Claim: Nordnett said …" read "Claim" as who said it, and came back refuted as misattributed)
    plain = "Nordnett said the power cut in Lenvik lasted nine hours."
    expected = judged(tmp_path / "plain", _CREDITED, plain)
    assert expected["verdict"]["label"] == "supported" and not expected["verdict"]["flags"]
    for i, pasted in enumerate((f"Claim: {plain}", f"“{plain}”", plain[:1].lower() + plain[1:])):
        doc = judged(tmp_path / str(i), _CREDITED, pasted)
        assert doc["claim"] == pasted  # kept as given
        assert doc["verdict"]["label"] == expected["verdict"]["label"]
        assert doc["verdict"]["flags"] == expected["verdict"]["flags"]
        assert [(b, [e["passage"]["id"] for e in items]) for b, items in doc["evidence"].items()] == \
            [(b, [e["passage"]["id"] for e in items]) for b, items in expected["evidence"].items()]


def test_a_dotted_abbreviation_is_one_word() -> None:
    # in a passage, read at ingest: the count's noun is after "U.S.", and a clause does not end at its stops
    [q] = find_quantities("At least four U.K. aid workers were injured in the blast.")
    assert (q.unit, q.predicate) == ("workers", "injured")
    [q] = find_quantities("Two U.N.-run clinics were hit.")
    assert q.unit == "clinics"
    assert main_predicate("The convoy that carried two U.S. diplomats was stopped at the border.") == \
        "was stopped at the border"
    # in a claim, written as the copy most often writes it
    assert as_sentence("Five U.S. diplomats were held, the U.N. said.") == "Five US diplomats were held, the UN said."
    assert as_sentence("J. R. Tolland said the U.S.") == "J. R. Tolland said the US"


_CONVOY = payloads([
    ("v1", "Border Wire", "2025-05-06",
     "Guards at the Kessel crossing stopped an aid convoy on Monday. Two US diplomats travelling with the convoy were "
     "held for six hours, the foreign ministry said."),
])


def test_a_claim_with_us_written_dotted_is_judged_as_with_us(tmp_path: Path) -> None:
    plain = judged(tmp_path / "plain", _CONVOY, "Five US diplomats travelling with the convoy were held, the foreign "
                                                "ministry said.")
    dotted = judged(tmp_path / "dotted", _CONVOY, "Five U.S. diplomats travelling with the convoy were held, the "
                                                  "foreign ministry said.")
    assert plain["verdict"]["label"] == dotted["verdict"]["label"] == "refuted"
    bucket, item = bucket_of(dotted, "Two US diplomats")
    assert bucket == "conflicting" and any(r["type"] == "quantity_mismatch" for r in item["reasons"])
