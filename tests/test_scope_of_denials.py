"""Rules of 2026-12-04 (second session): where a claim's event happened is no predicate to restate,
a denied doer denies the deed, and a denial decides in a report of the claim's own event at its
site when it restates the claim's main clause. Each on made-up articles and on the seeds."""

from __future__ import annotations

from typing import Any

from service.stores.embedded import EmbeddedStore
from tests.support.judging import archive_fixture, bucket_of, judge

archive = archive_fixture("denials", [
    {"external_id": "mill", "outlet": "Elbe Post", "title": "Mill fire", "published_at": "2024-02-10",
     "text": "Police said a fire at a paper mill in Kent county killed two night watchmen on Thursday. "
             "The mill's owner said production would resume next month."},
    {"external_id": "refinery", "outlet": "Gulf Daily", "title": "Refinery blast", "published_at": "2024-06-12",
     "text": "An explosion hit the Ras Tanura refinery on Tuesday evening. "
             "The Desert Hawks group said in a statement on its website that it had carried out the attack. "
             "There were no immediate reports of damage at the facility, or of injuries."},
    {"external_id": "market", "outlet": "River News", "title": "Market bombings", "published_at": "2021-05-02",
     "text": "Until last year, markets in the old town were hit by several bombings, and since the spring of "
             "2020 these attacks have stopped. "
             "No group claimed responsibility for these attacks at the time, but police blamed local gangs."},
])


def types(item: dict[str, Any]) -> set[str]:
    return {r["type"] for r in item["reasons"]}


def test_took_place_in_another_county_is_misplaced(archive: EmbeddedStore) -> None:
    # "took place" and "county" are where it happened, for the place rules: the passage restates the rest
    doc = judge(archive, "The paper mill fire that killed two night watchmen took place in Essex county.")
    stance, item = bucket_of(doc, "paper mill in Kent county")
    assert stance == "conflicting" and "entity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_where_it_happened_is_no_predicate_word() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    terms = claim_terms(analyze_claim("The paper mill fire took place in Essex county."))
    assert {"took", "place", "counti"}.isdisjoint(terms.predicate_weights)
    assert {"paper", "mill", "fire"} <= set(terms.predicate_weights)


def test_a_denied_doer_denies_the_deed() -> None:
    from service.dossier.stance.terms import _scope_stems

    assert "claim" in _scope_stems("group claimed responsibility for these attacks at the time")
    assert "claim" in _scope_stems("party has claimed the bombing")
    assert "~injured" in _scope_stems("one was hurt in the blast")
    assert _scope_stems("party to the conflict") == {"parti"}  # no deed follows: the noun is what is denied


def test_no_group_claimed_it_refutes_a_named_claimant(archive: EmbeddedStore) -> None:
    doc = judge(archive, "The Freedom Brigade claimed responsibility at the time for the bombings of markets "
                         "in the old town before the spring of 2020.")
    stance, item = bucket_of(doc, "No group claimed responsibility")
    assert stance == "conflicting" and "negation" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_denial_in_a_report_of_the_claims_own_event_decides(archive: EmbeddedStore) -> None:
    # the passage restates little of the whole claim, but most of its main clause, at the claim's site
    doc = judge(archive, "Immediate reports described heavy damage and injuries at the Ras Tanura refinery "
                         "after the explosion that the Desert Hawks claimed on their website.")
    stance, item = bucket_of(doc, "no immediate reports of damage")
    assert stance == "conflicting" and "negation" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_denial_of_an_identifying_clause_does_not_decide() -> None:
    # "that injured workers" only picks out the explosion; the passage restates the main clause at
    # its site and denies injuries: a reason to show, not one that decides alone
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.negation import _negation, _negations
    from service.dossier.stance.terms import claim_terms

    analysis = analyze_claim("Firefighters reached the Ras Tanura refinery quickly after the explosion that "
                             "injured workers of the night shift in the catalytic cracking unit.")
    text = "Firefighters reached the Ras Tanura refinery quickly after the explosion, and no one was injured."
    found = _negation(analysis, claim_terms(analysis), text, _negations(text), None, True)
    assert found and found[0][0].type == "negation" and not found[0][1]


def test_the_seeds_strike_placed_in_another_province(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "The strike that killed a Yemeni technical expert took place in Diyala province.")
    stance, item = bucket_of(doc, "A Yemeni technical expert was among")
    assert stance == "conflicting" and "entity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_the_seeds_unclaimed_attacks_before_2022(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "Kataib Hezbollah claimed responsibility at the time for the missile and drone attacks "
                        "on bases housing US forces before the summer of 2022.")
    stance, item = bucket_of(doc, "No party claimed responsibility")
    assert stance == "conflicting" and "negation" in types(item)
    assert doc["verdict"]["label"] == "refuted"


media = archive_fixture("media", [
    {"external_id": "dock", "outlet": "Coast Wire", "title": "Dock arrests", "published_at": "2024-08-03",
     "text": "Police arrested two men at the dock on Friday. According to a senior police officer, who spoke to "
             "the Harbour Gazette on condition of anonymity, the two men arrested at the dock were smuggling "
             "cigarettes."},
    {"external_id": "quay", "outlet": "Coast Wire", "title": "Quay arrests", "published_at": "2024-08-10",
     "text": "Police arrested three women at the quay on Friday. Police chief Anna Berg told the Harbour Gazette "
             "that the three women arrested at the quay were smuggling watches."},
])


def test_another_speaker_to_the_same_medium_is_misattributed(media: EmbeddedStore) -> None:
    # the medium only carried it: who said it is the speaker the claim names
    doc = judge(media, "A Customs Agency spokesperson told the Harbour Gazette the two men arrested at the dock "
                       "were smuggling cigarettes.")
    stance, item = bucket_of(doc, "senior police officer")
    assert stance == "conflicting" and "source_mismatch" in types(item)
    assert "misattributed" in doc["verdict"]["flags"]


def test_the_named_speaker_to_the_same_medium_confirms(media: EmbeddedStore) -> None:
    doc = judge(media, "Police chief Anna Berg told the Harbour Gazette the three women arrested at the quay "
                       "were smuggling watches.")
    stance, item = bucket_of(doc, "Anna Berg")
    assert stance == "corroborating" and "source_mismatch" not in types(item)
    assert doc["verdict"]["label"] == "supported"


def test_the_seeds_commander_is_no_pentagon_spokesperson(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "A Pentagon spokesperson told The New Region the men killed near Jurf al-Sakhar were "
                        "testing a new generation of drones.")
    stance, item = bucket_of(doc, "senior military commander")
    assert stance == "conflicting" and "source_mismatch" in types(item)


depot = archive_fixture("depot", [
    {"external_id": "depot", "outlet": "Leeds Echo", "title": "Depot arson", "published_at": "2024-03-12",
     "text": "Police said members of the Eastside Crew had set the fire at the bus depot on Sunday. "
             "The blaze destroyed 40 buses."},
])


def test_a_passive_claims_doer_against_another_named_doer(depot: EmbeddedStore) -> None:
    from service.dossier.stance.terms import passive_agent

    assert passive_agent("The fire at the depot was set by the Northside Gang.") == ("Northside Gang", "set")
    assert passive_agent("The Northside Gang set the fire.") is None
    doc = judge(depot, "The fire at the bus depot that destroyed 40 buses was set by the Northside Gang.")
    stance, item = bucket_of(doc, "Eastside Crew")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_passive_claims_own_doer_is_no_mismatch(depot: EmbeddedStore) -> None:
    doc = judge(depot, "The fire at the bus depot that destroyed 40 buses was set by the Eastside Crew.")
    assert not any(r["type"] == "actor_mismatch" for items in doc["evidence"].values() for item in items
                   for r in item["reasons"])
    assert doc["verdict"]["label"] == "supported"


def test_the_seeds_strike_credited_to_israel(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "The strike in Babil province that killed a Yemeni technical expert was carried out "
                        "by Israel.")
    assert doc["verdict"]["label"] == "refuted"
    assert any(r["type"] == "actor_mismatch" and "US" in r["detail"] for item in doc["evidence"]["conflicting"]
               for r in item["reasons"])


raid = archive_fixture("raid", [
    {"external_id": "raid-police", "outlet": "City Herald", "title": "Bank raid", "published_at": "2024-05-04",
     "text": "Police said two guards were injured in the bank raid on May 3."},
    {"external_id": "raid-hospital", "outlet": "Metro Times", "title": "Bank raid victims",
     "published_at": "2024-05-05",
     "text": "Hospital staff said several guards were injured in the bank raid on May 3."},
])


def test_only_n_against_several_is_a_disagreement(raid: EmbeddedStore) -> None:
    # "only two" bounds the figure: "several" (three or more) disagrees, weighing half
    doc = judge(raid, "Only two guards were injured in the bank raid.")  # no date: the bound alone decides
    stance, item = bucket_of(doc, "several guards")
    assert stance == "conflicting" and "quantity_mismatch" in types(item)
    assert doc["verdict"]["label"] == "disputed"


def test_n_without_only_against_several_does_not_decide(raid: EmbeddedStore) -> None:
    # unbounded, "two" may be the ones one source counted: shown, and the verdict stands
    doc = judge(raid, "Two guards were injured in the bank raid.")
    _, item = bucket_of(doc, "several guards")
    assert "quantity_mismatch" in types(item) and "only" not in item["reasons"][-1]["detail"]
    assert doc["verdict"]["label"] == "supported"


library = archive_fixture("library", [
    {"external_id": "library", "outlet": "Town Crier", "title": "Library stays open", "published_at": "2024-04-02",
     "text": 'Mayor Jane Holt told reporters: "We will not, under any circumstances, close the library this year." '
             "Finance Minister Paul Dane presented the town grant on Tuesday."},
])


def test_a_quote_that_excerpts_a_longer_one_matches(library: EmbeddedStore) -> None:
    from service.dossier.stance.who import _excerpt

    assert _excerpt("we will not close the library this year",
                    "we will not, under any circumstances, close the library this year.") == \
        ["under", "any", "circumstances"]
    assert _excerpt("we will close the library", "we will not close the library") is None  # a denial left out
    doc = judge(library, 'Mayor Jane Holt said: "We will not close the library this year."')
    stance, item = bucket_of(doc, "Jane Holt")
    assert stance == "corroborating" and "quote_match" in types(item)


def test_an_excerpted_quote_under_another_speaker_is_misattributed(library: EmbeddedStore) -> None:
    doc = judge(library, 'Finance Minister Paul Dane said: "We will not close the library this year."')
    stance, item = bucket_of(doc, "Jane Holt")
    assert stance == "conflicting" and {"quote_match", "source_mismatch"} <= types(item)
    assert "misattributed" in doc["verdict"]["flags"]


def test_a_title_written_in_lower_case_is_compared(library: EmbeddedStore) -> None:
    doc = judge(library, "Norland's health minister Paul Dane presented the town grant on Tuesday.")
    stance, item = bucket_of(doc, "Paul Dane")
    assert stance == "conflicting" and "role_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"


def test_a_short_aside_does_not_end_a_negation() -> None:
    from service.text.extract import find_negations

    scopes = [n.scope.text for n in find_negations("We will not, under any circumstances, close the library.")]
    assert scopes == ["close the library"]
    # a comma with no second one closes the clause as before
    assert [n.scope.text for n in find_negations("There was no damage, officials said.")] == ["damage"]


warehouses = archive_fixture("warehouses", [
    {"external_id": "lyon", "outlet": "Rhone Daily", "title": "Warehouse fire", "published_at": "2024-03-06",
     "text": "Firefighters said three warehouses burned in the Vaise district of Lyon on Tuesday, March 5, 2024."},
    {"external_id": "undated", "outlet": "Wire Digest", "title": "Fires",
     "text": "Officials said five warehouses burned in the Vaise district."},
])


def test_a_day_without_a_year_is_compared_in_the_passages_year(warehouses: EmbeddedStore) -> None:
    # a day off the passage's ("Monday, March 4" for Tuesday, March 5) with the same details: misdated;
    # the undated passage's other figure does not hide it
    doc = judge(warehouses, "Three warehouses burned in the Vaise district of Lyon on Monday, March 4.")
    stance, item = bucket_of(doc, "Tuesday, March 5")
    assert stance == "conflicting" and "date_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    right = judge(warehouses, "Three warehouses burned in the Vaise district of Lyon on March 5.")
    stance, item = bucket_of(right, "Tuesday, March 5")
    assert stance == "corroborating" and "date_match" in types(item)


bases = archive_fixture("bases", [
    {"external_id": "h1", "outlet": "North Post", "title": "Base hit", "published_at": "2024-06-04",
     "text": "Rockets hit the Harlow air base on Monday, June 3, 2024."},
    {"external_id": "h2", "outlet": "North Post", "title": "Base hit again", "published_at": "2024-06-11",
     "text": "Rockets hit the Harlow air base on Monday, June 10, 2024."},
    {"external_id": "k1", "outlet": "South Wire", "title": "Drones", "published_at": "2024-08-03",
     "text": "Drones hit the Kestrel air base on Friday, August 2, 2024."},
])


def test_the_one_incident_restated_on_another_day_is_misdated(bases: EmbeddedStore) -> None:
    doc = judge(bases, "Drones hit the Kestrel air base on Thursday, August 1, 2024.")
    stance, item = bucket_of(doc, "Kestrel")
    assert stance == "conflicting" and "date_mismatch" in types(item)


def test_of_several_incidents_only_one_with_the_claims_detail_is_misdated(bases: EmbeddedStore) -> None:
    # a base attacked on two days: neither attack is the claimed one misdated, for neither holds a
    # detail of the claim's own (an amount, a name besides the base)
    doc = judge(bases, "Rockets hit the Harlow air base on June 20, 2024.")
    assert doc["verdict"]["label"] == "unverified"
    assert bucket_of(doc, "June 3")[0] == bucket_of(doc, "June 10")[0] == "other_events"


vale = archive_fixture("vale", [
    {"external_id": "vale-rebels", "outlet": "Vale Post", "title": "Depot hit", "published_at": "2024-09-03",
     "text": "Rebels said three drones hit the Vale depot on Monday, but the extent of damage is still unknown."},
    {"external_id": "vale-officials", "outlet": "Norland Wire", "title": "Depot attack", "published_at": "2024-09-03",
     "text": "Officials said three drones hit the Vale depot on Monday."},
    {"external_id": "kestrel", "outlet": "Norland Wire", "title": "Kestrel", "published_at": "2024-09-04",
     "text": "The Kestrel air base hosts 2,000 troops in Norland. "
             "Rockets hit bases hosting troops in Norland on Tuesday, Al Jazeera reported. "
             "A surveillance drone was launched from the Kestrel air base on Tuesday, officials said."},
    {"external_id": "harbour", "outlet": "Coast Wire", "title": "Harbour", "published_at": "2024-09-05",
     "text": "The Port of Lund is the largest port in Norland, officials said."},
])


def test_a_passage_that_does_not_know_the_effect_does_not_confirm_it(vale: EmbeddedStore) -> None:
    from service.dossier.stance.negation import _effect, _unknown_stems

    assert "damag" in _unknown_stems("the extent of damage is still unknown.")
    assert "~injured" in _unknown_stems("It is unclear whether anyone was hurt in the blast.")
    assert _effect("The strike caused heavy damage.") == "damag"
    doc = judge(vale, "The three-drone attack on the Vale depot on Monday caused heavy damage.")
    assert bucket_of(doc, "extent of damage")[0] == "related"
    assert bucket_of(doc, "Officials said three drones")[0] != "corroborating"  # no damage stated
    assert doc["verdict"]["label"] == "unverified"


def test_a_superlative_the_claim_asserts_must_be_stated(vale: EmbeddedStore) -> None:
    doc = judge(vale, "The Kestrel air base is the largest base hosting troops in Norland.")
    assert doc["verdict"]["label"] == "unverified"
    assert judge(vale, "The Port of Lund is the biggest port in Norland.")["verdict"]["label"] == "supported"


def test_an_article_particle_names_no_subject(vale: EmbeddedStore) -> None:
    # "Al Jazeera" shares only "al" with "Tell al-Hawa"
    doc = judge(vale, "Tell al-Hawa hosts troops in Norland.")
    assert bucket_of(doc, "Al Jazeera reported")[0] != "corroborating"


def test_took_off_from_is_launched_from(vale: EmbeddedStore) -> None:
    from service.text.synonyms import unphrase

    assert unphrase("The drone had taken off from a base") == "The drone had launched from a base"
    doc = judge(vale, "On Tuesday a surveillance drone took off from the Kestrel air base, officials said.")
    assert bucket_of(doc, "surveillance drone was launched")[0] == "corroborating"


def test_a_report_of_the_same_attack_with_other_arms(vale: EmbeddedStore) -> None:
    doc = judge(vale, "The Monday attack on the Vale depot was carried out with four rockets.")
    stance, item = bucket_of(doc, "Officials said three drones")
    assert stance == "conflicting" and "weapon_mismatch" in types(item)
    assert doc["verdict"]["label"] == "refuted"
    same = judge(vale, "The Monday attack on the Vale depot was carried out with drones.")
    assert not any(r["type"] == "weapon_mismatch" for items in same["evidence"].values() for item in items
                   for r in item["reasons"])


def test_arms_of_both_kinds_are_not_set_against_one() -> None:
    from service.dossier.stance.amounts import _weapons

    assert _weapons("The base was attacked with missiles and drones.", "Three rockets hit the base.", None) == []
    assert _weapons("The base was attacked with drones.", "Three rockets hit the base.", None)


undated = archive_fixture("undated", [
    {"external_id": "council", "outlet": "Town Crier", "title": "Budget vote",
     "text": "The town council on March 4 approved a $2 million budget for the harbour. "
             "There were no immediate reports about the extent of flooding in the lower town, and possible "
             "injuries. The stolen van later turned up in Garston, a district of Liverpool."},
])


def test_a_month_and_day_against_an_undated_articles_day(undated: EmbeddedStore) -> None:
    # no year on either side: the days are compared as written
    doc = judge(undated, "The town council approved a $2 million budget for the harbour on April 4.")
    stance, item = bucket_of(doc, "March 4")
    assert stance == "conflicting" and "date_mismatch" in types(item)
    right = judge(undated, "The town council approved a $2 million budget for the harbour on March 4.")
    assert "date_match" in types(bucket_of(right, "March 4")[1])


def test_a_noun_coordinated_after_a_comma_is_denied_too() -> None:
    from service.dossier.stance.negation import _negations
    from service.dossier.stance.terms import _scope_stems

    (cue, scope), = _negations("There were no reports of flooding in the lower town, and possible injuries.")
    assert {"flood", "~injured"} <= _scope_stems(scope)
    (_, clause), = _negations("The storm caused no flooding, and the council said so.")
    assert clause == "flooding"  # a clause after the comma is not denied


def test_a_district_in_apposition_is_placed_in_what_follows() -> None:
    from service.text.places import find_locations

    found = {(loc.place, loc.level) for loc in find_locations("The van turned up in Garston, a district of Liverpool.")}
    assert ("Garston", "district") in found and ("Garston", "city") not in found
    assert not any(place == "Liverpool" and level == "district" for place, level in found)


mondays = archive_fixture("mondays", [
    {"external_id": "wolves", "outlet": "North Post", "title": "Base attack claimed",
     "text": "The Red Wolves said they attacked the Harlow air base on Monday. The attack was confirmed by two "
             "police sources to AFP, who reported that two rockets hit the base."},
    {"external_id": "dated", "outlet": "South Wire", "title": "Rockets", "published_at": "2024-06-04",
     "text": "Police sources told AFP that four rockets hit the Harlow air base on Monday, June 3, 2024."},
])


def test_a_monday_picked_out_by_its_claimant(mondays: EmbeddedStore) -> None:
    # the dated Monday's report does not name the Red Wolves: it may be another Monday's attack
    doc = judge(mondays, "Police sources told AFP that four rockets hit the Harlow air base in the Monday attack "
                         "claimed by the Red Wolves.")
    stance, item = bucket_of(doc, "June 3")
    assert "event_undetermined" in types(item) and item["weight"] == 0.5
    assert doc["verdict"]["label"] == "refuted"
    # without the name, both Mondays are the claim's: the sources disagree
    plain = judge(mondays, "Police sources told AFP that four rockets hit the Harlow air base on Monday.")
    assert plain["verdict"]["label"] == "disputed"


def test_a_name_opening_a_sentence_before_a_place_noun_is_a_name() -> None:
    from service.text.extract import find_names
    from service.text.places import claim_locations

    assert [n.text for n in find_names("Kestrel air base is in Chile.")] == ["Kestrel", "Chile"]
    assert [n.text for n in find_names("Rockets hit the base.")] == []  # capitalised only as the opening word
    assert {loc.subject for loc in claim_locations("Kestrel air base is in Chile's northern Tarapaca region.")} == \
        {"Kestrel"}


def test_the_seeds_northern_base_placed_in_the_west(seeded: EmbeddedStore) -> None:
    doc = judge(seeded, "Harir air base is in Iraq's western Anbar province.")
    assert doc["verdict"]["label"] == "refuted"
    stance, item = bucket_of(doc, "Harir air base in northern Iraq")
    assert stance == "conflicting" and "entity_mismatch" in types(item)


lund = archive_fixture("lund", [
    {"external_id": "lund", "outlet": "Coast Wire", "title": "Harbour", "published_at": "2024-03-01",
     "text": "Anna Berg, the mayor of Lund, visited the harbour on Friday. She said repairs to the harbour wall "
             "would be finished by April."},
])


def test_a_speaker_named_by_role_alone_is_no_role_to_confirm(lund: EmbeddedStore) -> None:
    # "The mayor of Lund said …" picks out who said it; it does not claim someone holds the office
    doc = judge(lund, "The mayor of Lund said repairs to the harbour wall would be finished by April.")
    stance, item = bucket_of(doc, "She said repairs")
    assert stance == "corroborating" and "source_match" in types(item)
    assert doc["verdict"]["label"] == "supported"


def test_a_possessive_locates_only_a_place() -> None:
    from service.text.places import find_locations

    assert find_locations("Israel's strikes on Gaza ended.") == []
    assert find_locations("It came from Washington's unconditional support.") == []
    assert [(loc.place, loc.level) for loc in find_locations("It lies in Iraq's Anbar province.")] == \
        [("Iraq", "country"), ("Anbar", "province")]


kestrel_strike = archive_fixture("kestrel_strike", [
    {"external_id": "kd", "outlet": "South Wire", "title": "Depot strike", "published_at": "2024-05-04",
     "text": "Officials said US forces carried out a strike on the Kestrel depot on Friday, killing two guards."},
])


def test_a_countrys_strike_against_another_countrys(kestrel_strike: EmbeddedStore) -> None:
    from service.dossier.stance.terms import STRIKE, passive_agent

    assert passive_agent("An Israeli airstrike hit the depot.") == ("Israeli", STRIKE)
    assert passive_agent("A heavy airstrike hit the depot.") is None  # no country: no doer
    doc = judge(kestrel_strike, "An Israeli airstrike on the Kestrel depot on Friday killed two guards.")
    stance, item = bucket_of(doc, "US forces carried out")
    assert stance == "conflicting" and "actor_mismatch" in types(item)
    same = judge(kestrel_strike, "A US airstrike on the Kestrel depot on Friday killed two guards.")
    assert same["verdict"]["label"] == "supported"


def test_the_same_denial_under_another_speaker_is_misattributed(library: EmbeddedStore) -> None:
    # the claim paraphrases the mayor's denial at length; the passage restates little of it but
    # denies the same thing, credited to the mayor
    doc = judge(library, "Finance Minister Paul Dane told reporters that the town will not close the library this "
                         "year, whatever happens.")
    stance, item = bucket_of(doc, "Jane Holt")
    assert stance == "conflicting" and {"negation_match", "source_mismatch"} <= types(item)


def test_a_copular_claims_named_complement_must_be_named(vale: EmbeddedStore) -> None:
    from service.dossier.stance.terms import _complement

    assert _complement("was the Kestrel air base") == "kestrel"
    assert _complement("was the city's port") == "port"
    # the passage places the drone's base but never says which base it was
    doc = judge(vale, "The base the surveillance drone was launched from on Tuesday was the Harlow air base.")
    assert bucket_of(doc, "surveillance drone was launched")[0] != "corroborating"


floods = archive_fixture("floods", [
    {"external_id": "floods", "outlet": "River News", "title": "Floods", "published_at": "2024-10-02",
     "text": "At least 120 people have been killed in the floods, including 30 children and 41 women."},
])


def test_a_share_against_the_passages_own_counts(floods: EmbeddedStore) -> None:
    doc = judge(floods, "Children made up more than half of the at least 120 people killed in the floods.")
    stance, item = bucket_of(doc, "30 children")
    assert stance == "conflicting" and any(r["type"] == "quantity_mismatch" and "25%" in r["detail"]
                                           for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"
    right = judge(floods, "Children made up about a quarter of the at least 120 people killed in the floods.")
    assert right["verdict"]["label"] == "supported"


# Counter-examples from the review of this session's rules: each once misfired.

def test_an_excerpt_of_a_quote_that_denies_it_is_no_match() -> None:
    from service.dossier.stance.who import _excerpt

    assert _excerpt("we will close the library this year",
                    "it is simply untrue that we will close the library this year") is None
    assert _excerpt("we will keep the library open",
                    "we will keep the library open only until march, when it closes for good") is None


def test_a_countrys_hospitals_are_in_the_country() -> None:
    from service.text.places import find_locations

    assert [(loc.place, loc.level) for loc in find_locations("Power failed in Iraq's hospitals on Monday.")] == \
        [("Iraq", "country")]


def test_an_answering_no_and_a_clause_after_and_are_not_denied() -> None:
    from service.text.extract import find_negations

    assert [n.scope.text for n in find_negations("No, the mayor said, the library will close next year.")] == [""]
    assert [n.scope.text for n in find_negations("Acme did not report a loss, and shares rose.")] == ["report a loss"]
    long_word = "-".join(["abcdefghijk"] * 10)
    assert find_negations(f"It was not, {long_word}, seen.")[0].scope.text == "seen"


def test_no_word_on_a_toll_is_not_knowing_it(mondays: EmbeddedStore) -> None:
    from service.dossier.stance.negation import _unknown_stems
    from service.dossier.stance.terms import _scope_stems

    # "no word on casualties" says the toll is not known yet, not that no one died
    assert "casualti" in _unknown_stems("There was no word on casualties from the explosion.")
    assert "casualti" not in _scope_stems("word on casualties")
    assert _unknown_stems("The cause of the fire is unknown.") == frozenset()
    assert _unknown_stems("It is unclear whether the fire spread.") == {"spread"}


def test_a_victim_or_a_deadline_is_no_doer() -> None:
    from service.dossier.stance.negation import _effect
    from service.dossier.stance.terms import passive_agent
    from service.dossier.stance.who import _doers

    assert passive_agent("Power was restored by Sunday in most of Lund.") is None
    assert _doers("The US Embassy in Kabul was attacked on Monday.", "attack") == []
    assert _effect("The cause remains unknown.") is None


def test_arms_that_were_hit_are_not_the_arms_used() -> None:
    from service.dossier.stance.amounts import _arms

    assert _arms("A missile-defence battery at the base was destroyed.") == {}
    assert _arms("Two missiles hit the base.") == {"projectiles": "missiles"}


def test_a_share_of_two_groups_is_not_read_as_one(floods: EmbeddedStore) -> None:
    doc = judge(floods, "Women and children made up more than half of the at least 120 people killed in the floods.")
    assert doc["verdict"]["label"] != "refuted"


def test_the_day_of_something_else_in_the_passage_is_no_date_of_the_claim() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.dates import _month_days

    analysis = analyze_claim("The town council approved a $2 million budget on April 4.")
    assert _month_days(analysis, "The budget, first proposed on January 15, was approved by the council.", True) == []
    assert _month_days(analysis, "The council approved the budget on January 15.", True)[0].type == "date_mismatch"


archive_budget = archive_fixture("budget", [
    {"external_id": "budget", "outlet": "Valley Courier", "title": "Flood budget", "published_at": "2024-03-06",
     "text": "The City Council on March 4 approved a $3 million flood defence budget for the river district."},
])


def test_a_date_opening_the_claim_is_not_its_subject(archive_budget: EmbeddedStore) -> None:
    from service.dossier.stance.terms import _subject_names

    assert [n.text for n in _subject_names("On March 4 the Regional Assembly approved the budget.")] == \
        ["Regional Assembly"]
    doc = judge(archive_budget, "On March 4 the Regional Assembly approved a $3 million flood defence budget.")
    stance, item = bucket_of(doc, "City Council on March 4")
    assert stance == "conflicting" and "actor_mismatch" in types(item)


def test_a_title_in_apposition_after_the_name(library: EmbeddedStore) -> None:
    from service.text.roles import find_roles

    (role,) = find_roles("He met Paul Dane, Norland's health minister, on Tuesday.")
    assert (role.holder, role.title, role.organisation) == ("Paul Dane", "health minister", "Norland")
    doc = judge(library, "The town grant was presented on Tuesday by Paul Dane, Norland's health minister.")
    stance, item = bucket_of(doc, "Finance Minister Paul Dane")
    assert stance == "conflicting" and "role_mismatch" in types(item)


def test_took_responsibility_is_claimed_responsibility() -> None:
    from service.text.synonyms import unphrase

    assert unphrase("The group took responsibility for the attack.") == \
        "The group claimed responsibility for the attack."
