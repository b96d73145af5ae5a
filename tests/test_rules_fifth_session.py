"""Rules of 2026-12-04, fifth session (docs/verdicts.md section 0): names after an opening
preposition, amounts that name the event in a subject, pronouns as amounts, copular counts, what
is not yet known, organisations named after a place, "it said", identifying places, "go on",
and a bare place the archive levels elsewhere. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.text.extract import find_names, find_quantities
from service.text.places import find_locations
from service.text.synonyms import unphrase


@pytest.mark.parametrize(("text", "names"), [
    ("Besides Nordwire's early count, other estimates put the toll at 40.", ["Nordwire"]),
    ("Unlike Oxfam, the ministry gave no figure.", ["Oxfam"]),
    ("Despite Oxfam's denial, the flight was delayed.", ["Oxfam"]),
    ("Amid Valmont Council protests, the mayor resigned.", ["Valmont Council"]),
])
def test_an_opening_preposition_is_not_part_of_a_name(text: str, names: list[str]) -> None:
    assert [n.text for n in find_names(text)] == names


@pytest.mark.parametrize(("text", "expected"), [
    # "every one of them" is a pronoun, not an amount of one
    ("At least ten shells were fired at the depot, and every one of them hit it.", [("At least ten shells", 10.0)]),
    ("Not one of the 40 passengers was hurt.", [("40 passengers", 40.0)]),
    # …while "one" counting stays an amount
    ("One worker was hurt.", [("One worker", 1.0)]),
])
def test_every_one_of_them_is_no_amount(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.low) for q in find_quantities(text, [])] == expected


def test_a_count_whose_noun_follows_a_copula() -> None:
    found = find_quantities("Of the 812 people evacuated, 300 were women and 120 were children.", [])
    assert [(q.text, q.unit) for q in found] == [("812 people", "people"), ("300 were women", "women"),
                                                ("120 were children", "children")]
    # a verb after the copula is no noun
    assert [q.unit for q in find_quantities("Of the 40 passengers, 12 were injured.", [])] == ["passengers"] * 2


@pytest.mark.parametrize(("text", "places"), [
    # an organisation named after a place is no place of anything
    ("The Revolutionary Front of Syria claimed the attack.", []),
    ("The Islamic Resistance in Iraq claimed the attack.", []),
    # …but troops in a country are there
    ("US forces in Iraq were attacked.", ["Iraq"]),
])
def test_an_organisation_named_after_a_place_places_nothing(text: str, places: list[str]) -> None:
    assert [loc.place for loc in find_locations(text)] == places


@pytest.mark.parametrize(("text", "read"), [
    ("The union said its strike would go on.", "The union said its strike would continue."),
    ("The stoppage will carry on until Friday.", "The stoppage will continue until Friday."),
    # other senses of "go on" stay
    ("She went on to win the final.", "She went on to win the final."),
    ("The workers will go on strike.", "The workers will go on strike."),
    ("Nobody knew what was going on.", "Nobody knew what was going on."),
])
def test_going_on_is_continuing(text: str, read: str) -> None:
    assert unphrase(text) == read


_DEPOT = [{"external_id": "depot", "outlet": "Plains Herald", "published_at": "2025-03-05",
           "text": "Two armed drones targeted the Kestrel fuel depot in Syria's Latakia governorate on "
                   "Tuesday, March 4, 2025, a security source told Nordwire. The agency confirmed, citing its "
                   "sources, that the attack did not result in casualties or damage."}]


@pytest.mark.parametrize(("claim", "bucket"), [
    # the drones name the attack; what the claim says of it is that it caused no harm
    ("Nordwire's sources said the attack by two armed drones on the Kestrel fuel depot on Tuesday, "
     "March 4, 2025 caused neither casualties nor damage.", "corroborating"),
    ("Nordwire's sources said the attack by two armed drones on the Kestrel fuel depot on Tuesday, "
     "March 4, 2025 caused casualties and damage.", "conflicting"),
])
def test_an_amount_in_the_subject_names_the_attack(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DEPOT) as store:
        assert bucket_of(judge(store, claim), "did not result")[0] == bucket


def test_an_amount_in_the_predicate_is_still_asserted() -> None:
    from service.text.clauses import event_subjects

    assert event_subjects("Officials said the raid with four rockets killed nobody.") != []
    assert event_subjects("The depot was hit by an attack with two drones.") == []


def test_nothing_reported_yet_agrees_with_no_immediate_reports(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "dam", "outlet": "Valley Post", "published_at": "2025-06-12",
                 "text": "The Northern Brigade claimed responsibility for the shelling of the Tesh dam on Wednesday "
                         "afternoon. There were no immediate reports about the extent of damage at the dam, and "
                         "possible casualties."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Right after the Wednesday afternoon shelling of the Tesh dam, nothing had yet been "
                           "reported about how much damage it did or whether anyone was hurt.")
        bucket, item = bucket_of(doc, "no immediate reports")
        assert bucket == "corroborating"
        assert any(r["type"] == "negation_match" for r in item["reasons"])


def test_it_said_credits_the_group_last_credited(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "port", "outlet": "Coast Wire", "published_at": "2025-05-02",
                 "text": "The Harbor Workers Union, in a statement on its website, claimed the stoppage at the "
                         "Port Alder docks on Thursday. It said the cranes were idle and that the night shift "
                         "\u201cdid not report for work.\u201d"}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Harbor Workers Union said the cranes at the Port Alder docks were idle on Thursday.")
        bucket, item = bucket_of(doc, "cranes were idle")
        assert bucket == "corroborating"
        assert any(r["type"] == "source_match" for r in item["reasons"])
        doc = judge(store, "The port authority said the cranes at the Port Alder docks were idle on Thursday.")
        assert doc["verdict"]["label"] != "supported"


_DEPOTS = [{"external_id": "brigade", "outlet": "Coast Wire", "published_at": "2025-03-12",
            "text": "Earlier on Monday, a fuel depot in the Kessab area of Latakia was attacked by an armed drone. "
                    "In a statement, the Coastal Brigade announced the drone attack on the fuel depot of Kessab in "
                    "Syria on Monday."}]


def test_a_place_that_only_identifies_the_site_need_not_be_restated(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _DEPOTS) as store:
        doc = judge(store, "The drone attack on the fuel depot in the Kessab area of Latakia took place on a Monday, "
                           "and the Coastal Brigade announced it in a statement.")
        assert bucket_of(doc, "In a statement")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


_FIELDS = [
    {"external_id": "fields-1", "outlet": "Desert Wire", "published_at": "2025-02-02",
     "text": "The Zora oil field in Deir ez-Zor, where contractors are based, was shelled on Saturday."},
    {"external_id": "fields-2", "outlet": "Desert Wire", "published_at": "2025-02-03",
     "text": "Contractors were evacuated from the eastern Syrian governorate of Deir ez-Zor on Sunday."},
]


@pytest.mark.parametrize(("claim", "bucket"), [
    ("The Zora oil field, where contractors are based, is in Syria's Homs governorate.", "conflicting"),
    ("The Zora oil field, where contractors are based, is in Syria's Deir ez-Zor governorate.", "corroborating"),
])
def test_a_bare_place_is_read_at_the_level_the_archive_gives_it(tmp_path: Path, claim: str, bucket: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _FIELDS) as store:
        assert bucket_of(judge(store, claim), "Zora oil field in")[0] == bucket


def test_a_bare_place_the_archive_does_not_level_is_not_compared(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    # nothing says what Qasr Talal is (Deir ez-Zor, a city of the cities table, is now known: tests/test_cities.py)
    field = [{**_FIELDS[0], "text": _FIELDS[0]["text"].replace("Deir ez-Zor", "Qasr Talal")}]
    with stored(tmp_path, field) as store:
        doc = judge(store, "The Zora oil field, where contractors are based, is in Syria's Homs governorate.")
        assert bucket_of(doc, "Zora oil field in")[0] != "conflicting"


@pytest.mark.parametrize(("claim", "credited"), [
    # who announced the strike a relative clause picks out is not who the claim credits
    ("Two people were killed in the strike on the depot that the Health Ministry announced.", []),
    ("The Health Ministry announced that two people were killed in the strike on the depot.", ["Health Ministry"]),
    # an outlet's correspondent in a country is the outlet's
    ("Nordwire's Syria correspondent said the depot was evacuated.", ["Nordwire"]),
    # a name joined by "in" owns the statement, however long what follows it
    ("The Harbor Workers Union in Valmont's statement announcing the walkout at the docks on Monday said "
     "the stoppage would end on Friday.", ["Harbor Workers Union in Valmont"]),
])
def test_who_a_claim_credits(claim: str, credited: list[str]) -> None:
    from service.text.sources import claim_credits

    assert [c.source for c in claim_credits(claim)] == credited


_ARSON = [{"external_id": "arson", "outlet": "Valley Post", "published_at": "2024-05-02",
           "text": "Until last year, fuel depots along the river were hit by many arson attacks. No group claimed "
                   "responsibility for these attacks at the time, but police blamed the Northern Brigade."}]


def test_a_claim_that_an_attack_was_claimed_by_someone_needs_a_claim_stated(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _ARSON) as store:
        doc = judge(store, "The arson attacks on fuel depots along the river were claimed at the time by the Northern "
                           "Brigade.")
        assert bucket_of(doc, "Until last year")[0] != "corroborating"
        assert bucket_of(doc, "No group claimed")[0] == "conflicting"


_HARBOUR = [{"external_id": "harbour", "outlet": "Coast Wire", "published_at": "2025-04-02",
             "text": "Striking dockers had repeatedly blockaded ports including the Kessab harbour in northern "
                     "Syria and the Tartus harbour in western Syria."}]


@pytest.mark.parametrize(("claim", "bucket", "reason"), [
    # where the harbour is only identifies it: the place is no fact the passage confirms
    ("French trawlers are also moored at the Kessab harbour in northern Syria.", "related", "place_match"),
    # …a wrong place still conflicts
    ("French trawlers are also moored at the Kessab harbour in southern Syria.", "conflicting", "entity_mismatch"),
    # …and a claim about where it is is confirmed by it
    ("The Kessab harbour is in northern Syria.", "corroborating", "entity_match"),
])
def test_a_place_that_only_identifies_is_no_confirmation(tmp_path: Path, claim: str, bucket: str,
                                                         reason: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _HARBOUR) as store:
        found, item = bucket_of(judge(store, claim), "Kessab harbour")
        assert (found, [r["type"] for r in item["reasons"] if "match" in r["type"]][-1:]) == (bucket, [reason])


# Counter-examples from the review of this session's rules (each a misfire of a first form of one)
_PA = [{'external_id': 'a1',
        'outlet': 'Plains Herald',
        'published_at': '2025-06-12',
        'text': 'Police in Oklahoma said flash floods killed 12 people on Tuesday, June 10, 2025. Rescue teams '
                'searched for four people still missing along the river.'}]
_PB = [{'external_id': 'b1',
        'outlet': 'Metro Ledger',
        'published_at': '2025-04-03',
        'text': 'Reuters reported on Wednesday that Halden Motors will close its plant in Ohio. Halden Motors makes '
                'truck parts and employs 900 people at the site. It said weak demand forced the closure.'},
       {'external_id': 'b2',
        'outlet': 'Metro Ledger',
        'published_at': '2025-04-04',
        'text': 'The Weather Service said the river crested on Friday. Residents of Millbrook spent the night on '
                'rooftops waiting for boats. They said the water rose within minutes and nobody warned them.'}]
_PC = [{'external_id': 'c1',
        'outlet': 'County Echo',
        'published_at': '2025-05-06',
        'text': "Nurses at St Anne's hospital in Harlow went on indefinite strike on Monday, May 5, 2025, over "
                'unpaid overtime. Union officials said about 300 nurses took part.'},
       {'external_id': 'c2',
        'outlet': 'County Echo',
        'published_at': '2025-05-07',
        'text': 'Bus drivers in Corby went on hunger strike on Tuesday, May 6, 2025, demanding the reinstatement of '
                'two sacked colleagues.'},
       {'external_id': 'c3',
        'outlet': 'County Echo',
        'published_at': '2025-05-08',
        'text': 'Harlow Town striker Dean Moss went on as a substitute in the 70th minute on Wednesday and scored '
                'the winner against Corby.'}]
_PE = [{'external_id': 'e1',
        'outlet': 'County Echo',
        'published_at': '2025-05-06',
        'text': "A nurses' strike closed two wards at St Anne's hospital in Harlow on Monday, May 5, 2025, union "
                'officials said.'},
       {'external_id': 'e2',
        'outlet': 'Valley Post',
        'published_at': '2025-03-02',
        'text': 'Firefighters said the blast at the Orwell chemical plant on Saturday, March 1, 2025, destroyed the '
                'main warehouse.'}]
_PJ = [{'external_id': 'h3',
        'outlet': 'Andes Wire',
        'published_at': '2025-02-04',
        'text': 'The Vela mine in Torvan, where 300 miners are based, was flooded on Saturday.'},
       {'external_id': 'h4',
        'outlet': 'Andes Wire',
        'published_at': '2025-02-05',
        'text': 'Miners were evacuated from the northern Chilean province of Torvan on Sunday.'},
       {'external_id': 'h5',
        'outlet': 'Andes Wire',
        'published_at': '2025-02-06',
        'text': "The Vela mine's 300 miners rallied in Arelo on Monday to demand safety checks at the mine."},
       {'external_id': 'h6',
        'outlet': 'Andes Wire',
        'published_at': '2025-02-07',
        'text': 'Police were deployed in the northern Chilean province of Arelo on Monday.'}]
_REVIEW5 = [
    # police in a state are there: the state is where it happened
    (_PA, 'Flash floods killed 12 people in Texas on Tuesday, June 10, 2025.',
     'refuted'),
    # "It said" after an outlet's report is not the outlet
    (_PB, 'Reuters said weak demand forced Halden Motors to close its Ohio plant.',
     'not supported'),
    # "They said" is not the organisation credited before
    (_PB, 'The Weather Service said nobody warned Millbrook residents before the water rose.',
     'not supported'),
    # …nor does it refute the people who said it
    (_PB, 'Millbrook residents said nobody warned them before the water rose.',
     'not refuted'),
    # "went on strike" is no "continue"
    (_PC, "Nurses at St Anne's hospital in Harlow stopped work on Monday, May 5, 2025, over unpaid overtime.",
     'supported'),
    # what a blast involved is the claim's to confirm
    (_PE, 'Firefighters said the blast involving 20 tonnes of ammonium nitrate at the Orwell chemical plant on '
          'Saturday, March 1, 2025, destroyed the main warehouse.',
     'not supported'),
    # where its miners rallied is not where the mine is
    (_PJ, "The Vela mine, where 300 miners are based, is in Chile's Torvan province.",
     'supported'),
]


# Counter-examples from the second review (misfires of first forms of this session's rules)
_P11 = [{'external_id': 'j1',
         'outlet': 'Ohio Courier',
         'published_at': '2025-02-11',
         'text': 'A ticket holder in Dayton won the Powerball jackpot on Monday, lottery officials said. The winner '
                 'chose the cash option.'},
        {'external_id': 'j2',
         'outlet': 'County Gazette',
         'published_at': '2025-07-05',
         'text': "The Green Party won the Marlow South seat in Thursday's by-election, the returning officer "
                 'announced on Friday.'},
        {'external_id': 'j3',
         'outlet': 'Sport Daily',
         'published_at': '2025-07-14',
         'text': "Jannik Sinner won the Wimbledon men's singles title on Sunday, beating Carlos Alcaraz in four "
                 'sets.'}]
_P3 = [{'external_id': 'c1',
        'outlet': 'Iberia Daily',
        'published_at': '2025-08-11',
        'text': 'Wildfires forced more than 2,000 people to flee their homes in the northern Alentejo region on '
                'Sunday, civil protection officials said. Firefighters battled the flames near the town of '
                'Portalegre through the night.'},
       {'external_id': 'c2',
        'outlet': 'Alpine Wire',
        'published_at': '2025-06-02',
        'text': 'Floods killed four people in the northern Bavaria region on Sunday after the Main river burst its '
                'banks, police said. Hundreds of homes were evacuated in Wurzburg.'},
       {'external_id': 'c3',
        'outlet': 'Roma Notizie',
        'published_at': '2025-10-20',
        'text': 'Storms caused landslides in the southern Tuscany region on Saturday, cutting off several villages '
                'near Grosseto, the regional government said.'}]
_P7 = [{'external_id': 'g1',
        'outlet': 'Chennai Herald',
        'published_at': '2025-09-16',
        'text': 'Two deaths from the Nipah virus were confirmed on Monday, the Tamil Nadu health minister said, and '
                'schools in two districts were ordered closed.'}]
_P9 = [{'external_id': 'i1',
        'outlet': 'Market Daily',
        'published_at': '2025-04-03',
        'text': "Because of Ford's statement that its Almussafes plant will cut 1,600 jobs by the end of the year, "
                'shares in its Spanish suppliers fell sharply on Thursday.'},
       {'external_id': 'i2',
        'outlet': 'Auto Ledger',
        'published_at': '2025-04-03',
        'text': "Ahead of Tesla's statement on Wednesday, analysts expected weak numbers. Deliveries fell 13 percent "
                "in the first quarter, Tesla's statement said."}]
_P2 = [{'external_id': 'b1',
        'outlet': 'Valley Post',
        'published_at': '2025-03-04',
        'text': 'A fire destroyed a warehouse in the industrial district of Marlow on Monday night. The fire killed '
                'two workers, the Marlow fire department said on Tuesday. Investigators are still looking for the '
                'cause.'},
       {'external_id': 'b2',
        'outlet': 'Coast Herald',
        'published_at': '2025-09-30',
        'text': "The dock workers' strike that shut the port of Kelsey for nine days ended on Friday, Reuters "
                'reported, after the union accepted a 6 percent pay rise. Ships began unloading on Saturday '
                'morning.'}]
_REVIEW6 = [
    # "was claimed by" of a title is winning it, not claiming an attack
    (_P11, "The Wimbledon men's singles title was claimed by Jannik Sinner on Sunday.",
     'supported'),
    # "the northern Alentejo region" is its northern part, not the north of the country
    (_P3, 'Wildfires forced more than 2,000 people to flee their homes in the Alentejo region of southern Portugal '
          'on Sunday.',
     'supported'),
    # a place's own office ("India's Kerala health ministry") stays the credit
    (_P7, "India's Kerala health ministry confirmed two deaths from the Nipah virus on Monday.",
     'refuted'),
    # "Because of Ford's statement" is Ford's
    (_P9, 'Ford Motor said its Almussafes plant will cut 1,600 jobs by the end of the year.',
     'supported'),
    # "according to X" after a relative clause still credits X
    (_P2, 'The strike that shut the port of Kelsey ended on Friday according to the Associated Press.',
     'refuted'),
]


def test_an_opening_offset_from_a_dated_event_dates_the_claim() -> None:
    from datetime import date

    from service.dossier.analysis import analyze_claim

    [mention] = analyze_claim("A week after the dam burst on March 3, 2024, the town was evacuated.").dates
    assert (mention.start, mention.end) == (date(2024, 3, 10), date(2024, 3, 10))
    event = analyze_claim("Two days before the dockers walked out on October 31, the port closed.").event
    assert (event.month, event.day) == (10, 29)
    # a bare "After …," gives no offset: its day stays the claim's, as before
    assert analyze_claim("After the dockers walked out on October 31, the port closed.").event.day == 31


_WALKOUT = [{"external_id": "walkout", "outlet": "Coast Wire", "published_at": "2025-11-01",
             "text": "Union sources told Nordwire on Friday, October 31, 2025, that two hundred dockers walked out at "
                     "the Port Alder terminal. The agency confirmed, citing its sources, that the walkout did not "
                     "result in delays or damage."}]


def test_amounts_of_the_sentence_a_passage_goes_on_from_are_checked(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    with stored(tmp_path, _WALKOUT) as store:
        doc = judge(store, "Two hundred dockers walked out at the Port Alder terminal, causing neither delays nor "
                           "damage, Nordwire's sources said.")
        bucket, item = bucket_of(doc, "did not result")
        assert bucket == "corroborating"
        assert any(r["type"] == "quantity_match" and "sentence before" in r["detail"] for r in item["reasons"])


def test_the_same_count_of_another_named_group_is_misnamed(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "test-site", "outlet": "Plains Herald", "published_at": "2025-02-02",
                 "text": "According to a senior engineer, who spoke to the Gazette on condition of anonymity, the "
                         "three Harbor Union members and the Nordic technical adviser were testing a new generation of "
                         "cranes near the Port Alder terminal when the boom collapsed."}]
    with stored(tmp_path, articles) as store:
        claim = ("Three {} members and a Nordic crane adviser were testing a new generation of cranes near the Port "
                 "Alder terminal, an engineer told the Gazette.")
        bucket, item = bucket_of(judge(store, claim.format("Dockers Guild")), "were testing")
        assert bucket == "conflicting"
        assert any(r["type"] == "entity_mismatch" for r in item["reasons"])
        assert bucket_of(judge(store, claim.format("Harbor Union")), "were testing")[0] != "conflicting"


def test_where_a_claim_says_its_event_took_place(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "storms", "outlet": "Plains Herald", "published_at": "2025-06-12",
                 "text": "Last week, hailstorms hit farms across Kenya, some causing minor damage to crops."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Last week's hailstorms that caused minor damage to crops took place in Uganda.")
        assert bucket_of(doc, "hailstorms")[0] == "conflicting"
        doc = judge(store, "Last week's hailstorms that caused minor damage to crops took place in Kenya.")
        assert bucket_of(doc, "hailstorms")[0] != "conflicting"


def test_a_speaker_named_with_the_office_they_speak_for(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [{"external_id": "port", "outlet": "Coast Wire", "published_at": "2025-05-02",
                 "text": "\u201cWe have not seen any order to close the terminal,\u201d Port Authority spokesperson "
                         "Colonel Mara Quist said."}]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Colonel Mara Quist said the Port Authority had not seen any order to close the terminal.")
        bucket, item = bucket_of(doc, "Mara Quist")
        assert bucket == "corroborating"
        assert any(r["type"] == "source_match" for r in item["reasons"])
        # …and under another rank, the claim misnames her
        doc = judge(store, "Major Mara Quist said the Port Authority had not seen any order to close the terminal.")
        bucket, item = bucket_of(doc, "Mara Quist")
        assert bucket == "conflicting"
        assert any(r["type"] == "role_mismatch" for r in item["reasons"])


def _one(external_id: str, outlet: str, published_at: str, text: str) -> list[dict[str, str]]:
    return [{"external_id": external_id, "outlet": outlet, "published_at": published_at, "text": text}]


# Counter-examples from the third review (misfires of first forms of this session's rules)
_REVIEW7 = [
    # a passage opening with the same offset is dated as the claim is
    (_one("a1", "Court Wire", "2024-02-10", "Three days after the verdict on February 5, the judge sentenced Mark "
                                            "Doyle to six years in prison for fraud."),
     "Three days after the verdict on February 5, 2024, the judge sentenced Mark Doyle to six years in prison for "
     "fraud.", "supported"),
    # the sentence before reports another fire: its count is not this one's
    (_one("a1", "Valley Post", "2025-04-10", "A fire at the Dalton warehouse in 2022 injured five workers. The fire "
                                             "at the Dalton warehouse on Tuesday injured workers and destroyed stock, "
                                             "the fire service said."),
     "A fire at the Dalton warehouse on Tuesday injured five workers.", "not supported"),
    # another name of the same group
    (_one("a1", "Metro Herald", "2024-07-05", "Police arrested three Extinction Rebellion members who glued "
                                              "themselves to the runway at Gatwick Airport on Thursday."),
     "Police arrested three XR members who glued themselves to the runway at Gatwick Airport on Thursday.",
     "not refuted"),
    # a set the passage names too
    (_one("a1", "Labor Beat", "2024-07-05", "Five Staten Island workers were injured when a conveyor collapsed at "
                                            "the Amazon warehouse on Monday."),
     "Five Amazon workers were injured when a conveyor collapsed at the warehouse on Monday.", "not refuted"),
    # where people came from is not where the event took place
    (_one("a1", "World Desk", "2025-06-26", "Leaders from Germany and Italy joined the NATO summit, which took "
                                            "place in the Netherlands on Wednesday."),
     "The NATO summit on Wednesday took place in the Netherlands.", "supported"),
    # "General" is how a brigadier general is addressed
    (_one("a1", "Defense Desk", "2024-03-10", "Pentagon spokesperson Brigadier General Patrick Ryder said the Army "
                                              "would cut 24,000 positions by 2029."),
     "General Patrick Ryder said the Army would cut 24,000 positions by 2029.", "supported"),
]


def test_a_death_toll_after_a_span_of_days_counts_people() -> None:
    found = find_quantities("Officials put the death toll after 12 days of flooding at more than 1,204, among them "
                            "311 children.", [])
    assert [(q.text, q.unit, q.predicate) for q in found] == [
        ("12 days", "days", "killed"), ("more than 1,204", "people", "killed"), ("311 children", "children", "killed")]


_TOLLS = [
    {"external_id": "toll-1", "outlet": "Valley Post", "published_at": "2025-03-13",
     "text": "For 12 days, floods have swept through the valley, killing more than 1,204 people, including 311 "
             "children, according to official data."},
    {"external_id": "toll-2", "outlet": "Valley Post", "published_at": "2025-03-30",
     "text": "At least 2,150 people have been killed in the valley floods, including 540 children."},
]


@pytest.mark.parametrize(("claim", "expected"), [
    # the span says when: the later toll of another article does not confirm the count after 12 days
    ("According to official data, the valley's flood death toll after 12 days stood at about 2,150.", "refuted"),
    ("According to official data, the valley's flood death toll after 12 days stood at more than 1,204.",
     "supported"),
])
def test_a_count_at_a_span_of_days(tmp_path: Path, claim: str, expected: str) -> None:
    from tests.support.judging import judge, stored

    with stored(tmp_path, _TOLLS) as store:
        assert judge(store, claim)["verdict"]["label"] == expected


def test_a_precise_more_than_figure_is_a_count_a_little_past_it() -> None:
    from service.dossier.stance.amounts import overlaps
    from service.text.model import Quantity, Span

    def q(text: str, value: float, low: float | None, high: float | None) -> Quantity:
        return Quantity(Span(text, 0, len(text)), value, low, high, "people", "killed")

    assert not overlaps(q("about 2,150", 2150.0, 1935.0, 2365.0), q("more than 1,204", 1204.0, 1205.0, None))
    assert overlaps(q("1,250", 1250.0, 1250.0, 1250.0), q("more than 1,204", 1204.0, 1205.0, None))
    # a round bound is loose
    assert overlaps(q("about 2,150", 2150.0, 1935.0, 2365.0), q("more than 300", 300.0, 301.0, None))


def test_a_converted_figure_in_brackets_is_compared_only_in_its_own_unit(tmp_path: Path) -> None:
    from tests.support.judging import judge, stored

    articles = _one("dam", "Valley Post", "2025-03-13",
                    "The Kestrel dam, located about 160 kilometers (100 miles) north of the capital, was shelled.")
    with stored(tmp_path, articles) as store:
        assert judge(store, "The Kestrel dam lies roughly 100 kilometers north of the capital.")["verdict"]["label"] \
            == "refuted"
        assert judge(store, "The Kestrel dam lies roughly 100 miles north of the capital.")["verdict"]["label"] \
            == "supported"


def test_a_denied_deed_is_not_its_object() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    denied = claim_terms(analyze_claim("No group claimed the arson and bomb attacks on the depots.")).negated
    assert "claim" in denied and "bomb" not in denied
    denied = claim_terms(analyze_claim("The fire at the depot caused no casualties or damage.")).negated
    assert {"damag", "casualti"} <= denied


def test_the_same_words_quoted_are_the_statement_whatever_its_incident(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = [
        {"external_id": "quote", "outlet": "Coast Wire", "published_at": "2025-05-02",
         "text": "On Thursday, the Harbor Workers Union wrote on X: \u201cWe will not unload a single ship.\u201d"},
        {"external_id": "claim", "outlet": "Coast Wire", "published_at": "2025-05-09",
         "text": "The Harbor Workers Union, in a statement on its Telegram channel, claimed the sabotage of the "
                 "Port Alder cranes on Wednesday."},
    ]
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The Harbor Workers Union posted \u201cWe will not unload a single ship\u201d on its "
                           "Telegram channel.")
        bucket, item = bucket_of(doc, "single ship")
        assert bucket == "conflicting"
        assert any(r["type"] == "platform_mismatch" for r in item["reasons"])


@pytest.mark.parametrize(("claim", "bucket", "reason"), [
    ("Mara Quist, the port authority's spokesperson, holds the rank of major.", "conflicting", "role_mismatch"),
    ("Mara Quist, the port authority's spokesperson, holds the rank of colonel.", "corroborating", "role_match"),
])
def test_a_rank_claimed_against_the_rank_written_before_the_name(tmp_path: Path, claim: str, bucket: str,
                                                                  reason: str) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = _one("port", "Coast Wire", "2025-05-02", "\u201cWe have not seen any order to close the terminal,\u201d "
                                                        "Port Authority spokesperson Colonel Mara Quist said.")
    with stored(tmp_path, articles) as store:
        found, item = bucket_of(judge(store, claim), "Mara Quist")
        assert found == bucket
        assert any(r["type"] == reason for r in item["reasons"])


# Counter-examples from the fourth review
_REVIEW8 = [
    # a sentence of other years is no span of a toll: it conflicts
    ([{'external_id': 'c1',
       'outlet': 'Harbor Courier',
       'published_at': '2025-04-10',
       'text': 'A court in Velmar on Wednesday sentenced the two men convicted of the Kessling bank robbery to '
               'eight years in prison, prosecutors said. The judge said the sentence reflected the violence used '
               'against the staff.'}],
     'A court in Velmar sentenced the two men convicted of the Kessling bank robbery to 12 years in prison.',
     'refuted'),
    # "the past two weeks" and "the past 14 days" are compared as amounts
    ([{'external_id': 'h1',
       'outlet': 'Health Wire',
       'published_at': '2025-07-20',
       'text': 'Cholera has killed 230 people in Bastia province in the past 14 days, the provincial health '
               'ministry said on Sunday, as clinics ran short of rehydration salts.'}],
     'Cholera has killed 230 people in Bastia province in the past two weeks.',
     'supported'),
    # "more than 1,257 runners" bounds a count that is no toll
    ([{'external_id': 'r3',
       'outlet': 'Sport Line',
       'published_at': '2025-04-14',
       'text': 'More than 1,257 runners finished the Kell City marathon on Sunday, organisers said, despite heavy '
               'rain along the river course.'}],
     '1,600 runners finished the Kell City marathon on Sunday.',
     'not refuted'),
    # "more than 125" is round enough to be a bound
    ([{'external_id': 'a1',
       'outlet': 'Air Report',
       'published_at': '2025-01-20',
       'text': 'Snow at Tarnby airport forced the cancellation of 180 flights on Monday, the airport operator '
               'said.'}],
     'Snow at Tarnby airport forced the cancellation of more than 125 flights on Monday.',
     'supported'),
    # "has not leaked oil or chemicals": both are denied
    ([{'external_id': 'l1',
       'outlet': 'River Gazette',
       'published_at': '2025-06-11',
       'text': 'The Dorran refinery spilled chemicals into the Sella river on Tuesday, the environment agency '
               'said, and fishing was suspended downstream.'}],
     'The Dorran refinery has not leaked oil or chemicals into the Sella river.',
     'refuted'),
    # a slogan repeated at another attack, with its other toll, is another event
    ([{'external_id': 'q5',
       'outlet': 'Nordwire',
       'published_at': '2025-03-06',
       'text': 'The Free Coast Brigade claimed the drone attack on the Marsa port on Wednesday, March 5, 2025, '
               'saying in a statement that "the occupiers will find no safe harbour", and three dock workers were '
               'wounded.'},
      {'external_id': 'q6',
       'outlet': 'Gulf Ledger',
       'published_at': '2024-11-12',
       'text': 'A statement after the drone attack on the Marsa port on Monday, November 11, 2024 said "the '
               'occupiers will find no safe harbour", and nine dock workers were wounded.'}],
     'The Free Coast Brigade claimed the drone attack on the Marsa port, saying "the occupiers will find no safe '
     'harbour", and three dock workers were wounded.',
     'supported'),
]

# Counter-examples from the fifth review
_REVIEW9 = [
    # "critical of" is no harm
    ([{'external_id': 'b1',
       'outlet': 'Valley Post',
       'published_at': '2025-03-04',
       'text': 'A school bus carrying 24 students overturned on Route 9 near Millbrook on Monday morning. All of '
               "the students suffered only minor injuries, the county sheriff said. Some of the students' parents "
               "were critical of the bus company's safety record at a meeting on Tuesday night."}],
     'All of the students on the bus that overturned near Millbrook suffered only minor injuries.',
     'supported'),
    # the truck passengers are not the bus passengers
    ([{'external_id': 'v1',
       'outlet': 'Valley Post',
       'published_at': '2025-03-04',
       'text': 'A bus collided with a pickup truck on Route 9 near Millbrook on Monday. All of the bus passengers '
               'suffered only minor injuries, the sheriff said. One of the truck passengers was seriously injured '
               'and flown to Albany Medical Center.'}],
     "All of the bus passengers in Monday's collision near Millbrook suffered only minor injuries.",
     'supported'),
    # two of the passengers seriously injured: not all hurt slightly
    ([{'external_id': 'v4',
       'outlet': 'Valley Post',
       'published_at': '2025-03-04',
       'text': 'A ferry ran aground off Port Hale on Sunday. Two of the passengers were seriously injured and '
               'taken to hospital, the coast guard said.'}],
     'All of the passengers on the ferry that ran aground off Port Hale on Sunday suffered only minor injuries.',
     'refuted'),
    # a weekday after the name is no part of it
    ([{'external_id': 'p6',
       'outlet': 'World Desk',
       'published_at': '2024-09-10',
       'text': 'Speaking in Kyiv, Ukrainian Foreign Minister Dmytro Kuleba Monday urged allies to send more air '
               'defense systems.'}],
     'Ukrainian Foreign Minister Dmytro Kuleba urged allies to send more air defense systems on Monday.',
     'supported'),
    # a former holder of the office is no other holder
    ([{'external_id': 'p1',
       'outlet': 'Diplomat',
       'published_at': '2024-03-05',
       'text': 'Israeli Defense Minister Yoav Gallant met US envoy Amos Hochstein in Tel Aviv on Monday to '
               'discuss the northern border.'}],
     'Hochstein held a call with former Israeli Defense Minister Benny Gantz on Monday about the northern border.',
     'not refuted'),
    # a retrial is another beginning
    ([{'external_id': 't6',
       'outlet': 'Court News',
       'published_at': '2025-02-03',
       'text': 'The retrial of former mayor Linda Cole on bribery charges began in Springfield on February 3, '
               '2025.'}],
     'The trial of former mayor Linda Cole on bribery charges began in Springfield in May 2023.',
     'not refuted'),
    # production is not deliveries
    ([{'external_id': 'u2',
       'outlet': 'Auto News',
       'published_at': '2023-07-16',
       'text': 'Tesla started production of the Cybertruck at its Austin factory in July 2023.'}],
     'Tesla started deliveries of the Cybertruck from its Austin factory in November 2023.',
     'not refuted'),
]

@pytest.mark.parametrize(("articles", "claim", "expected"), _REVIEW5 + _REVIEW6 + _REVIEW7 + _REVIEW8 + _REVIEW9)
def test_review_counter_examples(tmp_path: Path, articles: list[dict[str, str]], claim: str, expected: str) -> None:
    """What five reviewers found first forms of this session's rules getting wrong ("not X": any verdict but X)."""
    from tests.support.judging import judge, stored

    with stored(tmp_path, articles) as store:
        label = judge(store, claim)["verdict"]["label"]
    if expected.startswith("not "):
        assert label != expected[4:]
    else:
        assert label == expected


def test_one_of_a_set_hurt_worse_than_the_claim_says_of_all(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = _one("mine", "Andes Wire", "2025-02-04", "Mine officials told Nordwire that one of the injured miners "
                                                        "sustained serious injuries in the Vela mine collapse.")
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Mine officials told Nordwire that every miner hurt in the Vela mine collapse suffered only "
                           "minor injuries.")
        bucket, item = bucket_of(doc, "serious injuries")
        assert bucket == "conflicting"
        assert any(r["type"] == "quantity_mismatch" for r in item["reasons"])


def test_a_year_before_as_part_of_is_read() -> None:
    from service.text.extract import find_dates

    [mention] = find_dates("The dam was built in 2018 as part of the river plan.")
    assert mention.text == "2018"
    assert find_dates("In 2018 students protested.") == []  # a count of students, not a year


def test_a_beginning_dated_otherwise_is_the_claim_misdated(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = _one("ferry", "Coast Wire", "2025-02-04", "The ferry service to Kessab island began in early 2016 as "
                                                         "part of the coastal transport plan.")
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The ferry service to Kessab island began operating in early 2019 as part of the coastal "
                           "transport plan.")
        bucket, item = bucket_of(doc, "ferry service")
        assert bucket == "conflicting"
        assert any(r["type"] == "date_mismatch" for r in item["reasons"])
        assert bucket_of(judge(store, "The ferry service to Kessab island began operating in early 2016 as part of "
                                      "the coastal transport plan."), "ferry service")[0] != "conflicting"


def test_an_office_named_before_another_holder(tmp_path: Path) -> None:
    from tests.support.judging import bucket_of, judge, stored

    articles = _one("call", "Coast Wire", "2025-02-04", "In a statement, the ministry revealed that Valdonian Foreign "
                                                        "Minister Ana Brix and Nordic Foreign Minister Per Holm had "
                                                        "discussed fishing quotas in a call.")
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The ministry said Ana Brix discussed fishing quotas in a call with Nordic Foreign Minister "
                           "Lars Dahl.")
        bucket, item = bucket_of(doc, "fishing quotas")
        assert bucket == "conflicting"
        assert any(r["type"] == "role_mismatch" for r in item["reasons"])


@pytest.mark.parametrize(("claim", "expected"), [
    # the fate only names the set: the passage need not repeat it
    ("An engineer told the Gazette that the three Harbor Union members injured in the boom collapse were testing "
     "a new generation of cranes.", "supported"),
    # the fate is what the claim says: a passage without it does not confirm it
    ("A boom collapse injured the three Harbor Union members testing a new generation of cranes.", "not supported"),
])
def test_a_named_set_whose_fate_only_identifies_it(tmp_path: Path, claim: str, expected: str) -> None:
    from tests.support.judging import judge, stored

    articles = _one("cranes", "Plains Herald", "2025-02-02",
                    "According to an engineer, who spoke to the Gazette on condition of anonymity, the three Harbor "
                    "Union members were testing a new generation of cranes near the Port Alder terminal.")
    with stored(tmp_path, articles) as store:
        label = judge(store, claim)["verdict"]["label"]
    assert label != expected[4:] if expected.startswith("not ") else label == expected


def test_an_amount_of_the_sentence_before_is_no_fact_of_the_passage(tmp_path: Path) -> None:
    from tests.support.judging import judge, stored

    articles = _one("port", "Coast Wire", "2025-01-21",
                    "NORDWIRE: Members of the port police \"were seriously injured in the attack on the terminal\" "
                    "and two workers were slightly injured. The Lebanon-based news network Coast TV said that the "
                    "attack on the Port Alder terminal took place from several directions and involved at least ten "
                    "boats, based on early estimations.")
    with stored(tmp_path, articles) as store:
        doc = judge(store, "Coast TV reported that two workers were slightly hurt in the January 2025 attack on the "
                           "Port Alder terminal.")
        assert doc["verdict"]["label"] != "supported"


@pytest.mark.parametrize(("sentence", "sources"), [
    # an event named before "reported" is what was reported, not who reported it
    ("According to sources cited by Nordwire, the two-drone attack on Fort Ardel reported on Tuesday, March 4, 2025, "
     "caused no damage.", ["sources cited by Nordwire"]),
    ("The flood in Marlow reported on Monday killed two people.", []),
    # …while offices named after such words still speak
    ("The fire department said the blaze was out.", ["The fire department"]),
    ("The strike committee said talks had failed.", ["The strike committee"]),
    ("Fire officials said two people died.", ["Fire officials"]),
])
def test_an_event_reported_is_no_speaker(sentence: str, sources: list[str]) -> None:
    from service.attribution import find_attributions

    assert [a.source for a in find_attributions(sentence)] == sources


def test_a_barrage_is_an_incident_and_its_weekday_is_compared(tmp_path: Path) -> None:
    from service.text.events import is_incident
    from tests.support.judging import bucket_of, judge, stored

    assert is_incident("The mortar barrage on Fort Ardel lasted an hour.")
    articles = _one("fort", "Hill Courier", "2024-06-06",
                    "The Northern Brigade, in a statement published on its Telegram channel, claimed responsibility "
                    "for the mortar barrage on Fort Ardel on Wednesday afternoon.")
    with stored(tmp_path, articles) as store:
        doc = judge(store, "The mortar barrage on Fort Ardel that the Northern Brigade claimed on Telegram took "
                           "place on a Friday morning.")
        bucket, item = bucket_of(doc, "Telegram channel")
        assert bucket == "conflicting"
        assert any(r["type"] == "date_mismatch" for r in item["reasons"])
