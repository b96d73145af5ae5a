"""Rules of 2026-12-06, twenty-fourth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a ferry-terminal blackout, a warehouse collapse, a hospital strike."""

from __future__ import annotations

from pathlib import Path

from service.attribution import find_attributions
from service.text.sources import claim_credits
from tests.support.judging import bucket_of, judged, payloads

# --- who said it ------------------------------------------------------------------------------------------------------


def test_a_name_ending_in_is_is_no_passive_voice() -> None:
    # "Tallis", "Harris", "Davis" end in "is", "Abe" in "be": the speaker before "said", not "was said"
    for name in ("Oren Tallis", "Mara Davis", "Kenji Abe"):
        found = find_attributions(f"{name} said the columns had been removed before the collapse.")
        assert [a.source for a in found] == [name]
    assert find_attributions("The figure is said to be far higher.") == []
    assert find_attributions("Two guards were reported hurt in the raid.") == []


_BLACKOUT = payloads([
    ("b1", "Harbour Ledger", "2025-05-06",
     "A blackout shut the Selvik ferry terminal for five hours on Monday. Port spokesman Karl Wenn said the blackout "
     "was caused by a cable fault. Ferries were diverted to Orsund."),
    ("b2", "Coast Wire", "2025-05-06",
     "Velmar Builders chief executive Anna Ferris said on Tuesday that the terminal's new wing had been finished by a "
     "subcontractor without Selvik Port Authority's approval.")])


def test_a_fact_restated_under_another_speaker_is_misattributed(tmp_path: Path) -> None:
    # "the blackout" for the claim's "the ferry-terminal blackout": the statement, restated, is the spokesman's
    doc = judged(tmp_path, _BLACKOUT, "The Selvik fire brigade said the ferry-terminal blackout was caused by a "
                                      "cable fault.")
    bucket, item = bucket_of(doc, "Karl Wenn said")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}
    assert "misattributed" in doc["verdict"]["flags"]


def test_half_the_fact_under_another_speaker_is_not_misattributed(tmp_path: Path) -> None:
    # the spokesman says a cable fault caused a blackout; that the fault was found by divers on Tuesday, he does not
    doc = judged(tmp_path, _BLACKOUT, "The Selvik fire brigade said divers found a cable fault under the ferry "
                                      "terminal's north pier on Tuesday.")
    bucket, _ = bucket_of(doc, "Karl Wenn said")
    assert bucket != "conflicting"
    assert "misattributed" not in doc["verdict"]["flags"]


def test_an_owner_named_in_the_claim_is_no_doer_speaking_for_itself(tmp_path: Path) -> None:
    # the claim names the builder only as an owner ("without Selvik Port Authority's approval" is the authority's):
    # the builder's chief executive saying it shows the engineer the claim credits did not
    doc = judged(tmp_path, _BLACKOUT, "Engineer Lars Odden said the terminal's new wing had been finished by a "
                                      "subcontractor without Selvik Port Authority's approval.")
    bucket, item = bucket_of(doc, "Anna Ferris said")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_source_in_an_aside_is_not_the_claims_credit() -> None:
    # what a source is, with its saying in an aside about it, credits it with nothing
    assert claim_credits("Harbour Radio, which also reported the blackout, is owned by the Selvik council.") == ()
    assert [c.source for c in claim_credits("Harbour Radio, which has a studio at the port, reported that the "
                                            "terminal was shut.")] == ["Harbour Radio"]


def test_announcing_a_deed_of_its_own_is_no_credit() -> None:
    # who announced its own pledge made it; a figure it announced is still its statement
    assert claim_credits("Orrin Air announced its withdrawal from the Selvik route on Monday.") == ()
    assert [c.source for c in claim_credits("The Velmar Health Ministry announced its death toll of 23 on "
                                            "Monday.")] == ["Velmar Health Ministry"]
    assert [c.source for c in claim_credits("Orrin Air announced that it would leave the Selvik route.")] \
        == ["Orrin Air"]


def test_a_pledge_announced_on_another_day_is_misdated(tmp_path: Path) -> None:
    arts = payloads([("p1", "Coast Wire", "2025-05-10",
                      "Westmark pledged 12 million crowns in flood aid to Selvik on Friday.")])
    doc = judged(tmp_path, arts, "Westmark announced its 12 million crown flood aid pledge on Thursday, May 8.")
    bucket, item = bucket_of(doc, "Westmark pledged")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}


# --- a place swapped in the same words ------------------------------------------------------------------------------

_GRANT = payloads([
    ("g1", "Valley Post", "2025-06-02",
     "The Harrow Development Fund pledged $3 million on Monday to rebuild schools in Tarven province. The fund's "
     "governor said the pledge would not cover roads. The fund's previous grant, $1 million in 2020, paid for flood "
     "walls in neighbouring Ostmark.")])


def test_a_neighbouring_place_in_the_claims_words_is_a_swapped_place(tmp_path: Path) -> None:
    # "in Tarven province" / "in neighbouring Ostmark", the fund referred to as "The fund's"
    doc = judged(tmp_path, _GRANT, "The Harrow Development Fund's $1 million grant in 2020 paid for flood walls in "
                                   "Tarven province.")
    bucket, item = bucket_of(doc, "previous grant")
    assert bucket == "conflicting"
    assert "entity_mismatch" in {r["type"] for r in item["reasons"]}


def test_the_same_neighbouring_place_agrees(tmp_path: Path) -> None:
    doc = judged(tmp_path, _GRANT, "The Harrow Development Fund's $1 million grant in 2020 paid for flood walls in "
                                   "Ostmark.")
    bucket, item = bucket_of(doc, "previous grant")
    assert bucket == "corroborating"
    assert "entity_mismatch" not in {r["type"] for r in item["reasons"]}


# --- a bearing of another thing ---------------------------------------------------------------------------------------

_COAST = payloads([
    ("c1", "Coast Wire", "2025-03-12",
     "A Selvik patrol boat seized the trawler Sea Wren about six miles northwest of Harrow Point on Tuesday, the "
     "fisheries ministry said."),
    ("c3", "Harbour Ledger", "2025-03-20",
     "The Selvik patrol boat boarded the longliner Grey Heron east of Harrow Point on 18 March and detained its "
     "five crew members."),
    ("c2", "Valley Post", "2025-03-13",
     "Floodwater cut off Dunlow, about 30 kilometres north of Kelmar. Aid agencies said villages south of Kelmar had "
     "not yet received clean water.")])


def test_a_bearing_of_another_boat_is_no_mismatch(tmp_path: Path) -> None:
    doc = judged(tmp_path, _COAST, "On Tuesday, a Selvik patrol boat seized the Sea Wren northwest of Harrow Point.")
    bucket, _ = bucket_of(doc, "Grey Heron")
    assert bucket != "conflicting"
    assert doc["verdict"]["label"] == "supported"


def test_a_bearing_of_other_villages_is_no_mismatch(tmp_path: Path) -> None:
    doc = judged(tmp_path, _COAST, "Dunlow lies about 30 kilometres north of Kelmar.")
    assert bucket_of(doc, "villages south of Kelmar")[0] != "conflicting"
    assert bucket_of(doc, "cut off Dunlow")[0] == "corroborating"


def test_the_same_thing_on_another_bearing_still_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _COAST, "Dunlow lies about 30 kilometres south of Kelmar.")
    bucket, item = bucket_of(doc, "cut off Dunlow")
    assert bucket == "conflicting"
    assert "entity_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_spokesman_speaks_for_the_body_the_claim_names() -> None:
    from service.dossier.stance.credits import described_credits

    assert described_credits("According to the army spokesman, five gunmen died in the raid.") == ("army",)
    assert described_credits("A police spokeswoman said two people were hurt.") == ("police",)


def test_another_partys_figure_does_not_dispute_the_spokesmans(tmp_path: Path) -> None:
    arts = payloads([
        ("r1", "Coast Wire", "2025-04-05",
         "Army spokesman Colonel Piet Vanner said all six hostages had been freed and that five gunmen were killed "
         "in the raid near Orsk."),
        ("r2", "Valley Post", "2025-04-05",
         "In a statement, the Black Pine Front said three of its fighters had died in the raid near Orsk.")])
    doc = judged(tmp_path, arts, "According to the army spokesman, five gunmen died in the raid near Orsk.")
    assert bucket_of(doc, "Black Pine Front")[0] != "conflicting"
    assert doc["verdict"]["label"] == "supported"


# --- a reviewer's counter-examples (guards) ---------------------------------------------------------------------------

def test_a_figure_left_unstated_is_no_misattribution(tmp_path: Path) -> None:
    arts = payloads([("w1", "Valley Post", "2025-08-04",
                      "The Ridge fire forced the evacuation of Alder Creek on Sunday and threatened homes, Governor "
                      "Tom Ellery said.")])
    doc = judged(tmp_path, arts, "Fire chief Dana Holt said the Ridge fire destroyed 120 homes and forced the "
                                 "evacuation of Alder Creek on Sunday.")
    assert "misattributed" not in doc["verdict"]["flags"]
    assert doc["verdict"]["label"] != "refuted"


def test_credits_kept_for_reported_clauses_and_asides_before_a_saying() -> None:
    assert [c.source for c in claim_credits("Tarn Shipping announced its tanker Merrow Star had spilled 40 tonnes "
                                            "of fuel oil.")] == ["Tarn Shipping"]
    assert claim_credits("The Harlow Drivers Union, which said last week that talks had failed, said on Monday that "
                         "all drivers would strike.") != ()


def test_the_owner_of_the_doer_still_speaks_for_its_deed(tmp_path: Path) -> None:
    arts = payloads([("t1", "Coast Wire", "2025-06-11",
                      "Tarn Shipping said on Tuesday that the crew of its tanker Merrow Star had pumped oily waste "
                      "into the sea off Brenna Point, and apologised.")])
    doc = judged(tmp_path, arts, "The crew of Tarn Shipping's tanker Merrow Star pumped oily waste into the sea off "
                                 "Brenna Point, coastguard commander Erik Lund said.")
    assert "misattributed" not in doc["verdict"]["flags"]


def test_a_bearing_after_a_number_word_is_compared(tmp_path: Path) -> None:
    arts = payloads([("h1", "Valley Post", "2025-02-16",
                      "Rescuers reached the stranded hikers on Saturday 4 km west of Ranbury, the mountain rescue "
                      "service said.")])
    doc = judged(tmp_path, arts, "Two hikers were rescued on Saturday 4 km east of Ranbury.")
    assert bucket_of(doc, "west of Ranbury")[0] == "conflicting"


def test_a_town_in_the_claims_province_is_no_swapped_place(tmp_path: Path) -> None:
    arts = payloads([("k1", "Valley Post", "2025-04-09",
                      "Heavy rain has fallen for a week across Kessin province. A dam burst in Alder on Tuesday, "
                      "flooding 12 villages downstream.")])
    doc = judged(tmp_path, arts, "A dam burst in Kessin province on Tuesday, flooding 12 villages downstream.")
    assert bucket_of(doc, "A dam burst in Alder")[0] != "conflicting"


def test_the_noun_of_another_named_body_is_not_the_claims(tmp_path: Path) -> None:
    arts = payloads([("d1", "Valley Post", "2025-09-03",
                      "Engineers inspected the Harrow Dam near Ostby on Monday. Inspectors found cracks in the dam's "
                      "spillway near Ostby and closed the road over it.")])
    doc = judged(tmp_path, arts, "Inspectors found cracks in the Kessel Dam's spillway near Tellin and closed the "
                                 "road over it.")
    assert bucket_of(doc, "cracks in the dam's spillway")[0] != "conflicting"


# --- sites ------------------------------------------------------------------------------------------------------------

def test_a_site_named_with_what_kind_of_camp_or_plant_it_is() -> None:
    from service.text.events import sites_of

    assert sites_of("Cholera has broken out in the Dorma Hill refugee camp in Vessel district.") == ("Dorma Hill",)
    assert sites_of("A fire tore through the Arlen garment factory on Monday.") == ("Arlen",)
    # (a reviewer's counter-examples: a word opening the sentence is no name)
    assert sites_of("Eleven coal mine workers were trapped on Monday.") == ()
    assert sites_of("Striking garment factory workers blocked the ring road.") == ()


def test_a_report_on_the_claims_day_at_its_site_does_not_hide_a_misdating(tmp_path: Path) -> None:
    # (a guard) the outbreak reported at the camp on Monday is no vaccination drive: the drive that began on Saturday
    # is the claim's, misdated
    arts = payloads([
        ("m1", "Tessel Courier", "2025-08-19",
         "Cholera has broken out in the Dorma Hill camp in Vessel district, where the health ministry said on "
         "Monday that 40 cases had been recorded."),
        ("m2", "Tessel Courier", "2025-08-17",
         "A vaccination drive using 9,000 doses began at the Dorma Hill camp on Saturday, the camp council "
         "said.")])
    doc = judged(tmp_path, arts, "The vaccination drive using 9,000 doses at Dorma Hill camp began on Monday, "
                                 "August 18.")
    bucket, item = bucket_of(doc, "vaccination drive using 9,000 doses")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_place_owning_a_site_and_a_hospital_left_are_no_site_names() -> None:
    from service.text.events import sites_of

    assert sites_of("Officials denied any link to the blast at Arlen's Mill Lane market.") == ("Mill Lane",)
    # (a possessive inside one name is part of it)
    assert sites_of("A blast hit Land's End airport on Monday.") == ("Land End",)
    assert sites_of("The wounded guard was discharged from Orsk General Hospital on Saturday.") == ()
    assert sites_of("A fire broke out at Orsk General Hospital on Saturday.")[0] == "Orsk"


# --- a year the claim ends on -----------------------------------------------------------------------------------------

_LIFT = payloads([("l1", "Valley Post", "2025-02-03",
                   "The Orsk cable car has reopened after engineers replaced a faulty power converter, the company "
                   "said."),
                  ("l2", "Valley Post", "2025-02-04",
                   "The Orsk cable car, built in 1987, carries about 900 skiers an hour.")])


def test_a_year_the_claim_ends_on_must_be_stated(tmp_path: Path) -> None:
    doc = judged(tmp_path, _LIFT, "The Orsk cable car was built in 1991.")
    assert bucket_of(doc, "has reopened")[0] != "corroborating"
    assert doc["verdict"]["label"] != "supported"


def test_the_year_stated_still_confirms(tmp_path: Path) -> None:
    doc = judged(tmp_path, _LIFT, "The Orsk cable car was built in 1987.")
    assert bucket_of(doc, "built in 1987")[0] == "corroborating"
    assert bucket_of(doc, "has reopened")[0] != "corroborating"
