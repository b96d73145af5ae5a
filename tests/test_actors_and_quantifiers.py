"""Rules of the fourth session: who did it (the claim's named subject against the passage's), each
tested on made-up articles of other subjects and on the seeds."""

from __future__ import annotations

from typing import Any

from service.stores.embedded import EmbeddedStore
from tests.support.judging import archive_fixture, bucket_of, judge

archive = archive_fixture("actors", [
    {"external_id": "budget", "outlet": "Valley Courier", "title": "Flood budget", "published_at": "2024-03-06",
     "text": "The City Council on March 4 approved a $3 million flood defence budget for the river district. "
             "The measure, however, still needs the approval of the Regional Assembly."},
    {"external_id": "wire", "outlet": "Coast Wire", "title": "Ferry fares", "published_at": "2024-05-10",
     "text": "Harbour Radio reported that the ferry operator raised fares by ten percent on May 8."},
])


def types(item: dict[str, Any]) -> set[str]:
    return {r["type"] for r in item["reasons"]}


def test_the_same_act_by_another_named_body_conflicts(archive: EmbeddedStore) -> None:
    doc = judge(archive, "The Regional Assembly approved a $3 million flood defence budget on March 4.")
    stance, item = bucket_of(doc, "City Council on March 4")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    assert "City Council" in next(r["detail"] for r in item["reasons"] if r["type"] == "actor_mismatch")
    assert doc["verdict"]["label"] == "refuted"


def test_the_same_act_by_the_claims_body_is_no_actor_mismatch(archive: EmbeddedStore) -> None:
    doc = judge(archive, "The City Council approved a $3 million flood defence budget on March 4.")
    stance, item = bucket_of(doc, "City Council on March 4")
    assert stance == "corroborating" and "actor_mismatch" not in types(item)


def test_a_country_word_before_the_subject_is_not_the_subject(archive: EmbeddedStore) -> None:
    from service.dossier.stance.terms import _subject_stems

    assert _subject_stems("The US Senate passed the bill.") == {"senat"}
    assert _subject_stems("The Iraqi Ministry of Health said.") >= {"ministri", "health"}
    assert _subject_stems("Heavy rain closed the road.") == frozenset()


def test_a_credited_speaker_is_not_an_actor(archive: EmbeddedStore) -> None:
    # the passage opens with who reported it: that is for the source rules, not another actor
    doc = judge(archive, "The Ferry Board raised ferry fares by ten percent on May 8.")
    _, item = bucket_of(doc, "Harbour Radio reported")
    assert "actor_mismatch" not in types(item)


def test_the_wrong_chamber_of_a_seed_article(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "The US Senate passed a standalone $14.3-billion military aid package for Israel "
                        "on November 2.")
    stance, item = bucket_of(doc, "House of Representatives on November 2")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    right = judge(seeded, "The US House of Representatives passed a standalone $14.3-billion military aid "
                          "package for Israel on November 2.")
    assert right["verdict"]["label"] == "supported"


measures = archive_fixture("measures", [
    {"external_id": "dam", "outlet": "Hill Gazette", "title": "New dam",
     "text": "The Stonebridge dam is located 24 km north of the town of Aldmere."},
    {"external_id": "other-dam", "outlet": "Hill Gazette", "title": "Old dam",
     "text": "The Redmoor dam is located 80 km north of the town of Kesh."},
])


def test_a_measure_in_another_unit_is_compared(measures: EmbeddedStore) -> None:
    wrong = judge(measures, "The Stonebridge dam lies 42 kilometres north of the town of Aldmere.")
    stance, item = bucket_of(wrong, "24 km")
    assert stance == "conflicting" and "quantity_mismatch" in types(item)
    miles = judge(measures, "The Stonebridge dam lies 15 miles north of the town of Aldmere.")
    stance, item = bucket_of(miles, "24 km")
    assert stance == "corroborating" and "quantity_match" in types(item)
    # another dam's distance from another town says nothing of this one
    assert bucket_of(miles, "80 km")[0] == "related"
    assert miles["verdict"]["label"] == "supported"


def test_what_a_unit_measures() -> None:
    from service.text.units import measure

    assert measure("km") == ("[length]", 1000.0)
    assert measure("kilometres") == measure("kilometers") == measure("km")
    assert measure("tonnes") is not None and measure("tonnes")[0] == "[mass]"
    for word in ("missiles", "people", "points", "percent", "a", None):
        assert measure(word) is None


owners = archive_fixture("owners", [
    {"external_id": "fire", "outlet": "Delta News", "title": "Warehouse fire", "published_at": "2024-08-03",
     "text": "A fire destroyed the Kessel grain warehouse in Norland on Thursday, killing at least three workers."},
    {"external_id": "desc", "outlet": "Delta News", "title": "Quake report", "published_at": "2024-02-12",
     "text": "A quake struck the Brenn valley on February 9, 2024. The Eastland agency published its report on "
             "Monday. The agency said that the quake damaged at least 40 homes in the valley."},
])


def test_a_named_owner_is_not_the_subject_it_owns(owners: EmbeddedStore) -> None:
    # "Norland's government condemned …": a passage naming Norland but no government condemns nothing
    doc = judge(owners, "Norland's government condemned the fire at the Kessel grain warehouse that killed at "
                        "least three workers.")
    assert bucket_of(doc, "Kessel grain warehouse")[0] == "related"
    assert doc["verdict"]["label"] == "unverified"


def test_a_month_is_the_dates_to_compare_not_a_word_to_restate(owners: EmbeddedStore) -> None:
    # the credit is all that differs: the passage restates the claim once its month is left to the date rules
    doc = judge(owners, "The Westland agency said that the February 2024 quake damaged at least 40 homes in the "
                        "valley.")
    stance, item = bucket_of(doc, "at least 40 homes")
    assert stance == "conflicting" and "source_mismatch" in types(item)
    assert "misattributed" in doc["verdict"]["flags"]


places = archive_fixture("misplaced", [
    {"external_id": "slide", "outlet": "Ridge Daily", "title": "Landslide", "published_at": "2024-04-12",
     "text": "On Wednesday, a landslide buried 12 homes in the village of Dorn in Ostra province."},
    {"external_id": "flood", "outlet": "Ridge Daily", "title": "Floods", "published_at": "2024-06-20",
     "text": "Floods cut the main road in Velka province on Tuesday. "
             "On Monday, floods cut the main road in Ostra province as well."},
])


def test_an_incident_restated_in_another_province_conflicts(places: EmbeddedStore) -> None:
    doc = judge(places, "A landslide buried 12 homes in Pelta province.")
    stance, item = bucket_of(doc, "landslide buried 12 homes")
    assert stance == "conflicting" and "entity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    right = judge(places, "A landslide buried 12 homes in Ostra province.")
    assert right["verdict"]["label"] == "supported"


def test_the_same_kind_of_incident_in_the_claims_province_is_another_event(places: EmbeddedStore) -> None:
    # the archive knows floods cut the road in Velka too: the Ostra report is another incident
    doc = judge(places, "Floods cut the main road in Velka province.")
    assert bucket_of(doc, "in Ostra province as well")[0] == "other_events"
    assert doc["verdict"]["label"] == "supported"


def test_a_seed_incident_placed_in_another_province(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "The Iraqi Resistance said it shot down an American MQ-9 drone over Salahuddin province.")
    stance, item = bucket_of(doc, "MQ9")
    assert stance == "conflicting" and "entity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    right = judge(seeded, "The Iraqi Resistance said it shot down an American MQ-9 drone over Diyala province.")
    assert right["verdict"]["label"] == "supported"


shares = archive_fixture("shares", [
    {"external_id": "shells", "outlet": "Border Herald", "title": "Shelling", "published_at": "2024-09-02",
     "text": "The border agency said that the shelling of the Marro depot on Sunday involved at least eight shells, "
             "and that all the shells struck the depot directly. The agency also praised the fire crews of the "
             "district for their work."},
])


def test_only_part_of_a_set_against_all_of_it_conflicts(shares: EmbeddedStore) -> None:
    doc = judge(shares, "The border agency said only some of the shells fired at the Marro depot on Sunday struck "
                        "the depot.")
    stance, item = bucket_of(doc, "all the shells struck")
    assert stance == "conflicting"
    assert any(r["type"] == "quantity_mismatch" and "only part" in r["detail"] for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"
    same = judge(shares, "The border agency said all of the shells fired at the Marro depot on Sunday struck "
                         "the depot.")
    assert bucket_of(same, "all the shells struck")[0] == "corroborating"


def test_what_share_of_a_set_a_text_says() -> None:
    from service.text.quantifiers import find_quantifiers

    assert [(q.kind, q.noun) for q in find_quantifiers("Not all of the homes were damaged.")] == [("part", "home")]
    assert [(q.kind, q.noun) for q in find_quantifiers("until all US troops leave")] == [("all", "troop")]
    assert [(q.kind, q.noun) for q in find_quantifiers("None of the rockets hit.")] == [("none", "rocket")]
    assert find_quantifiers("All Americans were evacuated.") == ()  # no lower-case plural: not read


def test_a_source_does_not_dispute_its_own_stated_contradiction(seeded: EmbeddedStore) -> None:
    # the network's "all the missiles struck direct hits" contradicts the claim; another sentence of the
    # same article that the model reads as agreeing, stating none of the claim's facts, does not dispute it
    doc = judge(seeded, "Al-Mayadeen said only some of the missiles fired at Ain al-Asad in the January 2024 "
                        "attack hit the base.")
    stance, _ = bucket_of(doc, "all the missiles struck direct hits")
    assert stance == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


harms = archive_fixture("harms", [
    {"external_id": "mine", "outlet": "Valley Wire", "title": "Mine collapse", "published_at": "2024-10-05",
     "text": "The regional agency reported that the miners at the Brask pit were seriously injured in the collapse "
             "on Friday, and two rescuers were slightly injured."},
])


def test_the_same_people_hurt_another_degree_conflicts(harms: EmbeddedStore) -> None:
    doc = judge(harms, "The regional agency reported that the miners at the Brask pit were only slightly hurt in "
                       "the collapse on Friday.")
    stance, item = bucket_of(doc, "miners at the Brask pit")
    assert stance == "conflicting" and "quantity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    # the miners' "seriously" is theirs: it does not contradict the rescuers' "slightly"
    rescuers = judge(harms, "Two rescuers were slightly injured in the collapse at the Brask pit on Friday.")
    assert bucket_of(rescuers, "miners at the Brask pit")[0] == "corroborating"
    assert rescuers["verdict"]["label"] == "supported"


def test_who_was_hurt_how_badly() -> None:
    from service.text.extract import harm_severities

    found = harm_severities('Members of the security forces "were seriously injured in the attack" and two '
                            'Americans were slightly injured.')
    # "two Americans" counts the whole group hurt, not a part of one: its degree is read too (when the
    # claim's degree is far from its count, severity_after does not reach it)
    assert [(who, grade) for who, grade, _ in found] == [("Members of the security forces", "serious"),
                                                         ("two Americans", "minor")]
    assert harm_severities("Nobody was hurt.") == ()


claims = archive_fixture("claimants", [
    {"external_id": "front", "outlet": "Steppe Post", "title": "Power station", "published_at": "2024-11-09",
     "text": "In a statement, the Northern Liberation Brigades announced the rocket attack on the Tarsk power station "
             "in Velka province on Friday. The ministry said the group had not given any warning before the attack."},
])


def test_an_attack_claimed_by_another_group_conflicts(claims: EmbeddedStore) -> None:
    doc = judge(claims, "The Eastern Brigades Movement claimed the Friday rocket attack on the Tarsk power station "
                        "in Velka province.")
    stance, item = bucket_of(doc, "Northern Liberation Brigades announced")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    right = judge(claims, "The Northern Liberation Brigades claimed the Friday rocket attack on the Tarsk power "
                          "station in Velka province.")
    assert bucket_of(right, "Northern Liberation Brigades announced")[0] == "corroborating"


def test_a_light_verb_does_not_hide_the_denied_noun(claims: EmbeddedStore) -> None:
    # "had not given any warning": what is denied is the warning, on both sides
    doc = judge(claims, "The ministry said the group gave no warning before the attack on the Tarsk power station.")
    _, item = bucket_of(doc, "given any warning")
    assert "negation_match" in types(item) and "negation" not in types(item)


def test_a_seed_attack_claimed_by_another_group(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "Kataib Hezbollah claimed the Monday drone attack on the US base at Al-Malikiyah in Syria.")
    stance, item = bucket_of(doc, "announced the drone attack on the American base of Al-Malikiyah")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_country_or_province_after_a_verb_of_attack_is_no_site() -> None:
    from service.text.events import sites_of

    assert sites_of("In 25 days of raids on Gaza, more than 8,000 people were killed.") == ()
    assert sites_of("The planes attacked Syria on Monday.") == ()
    assert sites_of("Drones targeted Harir on Monday.") == ("Harir",)


tolls = archive_fixture("tolls", [
    {"external_id": "quake", "outlet": "Plains Daily", "title": "Quake toll", "published_at": "2024-03-01",
     "text": "The earthquake in Vessa province has killed more than 2,100 people, including 640 children."},
    {"external_id": "bridge", "outlet": "Plains Daily", "title": "Bridge collapse", "published_at": "2024-03-02",
     "text": "Rescuers pulled survivors from the river overnight. Three people were killed when the bridge fell."},
])


def test_a_part_of_a_toll_is_counted_against_the_same_part(tolls: EmbeddedStore) -> None:
    doc = judge(tolls, "The earthquake in Vessa province killed more than 2,100 people, 900 of them children.")
    stance, item = bucket_of(doc, "including 640 children")
    assert stance == "conflicting"
    details = [r["detail"] for r in item["reasons"] if r["type"] == "quantity_mismatch"]
    assert details and all("640 children" in d for d in details)  # 900 children against 640, not 2,100 people
    assert any(r["type"] == "quantity_match" for r in item["reasons"])  # the 2,100 holds


def test_a_count_of_another_incident_naming_none_of_the_claims_names_decides_nothing(tolls: EmbeddedStore) -> None:
    doc = judge(tolls, "The earthquake in Vessa province killed more than 2,100 people.")
    stance, item = bucket_of(doc, "Three people were killed when the bridge fell")
    assert stance != "conflicting"
    assert doc["verdict"]["label"] == "supported"


def test_an_amount_counted_of_them() -> None:
    from service.text.extract import find_quantities

    found = find_quantities("Twelve people died, five of whom were children.")
    assert [(q.unit, q.predicate) for q in found] == [("people", "killed"), ("children", "killed")]


def test_a_province_that_owns_a_district_locates_it() -> None:
    from service.text.places import locations_of

    [province, district] = locations_of("The depot was later found in Jalisco's Korvo district.")
    assert (province.subject, province.place, province.level) == ("Korvo", "Jalisco", "province")
    assert district.place == "Korvo"


owned = archive_fixture("owned", [
    {"external_id": "depot", "outlet": "Delta Times", "title": "Depot", "published_at": "2024-07-04",
     "text": "The stolen trucks were later found in Lanta province's Korvo district, police said."},
])


def test_a_district_placed_in_another_province_conflicts(owned: EmbeddedStore) -> None:
    doc = judge(owned, "The stolen trucks were found in the Korvo district of Mesa province.")
    stance, item = bucket_of(doc, "Korvo district")
    assert stance == "conflicting" and "entity_mismatch" in types(item)


def test_what_an_identified_subject_is_said_to_be_must_be_named(seeded: EmbeddedStore) -> None:
    # the passage names the target and the missile, not what the target was: the claim's new fact
    doc = judge(seeded, "The 'vital target' in Haifa struck by the Iraqi Resistance's cruise missile was the "
                        "city's airport.")
    assert bucket_of(doc, "vital target")[0] != "corroborating"
    assert doc["verdict"]["label"] == "unverified"


def test_the_noun_a_copular_main_clause_ends_on() -> None:
    from service.dossier.stance.terms import _complement

    assert _complement("was the city's port") == "port"
    assert _complement("was seriously hurt") is None
    assert _complement("is in Hasakah") is None


talks = archive_fixture("talks", [
    {"external_id": "talks", "outlet": "Harbor Post", "title": "Talks", "published_at": "2024-05-20",
     "text": "Minister Lena Varga said the port talks will resume only when the blockade ends, and that ships "
             "must pass without any restrictions. The minister also said the government will stand by the "
             "dock workers and the port unions."},
])


def test_what_the_sentence_before_denies_is_not_asserted(talks: EmbeddedStore) -> None:
    doc = judge(talks, "Minister Lena Varga said the port talks would resume once the blockade ends and ships "
                       "pass without restrictions.")
    _, item = bucket_of(doc, "stand by the dock workers")
    assert "negation" not in types(item)
    assert doc["verdict"]["label"] != "disputed"


stays = archive_fixture("stays", [
    {"external_id": "camp", "outlet": "Relief Wire", "title": "Camp", "published_at": "2024-01-15",
     "text": "The Kesra camp lies 10 km north of the river Tess in the Arid Plains. The foreign military forces "
             "presence at the camp began in early 2019 during the regional intervention under the pretext of "
             "fighting the bandit groups."},
])


def test_the_date_of_a_state_is_its_fact(stays: EmbeddedStore) -> None:
    doc = judge(stays, "Foreign troops have been at Kesra since early 2019.")
    assert bucket_of(doc, "presence at the camp began")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


airports = archive_fixture("airports", [
    {"external_id": "fort", "outlet": "Hill Courier", "title": "Rockets", "published_at": "2024-06-03",
     "text": "A police source said that two rockets hit the vicinity of Fort Ardel near Valmont International "
             "Airport on Sunday."},
])


def test_the_same_kind_of_facility_of_another_name_conflicts(airports: EmbeddedStore) -> None:
    doc = judge(airports, "A police source said two rockets hit the vicinity of Fort Ardel next to Kestrel's "
                          "international airport on Sunday.")
    stance, item = bucket_of(doc, "Valmont International")
    assert stance == "conflicting" and "entity_mismatch" in types(item)
    right = judge(airports, "A police source said two rockets hit the vicinity of Fort Ardel near Valmont "
                            "International Airport on Sunday.")
    assert right["verdict"]["label"] == "supported"


def test_named_facilities() -> None:
    from service.text.places import facilities

    assert facilities("near Erbil's international airport") == [("Erbil", "international airport")]
    assert facilities("the Harir air base and the American military base") == [("Harir", "air base")]


# --- a reviewer's counter-examples to the rules above: each must not conflict ---------------------------

counter = archive_fixture("counter", [
    {"external_id": "welcome", "outlet": "River Post", "title": "Budget", "published_at": "2024-03-06",
     "text": "Jane Doe welcomed the $3 million flood defence budget approved on March 4 for the river district."},
    {"external_id": "market", "outlet": "River Post", "title": "Market", "published_at": "2024-03-05",
     "text": "Hamas announced that it fired the rocket that hit the Dorva market on March 3."},
    {"external_id": "aimed", "outlet": "River Post", "title": "Depot", "published_at": "2024-09-02",
     "text": "The border agency said all the shells fired at the Marro depot on Sunday were aimed at the depot, "
             "but only some of the shells struck the depot."},
    {"external_id": "army", "outlet": "River Post", "title": "Camp strike", "published_at": "2024-04-12",
     "text": "The Norland military killed five fighters in a strike on the Kessel camp on Thursday."},
    {"external_id": "bomb", "outlet": "River Post", "title": "Car bomb", "published_at": "2024-05-09",
     "text": "On Wednesday, a car bomb exploded outside a market in Ostra province."},
    {"external_id": "blast", "outlet": "River Post", "title": "Blast", "published_at": "2024-05-11",
     "text": "Two of the soldiers were seriously injured in the blast at the Korr base on Friday."},
])


def test_a_name_opening_a_passage_is_no_actor_unless_it_does_the_claims_act(counter: EmbeddedStore) -> None:
    doc = judge(counter, "The City Council approved a $3 million flood defence budget for the river district on "
                         "March 4.")
    _, item = bucket_of(doc, "Jane Doe welcomed")
    assert "actor_mismatch" not in types(item)


def test_a_claim_that_someone_asserted_something_has_no_claimant(counter: EmbeddedStore) -> None:
    doc = judge(counter, "The army claimed that Hamas fired the rocket that hit the Dorva market on March 3.")
    _, item = bucket_of(doc, "Hamas announced")
    assert "actor_mismatch" not in types(item)


def test_a_passage_that_says_the_claims_share_too_does_not_conflict(counter: EmbeddedStore) -> None:
    doc = judge(counter, "The border agency said only some of the shells fired at the Marro depot on Sunday struck "
                         "the depot.")
    stance, _ = bucket_of(doc, "only some of the shells struck")
    assert stance != "conflicting"


def test_a_synonym_of_a_possessed_noun_is_no_other_subject(counter: EmbeddedStore) -> None:
    doc = judge(counter, "Norland's army killed five fighters in a strike on the Kessel camp on Thursday.")
    assert bucket_of(doc, "Norland military killed")[0] == "corroborating"


def test_an_incident_of_a_common_kind_elsewhere_does_not_refute(counter: EmbeddedStore) -> None:
    doc = judge(counter, "A car bomb exploded outside a market in Pelta province.")
    assert doc["verdict"]["label"] != "refuted"


def test_part_of_a_group_hurt_is_not_the_groups_degree(counter: EmbeddedStore) -> None:
    doc = judge(counter, "Most of the soldiers were slightly injured in the blast at the Korr base on Friday.")
    assert doc["verdict"]["label"] != "refuted"


def test_everyday_nouns_are_no_measures() -> None:
    from service.text.units import measure

    for word in ("bags", "shots", "in", "are", "at", "as", "days", "hours", "PM"):
        assert measure(word) is None, word
    assert measure("mph") is not None and measure("litres") is not None


def test_shares_read_the_way_english_means_them() -> None:
    from service.text.quantifiers import find_quantifiers

    def read(text: str) -> list[tuple[str, str]]:
        return [(q.kind, q.noun) for q in find_quantifiers(text)]

    assert read("not every shell struck the depot") == [("part", "shell")]
    assert read("almost all the missiles hit") == [("part", "missil")]
    assert read("all but two missiles hit") == [("part", "missil")]
    for text in ("Each of them was hurt", "All is well", "Each side accuses the other", "every three days"):
        assert read(text) == [], text


def test_a_rounded_figure_converts_within_its_last_digit() -> None:
    from service.dossier.stance.amounts import in_one_unit, overlaps
    from service.text.extract import find_quantities

    [miles] = find_quantities("about 2 miles away")
    [km] = find_quantities("3 km away")
    assert overlaps(*in_one_unit(miles, km))


nights = archive_fixture("nights", [
    {"external_id": "drone", "outlet": "Valley Wire", "title": "Drone", "published_at": "2024-06-12",
     "text": "The rebel group said its fighters targeted the Dornal base with a drone on Monday."},
])


def test_the_time_of_day_goes_with_the_date(nights: EmbeddedStore) -> None:
    # "Tuesday night" is the claim's time, compared as a date: the Monday report conflicts (misdated)
    doc = judge(nights, "The rebel group's drone hit the Dornal base on Tuesday night.")
    stance, item = bucket_of(doc, "targeted the Dornal base")
    assert stance == "conflicting" and "date_mismatch" in types(item)


def test_a_fact_confirmed_under_another_source_is_misattributed(seeded: EmbeddedStore) -> None:
    # most of the claim restated and its figure confirmed, under another outlet than the claim credits
    doc = judge(seeded, "Al Jazeera reported that at least ten heavy missiles, each scoring a direct hit, struck Ain "
                        "al-Asad in January 2024.")
    stance, item = bucket_of(doc, "The Lebanon-based news network")
    assert stance == "conflicting" and "source_mismatch" in types(item)
    assert "misattributed" in doc["verdict"]["flags"]


def test_a_passage_that_negates_the_claims_predicate_never_corroborates(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "Pentagon spokesman Patrick Ryder said Iran had explicitly ordered the resistance groups to "
                        "carry out the attacks.")
    for words in ("there is no direct order from Iran", "We haven't seen a direct order"):
        stance, item = bucket_of(doc, words)
        assert stance != "corroborating", words
    assert doc["verdict"]["label"] == "refuted"


pledges = archive_fixture("pledges", [
    {"external_id": "pledge", "outlet": "Delta Times", "title": "Strike", "published_at": "2024-08-20",
     "text": "The dock union, calling itself the Harbour Front, said its members stopped work at the Kessel port, "
             "vowing to continue their strike until all foreign managers leave the port."},
])


def test_news_copys_words_for_a_promise_kept_up(pledges: EmbeddedStore) -> None:
    doc = judge(pledges, "The union that called itself the Harbour Front pledged to keep up its strike until every "
                         "foreign manager has left the Kessel port.")
    assert bucket_of(doc, "vowing to continue")[0] == "corroborating"


def test_phrasal_verbs_read_as_one_word() -> None:
    from service.text.synonyms import unphrase

    assert unphrase("pledged to keep up the strike until they have left") == \
        "pledged to continue the strike until they have withdrawn"
