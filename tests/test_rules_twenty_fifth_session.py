"""Rules of 2026-12-06, twenty-fifth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: two fires at one timber yard, two floods at one market, a depot struck once."""

from __future__ import annotations

from pathlib import Path

from service.dossier.analysis import analyze_claim
from service.text.ordinals import EARLIER, incident_rank, onset_on
from tests.support.judging import bucket_of, judged, payloads

# --- an incident picked out by its rank at its site -------------------------------------------------------------------


def test_the_rank_of_an_incident_at_a_site_is_read() -> None:
    rank = incident_rank("Nobody was hurt in the second fire at the Ostby timber yard.")
    assert rank is not None and rank[0] == 2 and "blaze" in rank[1] and rank[3] == "Ostby"
    assert incident_rank("The death toll from the first Varna flood rose to six.")[::3] == (1, "Varna")  # type: ignore
    assert incident_rank("Traders cleared stalls after the latest flood at the market.")[0] == -1  # type: ignore
    assert incident_rank("Firefighters said the earlier blaze had weakened the roof.")[0] == EARLIER  # type: ignore
    # a rank said of something is its place in a series, not which one the text speaks of
    assert incident_rank("It was the third fire at the yard this year.") is None
    assert incident_rank("The first week of the inquiry ended on Friday.") is None


def test_a_rank_of_another_site_picks_out_nothing() -> None:
    # the claim's site is the hospital; the rank is of an attack on another
    event = analyze_claim("Marren General Hospital was also hit in the second attack.").event
    assert event.rank is None
    event = analyze_claim("Nobody was hurt in the second fire at the Ostby timber yard.").event
    assert event.rank is not None and event.interval is None  # dated only against an archive


_YARD = payloads([
    ("y1", "Valley Courier", "2025-06-03",
     "A fire broke out at the Ostby timber yard on Monday, destroying two storage sheds. Nobody was injured in the "
     "fire, the fire brigade said. The brigade put the damage at 300,000 krona."),
    ("y2", "Valley Courier", "2025-06-06",
     "Fire returned to the Ostby timber yard on Thursday, three days after the first blaze there. Two workers were "
     "injured in Thursday's fire, police said. Police said they suspected arson."),
    ("y3", "North Post", "2025-06-07",
     "The Ostby timber yard's owner said insurers had paid for the sheds lost in the earlier fire."),
])


def test_a_claim_of_the_first_fire_is_judged_against_the_first(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Nobody was hurt in the first fire at the Ostby timber yard.")
    assert bucket_of(doc, "Nobody was injured in the fire")[0] == "corroborating"
    # the second fire's injured are another incident's, not a contradiction
    assert bucket_of(doc, "Two workers were injured")[0] == "other_events"
    assert doc["verdict"]["label"] == "supported"
    assert "the first fire at the Ostby timber yard" in doc["event_reason"]


def test_a_claim_of_the_second_fire_is_judged_against_the_second(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Nobody was hurt in the second fire at the Ostby timber yard.")
    assert bucket_of(doc, "Two workers were injured")[0] == "conflicting"
    assert bucket_of(doc, "Nobody was injured in the fire")[0] == "other_events"
    assert doc["verdict"]["label"] == "refuted"


def test_the_earlier_fire_in_a_later_report_is_the_first(tmp_path: Path) -> None:
    doc = judged(tmp_path, _YARD, "Insurers paid for the sheds lost in the first fire at the Ostby timber yard.")
    assert bucket_of(doc, "insurers had paid")[0] == "corroborating"


_DEPOT = payloads([
    ("d1", "Valley Courier", "2025-06-03",
     "A fire broke out at the Kessa fuel depot on Monday. Two workers were injured in the fire, the brigade said."),
])


def test_a_rank_with_no_series_in_the_archive_leaves_the_claim_undated(tmp_path: Path) -> None:
    # one fire at the depot: nothing to rank it against, the claim is judged as before (no day of the archive's)
    doc = judged(tmp_path, _DEPOT, "Two workers were injured in the second fire at the Kessa fuel depot.")
    assert "by the archive (incidents there" not in doc["event_reason"]


# --- harm denied to everyone, in the claim's own incident ----------------------------------------------------------

_WAREHOUSE = payloads([
    ("w1", "Kelby Herald", "2025-07-14",
     "A fire broke out at the Dunmore Logistics warehouse in Kelby on Sunday night. Firefighters brought the fire "
     "under control within two hours, and the company said no one was hurt."),
])


def test_a_harm_denied_in_the_incident_is_confirmed_by_its_own_report(tmp_path: Path) -> None:
    # the claim is the harm denied, all else naming the incident; the report of that incident denies it to everyone
    doc = judged(tmp_path, _WAREHOUSE, "Nobody was injured in the fire at the Dunmore Logistics warehouse.")
    assert bucket_of(doc, "no one was hurt")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


def test_another_denial_confirms_no_harm(tmp_path: Path) -> None:
    # "no one was arrested" is no denial of harm
    articles = [{**_WAREHOUSE[0], "text": _WAREHOUSE[0]["text"].replace("no one was hurt", "no one was arrested")}]
    doc = judged(tmp_path, articles, "Nobody was injured in the fire at the Dunmore Logistics warehouse.")
    assert bucket_of(doc, "no one was arrested")[0] != "corroborating"


# --- reviewed misfires of the first form ------------------------------------------------------------------------------


def test_only_the_day_an_incident_began_ranks_it() -> None:
    kinds = incident_rank("the second fire at the Dalby sawmill")[1]  # type: ignore[index]

    def onset(text: str, day: str) -> bool:
        at = text.index(day)
        return onset_on(text, at, at + len(day), kinds)

    assert onset("A fire broke out at the Dalby sawmill late on Monday.", "on Monday")
    assert onset("No one was hurt in Thursday's fire at the mill.", "Thursday")
    assert onset("A fire destroyed 12,000 logs at the Dalby sawmill on Monday.", "on Monday")  # (not a comma's clause)
    assert onset("Fire returned to the sawmill on Wednesday, six days after the first blaze.", "on Wednesday")
    # what came after, or other deeds, on a day of its own
    assert not onset("Firefighters were still battling the blaze at the Dalby sawmill on Tuesday.", "on Tuesday")
    assert not onset("The Dalby sawmill fire was contained on Wednesday evening.", "on Wednesday")
    assert not onset("The Dalby sawmill fired its night watchman on Wednesday.", "on Wednesday")
    assert not onset("The fire service inspected the Dalby sawmill on Friday.", "on Friday")
    assert incident_rank("Nobody was hurt in the first floor fire at the Marvik Hotel.") is None


_TWO_SITES = payloads([
    ("t1", "Valley Courier", "2025-06-03", "A fire broke out at the Dalby primary school on Monday. Nobody was hurt."),
    ("t2", "Valley Courier", "2025-06-06", "A fire hit the Dalby sawmill on Thursday, injuring two workers."),
    ("t3", "Valley Courier", "2025-06-12",
     "Fire returned to the Dalby sawmill on Wednesday, six days after the first blaze there. No one was hurt in "
     "Wednesday's fire."),
])


def test_another_site_of_the_same_name_is_not_in_the_series(tmp_path: Path) -> None:
    # the school's fire is no fire at the sawmill: the sawmill's first fire is Thursday's
    doc = judged(tmp_path, _TWO_SITES, "Two workers were injured in the first fire at the Dalby sawmill.")
    assert bucket_of(doc, "injuring two workers")[0] == "corroborating"
    assert bucket_of(doc, "No one was hurt in Wednesday's fire")[0] == "other_events"


_SAME_DAY = payloads([
    ("e1", "Coast Wire", "2025-09-02",
     "Two explosions rocked the Orvik chemical plant on Monday, the second an hour after the first. Nobody was hurt "
     "in the first blast. The second blast injured four firefighters."),
    ("e2", "Coast Wire", "2025-09-09", "A third explosion hit the Orvik chemical plant on Monday. Nobody was hurt in "
                                       "Monday's explosion, the company said."),
])


def test_two_incidents_on_one_day_are_not_ranked_by_days(tmp_path: Path) -> None:
    # "A third explosion" on the second day of the series: the days do not rank the explosions
    doc = judged(tmp_path, _SAME_DAY, "Four firefighters were injured in the second explosion at the Orvik chemical "
                                      "plant.")
    assert "by the archive" not in doc["event_reason"]
    assert bucket_of(doc, "Nobody was hurt in Monday's explosion")[0] != "conflicting"


def test_a_harm_that_might_have_been_or_is_denied_or_of_animals_is_no_harm_done(tmp_path: Path) -> None:
    claim = "Nobody was hurt in the fire at the Dalby stables on 5 June 2025."
    for second in ("Up to 30 workers could have been injured in Thursday's fire had the alarm failed.",
                   "Early reports that two workers were injured in Thursday's fire were wrong, the brigade said.",
                   "Two horses were injured in Thursday's fire, the owner said.",
                   "In March, two workers were injured in a fire at the same stables.",
                   "Earlier this month, two workers were injured in a smaller fire at the same stables."):
        articles = payloads([("s1", "Valley Courier", "2025-06-06",
                              f"A fire broke out at the Dalby stables on Thursday. {second}")])
        doc = judged(tmp_path / str(abs(hash(second))), articles, claim)
        assert doc["verdict"]["label"] != "refuted", second


def test_an_incident_that_befell_the_site_and_a_deed_after_it() -> None:
    kinds = incident_rank("the second attack on the Orsa clinic")[1]  # type: ignore[index]
    text = "The Orsa clinic was hit by a second ransomware attack on Wednesday, the ministry said."
    at = text.index("on Wednesday")
    assert onset_on(text, at, at + len("on Wednesday"), kinds)
    text = "A driver suffered a heart attack at the Orsa clinic on Wednesday."
    at = text.index("on Wednesday")
    assert not onset_on(text, at, at + len("on Wednesday"), kinds)
    # the site without its owner: "Halden's Sarrow Street branch" is the Sarrow Street branch
    assert incident_rank("A cashier was hurt in the second robbery of Halden's Sarrow Street branch.")[3] \
        == "Sarrow Street"  # type: ignore[index]
    # a deed after the incident is not dated by it
    assert analyze_claim("Forty workers lost their jobs after the first fire at the Ostby timber yard.").event.rank \
        is None


# --- the second review -----------------------------------------------------------------------------------------------

_MILL = payloads([
    ("m1", "Valley Courier", "2025-06-03",
     "A fire broke out at the Tallin mill on Monday. Nobody was injured, the fire brigade said."),
    ("m2", "Valley Courier", "2025-06-13",
     "A second fire broke out at the Tallin paper mill on Thursday. Three workers were injured in Thursday's fire."),
    ("m3", "Valley Courier", "2025-06-13", "Fire officials returned to the Tallin paper mill on Friday."),
])


def test_a_shortened_name_of_the_site_is_the_site(tmp_path: Path) -> None:
    # "the Tallin mill" is the Tallin paper mill; "Fire officials returned" begins no fire
    doc = judged(tmp_path, _MILL, "Nobody was hurt in the second fire at the Tallin paper mill.")
    assert "dated 2025-06-12 by the archive" in doc["event_reason"]
    assert bucket_of(doc, "Three workers were injured")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


def test_a_site_of_two_incidents_is_not_one_incident(tmp_path: Path) -> None:
    # two fires at the mill: the first one's "Nobody was injured" does not confirm a claim of either
    doc = judged(tmp_path, _MILL, "Nobody was hurt in the fire at the Tallin paper mill.")
    assert doc["verdict"]["label"] != "supported"


def test_one_fire_told_on_two_days_and_a_superlative_are_no_series() -> None:
    assert incident_rank("The second largest fire in Varholm's history destroyed warehouses.") is None


def test_one_fire_over_midnight_is_one_incident(tmp_path: Path) -> None:
    articles = payloads([
        ("o1", "Metro Wire", "2025-09-08", "A fire broke out at the Orlen bus depot late on Sunday."),
        ("o2", "Metro Wire", "2025-09-09", "A fire that broke out at the Orlen bus depot early on Monday destroyed "
                                           "six buses."),
        ("o3", "Metro Wire", "2025-09-25", "Fire returned to the Orlen bus depot on Wednesday, injuring two "
                                           "mechanics.")])
    doc = judged(tmp_path, articles, "Nobody was hurt in the second fire at the Orlen bus depot.")
    assert bucket_of(doc, "injuring two mechanics")[0] == "conflicting"


def test_harm_counted_of_firefighters_is_harm_done(tmp_path: Path) -> None:
    articles = payloads([("s2", "Valley Courier", "2025-06-06", "A fire broke out at the Dalby stables on Thursday. "
                                                               "Three firefighters were hurt in Thursday's fire.")])
    doc = judged(tmp_path, articles, "Nobody was hurt in the fire at the Dalby stables on 5 June 2025.")
    assert bucket_of(doc, "Three firefighters were hurt")[0] == "conflicting"


def test_the_site_as_the_incidents_object_dates_it() -> None:
    kinds = incident_rank("the first raid on the Lindal Courier")[1]  # type: ignore[index]
    text = "Police raided the Mill Road office of the Lindal Courier in central Ostra on Tuesday and detained nine."
    at = text.index("on Tuesday")
    assert onset_on(text, at, at + len("on Tuesday"), kinds, "Lindal Courier")
    text = "Police raided flats near the Lindal Courier's printing works on Friday."
    at = text.index("on Friday")
    assert not onset_on(text, at, at + len("on Friday"), kinds, "Lindal Courier")
