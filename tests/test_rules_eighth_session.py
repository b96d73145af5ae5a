"""Rules of 2026-12-05, eighth session (docs/verdicts.md section 0): sites in apposition and in
pairs, the other fate of the same people under another noun, a claim's incident named by "the
incident", the light verb "received a briefing", misattribution read with the sentence before,
what a negated "give X a Y" governs, and clauses set off by commas. Made-up articles of other
subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.dossier.analysis import analyze_claim
from service.dossier.stance.terms import _scope_stems, claim_terms
from service.text.clauses import identifying_clauses, relative_clauses
from service.text.events import sites_of
from service.text.synonyms import unphrase
from tests.support.judging import bucket_of, judge, judged, payloads, stored


@pytest.mark.parametrize(("text", "sites"), [
    # a name right after the site noun is in apposition
    ("The German military base Falkenhorst was attacked again on Friday night.", ("Falkenhorst",)),
    # both names of a plural noun's pair
    ("Rebels announced an attack on the Norrvik and Sandhamn bases.", ("Norrvik", "Sandhamn")),
    # a country before "and" names no site; a plural noun with no name names none
    ("Rebels announced attacks on Latvia and Sandhamn bases.", ("Sandhamn",)),
    ("Bases in Latvia and Estonia were attacked.", ()),
    # a weekday after the noun is no site
    ("Drones hit the base Tuesday night.", ()),
])
def test_sites_in_apposition_and_in_pairs(text: str, sites: tuple[str, ...]) -> None:
    assert sites_of(text) == sites


_BASES = payloads([
    ("bases", "Baltic Wire", "2025-03-12",
     "Drones attacked two bases overnight. The Danish military base Falkenhorst was once again attacked on "
     "Tuesday night, according to informed sources. Earlier on Monday, a Danish base in the Norrvik area "
     "was attacked by an armed drone. Earlier, local sources had announced the drone attack on the Danish "
     "Sandhamn and Lovo bases. Until last year, bases housing Danish forces were subjected to many drone "
     "attacks."),
])


def test_a_site_the_claim_names_must_be_the_passages(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BASES, "The armed-drone attack on the Danish base in Norrvik happened on Tuesday night.")
    # the Tuesday attack was on Falkenhorst; the Norrvik one on Monday
    assert bucket_of(doc, "Norrvik area")[0] == "conflicting"
    assert bucket_of(doc, "once again attacked")[0] != "corroborating"
    # attacks on other named bases, or on bases in general, confirm nothing of Norrvik's
    for words in ("Sandhamn and Lovo", "subjected to many"):
        assert bucket_of(doc, words)[0] != "corroborating"
    assert doc["verdict"]["label"] == "refuted"


def test_the_other_fate_of_the_same_people_under_another_noun(tmp_path: Path) -> None:
    arts = payloads([("port", "Harbour Post", None,
                      "The Tide Front claimed responsibility for the Friday rocket attack on the Varna port, which "
                      "injured at least six Danish military personnel. Officials said the port reopened later.")])
    doc = judged(tmp_path, arts, "At least six Danish troops were killed in the Friday rocket attack on the "
                                 "Varna port claimed by the Tide Front.")
    stance, item = bucket_of(doc, "injured at least six")
    assert stance == "conflicting" and "fate_mismatch" in [r["type"] for r in item["reasons"]]
    # the same people: nouns of different groups are not compared ("civilians" / "troops")
    arts = payloads([("port", "Harbour Post", None,
                      "The Friday rocket attack on the Varna port injured at least six civilians.")])
    doc = judged(tmp_path / "b", arts, "At least six Danish troops were killed in the Friday rocket attack on "
                                       "the Varna port.")
    assert all(r["type"] != "fate_mismatch" for items in doc["evidence"].values() for i in items
               for r in i["reasons"])


def test_came_under_fire_is_attacked() -> None:
    assert unphrase("The depot had again come under rocket fire.") == "The depot had again attacked by rocket."
    assert unphrase("The convoy came under heavy fire near Lodz.") == "The convoy attacked near Lodz."
    # criticism is no fire
    assert unphrase("The minister came under criticism.") == "The minister came under criticism."


def test_a_veto_is_the_opposite_of_backing(tmp_path: Path) -> None:
    arts = payloads([("un", "Capital Daily", None,
                      "Norway has also vetoed General Council resolutions that called on the coalition to cease "
                      "its blockade.")])
    doc = judged(tmp_path, arts, "Norway has backed General Council resolutions that urged the coalition to halt "
                                 "its blockade.")
    assert bucket_of(doc, "vetoed")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


_TOLD = payloads([
    ("wire", "Coast Wire", None,
     "A port source told the Harbour Gazette on Saturday that the Varna docks have been hit by rocket attacks "
     "again. The Tide Front announced in a statement that its fighters targeted the Varna docks with a drone."),
])


def test_the_sentence_before_credits_the_claims_source(tmp_path: Path) -> None:
    doc = judged(tmp_path, _TOLD, "On Saturday, the Harbour Gazette was told by a port source that the Varna "
                                  "docks had again come under rocket fire.")
    assert bucket_of(doc, "told the Harbour Gazette")[0] == "corroborating"
    # the group's own sentence restates the claim only with the one before it: no misattribution
    stance, item = bucket_of(doc, "announced in a statement")
    assert stance != "conflicting"
    assert "source_mismatch" not in [r["type"] for r in item["reasons"]]
    assert doc["verdict"]["label"] == "supported"


@pytest.mark.parametrize(("scope", "stems"), [
    # what is given, not to whom
    ("seen Tehran give the groups a direct order", {"order"}),
    ("give them any money", {"money"}),
    # without an object after the receiver, the receiver stays
    ("given the groups", {"group"}),
])
def test_a_negated_giving_governs_what_is_given(scope: str, stems: set[str]) -> None:
    assert _scope_stems(scope) == stems


def test_a_claim_that_denies_the_order_agrees_with_a_passage_denying_it(tmp_path: Path) -> None:
    arts = payloads([("min", "Capital Daily", None,
                      "Pressed on the issue, ministry spokesman Colonel Anna Berg said: \"We haven't seen a "
                      "direct order from Oslo to the militias.\"")])
    doc = judged(tmp_path, arts, "Ministry spokesman Colonel Anna Berg said the ministry had not seen Oslo give "
                                 "the militias a direct order.")
    stance, item = bucket_of(doc, "direct order")
    assert stance != "conflicting"
    assert "negation_match" in [r["type"] for r in item["reasons"]]


_BRIEFED = payloads([
    ("raid", "Nordwire", None,
     "The Tide Front claimed responsibility for the Friday rocket attack on the Varna port, which injured at "
     "least six guards. The attack was carried out from a truck which was later located in the Lodz district. "
     "Prime Minister Eva Lind has been briefed on the incident, according to her office."),
])


def test_the_incident_names_the_claims_incident(tmp_path: Path) -> None:
    with stored(tmp_path, _BRIEFED) as store:
        doc = judge(store, "According to her office, Eva Lind received a briefing on the Friday rocket attack "
                           "that injured at least six guards at the Varna port.")
        assert bucket_of(doc, "briefed on the incident")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"
        assert bucket_of(doc, "located in the Lodz")[0] != "corroborating"
    # a briefing on something else is not one on the incident
    arts = payloads([("raid", "Nordwire", None, _BRIEFED[0]["text"].replace("on the incident", "on the budget"))])
    doc = judged(tmp_path / "b", arts, "According to her office, Eva Lind received a briefing on the Friday rocket "
                                       "attack that injured at least six guards at the Varna port.")
    assert bucket_of(doc, "briefed on the budget")[0] != "corroborating"
    assert doc["verdict"]["label"] != "supported"


def test_received_a_briefing_is_no_predicate_of_its_own() -> None:
    terms = claim_terms(analyze_claim("Eva Lind received a briefing on the flood."))
    assert "receiv" not in terms.predicate_weights and "brief" in terms.predicate_weights
    # a thing received is what the claim says
    terms = claim_terms(analyze_claim("The clinic received a shipment of vaccines."))
    assert "receiv" in terms.predicate_weights


@pytest.mark.parametrize(("text", "clauses"), [
    # the participle after "was later" is the main verb
    ("The truck used in the Friday attack was later found in the Lodz district.", []),
    # a participle with its agent, set off by commas
    ("The truck used in the Friday attack, claimed by a group calling itself The Tide, was later found in Lodz.",
     ["claimed by a group calling itself The Tide"]),
    # a clause with "which" set off by commas before the main verb
    ("The truck used in Friday's attack on the port, which injured six guards, was later found in Lodz.",
     ["which injured six guards"]),
    # …but not one at the end, which may be what the sentence asserts
    ("Two drones hit the port, which caused no damage.", []),
])
def test_clauses_set_off_by_commas(text: str, clauses: list[str]) -> None:
    assert [text[a:b] for a, b in identifying_clauses(text)] == clauses


def test_a_parenthetical_relative_is_a_relative_clause() -> None:
    text = "The mayor, who was elected in 2019, has resigned."
    assert [text[a:b] for a, b in relative_clauses(text)] == ["who was elected in 2019"]


def test_where_the_claims_thing_was_found_in_its_own_event(tmp_path: Path) -> None:
    with stored(tmp_path, _BRIEFED) as store:
        claim = ("The truck used in the Friday rocket attack on the Varna port, claimed by a group calling "
                 "itself the Tide Front, was later found in the {} district.")
        doc = judge(store, claim.format("Lodz"))
        assert bucket_of(doc, "located in the Lodz")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"
        doc = judge(store, claim.format("Gdansk"))
        assert bucket_of(doc, "located in the Lodz")[0] == "conflicting"


def test_a_statement_dated_otherwise_is_misdated(tmp_path: Path) -> None:
    arts = payloads([("min", "Capital Daily", None,
                      "Upon the rise of attacks on ports, the Ministry of Defence reported on Monday, March 10, "
                      "2025, that there is no direct order from Oslo to attack the ports.")])
    doc = judged(tmp_path, arts, "The Ministry of Defence's finding that Oslo had not directly ordered the attacks "
                                 "on the ports was issued on Saturday, March 8, 2025.")
    stance, item = bucket_of(doc, "no direct order")
    assert stance == "conflicting" and "date_mismatch" in [r["type"] for r in item["reasons"]]


def test_halt_is_cease_and_a_veto_still_opposes_backing(tmp_path: Path) -> None:
    arts = payloads([("un", "Capital Daily", None,
                      "Norway has also vetoed General Council resolutions that called on the coalition to cease "
                      "its blockade.")])
    doc = judged(tmp_path, arts, "Norway has used its veto to block General Council resolutions urging the "
                                 "coalition to halt its blockade.")
    assert bucket_of(doc, "vetoed")[0] == "corroborating"


def test_the_claims_country_named_by_its_people(tmp_path: Path) -> None:
    arts = payloads([("threat", "Capital Daily", None,
                      "Latvian armed groups allied with Moscow had threatened to target Danish interests with "
                      "drones if Copenhagen intervened to support Norway in its dispute with Sweden.")])
    doc = judged(tmp_path, arts, "Moscow-allied armed groups in Latvia had warned they would hit Danish interests "
                                 "with drones should Copenhagen step in on Norway's side.")
    assert bucket_of(doc, "threatened to target")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


def test_an_opening_participle_is_no_speaker() -> None:
    from service.text.sources import find_attributions

    found = find_attributions("Speaking for the ministry, Colonel Anna Berg said the port would reopen.")
    assert [a.source for a in found] == ["Colonel Anna Berg"]
    # an appositive still names its source
    found = find_attributions("Harbour Radio, a local news channel, reported the fire.")
    assert [a.source for a in found] == ["Harbour Radio"]


def test_where_a_thing_came_from_is_not_where_it_happened() -> None:
    event = analyze_claim("The rebels had seen no direct instruction from Riga province to attack the depot.").event
    assert event.region is None
    event = analyze_claim("The rebels attacked the depot in Riga province.").event
    assert event.region == ("province", "Riga")


def test_the_other_part_of_the_same_place(tmp_path: Path) -> None:
    arts = payloads([("evac", "Coast Wire", None,
                      "A few days earlier, a correspondent in Norway reported that the army has ordered the "
                      "evacuation of a military base in the northern Nordland county in Norway.")])
    doc = judged(tmp_path, arts, "The base the army reportedly ordered evacuated lies in the southern part of "
                                 "Norway's Nordland county.")
    stance, item = bucket_of(doc, "northern Nordland")
    assert stance == "conflicting" and "entity_mismatch" in [r["type"] for r in item["reasons"]]
    doc = judged(tmp_path / "b", arts, "The base the army reportedly ordered evacuated lies in the northern part "
                                       "of Norway's Nordland county.")
    assert bucket_of(doc, "northern Nordland")[0] == "corroborating"


def test_people_who_account_for_a_figure(tmp_path: Path) -> None:
    arts = payloads([("toll", "Coast Wire", None,
                      "At least 2,310 people have been killed, including 650 children and 415 women.")])
    doc = judged(tmp_path, arts, "Children accounted for 415 of the at least 2,310 people killed.")
    assert bucket_of(doc, "650 children")[0] == "conflicting"
    doc = judged(tmp_path / "b", arts, "Children accounted for 650 of the at least 2,310 people killed.")
    assert bucket_of(doc, "650 children")[0] == "corroborating"


# The reviewer's made-up articles of the first review of these rules (2026-12-05), whole: each case was a
# misfire of a first form of a rule above, now a test.
_RV18_H2 = payloads([
    ('h1', 'Coast Wire', '2025-03-12',
     'A fire broke out at the Ostra hospital in Varberg on Monday night. Forty patients were '
     'evacuated to a nearby school, hospital Director Jane Moss said. Nobody was injured.'),
    ('h4', 'Lakeside Herald', '2025-05-20',
     'Flood water poured into the Brenner chemical plant near Passau on Sunday. Plant Manager Otto '
     'Kern said 200 barrels of solvent were moved to higher ground. Production at the plant Kern runs '
     'will resume next week.'),
])
_RV18_S3 = payloads([
    ('m1', 'Mining Weekly', '2025-07-09',
     'Rescue crews were called to the Koodaideri iron ore mine in Western Australia on Monday. A '
     'tunnel collapse at the mine Rio Tinto opened in 2021 injured four workers, the company said. '
     'All four were flown to Perth.'),
    ('m2', 'Prison News', '2025-07-09',
     'Police were searching the area around the Hartwell prison near Leeds on Monday. Three inmates '
     'escaped from the prison on Sunday night, prison Governor Tom Reid said. Two of them were '
     'recaptured on Monday.'),
])
_RV18_E1 = payloads([
    ('e1', 'Asia Wire', '2025-09-13',
     'Hundreds of protesters threw stones at the Chinese embassy in Manila on Friday, breaking '
     'several windows. Police arrested 14 people.'),
    ('e2', 'Manila Times', '2025-09-13',
     'Fire broke out at the Japanese school in Manila on Friday. No pupils were hurt.'),
])
_RV18_P1 = payloads([
    ('p1', 'Coast Wire', '2025-03-12',
     'A fire broke out in the laundry of Ostra General Hospital in Varberg late on Monday. Forty '
     'patients were evacuated to a nearby sports hall. Nobody was hurt.'),
    ('p2', 'Rail Post', '2025-03-12',
     'Floodwater closed Central Station in Malmo on Monday morning. Some 200 passengers were stranded '
     'for three hours.'),
    ('p3', 'Industry Daily', '2025-03-12',
     'An explosion ripped through a Holmen paper plant on Monday. Eight workers were injured, two of '
     'them seriously.'),
])
_RV18_V1 = payloads([
    ('v1', 'State House News', '2025-04-04',
     'Governor Alan Price vetoed the flood relief bill on Thursday. Lawmakers said they would come '
     'back next week to try to override the veto. The Farmers Union backed the bill, which would have '
     'paid $40 million to flooded farms.'),
    ('v2', 'Capitol Report', '2025-04-04',
     "The Senate approved the teachers' pay bill by 31 votes to 8 on Wednesday. Governor Alan Price "
     "vetoed the flood relief bill a day later. Teachers' unions have supported the pay bill since "
     'January.'),
    ('v3', 'Valley Times', '2025-04-05',
     "Business groups backed Governor Alan Price's veto of the flood relief bill. The governor said "
     'the bill was unaffordable.'),
])
_RV18_Q1 = payloads([
    ('q1', 'Rail Today', '2025-05-05',
     'Three soldiers travelling home on leave were killed when a freight train hit a passenger train '
     'near Lund on Sunday. The crash also injured three railway personnel working on the line, the '
     'operator said.'),
    ('q2', 'South Post', '2025-05-05',
     'The train crash near Lund on Sunday injured three railway personnel, according to the operator '
     'Skanetrafik.'),
])
_RV18_W4 = payloads([
    ('w7', 'Health Wire', '2025-05-08',
     'Tom Bell, a nurse at the Ostra hospital, said on Thursday that staff shortages had forced the '
     'closure of two wards.'),
    ('w8', 'Health Post', '2025-05-08',
     'Colonel Anna Berg said on Thursday that the army would send 50 medics to the Ostra hospital.'),
])
_RV18_G2 = payloads([
    ('g3', 'Labour Wire', '2025-05-08',
     'The rail union said on Wednesday that the transport ministry has not given the union a deadline '
     'for a new pay offer.'),
    ('g4', 'Sports Wire', '2025-05-08',
     'Rovers manager Tom Hale complained that the referee did not give his side a penalty in the 89th '
     'minute on Saturday.'),
])
_RV18_K1 = payloads([
    ('k1', 'Election Desk', '2025-05-06',
     'Rival supporters clashed outside the party headquarters in Leeds on Monday night, and six '
     'people were injured. The Hale and Morgan camps blamed each other for the violence at the '
     'headquarters in Leeds.'),
])


@pytest.mark.parametrize(("articles", "claim", "words", "bucket", "label"), [
    # a title after a site noun is no site's name ("hospital Director Jane Moss", "prison Governor Tom Reid")
    (_RV18_H2, "Forty patients were evacuated after a fire at the Ostra hospital on Monday.", "Forty patients",
     "corroborating", "supported"),
    (_RV18_S3, "Three inmates escaped from the Hartwell prison on Sunday night.", "Three inmates escaped",
     "corroborating", "supported"),
    # a name with a verb of its own is a clause's subject ("the mine Rio Tinto opened in 2021")
    (_RV18_S3, "A tunnel collapse at the Koodaideri mine injured four workers on Monday.", "tunnel collapse",
     "corroborating", None),
    # an embassy's or a school's nationality tells it from another in the same city
    (_RV18_E1, "Protesters threw stones at the Japanese embassy in Manila on Friday.", "threw stones",
     "other_events", "unverified"),
    (_RV18_E1, "Fire broke out at the Chinese school in Manila on Friday.", "Fire broke out", "other_events",
     "unverified"),
    # a site named with a capitalised noun ("Ostra General Hospital") is the claim's "Ostra hospital"
    (_RV18_P1, "Forty patients were evacuated after a fire at the Ostra hospital on Monday.", "Forty patients",
     "corroborating", "supported"),
    # another's act is no opposite of the claim's subject's ("The governor vetoed" / "The union backed")
    (_RV18_V1, "The Farmers Union backed the flood relief bill.", "Farmers Union backed", "corroborating",
     "supported"),
    # "railway personnel" are not the claim's soldiers
    (_RV18_Q1, "Three soldiers were killed in the train crash near Lund on Sunday.", "Three soldiers",
     "corroborating", "supported"),
    # a name inside another is not it ("Tom Bell" / "Tom Bellamy")
    (_RV18_W4, "Health Ministry spokesman Tom Bellamy said staff shortages had forced the closure of two wards "
               "at the Ostra hospital.", "Tom Bell", "conflicting", "refuted"),
    # what is given is denied whoever it is given to ("his side", "the Rovers team")
    (_RV18_G2, "The referee did not give the Rovers team a penalty in the 89th minute on Saturday.",
     "did not give his side", "corroborating", "supported"),
    # "the Hale and Morgan camps" are no sites
    (_RV18_K1, "The Hale and Morgan camps blamed each other for the clashes at the headquarters in Leeds on "
               "Monday.", "blamed each other", "corroborating", None),
])
def test_review_eighteen(tmp_path: Path, articles: list[dict[str, str]], claim: str, words: str, bucket: str,
                         label: str | None) -> None:
    doc = judged(tmp_path, articles, claim)
    assert bucket_of(doc, words)[0] == bucket
    if label is not None:
        assert doc["verdict"]["label"] == label


# The made-up articles of the second review (2026-12-05), whole: each case was a misfire of a first form
# of a rule of this session, now a test.
_RV19_S1 = payloads([
    ('v1', 'Capitol Ledger', '2025-04-11',
     'Governor Maria Lenz on Thursday vetoed the minimum wage bill passed by the state Senate last '
     'month, her office said. Senate leaders said they would try to override the veto next week. The '
     'bill would have raised the hourly wage to 15 dollars.'),
    ('v2', 'Market Wire', '2025-04-10',
     'The competition regulator on Wednesday vetoed the merger of Norrland Rail and Baltic Freight, a '
     'deal supported by shareholders of both firms. Shareholders of both companies had voted in '
     'favour of the merger in February. The regulator said the merger would raise freight prices.'),
    ('v3', 'City Beat', '2025-04-09',
     'The city council approved the new stadium plan on Tuesday by nine votes to four. Mayor Tom Riva '
     'vetoed the stadium plan on Friday, saying it was too costly for taxpayers. Council members have '
     '30 days to respond.'),
])
_RV19_S1B = payloads([
    ('v2', 'Market Wire', '2025-04-10',
     'The competition regulator on Wednesday vetoed the merger of Norrland Rail and Baltic Freight '
     'despite strong backing from shareholders. The regulator said the merger would raise freight '
     'prices.'),
    ('v4', 'Delta Courier', '2025-04-12',
     "The union's members backed the new pay deal in a ballot on Saturday, ending a six-week strike "
     "at the Delta port. The port operator's board had earlier vetoed a pay offer drafted by union "
     'negotiators.'),
])
_RV19_S12 = payloads([
    ('b1', 'Nordic Wire', '2025-01-20',
     "An avalanche buried four skiers on Sweden's side of the border near Riksgransen on Sunday. "
     'Rescuers pulled all four out alive.'),
    ('b2', 'Border Times', '2025-01-21',
     "Wildfires burned 3,000 hectares on Canada's side of the border on Monday, forcing 500 people to "
     'leave their homes.'),
])
_RV19_S14B = payloads([
    ('h2', 'Labour Times', '2025-04-18',
     'Manning, the union spokeswoman, said members would strike at Ostra General Hospital on Friday. '
     'The hospital said it had contingency plans.'),
    ('h3', 'Auto Wire', '2025-04-18',
     'Boeing, the US planemaker, said the Machinists union had rejected its pay offer on Thursday. '
     'The union has been on strike for five weeks.'),
])
_RV19_S4B = payloads([
    ('sp1', 'Aero Business', '2025-07-01',
     'Boeing, the US planemaker, said on Tuesday it would cut 10 percent of its workforce at the '
     'Everett plant. The cuts will affect about 3,000 workers.'),
    ('sp2', 'Labour Times', '2025-07-02',
     "Manning, a spokeswoman for the nurses' union, said the strike at Ostra General Hospital would "
     'continue until Friday. Hospital managers said 40 operations had been postponed.'),
    ('sp5', 'Money Desk', '2025-07-02',
     'Sterling Bank, the lender, said its annual profit rose 12 percent to 800 million pounds. '
     'Analysts had expected a smaller rise.'),
])
_RV19_S9 = payloads([
    ('f1', 'Auto Wire', '2025-03-11',
     "A fire at Volkswagen's Zwickau plant injured four workers on Monday, the company said. "
     'Production was halted for the day.'),
    ('f2', 'Dunmore Gazette', '2025-03-12',
     'Three workers were injured when a warehouse caught fire on Tuesday, the fire service said. The '
     'cause is being investigated.'),
    ('f3', 'Scot News', '2025-03-13',
     'Aberdeen Royal Infirmary was evacuated on Wednesday after a gas leak, NHS Grampian said. About '
     '200 patients were moved.'),
    ('f4', 'Mining Journal', '2025-03-14',
     "An explosion at Glencore's Kidd Creek mine near Timmins killed two miners on Thursday. The mine "
     'was closed pending an inspection.'),
])
_RV19_S9C = payloads([
    ('f5', 'Rock Weekly', '2025-03-15',
     'A Led Zeppelin tribute concert at Wembley Stadium was cancelled on Saturday after a power cut, '
     'leaving Robert Plant fans angry. About 60,000 fans were sent home.'),
    ('f6', 'Sport North', '2025-03-16',
     'A fire in the main stand at Ewood Park forced the evacuation of 12,000 fans on Sunday. '
     'Blackburn manager Sally Field said no one was hurt.'),
])
_RV19_S13 = payloads([
    ('g1', 'Teesside Echo', '2025-04-08',
     'Five workers were injured when fire broke out at the steelworks on Monday, Cleveland Fire '
     'Brigade said. Crews were at the scene for six hours.'),
    ('g2', 'Valley Post', '2025-04-09',
     'Patients had to be moved after a power cut hit the building on Tuesday. Ostra General Hospital '
     'said backup generators failed.'),
    ('g3', 'Coast Wire', '2025-04-10',
     'Two fishing boats sank in the harbour during a storm on Wednesday. The coast guard rescued six '
     'crew members.'),
])
_RV19_S2 = payloads([
    ('w1', 'Valley Post', '2025-05-03',
     'The Kellbrook council said on Friday it did not warn residents before the reservoir gates were '
     'opened during the flood. Mayor Ann Dale said the water authority had threatened to sue the '
     'council over the flood defences in March.'),
    ('w2', 'Labour Times', '2025-05-02',
     'Ferrovia Steel did not warn employees before it announced 300 job cuts at its Lindau plant on '
     'Thursday, the IG Metall union said. The union said it would consider strike action.'),
    ('w3', 'Finance Daily', '2025-05-06',
     'Brightwave Energy ceased trading on Monday after it entered administration, leaving 40,000 '
     "customers to be moved to a new supplier. The regulator Ofgem said customers' credit balances "
     'would be protected.'),
    ('w4', 'Sport North', '2025-05-04',
     'Rovers beat City 2-1 on Saturday. Liam Hart scored the winner in additional time at the end of '
     'the first half, and the referee added seven minutes at the end of the match.'),
])
_RV19_S11 = payloads([
    ('t1', 'Aussie Daily', '2025-02-03',
     'Rising rivers threatened 2,000 homes in Queensland on Monday as heavy rain continued. Emergency '
     'crews were put on standby.'),
    ('t2', 'Labour Times', '2025-02-04',
     "The nurses' union has not threatened to strike over the pay offer, union leader Kim Ross said "
     'on Tuesday. Talks will resume next week.'),
    ('t3', 'Court News', '2025-02-05',
     'Delta Airlines said on Wednesday it had ordered 40 new jets from Airbus. The airline also '
     'instructed its pilots to prepare for new safety checks.'),
    ('t4', 'Health Watch', '2025-02-06',
     'Hospitals in Ontario ceased non-urgent surgery on Thursday because of a flu outbreak. The '
     'province said the measure would protect patients.'),
])
_RV19_S3 = payloads([
    ('u1', 'Civic Report', '2025-06-04',
     "Health Minister Petra Holm came under fire from nurses' unions on Tuesday over her plan to "
     'close three rural maternity wards. The unions said the plan would endanger mothers.'),
    ('u2', 'Relief Daily', '2025-06-05',
     'An aid convoy came under attack near the village of Dorra on Wednesday, the Red Cross said. Two '
     'drivers were wounded.'),
    ('u3', 'Labour Times', '2025-06-06',
     "Labour mediator Karin Moe called Thursday's agreement an important step in ending the "
     'eight-week bus strike in Bergen. The government has so far refused to intervene in the dispute.'),
    ('u4', 'Court News', '2025-06-07',
     "Judge Lena Brandt instructed the jury on Friday to disregard the defendant's remarks about the "
     'mayor. The defence asked for a retrial in order to protect the fairness of the proceedings.'),
])


_REVIEW19_VERDICTS = [
    # another's veto is no opposite of the claim's subject's backing (whoever else the sentence names)
    (_RV19_S1, "The state Senate backed the minimum wage bill", "supported"),
    (_RV19_S1B, "Shareholders supported the merger of Norrland Rail and Baltic Freight", "unverified"),
    (_RV19_S1B, "Union negotiators supported a pay offer at the Delta port", "supported"),
    # "on Sweden's side of the border" places it in Sweden
    (_RV19_S12, "An avalanche buried four skiers in Norway on Sunday", "unverified"),
    (_RV19_S12, "Wildfires burned 3,000 hectares in the United States on Monday", "unverified"),
    # a name ending in -ing is no participle ("Manning, the union spokeswoman, said")
    (_RV19_S14B, "Anna Manning said members would strike at Ostra General Hospital on Friday", "supported"),
    (_RV19_S4B, "The Machinists union said Boeing would cut 10 percent of its workforce at the Everett plant",
     "unverified"),
    # a name with a verb of its own after a site noun is no site ("the plant Volkswagen runs")
    (_RV19_S9, "A fire at the plant Volkswagen runs in Zwickau injured four workers on Monday", "supported"),
    (_RV19_S9, "An explosion at the mine Glencore operates near Timmins killed two miners on Thursday", "supported"),
    # "the building", "the harbour": one site the article knows, which may be the claim's
    (_RV19_S13, "A power cut hit Ostra General Hospital on Tuesday", "supported"),
    (_RV19_S13, "Two fishing boats sank at Port Alder during a storm on Wednesday", "supported"),
    # not warning is no denial of a threat; instructing a jury is no order of a retrial
    (_RV19_S2, "Ferrovia Steel threatened employees with dismissal if they joined the strike", "unverified"),
    (_RV19_S3, "Judge Lena Brandt ordered a retrial", "unverified"),
]


def test_review_nineteen_speakers_and_sites() -> None:
    from service.text.sources import find_attributions

    assert [a.source for a in find_attributions("Boeing, the US planemaker, said it would cut jobs.")] == ["Boeing"]
    found = find_attributions("Sterling Bank, the lender, said its profit rose.")
    assert [a.source for a in found] == ["Sterling Bank"]
    assert sites_of("Blackburn manager Sally Field said no one was hurt.") == ()
    assert sites_of("A fire at the plant Volkswagen runs in Zwickau injured four workers.") == ()
    assert sites_of("the school Emma attends") == ()


def test_a_relative_clause_with_its_own_subject_and_auxiliary() -> None:
    text = "Ain al-Asad, the base that rebel groups have repeatedly targeted, lies in the Anbar province."
    assert [text[a:b] for a, b in identifying_clauses(text)] == ["that rebel groups have repeatedly targeted"]
    text = "The bill that the House has passed was signed."
    assert [text[a:b] for a, b in identifying_clauses(text)] == ["that the House has passed"]


def test_a_province_name_of_two_countries_has_none() -> None:
    from service.text.places import gazetteer_entry

    assert gazetteer_entry("Punjab") == ("province", None)
    assert gazetteer_entry("Anbar") == ("province", "IQ")


def test_a_name_that_qualifies_an_event_is_no_place() -> None:
    from service.text.places import find_locations

    assert find_locations("He backed Norway in the Chad war.") == []
    assert [loc.place for loc in find_locations("He was born in Chad.")] == ["Chad"]


def test_the_same_loose_word_and_another(tmp_path: Path) -> None:
    arts = payloads([("ferry", "Coast Wire", None,
                      "Last week, coast guard crews confronted multiple smuggling boats off Varna, some carrying "
                      "weapons. Harbour police said that several officers were wounded in the raid.")])
    doc = judged(tmp_path, arts, "Last week, coast guard crews off Varna faced several smuggling boats, some of "
                                 "them carrying weapons.")
    assert bucket_of(doc, "multiple smuggling boats")[0] == "corroborating"
    doc = judged(tmp_path / "b", arts, "Harbour police said that dozens of officers were wounded in the raid.")
    assert bucket_of(doc, "several officers")[0] == "conflicting"
    # "several" is never one
    doc = judged(tmp_path / "c", arts, "Last week, coast guard crews confronted a single boat off Varna.")
    assert bucket_of(doc, "multiple smuggling boats")[0] == "conflicting"


def test_a_quote_inside_a_quote() -> None:
    from service.text.quotes import find_quotes

    assert "Go home and stay there." in find_quotes(
        'The mayor added: "We never told them, for example: \'Go home and stay there.\'"')


def test_days_between_two_events(tmp_path: Path) -> None:
    arts = payloads([("port", "Coast Wire", None,
                      "This raid comes a day after police confirmed that four smuggling boats were seized on Monday, "
                      "March 10, 2025, at the Varna port.")])
    doc = judged(tmp_path, arts, "The raid on the Varna port came two days after four smuggling boats were seized "
                                 "there.")
    stance, item = bucket_of(doc, "a day after")
    assert stance == "conflicting" and "date_mismatch" in [r["type"] for r in item["reasons"]]
    doc = judged(tmp_path / "b", arts, "The raid on the Varna port came a day after four smuggling boats were "
                                       "seized there.")
    assert bucket_of(doc, "a day after")[0] != "conflicting"


def test_a_group_that_claimed_the_attacks_against_no_party_claiming(tmp_path: Path) -> None:
    arts = payloads([("raids", "Coast Wire", None,
                      "Until last year, ports in the region were subjected to many arson attacks, and since the "
                      "summer of 2022 these attacks have stopped. No party claimed responsibility for these attacks "
                      "at the time, but the police blamed them on smuggling gangs.")])
    doc = judged(tmp_path, arts, "Smuggling gangs openly claimed the arson attacks on ports in the region that "
                                 "preceded the summer of 2022.")
    assert bucket_of(doc, "No party claimed")[0] == "conflicting"
    assert bucket_of(doc, "subjected to many")[0] != "corroborating"
    assert doc["verdict"]["label"] == "refuted"


def test_the_same_people_hurt_another_degree_in_the_same_event(tmp_path: Path) -> None:
    arts = payloads([("port", "Coast Wire", "2025-03-12",
                      "NORDWIRE: Members of the port security forces \"were seriously injured in the raid on the "
                      "docks\" and two sailors were slightly injured.")])
    doc = judged(tmp_path, arts, "Nordwire reported that the port security staff hurt in the March 2025 raid had "
                                 "suffered only minor injuries.")
    assert bucket_of(doc, "seriously injured")[0] == "conflicting"


_STORMS = payloads([
    ("storm-a", "Coast Wire", "2025-01-20",
     "The storm that hit Varna on Saturday is described as the strongest since the records began. The harbour "
     "office said that the storm sank at least ten fishing boats, based on early counts. Other estimates have "
     "ranged from 17 to 40 boats sunk."),
    ("storm-b", "Harbour Post", "2024-10-31",
     "A storm hit Varna on Monday, October 28, 2024, and sank four boats, the harbour office said."),
])


def test_a_superlative_picks_out_the_claims_incident(tmp_path: Path) -> None:
    with stored(tmp_path, _STORMS) as store:
        doc = judge(store, "Estimates for the Varna storm billed as the strongest since the records began ran from "
                           "17 to 40 boats sunk.")
        # the October storm's four boats are another storm's
        assert bucket_of(doc, "sank four boats")[0] != "conflicting"
        assert bucket_of(doc, "Other estimates")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"
        # a range is its two ends: "17 to 60" is not "17 to 40", and "at least ten" states neither
        doc = judge(store, "Other estimates of the strongest storm in Varna since the records began ranged from 17 "
                           "to 60 boats sunk.")
        assert bucket_of(doc, "Other estimates")[0] == "conflicting"
        assert bucket_of(doc, "at least ten")[0] != "corroborating"


def test_a_figure_at_minimum_is_a_lower_bound() -> None:
    from service.text.extract import find_quantities

    found = find_quantities("The office put it at ten heavy trucks at minimum.")
    assert (found[0].low, found[0].high) == (10.0, None)
    found = find_quantities("The office counted ten heavy trucks.")
    assert (found[0].low, found[0].high) == (10.0, 10.0)


def test_a_described_source_names_the_claims_subject(tmp_path: Path) -> None:
    arts = payloads([("tv", "Coast Wire", None,
                      "Harbour Radio reported the fire on Friday. The Varna-based radio station said that the fire "
                      "destroyed at least ten warehouses, based on early estimates.")])
    doc = judged(tmp_path, arts, "Harbour Radio put its early estimate of the warehouses destroyed by the fire at "
                                 "ten at minimum.")
    assert bucket_of(doc, "radio station said")[0] == "corroborating"


# The made-up articles of the third review (2026-12-05), whole.
_RV20_M3 = payloads([
    ('m3a', 'Labour Wire', '2025-04-11',
     'Bus drivers in Castleford walked out on Friday, two days after wage talks with the city transit '
     'agency collapsed on Wednesday. The drivers walked out a day after the union announced a fresh '
     'round of wage talks would open next month. Driver Ana Pell said the walkout would last a week.'),
    ('m3b', 'City Courier', '2025-04-12',
     'Castleford bus drivers walked out on Friday, a day after the transit agency rejected the '
     "union's final wage offer. The strike left commuters stranded. The agency had broken off wage "
     'talks two days before the walkout.'),
])
_RV20_M7 = payloads([
    ('m7a', 'Labour Wire', '2025-05-08',
     'Nurses at Saint Aldric hospital in Vellmar held two strikes in April. Union leader Ida Brenn '
     "claimed the strikes were the largest in the hospital's history. Hospital managers said the "
     'strikes had forced them to cancel 300 operations.'),
    ('m7b', 'Health Daily', '2025-05-09',
     'The April strikes by nurses at Saint Aldric hospital in Vellmar were the largest in the '
     "hospital's history, according to union leader Ida Brenn. Police in Vellmar said the bombings of "
     'two cash machines last week were linked to a local gang.'),
    ('m7c', 'Vellmar Post', '2025-05-10',
     'Vellmar police chief Omar Tell claimed the bombings of two cash machines were linked to a local '
     'gang. The cash machines were blown up last week in the town centre.'),
])
_RV20_M13 = payloads([
    ('m13a', 'Market Wire', '2025-03-03',
     'The price of a loaf of bread in Veland rose from 2 to 3 euros last year, while the price of a '
     'litre of milk rose from 1 to 2 euros, the statistics office said. Bus fares went up from 1.50 '
     'to 1.80 euros.'),
    ('m13b', 'Veland Times', '2025-03-04',
     'Milk prices in Veland rose from 1 to 2 euros a litre last year. Bread became more expensive '
     'too, the statistics office said. Turnout in the Veland election rose from 55 to 61 percent, '
     'while support for the ruling party fell from 40 to 33 percent.'),
    ('m13c', 'Veland Post', '2025-03-05',
     "Turnout in Sunday's Veland election rose from 55 to 61 percent. Support for the ruling Unity "
     'party fell from 40 percent to 33 percent, and the opposition Reform party rose from 20 to 27 '
     'percent.'),
])


_REVIEW20_VERDICTS = [
    # days counted from another event ("announced a fresh round of wage talks") are not the claim's
    (_RV20_M3, "Castleford bus drivers walked out two days after wage talks collapsed.", "supported"),
    (_RV20_M3, "Castleford bus drivers walked out a day after the agency rejected the wage offer.", "supported"),
    # "claimed the strikes were the largest" says something of them; nobody claims them
    (_RV20_M7, "Ida Brenn claimed the strikes at Saint Aldric hospital were the largest in its history.", "supported"),
    # "rose from 2 to 3 euros" is a change, not a range of estimates
    (_RV20_M13, "The price of bread in Veland rose from 2 to 3 euros last year.", "supported"),
]


@pytest.mark.parametrize(("articles", "claim", "label"), [*_REVIEW19_VERDICTS, *_REVIEW20_VERDICTS])
def test_reviewed_verdicts(tmp_path: Path, articles: list[dict[str, str]], claim: str, label: str) -> None:
    """The second and third reviews' cases: the verdict of each claim on the reviewer's own articles."""
    assert judged(tmp_path, articles, claim)["verdict"]["label"] == label


def test_another_part_of_the_same_day(tmp_path: Path) -> None:
    arts = payloads([("port", "Coast Wire", "2025-03-12",
                      "The Varna depot was once again attacked on Tuesday night, according to informed sources.")])
    doc = judged(tmp_path, arts, "According to informed sources, the Varna depot was attacked once again on Tuesday "
                                 "morning.")
    stance, item = bucket_of(doc, "once again attacked")
    assert stance == "conflicting" and "date_mismatch" in [r["type"] for r in item["reasons"]]
    # evening and night are not told apart
    doc = judged(tmp_path / "b", arts, "The Varna depot was attacked once again on Tuesday evening.")
    assert bucket_of(doc, "once again attacked")[0] == "corroborating"


def test_a_figure_in_words_with_a_scale_inside() -> None:
    from service.text.extract import find_quantities

    found = find_quantities("Four thousand six hundred and fifty children and one hundred and twenty women died.")
    assert [(q.value, q.unit) for q in found] == [(4650.0, "children"), (120.0, "women")]
    assert [q.value for q in find_quantities("two hundred people")] == [200.0]


def test_an_unnamed_source_is_not_misattributed_by_a_named_outlet(tmp_path: Path) -> None:
    arts = payloads([("port", "Coast Wire", None,
                      "Harbour Radio also reported that a rocket attack was carried out on the Varna depot.")])
    doc = judged(tmp_path, arts, "According to informed sources, the Varna depot was attacked by rockets.")
    assert doc["verdict"]["flags"] == []
    assert all(r["type"] != "source_mismatch" for items in doc["evidence"].values() for i in items
               for r in i["reasons"])


def test_reports_the_passage_says_there_were_none(tmp_path: Path) -> None:
    arts = payloads([("fire", "Coast Wire", "2025-03-13",
                      "A barrage of rockets hit the Varna depot on Wednesday afternoon. There were no immediate "
                      "reports about the extent of damage at the depot, and possible casualties.")])
    for claim in ("Initial reports said the Wednesday rocket barrage on the Varna depot had caused heavy damage "
                  "and casualties.",
                  "Right after the Wednesday rocket barrage on the Varna depot, reports emerged of heavy damage and "
                  "several casualties."):
        doc = judged(tmp_path / str(len(claim)), arts, claim)
        assert bucket_of(doc, "no immediate reports")[0] == "conflicting"
        assert doc["verdict"]["label"] == "refuted"
    # a claim that says the same is not contradicted
    doc = judged(tmp_path / "c", arts, "There were no immediate reports of damage after the Wednesday barrage on "
                                       "the Varna depot.")
    assert bucket_of(doc, "no immediate reports")[0] != "conflicting"


def test_a_body_after_on_is_no_site() -> None:
    assert sites_of("A statement posted on the Tide Front's Telegram channel claimed the attack on Varna port.") \
        == ("Varna",)
    # an owner's name with a place after it still is
    assert "Dawn Brigade" in sites_of("Two drones were tested near a Dawn Brigade headquarters in Port Alder.")


def test_reports_and_conceded_speakers_are_no_credits() -> None:
    from service.text.sources import claim_credits

    assert claim_credits("Initial reports said the storm had caused heavy damage.") == ()
    assert claim_credits("Although the Tide Front said its rockets hit their targets, reports emerged of damage.") == ()
    assert [c.source for c in claim_credits("Nordwire said the storm caused heavy damage.")] == ["Nordwire"]


def test_a_described_persons_nationality(tmp_path: Path) -> None:
    arts = payloads([("toll", "Coast Wire", None, "A Danish marine engineer was among the four people killed in the "
                                                  "blast.")])
    doc = judged(tmp_path, arts, "The blast killed four people, one of them a Swedish marine engineer.")
    stance, item = bucket_of(doc, "Danish marine engineer")
    assert stance == "conflicting" and "entity_mismatch" in [r["type"] for r in item["reasons"]]
    doc = judged(tmp_path / "b", arts, "The blast killed four people, one of them a Danish marine engineer.")
    assert bucket_of(doc, "Danish marine engineer")[0] == "corroborating"


def test_agreed_is_the_opposite_of_disagreed(tmp_path: Path) -> None:
    arts = payloads([("talks", "Coast Wire", None,
                      "Mayor Ana Vale and Governor Tom Reid discussed the flood defences in a call. Both officials "
                      "agreed that the new sea wall is an urgent priority for the coastal towns.")])
    doc = judged(tmp_path, arts, "Ana Vale and Tom Reid disagreed over whether the new sea wall is an urgent "
                                 "priority for the coastal towns.")
    assert bucket_of(doc, "Both officials agreed")[0] == "conflicting"


def test_nobody_claimed_denies_the_claiming_not_the_drones() -> None:
    assert _scope_stems("claimed the missile and drone attacks on the ports") == {"claim"}
    # what is coordinated with the denied word itself stays denied
    assert {"injur", "kill"} <= _scope_stems("injured or killed")


def test_the_second_review_of_the_whole_change() -> None:
    from service.text.places import find_locations

    # a province two countries share takes the country the text gives
    assert [loc.country for loc in find_locations("the northeastern Pakistani province of Punjab")] == ["PK"]
    # every nationality of an embassy or a school is its name, not only some
    assert sites_of("Protesters threw stones at the Iranian embassy in Manila.")[0] == "Iranian"
    assert sites_of("Protesters threw stones at the American embassy in Manila.")[0] == "American"
    assert sites_of("Drones hit the Iranian base in Norrvik.") == ("Norrvik",)
