"""Rules of 2026-12-04, fourth session: where a thing was found at a place no table names, the
time a thing happened over, and the other rules of docs/verdicts.md section 0 of that session."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.extract import find_quantities
from service.text.places import claim_locations


@pytest.mark.parametrize(("text", "expected"), [
    # "over" a span of time it happened in is no bound
    ("Over 25 days of raids on the valley, more than 300 people were killed.", [("25 days", 25.0, 25.0)]),
    ("Over three weeks, prices rose.", [("three weeks", 3.0, 3.0)]),
    # …while "over" an amount still is one
    # (past 25 days, not from the 26th: a span of time has no next whole amount — thirty-eighth session)
    ("The siege lasted over 25 days.", [("over 25 days", 25.0, None)]),
    ("Over 25 people were killed in the valley.", [("Over 25 people", 26.0, None)]),
])
def test_over_a_span_of_time_is_no_bound(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    found = [(q.text, q.low, q.high) for q in find_quantities(text, [])]
    assert found[:len(expected)] == expected


def test_a_claim_s_found_place_of_unknown_level_is_read() -> None:
    [loc] = claim_locations("The stolen truck was later found in Kefr Dabbas.")
    assert (loc.place, loc.level, loc.head, loc.subject) == ("Kefr Dabbas", "place", "found", None)
    [loc] = claim_locations("The launcher was found in Babil province.")  # a known level stays known
    assert (loc.place, loc.level, loc.head) == ("Babil", "province", "found")
    assert claim_locations("The truck was found on Monday.") == []  # a day is no place


@pytest.mark.parametrize(("text", "start", "end", "said"), [
    ("The dam burst in mid-March 2019.", (2019, 3, 8), (2019, 3, 23), "mid-March 2019"),
    ("The dam burst in early March 2019.", (2019, 3, 1), (2019, 3, 13), "early March 2019"),
    ("The dam burst in late February 2020.", (2020, 2, 18), (2020, 2, 29), "late February 2020"),
    ("The dam burst in late 2019.", (2019, 8, 1), (2019, 12, 31), "late 2019"),
    ("The dam burst in March 2019.", (2019, 3, 1), (2019, 3, 31), "March 2019"),  # a whole month stays whole
])
def test_early_mid_and_late_are_about_a_third_of_the_month_or_year(
        text: str, start: tuple[int, int, int], end: tuple[int, int, int], said: str) -> None:
    from datetime import date

    from service.text.extract import find_dates

    [mention] = find_dates(text, date(2021, 1, 1))
    assert (mention.start, mention.end, mention.span.text) == (date(*start), date(*end), said)


@pytest.mark.parametrize(("text", "kind", "condition"), [
    ("The union said the strike would go on until wages rise.", "only", "wages rise"),
    ("The union said the strike will not stop until wages rise.", "only", "wages rise"),
    ("The union said the strike will end only when wages rise.", "only", "wages rise"),
    ("The workers waited until noon.", "until", "noon"),  # no going on: a time
])
def test_going_on_until_is_stopping_only_when(text: str, kind: str, condition: str) -> None:
    from service.text.conditions import find_conditions

    [found] = find_conditions(text)
    assert (found.kind, found.condition) == (kind, condition)


def test_a_strike_said_to_go_on_until_one_thing_conflicts_with_stopping_only_on_another(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "union-1", "published_at": "2025-03-04", "outlet": "Daily Ledger",
                 "text": "Dock workers in Port Alder walked out on Monday. The union leader Mara Quist said the "
                         "strike at the Port Alder docks will stop only when the harbour board restores the "
                         "night-shift bonus."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Mara Quist said the strike at the Port Alder docks would go on until wages rise "
                           "by ten percent.")
        bucket, item = bucket_of(doc, "will stop only when")
        assert bucket == "conflicting"
        assert any(r["type"] == "condition_mismatch" for r in item["reasons"])
        doc = judge(store, "Mara Quist said the strike at the Port Alder docks would go on until the harbour "
                           "board restores the night-shift bonus.")
        assert bucket_of(doc, "will stop only when")[0] == "corroborating"


_DRONE = [{"external_id": "brigade-1", "published_at": "2025-03-15", "outlet": "Valley Post",
           "text": "Border guards reported heavy fighting in the hills. Earlier, the Northern Brigade announced "
                   "that it had targeted and downed, on Thursday, a Falcon-7 surveillance drone in the Kora "
                   "province."}]


@pytest.mark.parametrize(("claim", "bucket"), [
    # "mid-March" and "came down" state no predicate of their own: the passage restates the claim
    # in another province, so the claim's incident is misplaced
    ("The Falcon-7 drone that the Northern Brigade said it shot down in mid-March 2025 came down over "
     "Tesh province.", "conflicting"),
    ("The Falcon-7 drone that the Northern Brigade said it shot down in mid-March 2025 came down over "
     "Kora province.", "corroborating"),
])
def test_a_drone_that_came_down_in_another_province_mid_month(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DRONE) as store:
        assert bucket_of(judge(store, claim), "Falcon-7")[0] == bucket


@pytest.mark.parametrize(("claim", "bucket"), [
    # an airport of another city, written shorter ("Kestrel airport" / "Valmont International Airport")
    ("A police source said two rockets hit the vicinity of Fort Ardel near Kestrel airport on Sunday.",
     "conflicting"),
    ("A police source said two rockets hit the vicinity of Fort Ardel near Valmont airport on Sunday.",
     "corroborating"),
])
def test_a_facility_is_compared_by_its_head_noun(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "fort", "outlet": "Hill Courier", "published_at": "2024-06-03",
                 "text": "A police source said that two rockets hit the vicinity of Fort Ardel near Valmont "
                         "International Airport on Sunday."}]
    with stored(tmp_path, articles) as store:
        assert bucket_of(judge(store, claim), "Valmont International")[0] == bucket


_STRIKE = [{"external_id": "port-strike", "outlet": "Coast Wire", "published_at": "2025-05-02",
            "text": "The rebels' campaign has widened in recent weeks. Their targets were not confined to army "
                    "posts but included a recent strike at a 'strategic target' in the port of Belmar, using a "
                    "long-range cruise missile, Coast Radio reported."}]


@pytest.mark.parametrize(("claim", "bucket"), [
    # everything the claim says of the strike but its arms is restated, with other arms: the same strike
    ("Coast Radio reported that the rebels hit a 'strategic target' in Belmar with an armed drone.", "conflicting"),
    ("Coast Radio reported that the rebels hit a 'strategic target' in Belmar with a cruise missile.",
     "corroborating"),
    # the arms alone, without the rest restated, do not make a strike the claim's
    ("Coast Radio reported that the rebels sank a navy ship with an armed drone.", "related"),
])
def test_a_strike_restated_but_for_its_arms(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _STRIKE) as store:
        assert bucket_of(judge(store, claim), "strategic target")[0] == bucket


_TRUCK = [{"external_id": "depot-raid", "outlet": "Plains Herald", "published_at": "2025-09-10",
           "text": "Gunmen raided the fuel depot at Tal Varos on Monday. The raid was carried out with a stolen "
                   "army truck, which was later found in the Kemmel district of Ostra province. Two days earlier "
                   "a drone strike in Dunmore province hit a farm at Kefr Dabbas, police said."}]


@pytest.mark.parametrize(("claim", "bucket", "reason"), [
    # a site the archive places in another province: compared as that province, said as written
    ("The truck used in the Monday raid on Tal Varos was later found in Kefr Dabbas.", "conflicting",
     "entity_mismatch"),
    # a district named with its level word, another than the passage's
    ("The truck used in the Monday raid on Tal Varos was later found in Ardel district.", "conflicting",
     "entity_mismatch"),
    # the district the passage names, without its province, or the province
    ("The truck used in the Monday raid on Tal Varos was later found in Kemmel.", "corroborating", "entity_match"),
    ("The truck used in the Monday raid on Tal Varos was later found in Ostra province.", "corroborating",
     "entity_match"),
])
def test_where_a_thing_was_found(tmp_path: Path, claim: str, bucket: str, reason: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _TRUCK) as store:
        found, item = bucket_of(judge(store, claim), "later found in")
        assert found == bucket
        assert reason in {r["type"] for r in item["reasons"]}
        if "Kefr Dabbas" in claim:
            [why] = [r for r in item["reasons"] if r["type"] == reason]
            assert why["claim_text"] == "Kefr Dabbas" and "Dunmore" in why["detail"]


_YARD = [
    {"external_id": "yard-wed", "outlet": "Harbor Times", "published_at": "2025-04-10",
     "text": "A barrage of rockets hit the Port Selby naval yard on Wednesday afternoon. The Free Coast Brigade, "
             "in a statement on its Telegram channel, claimed responsibility for the attack on the Port Selby "
             "naval yard on Wednesday. There were no immediate reports of casualties."},
    {"external_id": "yard-mon", "outlet": "Gulf Wire", "published_at": "2025-04-15",
     "text": "The Free Coast Brigade claimed responsibility for the Monday missile attack on the Port Selby naval "
             "yard, which injured three sailors."},
    {"external_id": "yard-sun", "outlet": "Gulf Wire", "published_at": "2025-04-21",
     "text": "Officials said two drones struck the Port Selby naval yard on Sunday. The officials said the attack "
             "did not result in casualties or damage."},
]


def test_a_claim_naming_the_group_and_its_platform_is_about_the_attack_claimed_there(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _YARD) as store:
        doc = judge(store, "The rocket barrage on the Port Selby naval yard that the Free Coast Brigade claimed "
                           "on Telegram caused no casualties.")
        # the group claimed the Monday attack too, but not on Telegram: another event
        assert bucket_of(doc, "which injured three sailors")[0] == "other_events"
        # the statement on Telegram says nothing of casualties: it cannot confirm there were none
        assert bucket_of(doc, "Telegram channel")[0] == "related"
        assert doc["verdict"]["label"] == "unverified"


def test_amounts_of_a_when_clause_identify_the_attack(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _YARD) as store:
        doc = judge(store, "Nobody was hurt when two drones struck the Port Selby naval yard on Sunday, April 20, "
                           "2025, officials said.")
        assert bucket_of(doc, "did not result in casualties")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


def test_no_fewer_than_is_a_bound_not_a_denial() -> None:
    from service.text.extract import find_negations

    assert find_negations("The rebels fired no fewer than ten shells at the dam.") == []
    assert find_negations("Not more than 40 people attended.") == []
    assert [n.scope.text for n in find_negations("The shelling did not damage the dam.")] == ["damage the dam"]


_DAM = [{"external_id": "dam-1", "outlet": "Valley Post", "published_at": "2025-03-05",
         "text": "Rebels fired four shells at the Brandt dam on Monday, March 3, 2025, police said."},
        {"external_id": "dam-2", "outlet": "River Wire", "published_at": "2025-03-06",
         "text": "The four shells the rebels fired at the Brandt dam on March 3, 2025 caused no damage, engineers "
                 "said."}]


def test_what_a_claim_denies_is_confirmed_only_by_a_denial(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DAM[:1]) as store:
        doc = judge(store, "The four shells fired at the Brandt dam on March 3, 2025 caused no damage.")
        assert bucket_of(doc, "fired four shells")[0] == "related"  # says nothing of damage
        assert doc["verdict"]["label"] == "unverified"
    with stored(tmp_path / "both", _DAM) as store:
        doc = judge(store, "The four shells fired at the Brandt dam on March 3, 2025 caused no damage.")
        assert bucket_of(doc, "caused no damage")[0] == "corroborating"


@pytest.mark.parametrize(("claim", "bucket"), [
    # what the claim says the fire destroyed must be stated
    ("The March 2025 fire at the Kessel mill destroyed the grain silos.", "related"),
    ("The March 2025 fire at the Kessel mill destroyed the packing hall.", "corroborating"),
])
def test_what_was_destroyed_must_be_stated(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "mill-1", "outlet": "Town Crier", "published_at": "2025-03-12",
                 "text": "A fire at the Kessel mill on March 10, 2025 destroyed the packing hall, the fire service "
                         "said."}]
    with stored(tmp_path, articles) as store:
        assert bucket_of(judge(store, claim), "packing hall")[0] == bucket


# --- a reviewer's counter-examples to the rules above, on other subjects: none may refute ---------------

_REVIEW = [
    ([{"external_id": "ford", "published_at": "2025-02-03",
       "text": "Workers at the Ford plant in Cologne returned to work on Monday. The strike at the Ford plant in "
               "Cologne lasted over 25 days, the IG Metall union said."}],
     "The strike at the Ford plant in Cologne lasted 40 days.", "lasted over 25 days"),
    ([{"external_id": "spacex", "published_at": "2025-02-05",
       "text": "SpaceX launched a Falcon 9 from Florida on Tuesday carrying 20 Starlink satellites, and the booster "
               "landed on a drone ship in the Atlantic."}],
     "SpaceX launched a rocket from Florida carrying 20 Starlink satellites.", "drone ship"),
    ([{"external_id": "aid", "published_at": "2025-02-04",
       "text": "US military aid to Ukraine will continue until the end of the year, the Pentagon said on Monday."}],
     "US military aid to Ukraine will continue only if Congress approves new funds.", "until the end"),
    ([{"external_id": "lyon", "published_at": "2025-02-09",
       "text": "The protest in Lyon continued until midnight, local media reported on Sunday."}],
     "The protest in Lyon ended only when police fired tear gas.", "until midnight"),
    ([{"external_id": "tesco", "published_at": "2025-02-10",
       "text": "Tesco, describing itself as Britain's biggest grocer, said its sales rose 5% in 2024."}],
     "Tesco said its sales rose 5% in 2024.", "biggest grocer"),
    ([{"external_id": "tornado", "published_at": "2025-02-11",
       "text": "A tornado struck Springfield in Sangamon County on Monday, damaging 40 homes."},
      {"external_id": "boy", "published_at": "2025-02-12",
       "text": "The missing boy was later found in Greene County, near Springfield, Missouri, police said."}],
     "The missing boy was later found in Springfield.", "missing boy"),
    ([{"external_id": "storm", "published_at": "2025-01-14",
       "text": "Storm Herminia flooded 300 homes in Lisbon on January 12, 2025, officials said."}],
     "Storm Herminia flooded 300 homes in Lisbon in early January 2025.", "flooded 300 homes"),
    ([{"external_id": "fire", "published_at": "2025-01-16",
       "text": "A fire at the Globex depot destroyed 300 cars owned by Initech on Monday, June 10, 2024, "
               "firefighters said."},
      {"external_id": "court", "published_at": "2025-01-16",
       "text": "John Miller, who set the fire at the Globex depot that destroyed cars owned by Initech, was jailed "
               "on Wednesday, January 15, 2025, a court said."}],
     "A fire started by John Miller at the Globex depot destroyed 300 cars owned by Initech.", "300 cars"),
    # a second review's
    ([{"external_id": "milton", "published_at": "2024-10-09",
       "text": "Forecasters said Hurricane Milton threatened 2,000 homes in Tampa on Tuesday."}],
     "Hurricane Milton threatened 2,000 homes in Tampa on Tuesday.", "threatened 2,000"),
    ([{"external_id": "gates", "published_at": "2025-02-04",
       "text": "The hospital said the Gates Foundation pledged $5 million to it on Monday."}],
     "The Gates Foundation pledged $5 million to the hospital on Monday.", "pledged $5 million"),
    ([{"external_id": "houston", "published_at": "2025-02-04",
       "text": "The storm threatened to dump 10 inches of rain on Houston on Monday."}],
     "The National Weather Service said the storm would dump 10 inches of rain on Houston on Monday.", "10 inches"),
    ([{"external_id": "brooklyn", "published_at": "2025-02-08",
       "text": "Apple opened a new store in the city of New York on Friday, its fifth there."}],
     "Apple opened a new store in Brooklyn on Friday.", "new store"),
    ([{"external_id": "liverpool", "published_at": "2025-05-26",
       "text": "Liverpool set a record points total this season, though Salah missed six games."}],
     "Liverpool achieved a record points total this season.", "record points"),
    ([{"external_id": "madrid", "published_at": "2025-02-04",
       "text": "Sixty people were killed in the Madrid train crash on Monday, officials said."}],
     "At least 10 people were killed in the Madrid train crash on Monday.", "Sixty people"),
    ([{"external_id": "fog", "published_at": "2025-01-20",
       "text": "Ryanair cancelled 40 flights on Monday because of fog and diverted other planes to Shannon "
               "International Airport, the airline said."}],
     "Ryanair cancelled 40 flights at Dublin airport on Monday because of fog.", "cancelled 40 flights"),
]


@pytest.mark.parametrize(("articles", "claim", "words"), _REVIEW, ids=[a[0]["external_id"] for a, _, _ in _REVIEW])
def test_review_counter_examples_are_not_refuted(tmp_path: Path, articles: list[dict[str, str]], claim: str,
                                                 words: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, [{"outlet": "Daily X", **a} for a in articles]) as store:
        doc = judge(store, claim)
        assert bucket_of(doc, words)[0] != "conflicting"
        assert doc["verdict"]["label"] != "refuted"
        if "Globex" in claim or "Madrid" in claim:  # a later trial is not its incident; sixty are at least ten
            assert bucket_of(doc, words)[0] == "corroborating"


def test_rain_that_came_down_was_not_downed() -> None:
    from service.text.synonyms import unphrase

    assert unphrase("Heavy rain came down on Valencia on Tuesday.") == "Heavy rain came down on Valencia on Tuesday."
    assert unphrase("The drone was shot down.") == "The drone was downed."
    assert unphrase("The drone that rebels shot at came down over the lake.").endswith("downed over the lake.")


def test_another_event_the_claim_is_timed_by_is_not_compared_with_its_date(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "tarn", "outlet": "Hill Courier", "published_at": "2025-05-05",
                 "text": "Rebels shelled the Tarn bridge with three mortars on Friday, May 2, 2025, police said. "
                         "On Saturday, May 3, 2025, two drones struck the Tarn bridge, police said."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Police said rebels shelled the Tarn bridge with three mortars on Friday, May 2, 2025, "
                           "the day before two drones struck the same bridge.")
        assert bucket_of(doc, "three mortars")[0] == "corroborating"
        assert bucket_of(doc, "two drones struck")[0] != "conflicting"
        assert doc["verdict"]["label"] == "supported"


def test_the_number_of_things_names_the_noun_of_its_figure() -> None:
    [q] = find_quantities("Some estimates put the number of boats lost in the storm as high as 60.", [])
    assert (q.text, q.unit, q.low, q.high) == ("60", "boats", 60.0, 60.0)


def test_an_open_bound_far_below_a_figure_does_not_confirm_it(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "storm-people", "outlet": "Coast Wire", "published_at": "2025-11-20",
                 "text": "The coastguard said at least ten people were injured in the storm on November 18, 2025. "
                         "Other estimates of the people injured in the storm on November 18, 2025 have ranged "
                         "from 17 to 40 people."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Some estimates put the number of people injured in the storm on November 18, 2025 as "
                           "high as 60.")
        name, item = bucket_of(doc, "at least ten people")
        assert name != "corroborating"
        assert any(r["type"] == "quantity_compatible" for r in item["reasons"])
        assert bucket_of(doc, "17 to 40")[0] == "conflicting"
        assert doc["verdict"]["label"] == "refuted"
        doc = judge(store, "The coastguard said at least ten people were injured in the storm on November 18, 2025.")
        assert bucket_of(doc, "at least ten people")[0] == "corroborating"


@pytest.mark.parametrize(("sentence", "source"), [
    ("The union vowed that the strike would go on.", "The union"),
    ("Calling themselves the Night Watch, the group behind the blockade vowed to keep going.", "the Night Watch"),
    ("Calling it a disgrace, the mayor said the plan would fail.", "the mayor"),  # what it calls something else
])
def test_vows_are_statements_and_a_fronted_self_given_name_credits(sentence: str, source: str) -> None:
    from service.attribution import find_attributions

    assert [a.source for a in find_attributions(sentence)] == [source]


def test_the_same_condition_credited_to_another_speaker_is_misattributed(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "alder", "outlet": "Daily Ledger", "published_at": "2025-03-04",
                 "text": "Mara Quist, head of the dockers' union, said the strike at the Port Alder docks will stop "
                         "only when the harbour board restores the night-shift bonus and pays the overtime owed."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Port Alder's mayor vowed that the strike at the Port Alder docks would stop only once "
                           "the harbour board restores the night-shift bonus.")
        name, item = bucket_of(doc, "will stop only when")
        assert name == "conflicting" and any(r["type"] == "source_mismatch" for r in item["reasons"])
        assert "misattributed" in doc["verdict"]["flags"]


def test_a_statement_quoted_in_the_same_words_counts_in_full(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "coast", "outlet": "Coast Wire", "published_at": "2025-03-20",
                 "text": "Dock workers in Port Alder held a rally. \"Our work will continue until the bonus is paid,\" "
                         "the Coast Union said."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "After the March strike in Port Alder, the Coast Union vowed: \"Our work will continue "
                           "until the bonus is paid.\"")
        name, item = bucket_of(doc, "Our work will continue")
        assert name == "corroborating" and item["weight"] == 1.0
        assert doc["verdict"]["label"] == "supported"


def test_an_opening_time_after_another_event_states_no_predicate(tmp_path: Path) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms
    from tests.support.judging import bucket_of, judge, stored

    claim = ("In the first hours after the strong Wednesday morning earthquake that shook the old town of Vessa, "
             "there was no word on damage or casualties.")
    # what the claim says is the lack of word on damage; the earthquake only says when
    assert set(claim_terms(analyze_claim(claim)).predicate_weights) == {"word", "damag", "casualti"}
    articles = [{"external_id": "quake", "outlet": "Valley Post", "published_at": "2025-06-12",
                 "text": "A strong earthquake shook the town of Vessa on Wednesday morning. There was no immediate "
                         "word on the extent of damage to buildings, and possible casualties."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, claim)
        assert bucket_of(doc, "no immediate word")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


def test_the_same_words_said_at_another_stated_time_stay_undetermined(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "mall", "outlet": "Town Crier",
                 "text": "Last year the mayor called the shooting at the mall \"a senseless tragedy\"."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The mayor called the shooting at the mall \"a senseless tragedy\" on Monday.")
        name, item = bucket_of(doc, "senseless tragedy")
        assert item["weight"] < 1.0 or name != "corroborating"


def test_the_number_of_needs_a_plural_noun_and_no_scoreline() -> None:
    # (not "the" as its noun; since the thirty-second session, the dead counted are people)
    assert [(q.text, q.unit) for q in find_quantities("The number of the dead rose to 40.", [])] == [("40", "people")]
    found = find_quantities("The number of fans who saw Arsenal beat Chelsea 3-1 was 60,000.", [])
    assert [(q.text, q.unit) for q in found] == [("3", None), ("60,000", "fans")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Ten or more people were hurt.", 10.0, None),
    ("Five or fewer boats sank.", None, 5.0),
    ("Ten people were hurt.", 10.0, 10.0),
])
def test_a_bound_written_after_the_figure(text: str, low: float | None, high: float | None) -> None:
    [q] = find_quantities(text, [])
    assert (q.low, q.high) == (low, high)
