"""Rules of 2026-12-06, twenty-first session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a boatyard fire, a care-home fire, a seized trawler, a hijacked freighter."""

from __future__ import annotations

from pathlib import Path

from tests.support.judging import bucket_of, judged, payloads

# --- a day or a month without a year, in an article with no date ---------------------------------------------------

_BOATYARD = payloads([
    ("b1", "Harbour Voice", "2025-06-20",
     "A fire destroyed two fishing boats at the Mersk boatyard on Wednesday, the fire brigade said. "
     "Four workers were treated for smoke inhalation after Wednesday's fire."),
    ("b2", "Shipwrights' Bulletin", None,
     "The shipwrights' union said an earlier fire in the boatyard's paint store on 14 May had also been caused by "
     "faulty wiring. The fire brigade said at the time that the paint-store fire was started by a heater. "
     "Nobody was hurt in the paint-store fire, and the yard stayed open.")])


def test_a_day_without_a_year_dates_the_sentences_that_go_on_about_it() -> None:
    from service.segment import split_sentences
    from service.text.events import read_events

    texts = [s.text for s in split_sentences(_BOATYARD[1]["text"])]
    events = read_events(texts, None)
    assert events[0].month_day == (5, 14) and not events[0].dated
    # "the paint-store fire" refers back to it, and takes its day
    assert events[2].month_day == (5, 14)


def test_a_claim_of_that_month_is_judged_against_the_undated_report(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BOATYARD, "Three workers were injured in the May fire in the boatyard's paint store.")
    bucket, item = bucket_of(doc, "Nobody was hurt in the paint-store fire")
    assert bucket == "conflicting"
    assert "event_undetermined" not in {r["type"] for r in item["reasons"]}
    # its event is the day its article gives, without a year
    assert item["event"]["date"] is None and "14 May, year unknown" in item["event"]["label"]
    assert doc["verdict"]["label"] == "refuted"


def test_another_month_is_another_event(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BOATYARD, "Nobody was hurt in the April fire in the boatyard's paint store.")
    bucket, _ = bucket_of(doc, "Nobody was hurt in the paint-store fire")
    assert bucket in ("other_events", "related")
    assert doc["verdict"]["label"] != "supported"


def test_a_month_named_alone_in_an_undated_article_is_its_sentences_month() -> None:
    from service.text.events import read_events

    [event] = read_events(["In June last year an empty wagon derailed at the junction."], None)
    assert event.month_day == (6, None)
    # …not a plan, and not in a dated article (where it is not read yet)
    assert read_events(["The two sides will meet in June to discuss the dispute."], None)[0].month_day is None
    assert read_events(["In June an empty wagon derailed at the junction."], "2025-07-01")[0].month_day is None


def test_the_short_form_of_a_month_names_no_site() -> None:
    from service.text.events import sites_of

    assert sites_of("The council approved the harbour plan on Nov. 2.") == ()
    assert sites_of("The council approved the harbour plan on Norby Quay.") == ("Norby Quay",)


def test_the_yearless_day_of_a_claim_is_read_as_before() -> None:
    from service.dossier.analysis import analyze_claim

    event = analyze_claim("The harbour plan was approved on Nov. 2.").event
    assert (event.month, event.day, event.site) == (11, 2, None)
    assert analyze_claim("The plan was approved on 31st October.").event.day == 31


# --- a ship is a site ------------------------------------------------------------------------------------------------

_FREIGHTER = payloads([
    ("f1", "Coastline Wire", "2025-03-20",
     "Naval commandos stormed the hijacked bulk carrier Sea Wren at dawn on Wednesday and freed its crew, the navy "
     "said. Two pirates were killed and four were arrested, the navy said."),
    ("f2", "Maritime Review", "2025-03-12",
     "The hijackers of the freighter Sea Wren have demanded $2 million for the release of its crew, the seafarers' "
     "union said. The freighter's owner, Tolvan Lines, said the vessel had 19 crew members aboard.")])


def test_a_ship_named_after_its_noun_is_a_site() -> None:
    from service.text.events import sites_of

    assert "Sea Wren" in sites_of("Naval commandos stormed the hijacked bulk carrier Sea Wren at dawn.")
    assert "Sea Wren" in sites_of("The hijackers of the freighter Sea Wren have demanded a ransom.")


def test_a_count_on_the_ship_is_judged_at_the_ship(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FREIGHTER, "Five pirates were killed in the navy raid on the Sea Wren.")
    bucket, item = bucket_of(doc, "Two pirates were killed")
    assert bucket == "conflicting"
    assert "event_undetermined" not in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


def test_crew_members_are_counted_as_crew() -> None:
    from service.text.extract import find_quantities

    [q] = find_quantities("The vessel had 19 crew members aboard.")
    assert q.unit == "crew"
    [q] = find_quantities("Five union members were detained.")
    assert q.unit == "members"


def test_the_crews_count_confirms_the_claims(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FREIGHTER, "Tolvan Lines said the Sea Wren had 19 crew aboard.")
    bucket, item = bucket_of(doc, "had 19 crew members aboard")
    assert bucket == "corroborating"
    assert "quantity_match" in {r["type"] for r in item["reasons"]}


def test_the_navy_is_a_body_of_its_own_kind(tmp_path: Path) -> None:
    # the union said it, not the navy: the fact holds under another source
    doc = judged(tmp_path, _FREIGHTER, "According to the navy, the Sea Wren hijackers demanded $2 million.")
    bucket, item = bucket_of(doc, "have demanded $2 million")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}
    assert "misattributed" in doc["verdict"]["flags"]


# --- what a claim of no incident names does not pick out an incident -----------------------------------------------

_TRAWLER = payloads([
    ("t1", "Fisheries Gazette", "2025-03-05",
     "A patrol boat seized the trawler Grey Heron near Tobel Island on Tuesday, the fisheries ministry said. "
     "The ministry said all nine crew members, most of them from the port of Ostby in Varn province, were detained."),
    ("t2", "North Coast Times", "2025-03-15",
     "The nine fishermen of the trawler Grey Heron arrived back in Ostby on Friday after ten days in custody. "
     "The Grey Heron itself remains impounded.")])


def test_a_claim_of_where_a_place_is_is_not_set_aside_by_the_incident_its_names_pick(tmp_path: Path) -> None:
    doc = judged(tmp_path, _TRAWLER, "Ostby, the home port of most of the Grey Heron's crew, is in Tesk province.")
    bucket, item = bucket_of(doc, "port of Ostby in Varn province")
    assert bucket == "conflicting"
    assert "entity_mismatch" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


# --- a claim that says nothing of its time, judged on passages whose event is unclear --------------------------------

_CARE_HOME = payloads([
    ("c1", "Tolby Evening Post", "2025-02-09",
     "Three residents died when fire swept through the Alder Grove care home in Tolby on Saturday evening. "
     "Firefighters rescued 30 other residents.")])


def test_an_untimed_claim_is_decided_on_passages_of_unclear_event_at_less_weight(tmp_path: Path) -> None:
    doc = judged(tmp_path, _CARE_HOME, "Three residents were killed in the fire at the Alder Grove care home.")
    bucket, item = bucket_of(doc, "Three residents died")
    assert bucket == "corroborating"
    assert "event_undetermined" in {r["type"] for r in item["reasons"]}
    assert item["weight"] < 1.0
    assert doc["verdict"]["label"] == "supported"


def test_a_timed_claim_on_such_passages_alone_stays_unverified(tmp_path: Path) -> None:
    from service.dossier.pipeline import create_dossier
    from service.dossier.verdict import decide_verdict
    from service.models import SearchFilters
    from tests.support.judging import stored

    with stored(tmp_path, _CARE_HOME) as store:
        dossier = create_dossier(store, "Three residents were killed in the fire at the Alder Grove care home.",
                                 SearchFilters(), 50)
    evidence = [e for items in dossier.evidence.values() for e in items]
    assert decide_verdict(evidence, dossier.sources, timed=False).label == "supported"
    # the same evidence, for a claim that says when: the archive cannot place it at that time
    timed = decide_verdict(evidence, dossier.sources, timed=True)
    assert timed.label == "unverified"
    assert "claim's time" in timed.rationale


# --- a dateline's date is the report's, not the event's ------------------------------------------------------------

_DISPATCH = payloads([
    ("d1", "Korvan Press Agency", "2025-05-12",
     "HALVIK, Korvania, May 12 (KPA) - A fire broke out on Saturday in a storage shed of the Orsk sawmill in "
     "Halvik, the fire service said. Nobody was hurt.")])


def test_a_datelines_date_does_not_date_the_event_the_sentence_dates_itself() -> None:
    from datetime import date

    from service.text.dates import dateline_end, own_dates
    from service.text.extract import find_dates

    text = _DISPATCH[0]["text"].split(". ")[0]
    assert text[dateline_end(text):].startswith("A fire broke out")
    [own] = own_dates(text, find_dates(text, date(2025, 5, 12)))
    assert own.start == date(2025, 5, 10)
    # alone, the dateline's date is all the sentence gives, and is kept
    alone = "HALVIK, May 12 (KPA) - The sawmill reopened."
    assert [d.start for d in own_dates(alone, find_dates(alone, date(2025, 5, 12)))] == [date(2025, 5, 12)]


def test_a_claim_of_the_datelines_day_is_not_confirmed_by_it(tmp_path: Path) -> None:
    doc = judged(tmp_path, _DISPATCH, "A fire broke out in a storage shed of the Orsk sawmill on May 12.")
    bucket, item = bucket_of(doc, "A fire broke out on Saturday")
    assert "date_match" not in {r["type"] for r in item["reasons"]}
    assert item["event"]["date"] == "2025-05-10"
    assert doc["verdict"]["label"] != "supported"


# --- a passage naming the claim's site is not of another site because it names a finer one ---------------------------

_NEWSROOM = payloads([
    ("n1", "Ostrel Wire", "2025-03-26",
     "Police raided the Morrow Ledger's office on Garnet Street for a second time on Wednesday, detaining three staff "
     "members, the interior ministry said.")])


def test_the_claims_site_named_beside_a_finer_one_is_the_same_site(tmp_path: Path) -> None:
    doc = judged(tmp_path, _NEWSROOM, "Five staff members were detained in the second raid on the Morrow Ledger.")
    bucket, item = bucket_of(doc, "for a second time on Wednesday")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    assert "different_event" not in {r["type"] for r in item["reasons"]}


def test_a_passage_that_does_not_name_the_claims_site_stays_of_its_own(tmp_path: Path) -> None:
    doc = judged(tmp_path, _NEWSROOM, "Five staff members were detained in the raid on the Harbour Post.")
    bucket, _ = bucket_of(doc, "for a second time on Wednesday")
    assert bucket != "conflicting"


# --- counts: members of a crew, the real number of deaths, people a clause picks out ---------------------------------

def test_members_of_a_crew_count_the_crew() -> None:
    from service.text.extract import find_quantities

    [q] = find_quantities("Twelve members of the Grey Heron's crew were detained.")
    assert (q.value, q.unit) == (12, "crew")
    [q] = find_quantities("Five members of the union were detained.")
    assert q.unit == "members"


def test_the_real_number_of_deaths_counts_people_killed() -> None:
    from service.text.extract import find_quantities

    [q] = find_quantities("The doctors' union said the real number of deaths in the city was at least 31.")
    assert (q.value, q.unit, q.predicate) == (31, "people", "killed")


# --- words of news copy read as one; a country's body named by its people's name -----------------------------------

_SUMMONED = payloads([
    ("v1", "Tessin Press Agency", "2025-03-11",
     "The Orvanian Foreign Ministry summoned Dellmark's ambassador, Ivo Prask, on Tuesday to protest over the "
     "shooting at the border. Investigators said a steering failure caused the ferry to run aground. "
     "Orvania has denied that it ever supplied weapons to the Grey Wolf militia.")])


def test_an_envoy_summoned_by_the_country_is_its_ambassador_summoned_by_its_ministry(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SUMMONED, "Dellmark's envoy was summoned by Orvania on Tuesday over the border shooting.")
    bucket, item = bucket_of(doc, "summoned Dellmark's ambassador")
    assert bucket == "corroborating"
    assert "actor_mismatch" not in {r["type"] for r in item["reasons"]}


def test_another_countrys_body_is_still_another_doer(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SUMMONED, "Dellmark's envoy was summoned by Tarsia on Tuesday over the border shooting.")
    bucket, _ = bucket_of(doc, "summoned Dellmark's ambassador")
    assert bucket != "corroborating"


def test_supplied_is_provided_and_a_failure_a_problem() -> None:
    from service.dossier.stance_model import content_stems

    assert set(content_stems("provided weapons")) == set(content_stems("supplied weapons"))
    assert set(content_stems("a steering problem")) == set(content_stems("a steering failure"))
    assert set(content_stems("the envoy")) == set(content_stems("the ambassador"))


# --- a part of a set: its own fate, and compared where the set is stated -------------------------------------------

def test_the_fate_after_a_sets_noun_picks_out_the_set_not_the_part() -> None:
    from service.text.extract import find_quantities

    part, whole = find_quantities("Three of the 40 people hospitalised with food poisoning in Dunmore had died.")
    assert (part.value, part.unit, part.predicate) == (3, "people", "killed")
    assert whole.value == 40


_OUTBREAK = payloads([
    ("o1", "Dunmore Courier", "2025-08-04",
     "The health office said 40 people had been admitted to hospital with food poisoning and that three of them "
     "had died."),
    ("o2", "Dunmore Courier", "2025-08-20",
     "The health office said the outbreak had caused 9 deaths in all by the end of the month.")])


def test_a_part_of_a_set_is_not_disputed_by_a_count_of_its_own(tmp_path: Path) -> None:
    doc = judged(tmp_path, _OUTBREAK, "According to the health office, three of the 40 people hospitalised with food "
                                      "poisoning had died.")
    bucket, _ = bucket_of(doc, "three of them had died")
    assert bucket == "corroborating"
    other, _ = bucket_of(doc, "9 deaths in all")
    assert other != "conflicting"
    assert doc["verdict"]["label"] == "supported"


def test_people_taken_into_custody_are_detained() -> None:
    from service.text.extract import find_quantities

    [q, _] = find_quantities("The coast guard said 19 fishermen from the two boats had been taken into custody.")
    assert (q.value, q.predicate) == (19, "arrested")
    [q] = find_quantities("Police said 40 protesters were held in custody overnight.")
    assert q.predicate == "arrested"


# --- the reviewer's counter-examples (misfires of this session's first forms, fixed) -------------------------------

def test_a_month_or_day_of_no_incident_or_of_a_plan_dates_nothing() -> None:
    from service.text.events import read_events

    texts = ["A fire destroyed the Orvel textile factory in Tarsk, killing four workers.",
             "The factory had passed a safety inspection in March.",
             "During May's visit to Tarsk, the minister laid a wreath.",
             "The four will be buried on 3 November."]
    events = read_events(texts, None)
    assert all(e.month_day is None for e in events)


def test_a_datelines_date_stays_when_the_other_day_is_of_a_clause_within() -> None:
    from datetime import date

    from service.text.dates import own_dates
    from service.text.extract import find_dates

    for text in ("HALVIK, Korvania, May 12 (KPA) - A ferry capsized in the Halvik strait, killing 14 people, in the "
                 "worst disaster since March 2019.",
                 "HALVIK, Korvania, May 12 (KPA) - A fire broke out at the Orsk sawmill, which had been shut on Friday "
                 "for repairs."):
        assert "May 12" in [d.text for d in own_dates(text, find_dates(text, date(2025, 5, 12)))]


_DEPOT = payloads([
    ("g1", "Orsk Herald", "2024-03-04",
     "A drone struck the Velta fuel depot on Sunday, killing two guards, the Orsk regional governor said.")])


def test_a_name_of_the_claims_site_as_a_speakers_is_no_place(tmp_path: Path) -> None:
    doc = judged(tmp_path, _DEPOT, "A drone struck the Orsk fuel depot on Sunday, killing two guards.")
    bucket, _ = bucket_of(doc, "struck the Velta fuel depot")
    assert bucket != "corroborating"


def test_a_ships_owner_or_flag_before_its_noun_is_no_site() -> None:
    from service.text.events import sites_of

    assert sites_of("A US Navy vessel rescued 23 crew members from a burning oil tanker.") == ()
    assert sites_of("Flights left Jan Smuts Airport on time.") == ("Jan Smuts",)


def test_far_higher_than_is_a_bound() -> None:
    from service.text.extract import find_quantities

    [q] = find_quantities("The union said the real number of deaths was far higher than 40.")
    assert (q.low, q.high) == (41, None)


def test_a_parts_fate_is_read_in_its_own_clause() -> None:
    from service.text.extract import find_quantities

    part, *_ = find_quantities("Three of the 48 people hospitalised after the gas leak remain in critical condition, "
                               "and two others died.")
    assert part.predicate is None


def test_hours_are_no_set() -> None:
    from service.dossier.stance.amounts import _part_of_another_set
    from service.text.extract import find_quantities

    claim = "Three of the 48 people hospitalised after the meal have died."
    [c, _] = find_quantities(claim)
    text = "Twelve people have died within 48 hours of eating at the stall."
    [p, _] = find_quantities(text)
    assert _part_of_another_set(claim, c, text, p)


def test_custody_is_of_people_and_not_of_a_family() -> None:
    from service.text.extract import find_quantities

    assert find_quantities("Three cars were taken into custody.")[0].predicate is None
    assert find_quantities("Two children were placed in custody of their grandparents.")[0].predicate is None
    assert find_quantities("Nine members of the Joint Chiefs of Staff met on Monday.")[0].unit == "members"


def test_a_people_the_gazetteer_knows_is_its_own_countrys() -> None:
    from service.dossier.stance.who import _of_the_country

    assert not _of_the_country(frozenset({"niger"}), "Nigerian warplanes")
    assert _of_the_country(frozenset({"valdoria"}), "Valdorian Foreign Ministry")


def test_a_relative_date_left_unresolved_still_says_when() -> None:
    from service.dossier.analysis import analyze_claim

    assert analyze_claim("A drone struck the Harbin depot last week, killing two guards.").event.timed
    assert not analyze_claim("A drone struck the Harbin depot, killing two guards.").event.timed


_ANNEX = payloads([
    ("x1", "Korvan Press Agency", "2024-05-12",
     "HALVIK, Korvania, May 12 (KPA) - A fire broke out on Saturday in a storage annex of the Orsk sawmill in Halvik, "
     "where a blaze killed six people in March, the fire service said.")])


def test_a_datelines_day_is_not_a_day_the_passage_states_besides_its_own(tmp_path: Path) -> None:
    doc = judged(tmp_path, _ANNEX, "The smaller fire in the Orsk sawmill's storage annex broke out on May 12.")
    bucket, item = bucket_of(doc, "A fire broke out on Saturday")
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] != "supported"
