"""Rules of 2026-12-05, ninth session (docs/verdicts.md section 0): a platform and a name joined to a
participle are no site, a continuation until a time is not opposed by its stop, a clause that picks
out the claim's subject by its claiming is not what the claim asserts, and a harm in a clause that
only identifies the claim's event need not be restated by a passage of that event. Made-up articles
of other subjects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.text.conditions import goes_on_until_a_time
from service.text.events import sites_of
from service.text.synonyms import unphrase
from tests.support.judging import bucket_of, judge, judged, payloads


@pytest.mark.parametrize(("text", "sites"), [
    # a platform is where a statement was made, not where the incident was
    ("The Tide Front took responsibility on Telegram for the rocket attack.", ()),
    ("The Tide Front took responsibility on Telegram for the rocket attack on Varna.", ("Varna",)),
    # a name joined to a participle is an adjective
    ("Drones attacked NATO-hosting bases again.", ()),
    ("The Moscow-backed militia attacked the Norrvik base.", ("Norrvik",)),
    # a name of two capitalised parts is still a site
    ("Rockets hit the Al-Tanf base.", ("Al-Tanf",)),
])
def test_platforms_and_participle_compounds_are_no_sites(text: str, sites: tuple[str, ...]) -> None:
    assert sites_of(text) == sites


@pytest.mark.parametrize(("text", "bounded"), [
    ("The arson attacks on shops that went on until 2019 were never solved.", True),
    ("The raids continued until the summer of 2021.", True),
    # a promise to go on until a condition is no end in time
    ("The strikes will continue until the wage deal is signed.", False),
    ("The raids continued for years.", False),
])
def test_goes_on_until_a_time(text: str, bounded: bool) -> None:
    assert goes_on_until_a_time(text) is bounded


_SHOPS = payloads([
    ("shops", "Nordic Ledger", "2020-06-02",
     "Until last year, shops owned by Danish families in Malmo were hit by many arson attacks, and since the "
     "summer of 2019 these attacks have stopped. No group claimed responsibility for these attacks at the "
     "time, but the police blamed local gangs."),
])


def test_a_continuation_until_a_time_is_not_opposed_by_its_stop(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SHOPS, "Nobody claimed responsibility at the time for the arson attacks on "
                                   "Danish-owned shops in Malmo that went on until 2019.")
    assert bucket_of(doc, "these attacks have stopped")[0] != "conflicting"
    assert bucket_of(doc, "No group claimed")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"
    # a promise to go on is still opposed by a stop
    strike = payloads([("strike", "Rail Times", "2021-03-04", "The rail union said on Wednesday that it was "
                        "halting its strikes against the ministry over pay demands.")])
    doc = judged(tmp_path / "b", strike, "The rail union said it would continue its strikes against the ministry "
                                         "until it agreed to the pay demands.")
    assert bucket_of(doc, "halting its strikes")[0] == "conflicting"


_PORT = payloads([
    ("port", "Harbour Post", None,
     "Rockets struck the Varna port on Friday, wounding three Danish sailors. The group, identifying "
     "themselves as \"The Tide Front\", stated that they targeted the port with several rockets, vowing to keep "
     "up their operations until all foreign ships leave. Following the Friday attack, the ministry labelled "
     "the targeting of the port as a \"grave provocation.\""),
])


def test_a_clause_picking_out_the_subject_by_its_claiming(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PORT, "The group that took responsibility for the Friday attack on the Varna port, "
                                  "calling itself The Tide Front, said it used several rockets and would keep going "
                                  "until every foreign ship leaves.")
    assert bucket_of(doc, "identifying themselves")[0] == "corroborating"
    # where the claiming is what the claim asserts, a passage that does not say it does not confirm it
    doc = judged(tmp_path / "b", _PORT, "The Tide Front took responsibility for the Friday attack on the "
                                        "Varna port.")
    assert bucket_of(doc, "identifying themselves")[0] != "corroborating"


def test_a_harm_that_only_identifies_the_event(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PORT, "After the Friday attack on the Varna port that wounded Danish sailors, the "
                                  "ministry called the targeting of the port a 'grave provocation'.")
    assert bucket_of(doc, "grave provocation")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"
    # a harm the claim asserts must still be stated
    doc = judged(tmp_path / "b", _PORT, "The ministry said the Friday attack on the Varna port wounded "
                                        "Danish sailors and called it a 'grave provocation'.")
    assert bucket_of(doc, "grave provocation")[0] != "corroborating"


_BLACKOUT = payloads([
    ("blackout", "Grid Weekly", "2025-05-10",
     "Upon the increase of blackouts across the northern regions by the end of the week, the national Energy "
     "Ministry reported on Thursday, May 8, that there is no evidence of sabotage at the Vastra plant to explain "
     "the grid failures. Engineers were still checking the lines on Friday. The ministry also said that repairs "
     "would take a week."),
    ("capital", "Daily Wire", "2025-05-09",
     "Power returned to parts of the capital on Friday. Shops in the old town reopened after two days without "
     "electricity."),
])


@pytest.mark.parametrize(("claim", "stance", "verdict"), [
    # the same source denying the same thing is the claim's statement: another day for it is misdated
    ("On Friday, May 9, the Energy Ministry said it had found no sabotage at the Vastra plant behind the grid "
     "failures.", "conflicting", "refuted"),
    # "no clear evidence of sabotage" denies the sabotage, as "no evidence of sabotage" does
    ("On Thursday, May 8, the Energy Ministry said it saw no clear evidence of sabotage behind the regional "
     "outages.", "corroborating", "supported"),
])
def test_a_statement_of_the_claims_source_on_another_day(tmp_path: Path, claim: str, stance: str,
                                                         verdict: str) -> None:
    doc = judged(tmp_path, _BLACKOUT, claim)
    assert bucket_of(doc, "no evidence of sabotage")[0] == stance
    assert doc["verdict"]["label"] == verdict


def test_the_pentagons_statement_misdated(seeded: Any) -> None:
    """On the seeds: the Pentagon's "no direct order from Iran" (and its spokesman's "we don't necessarily
    see that Iran has explicitly ordered them") was reported on Monday, October 23; said of Tuesday,
    October 24, in other words, it is the same statement misdated."""
    doc = judge(seeded, "On Tuesday, October 24, the Pentagon said it saw no explicit Iranian order behind the "
                        "attacks by resistance groups.")
    assert doc["verdict"]["label"] == "refuted"
    assert any("date_mismatch" in [r["type"] for r in item["reasons"]] for item in doc["evidence"]["conflicting"])


@pytest.mark.parametrize(("article", "claim"), [
    # the same source denies the same word of something else: not the claim's statement
    ("The city Fire Department said on Tuesday, April 8, that there was no evidence of arson in the fire that "
     "gutted the Kallby primary school gym on Monday.",
     "On Wednesday, April 9, the Fire Department said it had found no arson behind the warehouse fires in the east."),
    ("The Football League said on Thursday, May 8, that there was no evidence of match-fixing in the cup final "
     "between Borg and Lund.",
     "On Friday, May 9, the Football League said it had found no match-fixing in the relegation play-off between "
     "Vik and Sand."),
])
def test_a_denial_of_something_else_is_not_the_claims_statement(tmp_path: Path, article: str, claim: str) -> None:
    doc = judged(tmp_path, payloads([("a", "City News", "2025-05-10", article)]), claim)
    assert doc["verdict"]["label"] == "unverified"


def test_another_sources_denial_on_another_day_is_not_the_claims_statement(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BLACKOUT, "On Friday, May 9, the grid operator said it had found no sabotage behind "
                                      "the rolling power cuts in the north.")
    assert bucket_of(doc, "no evidence of sabotage")[0] != "conflicting"


# The review of this session's first rules (a helper's own articles): each misfire, now its verdict
_RV21_STRIKE = [
    {
        "external_id": "bus1",
        "outlet": "City Wire",
        "text": (
            "The Lindholm bus drivers' union said on Wednesday that it was halting its strike against "
            "the city council. Buses will run normally from Thursday, the union said."
        ),
        "published_at": "2024-05-16",
        "title": "Bus drivers halt strike",
    },
    {
        "external_id": "war1",
        "outlet": "Frontline Report",
        "text": (
            "Fighting between government troops and Kesh rebels around the town of Marra stopped on "
            "March 3, 2024, when a ceasefire took effect."
        ),
        "published_at": "2024-03-05",
    },
    {
        "external_id": "hall3",
        "outlet": "Industry Today",
        "text": (
            "Hallberg kept on paying its workers during the shutdown of the sawmill, the union said."
        ),
        "published_at": "2024-03-01",
    },
    {
        "external_id": "elec1",
        "outlet": "Vote Watch",
        "text": (
            "Vote counting in the Sorland regional election was halted on Monday night after a power "
            "cut, officials said. Counting resumed on Tuesday morning."
        ),
        "published_at": "2023-09-12",
    },
]
_RV21_SAWMILL = [
    {
        "external_id": "hall1",
        "outlet": "Industry Today",
        "text": (
            "A fire broke out at the Hallberg sawmill on Tuesday, February 13. Production at the "
            "Hallberg sawmill stopped after the fire, the company said on Tuesday."
        ),
        "published_at": "2024-02-20",
        "title": "Fire at Hallberg plant",
    },
    {
        "external_id": "hall2",
        "outlet": "Industry Today",
        "text": (
            "The Hallberg sawmill kept on its 150 workers through the shutdown, a spokesman said."
        ),
        "published_at": "2024-03-01",
    },
    {
        "external_id": "pier1",
        "outlet": "Coast Times",
        "text": (
            "The Sea Hawks Front said it carried out Saturday's bombing of the ferry pier at Lindvik "
            "and posted a video of the blast on Telegram. The bombing destroyed the ticket office. "
            "Police said on Sunday they had arrested two members of the Sea Hawks Front."
        ),
        "published_at": "2024-05-20",
    },
    {
        "external_id": "race1",
        "outlet": "Sports Line",
        "text": (
            "Despite the heat, runners in the Fjord Marathon kept going on Sunday, and organisers did "
            "not stop the race. Race director Eva Holm said the medical teams kept on top of the heat "
            "cases."
        ),
        "published_at": "2024-06-03",
    },
]
_RV21_BREKKE = [
    {
        "external_id": "brekke1",
        "outlet": "Industry Today",
        "text": (
            "Production at the Brekke paint plant stopped after Tuesday's fire, the company said. "
            "Repairs are expected to take several months."
        ),
        "published_at": "2024-02-20",
        "title": "Fire halts Brekke plant",
    },
    {
        "external_id": "brekke2",
        "outlet": "Local Gazette",
        "text": (
            "After the fire, Brekke stopped production at the plant, but all 200 workers remained on "
            "the payroll, a company spokeswoman said."
        ),
        "published_at": "2024-02-22",
    },
    {
        "external_id": "club1",
        "outlet": "Sports Line",
        "text": (
            "FC Harnes sacked coach Tomas Lind on Monday after a 4-0 defeat to Orvik, the club said in "
            "a statement."
        ),
        "published_at": "2024-04-02",
    },
]
_RV21_TASSIT = [
    {
        "external_id": "sahel1",
        "outlet": "Desert Wire",
        "text": (
            "Gunmen ambushed a fuel convoy near the town of Tassit on Monday, burning six trucks. "
            "Police blamed the River Brigade, a rebel group active in the region, for the ambush. "
            "Officials said the drivers escaped unhurt."
        ),
        "published_at": "2024-06-12",
        "title": "Convoy ambushed near Tassit",
    },
    {
        "external_id": "sahel2",
        "outlet": "Sahel Monitor",
        "text": (
            "The River Brigade said on Tuesday that its fighters had seized a police post near Tassit "
            "and would keep up their attacks on government convoys."
        ),
        "published_at": "2024-06-13",
    },
    {
        "external_id": "quarry1",
        "outlet": "Valley News",
        "text": (
            "An explosion at the Kessel quarry on Monday injured four workers. A man who phoned the "
            "local radio station said an environmental group carried out the blast. Police arrested a "
            "34-year-old man in connection with the explosion on Tuesday."
        ),
        "published_at": "2024-09-04",
    },
]
_RV21_PIER = [
    {
        "external_id": "pier2",
        "outlet": "Coast Times",
        "text": (
            "Police said a truck bomb was used in Saturday's bombing of the ferry pier at Lindvik. No "
            "group has claimed the attack."
        ),
        "published_at": "2024-05-20",
    },
    {
        "external_id": "port1",
        "outlet": "Frontline Report",
        "text": (
            "Shells hit the port of Berdan on Monday, wounding four dockers. Kesh rebels hold the port."
        ),
        "published_at": "2024-08-06",
    },
    {
        "external_id": "port2",
        "outlet": "Frontline Report",
        "text": "Shells hit the Moscow-run rail depot at Tarsk on Monday, wounding four dockers.",
        "published_at": "2024-08-06",
    },
    {
        "external_id": "tg1",
        "outlet": "Frontline Report",
        "text": (
            "The Kesh rebels said on Telegram that they had shelled the Tarsk rail depot on Monday."
        ),
        "published_at": "2024-08-06",
    },
]
_RV21_HARM = [
    {
        "external_id": "slide1",
        "outlet": "Mountain Herald",
        "text": (
            "Heavy rain on Sunday triggered a landslide in the village of Oddvik, burying three houses "
            "and cutting the main road. Rescuers were still searching the debris on Monday."
        ),
        "published_at": "2024-10-07",
        "title": "Landslide hits Oddvik",
    },
    {
        "external_id": "storm1",
        "outlet": "Coast Times",
        "text": (
            "Storm Hilde hit the coastal town of Varde on Monday, tearing roofs off houses and knocking"
            " out power to 20,000 homes. The mayor declared a state of emergency on Monday evening."
        ),
        "published_at": "2024-11-05",
    },
    {
        "external_id": "bus1",
        "outlet": "Road News",
        "text": (
            "A tour bus overturned on the E6 near Halden on Wednesday. Police detained the driver on "
            "Thursday, a police spokesman said."
        ),
        "published_at": "2024-08-15",
    },
    {
        "external_id": "mine1",
        "outlet": "Mining Weekly",
        "text": (
            "A gas explosion tore through the Kvarn coal mine on Tuesday. The company suspended all "
            "work at the mine on Wednesday pending an inspection."
        ),
        "published_at": "2024-03-14",
    },
]
_RV21_TRAIN = [
    {
        "external_id": "mine1",
        "outlet": "Mining Weekly",
        "text": (
            "A gas explosion tore through the Kvarn coal mine on Tuesday. The company suspended all "
            "work at the mine on Wednesday pending an inspection."
        ),
        "published_at": "2024-03-14",
    },
    {
        "external_id": "quake1",
        "outlet": "Geo Desk",
        "text": (
            "A magnitude 5.8 earthquake struck the town of Selva on Wednesday. Nobody was killed in the"
            " quake, but the regional governor declared a state of emergency on Wednesday night."
        ),
        "published_at": "2024-04-18",
    },
    {
        "external_id": "train1",
        "outlet": "Rail Times",
        "text": (
            "A freight train derailed near Moss on Tuesday, spilling diesel into the river. The rail "
            "operator fired the train's driver on Wednesday."
        ),
        "published_at": "2024-10-03",
    },
]
_RV21_SITES = [
    {
        "external_id": "bomb1",
        "outlet": "Tech Wire",
        "text": (
            "Police evacuated about 300 staff after a bomb threat at the Norrgate logistics warehouse "
            "on Monday. No device was found, police said."
        ),
        "published_at": "2024-09-10",
        "title": "Bomb threat at warehouse",
    },
    {
        "external_id": "fire2",
        "outlet": "Valley News",
        "text": (
            "A small fire broke out at the Telegraph Hill depot on Monday, and firefighters put it out "
            "within an hour."
        ),
        "published_at": "2024-09-10",
    },
    {
        "external_id": "ko1",
        "outlet": "Asia Desk",
        "text": (
            "Typhoon Mara flooded streets in Hsin-ying on Tuesday, forcing 2,000 people from their "
            "homes. Officials said the river burst its banks at Hsin-ying on Tuesday afternoon."
        ),
        "published_at": "2024-07-03",
    },
    {
        "external_id": "ko2",
        "outlet": "Asia Desk",
        "text": (
            "Typhoon Mara flooded the port of Keelung on Tuesday, forcing 2,000 people from their "
            "homes."
        ),
        "published_at": "2024-07-03",
    },
]

_REVIEW21_VERDICTS = [
    # a promise to go on until a time is still opposed by a stop; so is a continuation the claim says of another
    (_RV21_STRIKE, "The Lindholm bus drivers' strike will continue until the end of 2024.", "refuted"),
    (_RV21_STRIKE, "The Lindholm bus drivers' union vowed its strike against the city council would go on until the "
                   "end of 2024.", "refuted"),
    (_RV21_SAWMILL, "Production at the Hallberg sawmill continued after Tuesday's fire, while repairs went on until "
                    "February 2024.", "refuted"),
    # "kept on the payroll" is no continuing
    (_RV21_BREKKE, "Brekke's 200 workers were kept on the payroll after the fire.", "supported"),
    (_RV21_BREKKE, "All 200 Brekke workers were kept on after the fire at the plant.", "unverified"),
    # who claimed it is the point of "The group that claimed … was X"; a subject the claim does not name
    # otherwise is picked out by its claiming alone, which must be stated
    (_RV21_TASSIT, "The group that claimed responsibility for the Tassit convoy ambush was the River Brigade.",
     "unverified"),
    (_RV21_TASSIT, "The man who claimed responsibility for the Kessel quarry explosion was arrested on Tuesday.",
     "unverified"),
    (_RV21_PIER, "The group that claimed responsibility for Saturday's bombing of the Lindvik ferry pier said it used "
                 "a truck bomb.", "refuted"),
    # a harm in a clause at the end is what the claim asserts, not what identifies its event
    (_RV21_HARM, "Heavy rain on Sunday caused a landslide in Oddvik that killed residents.", "unverified"),
    (_RV21_HARM, "The company suspended all work at the Kvarn coal mine after the Tuesday explosion that killed "
                 "miners.", "unverified"),
    (_RV21_TRAIN, "A freight train derailed near Moss on Tuesday in a crash that injured workers.", "unverified"),
    # a company's premises named like a platform ("at Facebook") are a site
    (_RV21_SITES, "Police evacuated about 300 staff after a bomb threat at Facebook on Monday.", "unverified"),
]


def test_romanised_names_with_a_hyphen_stay_sites() -> None:
    assert sites_of("Typhoon Mara flooded streets at Hsin-ying on Tuesday.") == ("Hsin-ying",)



# Who said it: each side of "X said A, while Y said B", a speech verb of posting, a label under another
# verb, and a misattributed statement of the claim's own event
_SIDES = [
    {
        "external_id": "plant",
        "outlet": "Fjord Daily",
        "published_at": "2024-03-05",
        "text": (
            "Two security sources told the Nordic News Agency on Monday, March 4, 2024, that two drones"
            " targeted the Brekke plant in Odda, which houses a chemicals store. The agency confirmed, "
            "citing its sources, that the attack did not result in casualties or damage, while the "
            "\"Fjord Front\" announced on Monday that it had achieved its targets directly, it said."
        ),
    },
    {
        "external_id": "port",
        "outlet": "Harbour Post",
        "text": (
            "The Monday rocket attack on the Varna port, claimed by the Tide Front, injured at least "
            "four dockers. Prime Minister Lena Holt has been briefed on the incident, according to the "
            "Interior Ministry. Following the Monday attack, the Defence Ministry labeled the targeting"
            " of the port as a \"grave provocation.\" At the same time, the Harbour League wrote on X: "
            "\"We punish traitors like this.\""
        ),
        "published_at": "2024-03-06",
    },
]


@pytest.mark.parametrize(("claim", "words", "stance", "label"), [
    # the side that says it credits the agency, not the group of the other side
    ("The Fjord Front itself said the March 4 drone attack on the Brekke plant caused neither casualties nor "
     "damage.", "did not result in casualties", "conflicting", "refuted"),
    # "a pair of drones went after the plant, causing neither casualties nor damage": the agency's side
    ("The Nordic News Agency reported that a pair of drones went after the Brekke plant in Odda on Monday, March 4, "
     "causing neither casualties nor damage.", "did not result in casualties", "corroborating", "supported"),
    # "branded" is "labeled": the same statement, of another ministry
    ("The Interior Ministry branded the targeting of the port in the Monday attack a 'grave provocation'.",
     "grave provocation", "conflicting", "refuted"),
    ("The Defence Ministry branded the targeting of the port in the Monday attack a 'grave provocation'.",
     "grave provocation", "corroborating", "supported"),
    # "posted on X:" credits its subject
    ("The Tide Front posted on X: \"We punish traitors like this.\"", "We punish traitors", "conflicting", "refuted"),
])
def test_who_said_which_side(tmp_path: Path, claim: str, words: str, stance: str, label: str) -> None:
    doc = judged(tmp_path, _SIDES, claim)
    assert bucket_of(doc, words)[0] == stance
    assert doc["verdict"]["label"] == label


def test_a_statement_of_the_claims_event_credited_to_another(seeded: Any) -> None:
    """On the seeds: the passage says "briefed on the incident" (the Monday attack), crediting the White
    House; a claim crediting the Pentagon, naming the attack by its harm, is misattributed."""
    doc = judge(seeded, "The Pentagon said President Biden had been briefed on the Monday attack that injured at "
                        "least five US personnel.")
    stance, item = bucket_of(doc, "has been briefed on the incident")
    assert stance == "conflicting" and "source_mismatch" in [r["type"] for r in item["reasons"]]
    assert doc["verdict"]["label"] == "refuted" and "misattributed" in doc["verdict"]["flags"]


_RAID_AND_CALL = payloads([
    ("raid", "Border News", "2025-05-22",
     "Last Tuesday, the Interior Ministry said that police had carried out a \"preventive\" raid in Kronberg "
     "province targeting smugglers who were trying to move weapons across the border. A police officer was "
     "lightly injured."),
    ("call", "Nordic Ledger", "2025-05-20",
     "In a statement, the Foreign Ministry revealed that Foreign Minister Ana Lind and her Danish counterpart Mads "
     "Berg had discussed regional trade in a call."),
    ("bases", "Baltic Wire", "2025-03-12",
     "Earlier on Monday, a Danish base in the Norrvik area of Ostmark was attacked by an armed drone. The "
     "Free Ostmark Front announced the drone attack on the Danish base of Norrvik on Monday. In the latest"
     " incident, troops were targeted by two attack drones on Tuesday."),
    ("port1", "Harbour Post", None,
     "The Tide Front, in a statement published on its Telegram channel, claimed responsibility for the "
     "attack on the Varna port, located about 80 kilometres (50 miles) south of the capital, on Wednesday "
     "afternoon."),
    ("port2", "Coast Wire", "2025-03-16",
     "An official told the Coast Wire on Saturday that the Varna port had been hit by a rocket attack "
     "again."),
])


@pytest.mark.parametrize(("claim", "label"), [
    # much of the claim restated with its own detail (who announced it), in another province, and none in
    # the claim's: the claim's raid misplaced
    ("The Interior Ministry said its 'preventive' raid on smugglers preparing to ship weapons was carried out in "
     "Osterland province.", "refuted"),
    ("The Interior Ministry's 'preventive' raid on smugglers preparing to move weapons across the frontier took "
     "place in Osterland province.", "refuted"),
    # "talked by phone" is "discussed … in a call"
    ("According to the Foreign Ministry, Ana Lind and Mads Berg talked by phone about trade in the region.",
     "supported"),
])
def test_misplaced_raids_and_calls(tmp_path: Path, claim: str, label: str) -> None:
    assert judged(tmp_path, _RAID_AND_CALL, claim)["verdict"]["label"] == label


@pytest.mark.parametrize(("claim", "words"), [
    # the archive reports the Al-Malikiyah drone attack on a Monday only (other drone attacks of the week
    # name no site): a Friday is that attack misdated
    ("The armed drone attack on the US base at Al-Malikiyah took place on a Friday.", "Al-Malikiyah area"),
    # the base was attacked on a Saturday too, but only the Wednesday attack holds what the claim picks its
    # attack out by (claimed on Telegram, 160 km west of Baghdad)
    ("The rocket attack on Ain al-Asad that was claimed on Telegram, 160 kilometers west of Baghdad, took place on a "
     "Saturday.", "Wednesday afternoon"),
])
def test_an_incident_misdated_by_its_weekday(seeded: Any, claim: str, words: str) -> None:
    doc = judge(seeded, claim)
    stance, item = bucket_of(doc, words)
    assert stance == "conflicting" and "date_mismatch" in [r["type"] for r in item["reasons"]]
    assert doc["verdict"]["label"] == "refuted"


def test_an_attack_on_a_target_the_passage_introduces_is_not_the_claims_site(tmp_path: Path) -> None:
    arts = payloads([("bases", "Baltic Wire", "2025-03-12",
                      "Earlier on Monday, a Danish base in the Norrvik area of Ostmark was attacked by an armed drone. "
                      "The Free Ostmark Front announced the drone attack on the Danish base of Norrvik on Monday. "
                      "Last Friday, drones attacked a supply convoy near the coast.")])
    doc = judged(tmp_path, arts, "The drone attack on the Danish base at Norrvik in Ostmark took place on a Friday.")
    assert bucket_of(doc, "supply convoy")[0] != "corroborating"
    assert doc["verdict"]["label"] == "refuted"


# The review of the second and third steps (a helper's own articles): each misfire, now its verdict
_RV22_POSTED = [
    {
        "external_id": "volta",
        "outlet": "Motor Weekly",
        "published_at": "2024-05-03",
        "text": (
            "Volta Motors posted a record loss of $2 billion in the first quarter of 2024. The loss was"
            " blamed on a price war in China."
        ),
    },
    {
        "external_id": "volta2",
        "outlet": "Finance Daily",
        "published_at": "2024-05-03",
        "text": (
            "Volta Motors lost a record $2 billion in the first quarter of 2024, according to analysts "
            "at Kessler Bank."
        ),
    },
    {
        "external_id": "bakery",
        "outlet": "Retail Today",
        "published_at": "2024-03-01",
        "text": (
            "The Halden Bakery chain posted record profits of 40 million euros in 2023, the Retail "
            "Association said on Thursday."
        ),
    },
    {
        "external_id": "mayor",
        "outlet": "City Gazette",
        "published_at": "2024-06-11",
        "text": (
            "Mayor Anna Kowal posted on X on Monday: \"The Oder bridge will stay closed for repairs.\" "
            "Engineers said cracks had been found in two pillars."
        ),
    },
    {
        "external_id": "coach",
        "outlet": "Sport North",
        "published_at": "2024-04-14",
        "text": (
            "Coach Marta Lind tweeted on Saturday that the team would appeal the red card shown to "
            "Piroe."
        ),
    },
]
_RV22_POSTED_3 = [
    {
        "external_id": "run",
        "outlet": "Track News",
        "published_at": "2025-06-07",
        "text": (
            "Sprinter Ada Lind posted a personal best of 10.8 seconds in the 100 metres at the Oslo "
            "Games on Friday."
        ),
    },
    {
        "external_id": "guard",
        "outlet": "City Wire",
        "published_at": "2025-06-10",
        "text": "The army posted guards at the Lund bridge on Monday after the protests.",
    },
    {
        "external_id": "bank",
        "outlet": "Finance Daily",
        "published_at": "2025-04-25",
        "text": (
            "Kessler Bank posted a net profit of 1.2 billion euros for the first quarter, while Volta "
            "Motors posted a loss of 300 million euros, according to analysts."
        ),
    },
]
_RV22_CONTRAST = [
    {
        "external_id": "march",
        "outlet": "City Wire",
        "published_at": "2025-05-02",
        "text": (
            "Police said 5,000 people joined the May Day march in Lindholm on Thursday, while "
            "organisers said 20,000."
        ),
    },
    {
        "external_id": "schools",
        "outlet": "Edu News",
        "published_at": "2025-03-12",
        "text": (
            "The Education Ministry said the teachers' strike closed 40 schools in Sorland on Tuesday; "
            "the teachers' union said 200."
        ),
    },
    {
        "external_id": "elbe",
        "outlet": "River Weekly",
        "published_at": "2025-06-05",
        "text": (
            "The weather service said the Elbe peaked at 5.2 metres in Dresden on Tuesday, while Mayor "
            "Dirk Hilbert confirmed the figure at a press conference."
        ),
    },
    {
        "external_id": "lund",
        "outlet": "South Daily",
        "published_at": "2025-08-14",
        "text": (
            "The Norrvik company said the fire at its Lund factory destroyed the main warehouse, while "
            "the fire brigade said the blaze had been put out by Tuesday morning."
        ),
    },
]
_RV22_CONTRAST_2 = [
    {
        "external_id": "lund",
        "outlet": "South Daily",
        "published_at": "2025-08-14",
        "text": (
            "The Norrvik company said the fire at its Lund factory destroyed the main warehouse, while "
            "police said the blaze had been put out by Tuesday morning."
        ),
    },
    {
        "external_id": "stats",
        "outlet": "Econ Daily",
        "published_at": "2025-04-11",
        "text": (
            "The Statistics Office said consumer prices rose 3 percent in March, but that real wages "
            "fell, Reuters reported."
        ),
    },
    {
        "external_id": "hull",
        "outlet": "Sport North",
        "published_at": "2025-04-14",
        "text": (
            "Hull coach Ben Ray said his team had played well at Elland Road, though Leeds deserved the"
            " win, the BBC reported."
        ),
    },
]
_RV22_STORM = [
    {
        "external_id": "storm",
        "outlet": "Coast News",
        "published_at": "2025-10-08",
        "text": (
            "The Monday storm in Riverton, which the weather service named Agnes, flooded 300 homes. "
            "Mayor Jan Berg has been briefed on the storm, and the weather service said more rain was "
            "expected. Schools will stay closed."
        ),
    },
]
_RV22_STORM_2 = [
    {
        "external_id": "storm",
        "outlet": "Coast News",
        "published_at": "2025-10-08",
        "text": (
            "The Monday storm in Riverton, which the weather service named Agnes, flooded 300 homes. "
            "Mayor Jan Berg has been briefed on the storm, according to the Interior Ministry. Police "
            "also said the mayor had been briefed on the storm."
        ),
    },
]
_RV22_FIRES = [
    {
        "external_id": "school",
        "outlet": "East Weekly",
        "published_at": "2025-04-10",
        "text": (
            "The city Fire Department said on Tuesday, April 8, that there was no evidence of arson in "
            "the fire that gutted the Kallby primary school gym on Monday."
        ),
    },
    {
        "external_id": "inj",
        "outlet": "Metro Daily",
        "published_at": "2025-04-10",
        "text": (
            "The city Fire Department said on Tuesday, April 8, that no residents were injured in the "
            "warehouse fires that hit the eastern districts this week."
        ),
    },
    {
        "external_id": "strike",
        "outlet": "Labour News",
        "published_at": "2025-03-05",
        "text": (
            "The Transport Ministry said on Monday, March 3, that it saw no reason to reopen wage talks"
            " with the rail unions during the strike."
        ),
    },
]
_RV22_LEAGUE = [
    {
        "external_id": "dam1",
        "outlet": "Valley Weekly",
        "published_at": "2025-05-10",
        "text": (
            "Upon the rise of flooding across the southern valleys by the end of the week, the national"
            " Water Agency reported on Thursday, May 8, that there is no evidence of sabotage at the "
            "Kessel dam to explain the floods. Crews were still pumping water on Friday."
        ),
    },
    {
        "external_id": "dam2",
        "outlet": "South Daily",
        "published_at": "2025-05-10",
        "text": (
            "On Friday, May 9, the Water Agency again ruled out sabotage as the cause of the flooding "
            "in the southern valleys."
        ),
    },
    {
        "external_id": "league",
        "outlet": "Sport North",
        "published_at": "2025-05-10",
        "text": (
            "The Football League said on Thursday, May 8, that there was no evidence of match-fixing in"
            " the cup final between Borg and Lund."
        ),
    },
]
_RV22_FIRM = [
    {
        "external_id": "rail",
        "outlet": "Labour News",
        "published_at": "2025-03-05",
        "text": (
            "Rail workers in Tarnow walked out on Monday, March 3, in a strike over pay. On Tuesday "
            "there was no clear sign that the strike would end soon, union leaders said."
        ),
    },
    {
        "external_id": "fish",
        "outlet": "Lake Times",
        "published_at": "2025-06-05",
        "text": (
            "Scientists at Umea University said on Wednesday that they had found no clear link between "
            "the Kallsjo copper mine and the fish deaths in Lake Storsjon."
        ),
    },
    {
        "external_id": "vote",
        "outlet": "Vote Watch",
        "published_at": "2025-09-15",
        "text": (
            "The Sorland regional election on Sunday produced no clear winner, with the Green Party and"
            " the Farmers' Union each taking 21 seats."
        ),
    },
    {
        "external_id": "court",
        "outlet": "Court News",
        "published_at": "2025-02-12",
        "text": (
            "Judge Ellen Moss said on Tuesday that there was not only clear evidence of negligence by "
            "the Brekke ferry company but also of fraud."
        ),
    },
    {
        "external_id": "plane",
        "outlet": "Air Business",
        "published_at": "2025-06-20",
        "text": (
            "Nordair has signed a letter of intent for 30 Jetstar 9 aircraft but has placed no firm "
            "order yet, the airline said on Thursday."
        ),
    },
]
_RV22_FIRM_4 = [
    {
        "external_id": "econ",
        "outlet": "Econ Daily",
        "published_at": "2025-04-15",
        "text": (
            "Swedish retail sales fell 2 percent in March, which economists at Kessler Bank said was "
            "not a clear sign of a recession."
        ),
    },
    {
        "external_id": "fraud",
        "outlet": "Court News",
        "published_at": "2025-02-12",
        "text": (
            "The auditors found no clear evidence of when the fraud at the Brekke ferry company began."
        ),
    },
    {
        "external_id": "flood",
        "outlet": "River Weekly",
        "published_at": "2025-04-09",
        "text": (
            "Rescuers said there was no clear sign of the two missing fishermen after the flood in "
            "Riverton on Monday."
        ),
    },
]
_RV22_FIRM_2 = [
    {
        "external_id": "rail",
        "outlet": "Labour News",
        "published_at": "2025-03-05",
        "text": (
            "There was no clear sign on Tuesday that the rail strike in Tarnow would end soon, union "
            "leaders said."
        ),
    },
    {
        "external_id": "mine",
        "outlet": "Labour News",
        "published_at": "2025-03-05",
        "text": (
            "Managers at the Kallsjo mine saw no clear sign that the miners' strike was losing support "
            "on Tuesday."
        ),
    },
]
_RV22_SYN = [
    {
        "external_id": "kasala",
        "outlet": "Horn Report",
        "published_at": "2025-01-15",
        "text": (
            "UN inspectors went after the Kasala army camp had been secured on Tuesday, and found the "
            "barracks empty."
        ),
    },
    {
        "external_id": "lindvik",
        "outlet": "Coast Times",
        "published_at": "2025-01-15",
        "text": (
            "Most of the volunteers went after Lindvik was evacuated on Tuesday, the Red Cross said."
        ),
    },
    {
        "external_id": "bonus",
        "outlet": "Sport North",
        "published_at": "2025-05-02",
        "text": (
            "Leeds striker Joel Piroe went after the Golden Boot in the final weeks of the season."
        ),
    },
    {
        "external_id": "singer",
        "outlet": "Pop Daily",
        "published_at": "2025-07-09",
        "text": (
            "The fashion brand Nordic Wear dropped singer Mia Holm on Monday after her arrest in Oslo."
        ),
    },
    {
        "external_id": "talks",
        "outlet": "Labour News",
        "published_at": "2025-03-20",
        "text": (
            "The talks between the rail unions and the Transport Ministry resulted in a pay deal on "
            "Wednesday, ending the strike."
        ),
    },
    {
        "external_id": "couple",
        "outlet": "River Weekly",
        "published_at": "2025-04-09",
        "text": (
            "A man was rescued from a flooded house in Riverton on Monday by the fire brigade."
        ),
    },
]

_REVIEW22_VERDICTS = [
    # "posted" a result, a time or guards is no statement
    # (since the nineteenth session the figure under another source, "according to analysts at Kessler Bank", is the
    # claim misattributed: refuted, flagged misattributed)
    (_RV22_POSTED, "According to Reuters, the carmaker posted a record loss of $2 billion in the first quarter of "
                   "2024.", "refuted"),
    (_RV22_POSTED_3, "The BBC reported that the sprinter ran a personal best of 10.8 seconds in the 100 metres at the "
                     "Oslo Games on Friday.", "unverified"),
    (_RV22_POSTED_3, "Police said guards were posted at the Lund bridge on Monday after the protests.", "unverified"),
    (_RV22_POSTED_3, "Analysts said Kessler Bank made a net profit of 1.2 billion euros in the first quarter.",
     "supported"),
    # the claim's source agreeing on its side, or saying it there too; "but that …" and a trailing "…, the BBC
    # reported" are one statement
    (_RV22_CONTRAST, "Mayor Dirk Hilbert said the Elbe peaked at 5.2 metres in Dresden.", "supported"),
    (_RV22_CONTRAST_2, "Police said the fire at the Lund factory was put out by Tuesday morning.", "supported"),
    (_RV22_CONTRAST_2, "The Statistics Office said real wages fell in March.", "supported"),
    (_RV22_CONTRAST_2, "Hull coach Ben Ray said Leeds deserved the win at Elland Road.", "supported"),
    # a credit of another clause of the sentence; the claim's source saying it in the next sentence
    (_RV22_STORM, "Police said Mayor Jan Berg had been briefed on the Monday storm that flooded 300 homes in Riverton.",
     "unverified"),
    (_RV22_STORM_2, "Police said Mayor Jan Berg had been briefed on the Monday storm that flooded 300 homes in "
                    "Riverton.", "unverified"),
    # the same source denying the same word of something else, a day apart
    (_RV22_FIRES, "On Wednesday, April 9, the Fire Department said it had found no arson behind the warehouse fires in "
                  "the east.", "unverified"),
    (_RV22_LEAGUE, "On Friday, May 9, the Football League said it had found no match-fixing in the relegation play-off "
                   "between Vik and Sand.", "unverified"),
    # "not only X but also Y" affirms X; "no clear sign of the two missing fishermen", "no clear evidence of when
    # the fraud began", "no clear sign that the strike was losing support" deny neither the people, the fraud
    # nor the strike
    (_RV22_FIRM, "Judge Ellen Moss said there was evidence of negligence by the Brekke ferry company.", "supported"),
    (_RV22_FIRM_4, "Two fishermen went missing after the flood in Riverton on Monday.", "supported"),
    (_RV22_FIRM_4, "There was fraud at the Brekke ferry company.", "supported"),
    (_RV22_FIRM_2, "The miners at the Kallsjo mine were on strike on Tuesday.", "supported"),
    # a fashion brand is no record label
    (_RV22_SYN, "The record label dropped singer Mia Holm on Monday after her arrest in Oslo.", "unverified"),
]


@pytest.mark.parametrize("claim", [
    "By Al-Mayadeen's early count, no fewer than ten heavy missiles were fired at Ain al-Asad from several directions.",
    "Al-Mayadeen counted at least ten heavy missiles fired at Ain al-Asad from several directions, all of which hit "
    "the base.",
])
def test_other_attacks_on_the_named_incidents_base_are_other_events(seeded: Any, claim: str) -> None:
    """On the seeds: the claim names its incident by Al-Mayadeen, whose article dates it (January 2024, and
    an undated report of the days before); the four rockets of October 30, 2023 and the two of the
    undated Monday attack are other attacks on the same base, not conflicting counts."""
    doc = judge(seeded, claim)
    assert doc["verdict"]["label"] == "supported"
    conflicting = [item["passage"]["text"] for item in doc["evidence"]["conflicting"]]
    assert not any("Katyusha" in text for text in conflicting)


def test_a_speakers_words_timed_by_another_event() -> None:
    from service.text.clauses import reference_clauses, reference_offset
    text = ("Security sources told the Nordic News Agency that, the day before two armed drones went after the Varna "
            "port on 6 May, four rockets had been launched at the port.")
    assert [text[s:e] for s, e in reference_clauses(text)] == [
        "the day before two armed drones went after the Varna port on 6 May"]
    assert reference_offset(text, speaker=True) is not None and reference_offset(text, speaker=True)[2] == -1
    # (a passage's words are not timed so: "said that, two days after the storm hit on June 1, power was
    # restored" reports the storm of June 1 too)
    assert reference_offset(text) is None
    # an opening reference is read as before
    assert reference_offset("A day after four rockets were fired at the base, two drones struck it.") == (0, 47, 1)


def test_the_day_before_another_event_in_a_speakers_words(tmp_path: Path) -> None:
    arts = payloads([("port", "Coast Wire", "2025-05-06",
                      "Security sources told the Nordic News Agency on Tuesday, May 6, 2025, that two armed drones "
                      "targeted the Varna port. This attack comes a day after security sources confirmed to the Nordic "
                      "News Agency that four rockets were launched on Monday, May 5, 2025, at the port.")])
    doc = judged(tmp_path, arts, "Security sources told the Nordic News Agency that, the day before two armed drones "
                                 "went after the Varna port on 6 May, four rockets had been launched at the port.")
    assert bucket_of(doc, "four rockets were launched")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


_DEPOT = payloads([
    ("depot", "Harbour Post", "2025-03-12",
     "The Tide Front claimed the Monday rocket attack on the Varna depot, which wounded at least four guards. "
     "Prime Minister Lena Holt has been briefed on the incident, according to her office. The attack was "
     "conducted through a rocket launcher which was later located in the Ostmark district."),
])


def test_what_the_main_clause_says_must_still_hold(tmp_path: Path) -> None:
    doc = judged(tmp_path, _DEPOT, "The drone used in the Monday attack on the Varna depot claimed by the Tide Front "
                                   "was later located in the Ostmark district.")
    assert bucket_of(doc, "later located")[0] != "corroborating"
    assert doc["verdict"]["label"] == "refuted"


# The review of the event rules (a helper's own articles): each misfire, now its verdict
_RV23_REFINERY = [
    {
        "external_id": "ref1",
        "outlet": "Delta Courier",
        "published_at": "2025-04-10",
        "text": (
            "Smoke rose over the Harlan refinery in Velmora on Tuesday. Firefighters battled the blaze "
            "for six hours before bringing it under control. On Tuesday morning, rockets struck a fuel "
            "tank at the plant, officials said."
        ),
    },
    {
        "external_id": "ref2",
        "outlet": "South Wire",
        "published_at": "2025-04-10",
        "text": (
            "Output at the Harlan refinery was halted on Tuesday. Managers sent most workers home. "
            "Earlier on Tuesday, rockets hit a storage tank at the refinery, the company said."
        ),
    },
]
_RV23_CONVOY = [
    {
        "external_id": "c1",
        "outlet": "Ostmark Herald",
        "published_at": "2025-03-15",
        "text": (
            "Soldiers at the Falk base near Lindau were on high alert on Friday. Patrols were doubled "
            "on the roads. Drones attacked a supply convoy at the main gate of the base on Friday "
            "afternoon, wounding two drivers, the army said."
        ),
    },
    {
        "external_id": "c2",
        "outlet": "Lindau Post",
        "published_at": "2025-03-15",
        "text": (
            "The Falk base near Lindau was put under lockdown on Friday. Shops in the town closed "
            "early. On Friday afternoon, drones struck a fuel convoy as it entered the base, the army "
            "said."
        ),
    },
]
_RV23_STORM = [
    {
        "external_id": "st1",
        "outlet": "Weather Desk",
        "published_at": "2025-02-11",
        "text": (
            "Storm Elna flooded homes and knocked out power in Halden province on Monday, the weather "
            "service said. The storm was moving north across the country."
        ),
    },
    {
        "external_id": "st2",
        "outlet": "North Wire",
        "published_at": "2025-02-10",
        "text": (
            "Storm Elna flooded dozens of homes in Marsk province on Sunday, local officials said. "
            "Schools will stay closed."
        ),
    },
]
_RV23_STORM_ONLY = [
    {
        "external_id": "st1",
        "outlet": "Weather Desk",
        "published_at": "2025-02-11",
        "text": (
            "Storm Elna flooded homes and knocked out power in Halden province on Monday, the weather "
            "service said. The storm was moving north across the country."
        ),
    },
    {
        "external_id": "ch1",
        "outlet": "Health Wire",
        "published_at": "2025-07-08",
        "text": (
            "The Health Ministry said on Monday that the cholera outbreak had killed 12 people in "
            "Halden province. The outbreak has now reached several provinces, officials said."
        ),
    },
    {
        "external_id": "tr1",
        "outlet": "Rail News",
        "published_at": "2025-09-03",
        "text": (
            "The national rail strike halted trains and stranded commuters in Kronberg province on "
            "Tuesday, the rail operator said. Services were cancelled across the country."
        ),
    },
]
_RV23_RAIDS = [
    {
        "external_id": "r1",
        "outlet": "Border News",
        "published_at": "2025-05-22",
        "text": (
            "On Tuesday, the Interior Ministry said police had raided a warehouse in Kronberg province "
            "used by smugglers to store stolen cars. Nine people were arrested."
        ),
    },
    {
        "external_id": "r2",
        "outlet": "Nordic Ledger",
        "published_at": "2025-05-23",
        "text": (
            "The Interior Ministry said on Wednesday that police had raided a farm in Halden province "
            "used by a gang to grow cannabis. Four people were arrested."
        ),
    },
    {
        "external_id": "x",
        "outlet": "Nordic Ledger",
        "published_at": "2025-05-23",
        "text": (
            "The Kronberg city council approved a new budget on Wednesday, with more money for schools."
        ),
    },
]
_RV23_VARNA = [
    {
        "external_id": "v1",
        "outlet": "Harbour Post",
        "published_at": "2025-03-13",
        "text": (
            "The rocket attack on the Varna port, about 80 kilometres south of the city of Brena, took "
            "place on Wednesday, port officials said. Two cranes were damaged."
        ),
    },
    {
        "external_id": "v2",
        "outlet": "Coast Wire",
        "published_at": "2025-03-16",
        "text": (
            "A rocket attack on the Varna port, outside the city of Kessel, set a grain ship on fire on"
            " Saturday, port officials said. It was the second attack on the port this week."
        ),
    },
]
_RV23_FALK = [
    {
        "external_id": "f1",
        "outlet": "Ostmark Herald",
        "published_at": "2025-03-12",
        "text": (
            "Two drones attacked the Falk base near Lindau on Monday, wounding three soldiers. The army"
            " said the drones were launched from the hills."
        ),
    },
    {
        "external_id": "f4",
        "outlet": "Lindau Post",
        "published_at": "2025-03-15",
        "text": (
            "Drones attacked the base near Lindau again on Friday, the army said. No one was hurt."
        ),
    },
    {
        "external_id": "f5",
        "outlet": "Lindau Post",
        "published_at": "2025-03-14",
        "text": (
            "A drone attack on an army post in the hills was reported on Thursday. The army said it was"
            " investigating."
        ),
    },
]
_RV23_BRIDGE = [
    {
        "external_id": "a",
        "outlet": "Ostend Courier",
        "published_at": "2025-03-05",
        "text": (
            "The Red Hand bombed the Ostend bridge on Monday, March 3, police said. The group said the "
            "bridge was used by army trucks."
        ),
    },
    {
        "external_id": "c",
        "outlet": "River Times",
        "published_at": "2025-06-20",
        "text": (
            "Four people were killed when militants bombed the Ostend bridge, and traffic is still "
            "diverted months later. Repairs have barely started."
        ),
    },
    {
        "external_id": "d",
        "outlet": "City Wire",
        "published_at": "2025-06-21",
        "text": (
            "Months after the bombing of the Ostend bridge that killed four people, the city council "
            "has approved money for its repair."
        ),
    },
]
_RV23_MORTAR = [
    {
        "external_id": "a",
        "outlet": "Ostmark Herald",
        "published_at": "2025-03-11",
        "text": (
            "The Red Hand attacked the Falk base with a drone on Monday, March 10, the army said. The "
            "drone was shot down."
        ),
    },
    {
        "external_id": "b",
        "outlet": "Lindau Post",
        "published_at": "2025-03-16",
        "text": (
            "The Red Hand claimed a mortar attack on the Falk base. The group said the base was used to"
            " train soldiers."
        ),
    },
    {
        "external_id": "c",
        "outlet": "North Wire",
        "published_at": "2025-03-16",
        "text": (
            "Five soldiers were wounded when the Falk base was hit by mortars on Saturday, the army "
            "said."
        ),
    },
]
_RV23_MORTAR_2 = [
    {
        "external_id": "a",
        "outlet": "Ostmark Herald",
        "published_at": "2025-03-11",
        "text": (
            "The Red Hand attacked the Falk base on Monday, March 10, wounding two soldiers, the army "
            "said."
        ),
    },
    {
        "external_id": "b",
        "outlet": "Lindau Post",
        "published_at": "2025-03-16",
        "text": (
            "The Red Hand claimed an attack on the Falk base that wounded five soldiers. The group said"
            " it had used mortars."
        ),
    },
    {
        "external_id": "c",
        "outlet": "North Wire",
        "published_at": "2025-03-16",
        "text": (
            "Five soldiers were wounded when the Falk base was attacked with mortars on Saturday, the "
            "army said."
        ),
    },
]

_REVIEW23_VERDICTS = [
    # a part of the named site ("a fuel tank at the plant") or the claim's own target is no other target
    (_RV23_REFINERY, "Rockets struck the Harlan refinery on Tuesday.", "supported"),
    (_RV23_CONVOY, "Drones attacked a supply convoy at the Falk base on Friday.", "supported"),
    (_RV23_CONVOY, "A convoy at the Falk base was hit by drones on Friday.", "supported"),
    # a storm reported in several provinces, and two raids of one ministry, are not the claim's misplaced
    (_RV23_STORM, "Storm Elna flooded homes and knocked out power lines in Marsk province.", "unverified"),
    (_RV23_STORM_ONLY, "Storm Elna flooded homes and knocked out power lines in Marsk province.", "unverified"),
    (_RV23_RAIDS, "The Interior Ministry said police raided a farm used by a gang to grow opium in Marsk province.",
     "unverified"),
    (_RV23_RAIDS, "The Interior Ministry said police raided a warehouse used by smugglers to store weapons in Marsk "
                  "province.", "unverified"),
    # a distance says where the port is, not which of its attacks
    (_RV23_VARNA, "The rocket attack on the Varna port, 80 kilometres south of the city of Brena, took place on a "
                  "Saturday.", "unverified"),
    # the base attacked again on another day ("the base near Lindau again on Friday")
    (_RV23_FALK, "The drone attack on the Falk base took place on a Wednesday.", "unverified"),
    # a recap months later is of the bombing, not of the days before its article
    (_RV23_BRIDGE, "The Red Hand's bombing of the Ostend bridge killed six people.", "refuted"),
    # two incidents in one week: an undated report of another article is not the dated one's
    (_RV23_MORTAR, "Five soldiers were wounded in the Red Hand's mortar attack on the Falk base.", "supported"),
    (_RV23_MORTAR_2, "The Red Hand's mortar attack on the Falk base wounded seven soldiers.", "refuted"),
]


def test_the_mortar_attack_of_saturday_is_the_claimed_one(tmp_path: Path) -> None:
    doc = judged(tmp_path, _RV23_MORTAR_2, "Five soldiers were wounded in the Red Hand's attack on the Falk base.")
    assert bucket_of(doc, "attacked with mortars on Saturday")[0] == "corroborating"


def test_the_quality_reviews_cases() -> None:
    """The code review's behaviour cases of this session's rules, each read as it should be."""
    from service.dossier.stance import _asserts_claiming
    from service.text.clauses import reference_clauses
    from service.text.events import introduced_target, read_events
    from service.text.quotes import quoted_terms
    from service.text.sources import Credit, contrasted_sides
    # a sentence about the incident that mentions time since another is still of the incident
    events = read_events(["Drones attacked the Harir base on Monday, October 30, 2023.",
                          "The attack, which came months after a truce was agreed, wounded five soldiers."],
                         "2023-11-01")
    assert events[1].start is not None and events[1].start.isoformat() == "2023-10-30"
    # the target's head noun, not its modifier; an idiom's object is none
    assert introduced_target("Last Friday, drones attacked a supply convoy near the coast.") == "convoy"
    assert introduced_target("The attack, which struck a nerve in Washington, came on Friday.") is None
    # a copula far after the claiming clause does not make the claiming the claim's point
    assert not _asserts_claiming("The group that took responsibility for the attack, calling itself Saraya "
                                 "Awliya, said the target was Ain al-Asad.", True)
    # a short last side is no trailing credit
    credits = (Credit("The army", "army", "official", False, None),
               Credit("Hamas", "Hamas", "armed_group", False, None))
    assert len(contrasted_sides("The army said five soldiers were killed, while Hamas denied it.", credits)) == 2
    # the sentence's own opening reference is kept beside a speaker's
    text = ("A day after the raid on the depot, sources told Reuters that, the day before the drones struck the "
            "base, four rockets were fired.")
    assert [text[s:e] for s, e in reference_clauses(text)] == ["A day after the raid on the depot",
                                                               "the day before the drones struck the base"]
    # quote marks pair up
    assert quoted_terms('He said "the soldiers\' base was hit"') == ["the soldiers' base was hit"]


@pytest.mark.parametrize(("text", "read"), [
    ("The ministry, in a call for restraint, urged calm.", "The ministry, in a call for restraint, urged calm."),
    ("The vote went after Christmas.", "The vote went after Christmas."),
    ("Keeping up its attacks, the group struck again.", "continue its attacks, the group struck again."),
    ("An elderly couple was killed.", "An elderly couple was killed."),
    ("A pair of armed drones went after the base.", "two armed drones targeted the base."),
])
def test_phrases_read_as_one_word_only_in_their_sense(text: str, read: str) -> None:
    assert unphrase(text) == read


# The fourth review (a helper's own articles, with unrelated filler articles that make short passages less
# relevant): each misfire, now its verdict
_RV24_FILLER = [
    {
        "external_id": "f1",
        "outlet": "Farm Weekly",
        "published_at": "2025-06-02",
        "text": (
            "Wheat prices rose in Marsk province on Monday after a dry spring cut yields, traders said."
            " Farmers expect a smaller harvest this year."
        ),
    },
    {
        "external_id": "f2",
        "outlet": "City Wire",
        "published_at": "2025-06-03",
        "text": (
            "The Brena city council approved a new tram line on Tuesday. Construction will start next "
            "year and cost 300 million."
        ),
    },
    {
        "external_id": "f3",
        "outlet": "Sport Desk",
        "published_at": "2025-06-04",
        "text": (
            "Brena United beat Kronberg 2-1 on Wednesday to reach the cup final. The winning goal came "
            "in the 88th minute."
        ),
    },
    {
        "external_id": "f4",
        "outlet": "Health Wire",
        "published_at": "2025-06-05",
        "text": (
            "The Health Ministry said on Thursday that flu cases had fallen for the third week in a "
            "row. Hospitals reported fewer admissions."
        ),
    },
    {
        "external_id": "f5",
        "outlet": "Court News",
        "published_at": "2025-06-06",
        "text": (
            "A court in Velm jailed a former bank manager for six years on Friday for fraud. He had "
            "stolen money from clients over a decade."
        ),
    },
    {
        "external_id": "f6",
        "outlet": "Weather Desk",
        "published_at": "2025-06-07",
        "text": (
            "Heavy rain is expected across the north on Saturday, the weather service said. Rivers "
            "could rise in Halden province."
        ),
    },
    {
        "external_id": "f7",
        "outlet": "Business Daily",
        "published_at": "2025-06-08",
        "text": (
            "Kessel Foods reported higher profits on Sunday, helped by strong sales of breakfast "
            "cereals abroad."
        ),
    },
    {
        "external_id": "f8",
        "outlet": "Politics Now",
        "published_at": "2025-06-09",
        "text": (
            "Opposition leader Ida Krall called for early elections on Monday, saying the government "
            "had lost its majority."
        ),
    },
]
_RV24_FIRE = [
    {
        "external_id": "fire",
        "outlet": "Valley Times",
        "published_at": "2025-08-13",
        "text": (
            "Fire officials told the Valley Times on Wednesday, August 13, 2025, that a wildfire forced"
            " the evacuation of Bramwell village. The evacuation came a day after officials said the "
            "Orle dam had burst on Tuesday, August 12, 2025, flooding three farms."
        ),
    },
    {
        "external_id": "vote",
        "outlet": "Marsk Ledger",
        "published_at": "2025-05-20",
        "text": (
            "Voters in Marsk province went to the polls on Sunday, May 18, 2025. On May 4, 2025, "
            "opposition leader Ida Krall withdrew from the race, election officials said."
        ),
    },
    {
        "external_id": "insp",
        "outlet": "Valley Times",
        "published_at": "2025-08-15",
        "text": (
            "A wildfire reached the outskirts of Bramwell on Wednesday, August 13, 2025. On Thursday, "
            "August 14, 2025, officials denied that engineers had inspected the Orle dam."
        ),
    },
]
_RV24_STORM = [
    {
        "external_id": "storm",
        "outlet": "Halden Wire",
        "published_at": "2025-06-06",
        "text": (
            "The power company said that, two days after the storm hit Halden on June 1, power was "
            "restored to 5,000 homes."
        ),
    },
    {
        "external_id": "court",
        "outlet": "Court News",
        "published_at": "2025-03-12",
        "text": (
            "Prosecutors told the court that, the day after the Velm bank robbery on March 3, the "
            "suspect had fled to Kronberg."
        ),
    },
]
_RV24_BRIEFED = [
    {
        "external_id": "k",
        "outlet": "Dornau Daily",
        "published_at": "2025-06-11",
        "text": (
            "A gas explosion tore through a chemical plant in Dornau on Tuesday, killing at least two "
            "workers, the fire service said. Nearby residents were evacuated after the blast. Anna Berg"
            " has been briefed on the incident, according to her office. The plant's owner was later "
            "arrested in Brena over the explosion."
        ),
    },
    {
        "external_id": "v",
        "outlet": "Velm Courier",
        "published_at": "2025-06-11",
        "text": (
            "Gunmen attacked a police post in Velm on Tuesday, wounding three officers. Hours later, "
            "arsonists set fire to the town hall in Velm, causing heavy damage. Jon Eik said he had "
            "been briefed on the attack on the police post."
        ),
    },
]
_RV24_BRIEFED_2 = [
    {
        "external_id": "rail",
        "outlet": "Kronberg Post",
        "published_at": "2025-06-11",
        "text": (
            "Rail workers in Kronberg began a 24-hour strike on Tuesday, halting all trains. "
            "Separately, teachers in Kronberg held a one-day strike on Tuesday over pay. Paul Rind was "
            "briefed on the strike at the schools, his spokesman said."
        ),
    },
    {
        "external_id": "brena",
        "outlet": "Brena Times",
        "published_at": "2025-05-10",
        "text": (
            "A bus crashed into a wall in Brena on Friday, injuring six passengers. Separately, a fire "
            "destroyed a grain warehouse in Brena on Friday. Lena Holt was briefed on the incident at "
            "the warehouse, her office said."
        ),
    },
    {
        "external_id": "sola",
        "outlet": "Sola News",
        "published_at": "2025-05-10",
        "text": (
            "A boiler explosion at a school in Sola on Friday injured six pupils, officials said. Erik "
            "Mand has not been briefed on the incident, his spokeswoman said."
        ),
    },
]
_RV24_FUEL = [
    {
        "external_id": "ref",
        "outlet": "Delta Courier",
        "published_at": "2025-04-09",
        "text": (
            "The Harlan refinery in Velmora is the country's largest. Rockets struck the plant on "
            "Tuesday morning as fuel prices hit a two-year high, officials said."
        ),
    },
]
_RV24_TRUCK = [
    {
        "external_id": "ref2",
        "outlet": "South Wire",
        "published_at": "2025-04-09",
        "text": (
            "Workers at the Harlan refinery in Velmora were sent home on Tuesday. On Tuesday morning, "
            "rockets hit the refinery's main gate and struck a parked truck on the road nearby, the "
            "company said."
        ),
    },
]
_RV24_PORT = [
    {
        "external_id": "port",
        "outlet": "Coast Wire",
        "published_at": "2025-03-20",
        "text": (
            "The Varna port handles most of the region's grain. On Wednesday, gunmen raided the port "
            "and attacked a cargo ship moored at the quay, port officials said."
        ),
    },
]
_RV24_ORLE = [
    {
        "external_id": "orle",
        "outlet": "Marsk Ledger",
        "published_at": "2025-04-09",
        "text": (
            "Heavy rain fell across Marsk province on Tuesday. The Orle river burst its banks in "
            "Tamsin, flooding 40 homes that had only been rebuilt months ago."
        ),
    },
]
_RV24_ORLE_2 = [
    {
        "external_id": "orle2",
        "outlet": "Marsk Ledger",
        "published_at": "2025-05-14",
        "text": (
            "Rain pounded Marsk province on Tuesday. Weeks after the April floods, the Orle river burst"
            " its banks again in Tamsin, flooding 25 homes."
        ),
    },
]
_RV24_DOCKS = [
    {
        "external_id": "strike",
        "outlet": "Kronberg Post",
        "published_at": "2025-06-18",
        "text": (
            "Dock workers in Kronberg walked out on Monday. Months on from the last pay deal, the "
            "strike halted all shipping at the port, the union said."
        ),
    },
]
_RV24_MERGER = [
    {
        "external_id": "merger",
        "outlet": "Business Daily",
        "published_at": "2025-03-05",
        "text": (
            "Shares of Kessel Foods rose 4% on Tuesday on talk of a merger with Brena Mills. Neither "
            "company commented."
        ),
    },
    {
        "external_id": "calm",
        "outlet": "Politics Now",
        "published_at": "2025-03-11",
        "text": (
            "President Mara Voss and Prime Minister Olaf Lund joined in a call for calm on Monday after"
            " riots in Brena. Both leaders visited the city separately."
        ),
    },
    {
        "external_id": "falk",
        "outlet": "Lindau Post",
        "published_at": "2025-03-15",
        "text": (
            "On Friday, environmental groups went after the Falk base near Lindau over noise from night"
            " flights, filing a complaint with the regional court."
        ),
    },
    {
        "external_id": "senate",
        "outlet": "Politics Now",
        "published_at": "2025-03-14",
        "text": (
            "In Thursday's budget debate, Senator Ada Holm went after Finance Minister Piet Lauk over "
            "rising debt."
        ),
    },
    {
        "external_id": "plant",
        "outlet": "Dornau Daily",
        "published_at": "2025-06-12",
        "text": (
            "Despite the fire at the Kessel plant in Dornau on Tuesday, all 40 workers were kept on, "
            "the company said on Wednesday."
        ),
    },
    {
        "external_id": "water",
        "outlet": "Tamsin Times",
        "published_at": "2025-07-02",
        "text": (
            "Water test results in Tamsin are expected next week after the chemical spill on Monday, "
            "officials said."
        ),
    },
    {
        "external_id": "cereal",
        "outlet": "Business Daily",
        "published_at": "2025-03-20",
        "text": (
            "Kessel Foods branded the new cereal under its Sunny label, the company said on Wednesday."
        ),
    },
]
_RV24_UNITY = [
    {
        "external_id": "unity",
        "outlet": "Politics Now",
        "published_at": "2025-03-11",
        "text": (
            "In a call for unity on Monday, President Mara Voss urged Prime Minister Olaf Lund to end "
            "the budget dispute."
        ),
    },
    {
        "external_id": "elect",
        "outlet": "Marsk Ledger",
        "published_at": "2025-05-20",
        "text": (
            "Election results in Marsk province were announced on Monday, and protests broke out in "
            "Tamsin."
        ),
    },
    {
        "external_id": "storm",
        "outlet": "Weather Desk",
        "published_at": "2025-02-11",
        "text": (
            "Storm Elna resulted in the closure of 30 schools in Halden on Monday. As a result of the "
            "storm, trains were cancelled."
        ),
    },
]
_RV24_FANS = [
    {
        "external_id": "exam",
        "outlet": "Halden Wire",
        "published_at": "2025-06-13",
        "text": (
            "Exam results in Halden improved on Thursday, the education office said, weeks after the "
            "end of the teachers' strike."
        ),
    },
    {
        "external_id": "peace",
        "outlet": "Velm Courier",
        "published_at": "2025-06-10",
        "text": (
            "The Velm rebels and the government agreed on Monday to hold peace talks next month in "
            "Brena, mediators said."
        ),
    },
    {
        "external_id": "falk",
        "outlet": "Lindau Post",
        "published_at": "2025-03-15",
        "text": (
            "On Friday, environmental groups went after the Falk base near Lindau over noise from night"
            " flights, filing a complaint with the regional court."
        ),
    },
    {
        "external_id": "fans",
        "outlet": "Sport Desk",
        "published_at": "2025-05-21",
        "text": (
            "Thousands of Brena United fans went after Tuesday's final to the Kronberg stadium to greet"
            " the team."
        ),
    },
    {
        "external_id": "ceo",
        "outlet": "Business Daily",
        "published_at": "2025-05-22",
        "text": (
            "Kessel Foods chief executive Nora Vik refused to talk about job cuts on Wednesday."
        ),
    },
]

_REVIEW24_VERDICTS = [
    # the sentence's own opening still times it when a speaker's "that, the week before," has no event
    (_RV24_FIRE, "A day after the wildfire reached Bramwell on 13 August, officials confirmed that, the week before, "
                 "engineers had inspected the Orle dam.", "refuted"),
    # a passage's speaker's words are not timed so: the storm hit on June 1, the robbery was on March 3
    (_RV24_STORM, "The storm hit Halden on June 1, 2025.", "supported"),
    (_RV24_STORM, "The Velm bank was robbed on March 3, 2025.", "supported"),
    # "briefed on the incident" of another incident, or of another kind
    (_RV24_BRIEFED, "Anna Berg was briefed on the Tuesday arson attack in Dornau that killed at least two workers.",
     "unverified"),
    (_RV24_BRIEFED, "Jon Eik was briefed on the Tuesday arson attack in Velm that injured three officers.",
     "unverified"),
    (_RV24_BRIEFED_2, "Paul Rind was briefed on the Tuesday rail strike in Kronberg that halted all trains.",
     "unverified"),
    (_RV24_BRIEFED_2, "Lena Holt was briefed on the Friday incident in Brena that injured six passengers.",
     "unverified"),
    # "hit a two-year high" is no target; nor a second target beside the named one
    (_RV24_FUEL, "Rockets struck the Harlan refinery on Tuesday.", "supported"),
    (_RV24_TRUCK, "Rockets struck the Harlan refinery on Tuesday.", "supported"),
    (_RV24_PORT, "Gunmen raided the Varna port on Wednesday.", "supported"),
    # "rebuilt months ago", "Weeks after the floods, the river burst its banks again", "Months on from the last
    # pay deal, the strike halted shipping": new incidents, dated by their article
    (_RV24_ORLE, "The Orle river burst its banks in Tamsin on Tuesday, flooding 40 homes.", "supported"),
    (_RV24_ORLE, "The Orle river burst its banks in Tamsin on Monday, flooding 40 homes.", "refuted"),
    (_RV24_ORLE_2, "The Orle river flooded 25 homes in Tamsin on Tuesday.", "supported"),
    (_RV24_DOCKS, "A dock strike halted all shipping at the Kronberg port on Monday.", "supported"),
    # "talk of a merger" is no talks; "a call for calm" is no phone call
    (_RV24_MERGER, "Kessel Foods and Brena Mills discussed a merger on Tuesday.", "unverified"),
    (_RV24_MERGER, "Mara Voss and Olaf Lund talked by phone on Monday.", "unverified"),
    (_RV24_UNITY, "Mara Voss and Olaf Lund spoke by phone on Monday.", "unverified"),
    # fans who "went after Tuesday's final" went somewhere after it
    (_RV24_FANS, "Police targeted Brena United fans after Tuesday's final.", "unverified"),
]


@pytest.mark.parametrize(("articles", "claim", "label"), [
    *_REVIEW21_VERDICTS, *_REVIEW22_VERDICTS, *_REVIEW23_VERDICTS,
    # (the fourth reviewer's articles stand among unrelated ones, which make short passages less relevant)
    *(([*articles, *_RV24_FILLER], claim, label) for articles, claim, label in _REVIEW24_VERDICTS),
])
def test_reviewed_verdicts(tmp_path: Path, articles: list[dict[str, str]], claim: str, label: str) -> None:
    """The four reviews' cases: the verdict of each claim on the reviewer's own articles."""
    assert judged(tmp_path, articles, claim)["verdict"]["label"] == label
