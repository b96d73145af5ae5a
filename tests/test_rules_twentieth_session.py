"""Rules of 2026-12-06, twentieth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a road closure after a rockslide, a grain-silo fire, a ferry strike."""

from __future__ import annotations

from pathlib import Path

from tests.support.judging import bucket_of, judged, judged_as, payloads

# --- a name kept out of the act the passage states of another ----------------------------------------------------

_ROCKSLIDE = payloads([
    ("r1", "Valley Courier", "2025-04-12",
     "The roads authority reopened the Orsa pass road on Friday but kept the Kelm tunnel closed, a spokesman said. "
     "Engineers were still checking the tunnel's ceiling for cracks.")])


def test_a_name_kept_out_of_the_act_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _ROCKSLIDE, "The roads authority reopened the Kelm tunnel on Friday.")
    bucket, item = bucket_of(doc, "kept the Kelm tunnel closed")
    assert bucket == "conflicting"
    assert "negation" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


def test_the_act_of_the_name_said_before_the_contrast_still_confirms(tmp_path: Path) -> None:
    bucket, label = judged_as(tmp_path, _ROCKSLIDE, "The roads authority reopened the Orsa pass road on Friday.",
                              "kept the Kelm tunnel closed")
    assert bucket == "corroborating"
    assert label == "supported"


def test_a_claim_of_what_the_contrast_says_is_not_contradicted_by_it(tmp_path: Path) -> None:
    # "kept the Kelm tunnel closed" is what the claim says: the contrast is its confirmation, not an exception
    bucket, _ = judged_as(tmp_path, _ROCKSLIDE, "The roads authority kept the Kelm tunnel closed on Friday.",
                          "kept the Kelm tunnel closed")
    assert bucket != "conflicting"


# --- money or a measure of the claim's own incident, beside the same word -----------------------------------------

_SILO = payloads([
    ("s1", "Plains Herald", "2025-09-13",
     "A fire broke out at the Dunmore grain silo on Thursday, the fire brigade said. "
     "The county police estimated the damage from Thursday's fire at 300,000 marks, most of it to the conveyor belt. "
     "The owners will receive a state grant of 2 million marks for a new silo.")])


def test_another_sum_of_the_same_damage_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SILO, "Thursday's fire at the Dunmore grain silo caused 1.5 million marks in damage.")
    bucket, item = bucket_of(doc, "at 300,000 marks")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_sum_beside_other_words_is_not_the_claims_measure(tmp_path: Path) -> None:
    # a grant is not the damage: no word beside both figures says they measure one thing
    doc = judged(tmp_path, _SILO, "Thursday's fire at the Dunmore grain silo caused 1.5 million marks in damage.")
    bucket, _ = bucket_of(doc, "state grant of 2 million marks")
    assert bucket != "conflicting"


# --- a dated act (not an incident) restated on another day, with an incident at its place on the claim's day ------

_DAM = payloads([
    ("d1", "River Post", "2025-05-13",
     "The Harlow Dam Safety Board said in a report released on Monday that it could not say why the spillway gate "
     "jammed at the Harlow dam on May 2."),
    ("d2", "River Post", "2025-05-10",
     "A crane collapsed at the Harlow dam on Friday, injuring a worker, the contractor said.")])


def test_an_act_restated_on_another_day_is_misdated_whatever_happened_there_that_day(tmp_path: Path) -> None:
    # the crane collapse at the dam on the claim's Friday is no report released there that day
    doc = judged(tmp_path, _DAM, "The Harlow Dam Safety Board released its report on Friday, May 9.")
    bucket, item = bucket_of(doc, "report released on Monday")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}


# --- figures the passage gives each of several names ------------------------------------------------------------

_LAB = payloads([
    ("l1", "Health Wire", "2025-02-03",
     "The regulator said lot PX-210 contained 14 percent lead and lot PX-305 contained 3 percent, against a limit of "
     "0.5 percent.")])


def test_a_figure_of_another_name_in_a_list_is_not_the_claims(tmp_path: Path) -> None:
    doc = judged(tmp_path, _LAB, "The regulator said lot PX-305 contained 14 percent lead.")
    bucket, item = bucket_of(doc, "lot PX-305 contained 3 percent")
    assert bucket == "conflicting"
    assert any(r["type"] == "quantity_mismatch" and "3 percent" in r["passage_text"] for r in item["reasons"])


def test_the_figure_of_the_claims_own_name_in_a_list_confirms(tmp_path: Path) -> None:
    bucket, label = judged_as(tmp_path, _LAB, "The regulator said lot PX-210 contained 14 percent lead.",
                              "lot PX-305 contained 3 percent")
    assert bucket == "corroborating"
    assert label == "supported"


# --- a negated verb's subject before it; a passage that states nothing of the point in dispute --------------------

# (the camp is named by the article's title, not by the sentence that denies it)
_CAMP = [{**article, "title": "Typhoid breaks out in Marsh Hollow relief camp"} for article in payloads([
    ("c1", "Delta Courier", "2025-09-12",
     "Health officials confirmed an outbreak of typhoid at the Marsh Hollow relief camp, the district council said. "
     "An emergency vaccination drive using 3,000 doses began in the camp on Monday, the council said. "
     "The camp's three clinics were not closed, and a council spokesman said patients would be seen as usual."),
    ("c2", "Delta Courier", "2025-09-20",
     "The Relief Council said 2,400 children had now been vaccinated in the relief camp and that no new typhoid "
     "deaths had been recorded since September 10.")])]
_SHUT = "Clinics at the Marsh Hollow relief camp were shut when typhoid broke out in September."


def test_a_denial_of_the_claims_verb_said_of_its_subject_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _CAMP, _SHUT)
    bucket, item = bucket_of(doc, "clinics were not closed")
    assert bucket == "conflicting"
    assert "negation" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


def test_a_passage_that_states_nothing_of_the_denied_word_does_not_confirm(tmp_path: Path) -> None:
    # the vaccination drive shares the camp's words with the claim, and says nothing of closing
    doc = judged(tmp_path, _CAMP, _SHUT)
    bucket, item = bucket_of(doc, "2,400 children had now been vaccinated")
    assert bucket != "corroborating"


_OUTBREAK = payloads([
    ("o1", "Lake Times", "2025-05-08",
     "New typhoid infections in Varrow have fallen for a second straight week, the health ministry said on "
     "Wednesday, reporting 14 new cases in the past seven days against 40 the week before. "
     "No cases had yet been reported outside Varrow, the ministry said.")])


def test_a_negation_of_every_place_but_the_claims_is_no_conflict(tmp_path: Path) -> None:
    doc = judged(tmp_path, _OUTBREAK, "The health ministry said weekly new typhoid cases in Varrow fell from 40 to 14.")
    bucket, _ = bucket_of(doc, "outside Varrow")
    assert bucket != "conflicting"
    assert doc["verdict"]["label"] == "supported"


# --- words: a noun made of a verb by "-ment"; a progressive verb is no copula ------------------------------------

def test_a_noun_in_ment_reads_as_its_verb() -> None:
    from service.dossier.stance_model import content_stems

    assert content_stems("still receiving treatment") == content_stems("still receiving treated")
    assert content_stems("the deployment of troops")[0] == content_stems("deployed")[0]
    # (not a short stem, nor a word whose rest is another word)
    assert content_stems("a comment")[0] == "comment"
    assert content_stems("the basement")[0] != content_stems("the base")[0]


_WARD = payloads([
    ("w1", "Hill Gazette", "2025-10-09",
     "Marta Odde, director of Lenholm General Hospital, said on Thursday that four miners injured in Monday's "
     "tunnel collapse were still being treated there, one of them in critical condition.")])


def test_a_claim_of_people_still_receiving_treatment_is_confirmed_by_still_being_treated(tmp_path: Path) -> None:
    bucket, label = judged_as(tmp_path, _WARD, "The director of Lenholm General Hospital said four miners hurt in the "
                                               "October 6 tunnel collapse were still receiving treatment.",
                              "still being treated")
    assert bucket == "corroborating"
    assert label == "supported"


# --- who speaks: a coast guard's titled speaker ------------------------------------------------------------------

_BOARDING = payloads([
    ("b1", "Harbour Times", "2025-05-03",
     "Coast guard spokeswoman Commander Ilse Marvik said 12 fishermen had been taken into custody. "
     "Marvik said the trawler rammed the cutter Halvard during the boarding and that none of the coast guard officers "
     "aboard were hurt.")])


def test_a_coast_guard_spokeswoman_speaks_for_the_coast_guard(tmp_path: Path) -> None:
    doc = judged(tmp_path, _BOARDING, "The coast guard said several of its officers were injured when the trawler "
                                      "rammed the cutter Halvard.")
    bucket, item = bucket_of(doc, "none of the coast guard officers")
    assert bucket == "conflicting"
    assert [c["affiliation"].lower() for c in item["attributed_to"]] == ["coast guard"]
    assert doc["verdict"]["label"] == "refuted"


# --- a deed denied of everyone; the whole claim said the other way -----------------------------------------------

_OUTAGE = payloads([
    ("h1", "Wire North", "2025-03-20",
     "A cyberattack took the Velden port authority's booking system offline on Tuesday. "
     "No group has claimed responsibility for the booking system outage. "
     "The Velden customs office was not affected by the cyberattack, a spokesman said.")])


def test_a_deed_denied_of_everyone_conflicts_with_one_who_is_said_to_have_done_it(tmp_path: Path) -> None:
    doc = judged(tmp_path, _OUTAGE, "The Red Kite group claimed responsibility for the outage that took the Velden "
                                    "port authority's booking system offline.")
    bucket, _ = bucket_of(doc, "No group has claimed responsibility")
    assert bucket == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


def test_the_whole_claim_restated_with_its_verb_denied_in_other_words_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _OUTAGE, "The Velden customs office was also hit by the cyberattack.")
    bucket, item = bucket_of(doc, "was not affected by the cyberattack")
    assert bucket == "conflicting"
    assert "negation" in {r["type"] for r in item["reasons"]}


def test_a_claim_that_contrasts_two_things_itself_is_not_read_as_denied(tmp_path: Path) -> None:
    articles = payloads([("k1", "Wire North", "2025-03-22",
                          "The ministry said the attack did not expose any patient records, but that personnel files "
                          "of 900 staff were copied.")])
    bucket, _ = judged_as(tmp_path, articles, "According to the ministry, personnel files rather than patient records "
                                              "were copied in the attack.", "personnel files")
    assert bucket != "conflicting"


# --- the claim's own source saying it is not known; the side of a part --------------------------------------------

_COLLAPSE = payloads([
    ("p1", "Lake Press", "2025-06-05",
     "The Orrin footbridge over the Tessa collapsed on Tuesday, injuring three walkers. "
     "Works Minister Anja Reval, visiting the site on Wednesday, said it was too early to say what caused the "
     "collapse.")])


def test_the_claims_source_saying_it_is_too_early_to_say_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _COLLAPSE, "Visiting the collapsed footbridge on Wednesday, Anja Reval said rusted bolts "
                                      "had caused the collapse.")
    bucket, item = bucket_of(doc, "too early to say")
    assert bucket == "conflicting"
    assert "negation" in {r["type"] for r in item["reasons"]}


def test_another_source_saying_it_is_too_early_to_say_only_leaves_it_unconfirmed(tmp_path: Path) -> None:
    claim = "The fire brigade said rusted bolts had caused the collapse of the Orrin footbridge."
    bucket, _ = judged_as(tmp_path, _COLLAPSE, claim, "too early to say")
    assert bucket != "corroborating"


_DIVERT = payloads([
    ("v1", "Air Wire", "2025-02-12",
     "A Norlo Air turboprop made an emergency landing at Kessby on Tuesday after the crew reported a fire warning in "
     "the left engine. "
     "The crash came just over three weeks after another Norlo Air turboprop, flight NA210, diverted to the same "
     "airfield following an engine fire warning.")])


def test_the_side_of_a_part_is_read_after_a_determiner() -> None:
    from service.text.bearings import find_sided_parts

    found = find_sided_parts("a fire warning in the left engine")
    assert [(p.direction, p.head) for p in found] == [("left", "engine")]
    assert find_sided_parts("He has left school") == ()
    assert find_sided_parts("the right to appeal") == ()


def test_a_passage_naming_no_side_of_the_part_does_not_confirm_the_claims_side(tmp_path: Path) -> None:
    bucket, _ = judged_as(tmp_path, _DIVERT, "The fire warning that forced flight NA210 to divert came from its right "
                                             "engine.", "following an engine fire warning")
    assert bucket != "corroborating"


# --- figures given each of several places after them; a passage that states no figure of the one in dispute ------

_WARDS = payloads([
    ("e1", "Metro Radio", "2025-11-04",
     "Of the 30 patients evacuated from the burned wing on Monday night, 14 were taken to Saint Orla's Hospital, "
     "11 to Brenn General Hospital and five to the military hospital in Vask."),
    ("e2", "Metro Courier", "2025-11-04",
     "The burned wing of Harlan City Hospital remains closed after the fire, and its patients were moved to other "
     "hospitals in the city.")])


def test_a_figure_of_another_destination_in_a_list_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _WARDS, "Fourteen of the evacuated patients were taken to Brenn General Hospital.")
    bucket, item = bucket_of(doc, "11 to Brenn General Hospital")
    assert bucket == "conflicting"
    assert any(r["type"] == "quantity_mismatch" and r["passage_text"] == "11" for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"


def test_the_figure_of_the_claims_destination_confirms(tmp_path: Path) -> None:
    claim = "Eleven of the evacuated patients were taken to Brenn General Hospital."
    bucket, label = judged_as(tmp_path, _WARDS, claim, "11 to Brenn General Hospital")
    assert bucket == "corroborating"
    assert label == "supported"


# --- who speaks: a body whose name ends on a body's word; a post owned by a description --------------------------

def test_a_name_ending_on_a_bodys_word_is_no_person() -> None:
    from service.attribution import classify

    assert classify("Harbour Prison Watch") == "other"
    assert classify("Open Doors Alliance") == "other"
    assert classify("Marta Odde") == "person"


_WATCH = payloads([
    ("w1", "Lake Observer", "2025-04-09",
     "Inmates at Holm Central Prison began a hunger strike on Monday, according to Harbour Prison Watch. "
     "The rights group said about 90 prisoners were refusing food by Tuesday, while the justice ministry put the "
     "figure at 25."),
    ("w2", "Lake Courier", "2025-04-10",
     "The Open Doors Alliance said Holm Central Prison held 1,900 inmates. "
     "The justice ministry disputed the figure. "
     "The group's director, Ines Vahl, said only seven guards had been on duty that night.")])


def test_the_rights_group_is_the_body_named_before(tmp_path: Path) -> None:
    bucket, label = judged_as(tmp_path, _WATCH, "Harbour Prison Watch said about 90 Holm prisoners were refusing food.",
                              "about 90 prisoners")
    assert bucket == "corroborating"
    assert label == "supported"


def test_a_post_owned_by_a_description_speaks_for_that_kind_of_body(tmp_path: Path) -> None:
    doc = judged(tmp_path, _WATCH, "The Open Doors Alliance said only seven guards were on duty at Holm Central "
                                   "Prison that night.")
    bucket, item = bucket_of(doc, "only seven guards")
    assert bucket == "corroborating"
    assert [c["affiliation"] for c in item["attributed_to"]] == ["Open Doors Alliance"]


# --- a denial after what it denies; a firm named before its description -----------------------------------------

def test_an_accusation_denied_after_it_is_read_as_denied() -> None:
    from service.text.extract import find_negations

    found = [(n.cue.text, n.scope.text) for n in find_negations(
        "The mayor accused the contractor of skipping safety checks, an accusation the company denied.")]
    assert ("denied", "skipping safety checks") in found


_LANDING = payloads([
    ("a1", "Sky Wire", "2025-07-02",
     "A Norlo Air turboprop bound for Velm made an emergency landing at Kessby on Tuesday after a cabin pressure "
     "warning. Flight NA118 landed safely and all 52 passengers and four crew members left the aircraft by the rear "
     "stairs, the airline said.")])


def test_the_airline_is_the_firm_the_article_named_before(tmp_path: Path) -> None:
    doc = judged(tmp_path, _LANDING, "Norlo Air said all 52 passengers and the four crew got off flight NA118 safely.")
    bucket, item = bucket_of(doc, "all 52 passengers")
    assert bucket == "corroborating"
    assert [c["source"] for c in item["attributed_to"]] == ["Norlo Air"]
    assert doc["verdict"]["label"] == "supported"


# --- money beside the same word, in a passage that states half the claim with its names ---------------------------

_HIJACK = payloads([
    ("j1", "Coast Wire", "2025-05-14",
     "Pirates seized the bulk carrier Sea Wren off Cape Dorn on Monday with 21 crew aboard, the owner said. "
     "The seafarers' union said the pirates had demanded a $3 million ransom in a satellite call to the "
     "owner on Tuesday.")])


def test_another_sum_demanded_conflicts(tmp_path: Path) -> None:
    doc = judged(tmp_path, _HIJACK, "The pirates holding the Sea Wren demanded a $1.5 million ransom.")
    bucket, item = bucket_of(doc, "had demanded a $3 million ransom")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


# --- a change in someone's standing is the claim's point -----------------------------------------------------------

_CHIEF = payloads([
    ("k1", "Trade Wire", "2025-03-20",
     "Velta Rail chief executive Orla Brenn said the company would seek compensation from the signal maker for both "
     "outages. "
     "The six charged signal workers will appear in court on April 2, their union said.")])


def test_a_passage_naming_someone_without_their_resignation_does_not_confirm_it(tmp_path: Path) -> None:
    bucket, label = judged_as(tmp_path, _CHIEF, "Velta Rail chief executive Orla Brenn resigned after the March "
                                                "outages.", "would seek compensation")
    assert bucket != "corroborating"
    assert label == "unverified"


def test_a_participle_before_a_noun_is_no_change_of_standing(tmp_path: Path) -> None:
    # "the six charged signal workers": who they are, not what the claim says happened to them
    bucket, _ = judged_as(tmp_path, _CHIEF, "The six charged signal workers will appear in court on April 2.",
                          "will appear in court")
    assert bucket == "corroborating"


# --- the post-step itself: a passage the model alone found alike, read against the point in dispute --------------

def test_a_model_only_passage_without_the_figure_in_dispute_is_related() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.model import Reason, StanceResult
    from service.dossier.stance import _undisputed
    from tests.test_dossier_stance import candidate

    analysis = analyze_claim("Fifteen of the evacuated patients were taken to Brenn General Hospital.")
    pool = [candidate("Of 30 patients evacuated, 14 went to Saint Orla's Hospital and 11 to Brenn General Hospital.",
                      ordinal=0),
            candidate("The burned wing of Brenn General Hospital had 36 beds, the hospital said.", ordinal=1),
            candidate("Brenn General Hospital took in eleven patients from the burned wing.", ordinal=2)]
    disputed = Reason("quantity_mismatch", "Fifteen", "11", "claim says 15, passage says 11")
    alike = Reason("term_overlap", "patients", "patients", "")
    results = [StanceResult("conflicting", 0.75, (disputed,)),
               StanceResult("corroborating", 0.5, (alike,)),  # (the model's: no figure of its own)
               StanceResult("corroborating", 0.5, (alike, Reason("quantity_compatible", "Fifteen", "eleven", "")))]
    out = _undisputed(analysis, pool, results)
    assert [r.stance for r in out] == ["conflicting", "related", "corroborating"]
    assert out[1].reasons[-1].type == "dispute_unstated"
    # (no figure in dispute, nothing denied: the pool is left as it was)
    assert _undisputed(analysis, pool[1:], results[1:]) == results[1:]
