"""Rules of 2026-12-06, twenty-second session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives: a seized tanker, silo collapses, a tannery fire."""

from __future__ import annotations

from pathlib import Path

from tests.support.judging import bucket_of, judged, payloads

# --- where, said with a preposition, is no predicate ------------------------------------------------------------------

_TANKER = payloads([
    ("t1", "Coastline Wire", "2025-06-05",
     "A patrol boat seized the Orvanian tanker Mira Jade about six nautical miles north of Kestle Island on Tuesday, "
     "the fisheries ministry said. Its 11 crew members were taken to the port of Danmore."),
    ("t2", "Harbour Voice", "2025-06-12",
     "Orvania summoned the ambassador on Friday over the seizure of the tanker, which it called illegal.")])


def test_near_is_not_what_a_passage_must_restate(tmp_path: Path) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms
    from service.text.synonyms import CANONICAL

    # (it stays a predicate word of what a passage must state to confirm the claim: "struck near the base" is not
    # "struck the base"; whether a passage restates the incident misdated does not turn on it)
    terms = claim_terms(analyze_claim("The tanker Mira Jade was seized near Kestle Island on Wednesday, June 4."))
    assert "near" in terms.predicate_weights and CANONICAL.get("seiz", "seiz") in terms.predicate_weights
    # so the report of the seizure a day earlier is the claim's, misdated
    doc = judged(tmp_path, _TANKER, "The Orvanian tanker Mira Jade was seized near Kestle Island on Wednesday, June 4.")
    bucket, item = bucket_of(doc, "seized the Orvanian tanker Mira Jade")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


# --- a month and a weekday together -----------------------------------------------------------------------------------

_SILOS = payloads([
    ("s1", "Farm Courier", "2025-05-09",
     "A grain silo collapsed at the Orvik cooperative on Thursday, burying two lorries, the cooperative said."),
    ("s2", "Farm Courier", "2025-07-19",
     "A second grain silo collapsed at the Orvik cooperative on Friday, two months after the first, the cooperative "
     "said.")])


def test_a_weekday_of_another_month_is_not_the_claims(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SILOS, "The grain silo collapse at the Orvik cooperative in May happened on a Friday.")
    bucket, item = bucket_of(doc, "A second grain silo collapsed")
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] != "supported"
    # …while a Thursday of May is the claim's month: the claim's detail is at stake there
    bucket, _ = bucket_of(doc, "burying two lorries")
    assert bucket != "other_events"


# --- when it happened, of a weekday or a day without a year -----------------------------------------------------------

_TANNERY = payloads([
    ("k1", "Brask Herald", "2025-03-11",
     "Fire broke out at the Brask tannery on Monday evening, the fire brigade said. "
     "The fire destroyed the tannery's drying hall."),
    ("k2", "Leather Trade News", None,
     "The Brask tannery fire destroyed stocks worth 2 million crowns, the owners said.")])


def test_a_passage_that_says_no_day_does_not_confirm_when(tmp_path: Path) -> None:
    doc = judged(tmp_path, _TANNERY, "The fire at the Brask tannery broke out on a Tuesday.")
    for words in ("destroyed stocks worth", "destroyed the tannery's drying hall", "Fire broke out at the Brask"):
        bucket, _ = bucket_of(doc, words)
        assert bucket != "corroborating", words
    assert doc["verdict"]["label"] != "supported"


def test_the_passage_of_that_weekday_confirms_it(tmp_path: Path) -> None:
    doc = judged(tmp_path, _TANNERY, "The fire at the Brask tannery broke out on a Monday.")
    bucket, _ = bucket_of(doc, "Fire broke out at the Brask tannery")
    assert bucket == "corroborating"
    bucket, _ = bucket_of(doc, "destroyed stocks worth")
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] == "supported"


# --- "broke out" says only that it happened; the day someone spoke is not the incident's ------------------------------

_MILL = payloads([
    ("m1", "Valley Post", "2025-04-09",
     "LORNE, April 9 (VPA) - A blaze tore through the Lorne paper mill on Monday evening, destroying its pulp store, "
     "the fire service said."),
    ("m2", "Valley Post", "2025-04-11",
     "Three workers have been treated for burns since Monday's fire at the Lorne paper mill, the mill's manager told "
     "VPA on Wednesday.")])


def test_broke_out_is_no_predicate_a_passage_must_restate() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    terms = claim_terms(analyze_claim("The April fire at the Lorne paper mill broke out on a Wednesday night."))
    assert "broke" not in terms.predicate_weights and "fire" in terms.predicate_weights


def test_the_day_of_a_statement_is_not_the_day_of_the_fire(tmp_path: Path) -> None:
    doc = judged(tmp_path, _MILL, "The April fire at the Lorne paper mill broke out on a Wednesday night.")
    # the fire was on a Monday of that April: the claim's Wednesday is its day misdated
    bucket, item = bucket_of(doc, "treated for burns since Monday's fire")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] == "refuted"


_FOOTBRIDGE = payloads([
    ("f1", "Selm Gazette", "2025-06-07",
     "A footbridge over the Selm canal collapsed on Friday, the council said. Nobody was on it at the time."),
    ("f2", "Engineering Weekly", "2025-07-15",
     "A report found that the June footbridge collapse at Selm was caused by corroded cables.")])


def test_a_day_without_a_year_is_what_a_claim_of_when_says(tmp_path: Path) -> None:
    doc = judged(tmp_path, _FOOTBRIDGE, "The footbridge collapse at Selm happened on Thursday, June 5.")
    bucket, _ = bucket_of(doc, "caused by corroded cables")
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] != "supported"


# --- whose words: "called … '…'", "described … as '…'"; a place's mayor is not its police; a ministry's portfolio -----

def test_naming_verbs_credit_quoted_words_only() -> None:
    from service.attribution import find_attributions

    def sources(text: str) -> list[tuple[str, str]]:
        return [(a.source, a.cue) for a in find_attributions(text)]

    assert sources('Selby mayor Ana Kroll called the closures "a blow to every family on the coast".') == [
        ("Selby mayor Ana Kroll", "called")]
    assert sources("The minister described the raid as 'a cowardly provocation'.") == [("The minister", "described")]
    # no quoted words, or a name in quotes: no statement
    assert sources("The union called for calm after the strike.") == []
    assert sources('A group called "The Night Wardens" claimed the fires.') == []
    assert sources("Police called the fire suspicious.") == []


def test_a_speaker_after_an_opening_clause_is_the_one_a_second_phrase_names() -> None:
    from service.attribution import find_attributions

    [found] = find_attributions("After the Sunday blast the ministry said the pipeline was safe.")
    assert found.source == "the ministry"
    [found] = find_attributions("After the head of the agency resigned the ministry said it would review the case.")
    assert found.source == "the ministry"


def test_a_claim_credits_the_reporter_not_whose_words_it_reports() -> None:
    from service.text.sources import claim_credits

    credits = claim_credits("The Selby Courier reported that the union called the closures 'a blow to every family'.")
    assert [c.source for c in credits] == ["Selby Courier"]


_HARBOUR = payloads([
    ("h1", "Coast Wire", "2025-02-11",
     'Selby mayor Ana Kroll called the closures "a blow to every family on the coast" and promised a relief fund. '
     "Selby police said they had made no arrests."),
    ("h2", "Coast Wire", "2025-02-12",
     "Interior Ministry spokesman Piet Varn said the border crossing at Selby would reopen on Friday.")])


def test_the_mayor_of_a_place_is_not_its_police(tmp_path: Path) -> None:
    doc = judged(tmp_path, _HARBOUR,
                 'A Selby police spokesman described the closures as "a blow to every family on the coast".')
    bucket, item = bucket_of(doc, "Selby mayor Ana Kroll")
    assert bucket == "conflicting"
    assert "source_mismatch" in {r["type"] for r in item["reasons"]}
    assert "misattributed" in doc["verdict"]["flags"]


def test_a_spokesman_of_another_ministry(tmp_path: Path) -> None:
    from service.text.roles import find_roles

    [role] = find_roles("Defence Ministry spokesman Oren Castell said it was a provocation.")
    assert role.organisation == "Defence Ministry"
    doc = judged(tmp_path, _HARBOUR, "Piet Varn, a spokesman for the Transport Ministry, said the border crossing at "
                                     "Selby would reopen on Friday.")
    bucket, item = bucket_of(doc, "Interior Ministry spokesman Piet Varn")
    assert bucket == "conflicting"
    assert "role_mismatch" in {r["type"] for r in item["reasons"]}
    assert doc["verdict"]["label"] != "supported"


# --- an adjective's opposite by its negative prefix -------------------------------------------------------------------

_PIPELINE = payloads([
    ("p1", "Energy Desk", "2025-05-02",
     "A Vessa Gas spokesman said pressure readings on the pipeline feeding the plant were normal throughout the "
     "week. Carbon monoxide is colourless and highly toxic.")])


def test_normal_against_abnormal(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PIPELINE,
                 "Vessa Gas said pressure readings on the pipeline feeding the plant were abnormal before the leak.")
    bucket, item = bucket_of(doc, "pressure readings on the pipeline")
    assert bucket == "conflicting"
    assert any(r["type"] == "negation" and "normal" in r["detail"] for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"


def test_the_opposite_of_another_subject_or_denied_is_none() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.negation import _prefixed_opposite
    from service.dossier.stance.terms import claim_terms

    analysis = analyze_claim("Carbon dioxide is colourless and completely non-toxic.")
    terms = claim_terms(analysis)
    assert _prefixed_opposite(analysis, terms, "Carbon monoxide is colourless and highly toxic.", None) == []
    assert _prefixed_opposite(analysis, terms, "Carbon dioxide is colourless and toxic at high levels.", None) != []
    # a prefix that makes no opposite, and an opposite denied
    analysis = analyze_claim("The painting was invaluable to the museum's collection.")
    assert _prefixed_opposite(analysis, claim_terms(analysis), "The painting was valuable to the museum's "
                                                               "collection.", None) == []
    analysis = analyze_claim("The readings at the plant were normal.")
    assert _prefixed_opposite(analysis, claim_terms(analysis), "The readings at the plant were not abnormal.",
                              None) == []


_RECALL = payloads([
    ("r1", "Pharma Wire", "2025-09-03",
     "Brannock chief executive Ilse Moor said the company had not been told of any arrests and would cooperate with "
     "investigators.")])


def test_not_told_of_denies_informed_of(tmp_path: Path) -> None:
    from service.text.synonyms import unphrase

    assert unphrase("had not been told of any arrests") == "had not been informed of any arrests"
    assert unphrase("The mayor told reporters of the plan") == "The mayor told reporters of the plan"
    doc = judged(tmp_path, _RECALL, "Brannock chief executive Ilse Moor said the company had been informed of the "
                                    "arrests.")
    bucket, _ = bucket_of(doc, "had not been told of any arrests")
    assert bucket == "conflicting"
    assert doc["verdict"]["label"] == "refuted"


# --- amounts: a clause of where is not the amount's fate; a speaker after a place; a peak against "up to" -------------

def test_a_where_clause_gives_no_fate_to_an_amount_before_it() -> None:
    from service.dossier.analysis import analyze_claim

    amount = analyze_claim("Police recovered about 90,000 crowns in cash at the flat where the two suspects were "
                           "arrested.").quantities[0]
    assert amount.unit == "crowns" and amount.predicate is None
    [amount] = analyze_claim("Two suspects were arrested at the flat where police found the cash.").quantities
    assert amount.predicate == "arrested"


_GRANTS = payloads([
    ("g1", "Radio Selm", "2025-03-20",
     "SELM, March 20 (Radio Selm) - The Labour Ministry will pay 2 million crowns to the family of each worker "
     "killed in the March 4 fire at the Arvo Textiles plant in Dunby, Labour Minister Ilse Varn said on Thursday.")])


def test_a_speaker_named_after_a_place_is_no_second_place(tmp_path: Path) -> None:
    from service.dossier.stance.amounts import _counted_elsewhere

    text = _GRANTS[0]["text"]
    assert not _counted_elsewhere("The Labour Ministry offered 300,000 crowns to each family that lost a worker in "
                                  "the Arvo fire.", text)
    # (a count of two places still is: "in Pallon and Varnek combined")
    assert _counted_elsewhere("At least 14 people died of the heat in Pallon.",
                              "At least 48 people had died of heat in Pallon and Varnek combined.")
    doc = judged(tmp_path, _GRANTS, "The Labour Ministry offered 300,000 crowns to each family that lost a worker in "
                                    "the Arvo fire.")
    bucket, item = bucket_of(doc, "will pay 2 million crowns")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}


_STORM = payloads([
    ("w1", "Met Desk", "2025-04-15",
     "Tropical Storm Arla's winds peaked at 95 kilometres per hour, according to the national weather office."),
    ("w2", "Met Desk", "2025-04-16",
     "Tropical Storm Arla brought rain of up to 300 millimetres to the hills, the weather office said.")])


def test_a_peak_is_the_figure_up_to_names(tmp_path: Path) -> None:
    doc = judged(tmp_path, _STORM, "Tropical Storm Arla brought winds of up to 180 kilometres per hour.")
    bucket, item = bucket_of(doc, "peaked at 95 kilometres")
    assert bucket == "conflicting"
    assert "quantity_mismatch" in {r["type"] for r in item["reasons"]}
    doc = judged(tmp_path, _STORM, "Tropical Storm Arla brought winds of up to 95 kilometres per hour.")
    bucket, _ = bucket_of(doc, "peaked at 95 kilometres")
    assert bucket == "corroborating"


# --- a reviewer's counter-examples to the rules above ---------------------------------------------------------------

def test_words_that_only_look_like_opposites_are_none() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.negation import _prefixed_opposite
    from service.dossier.stance.terms import claim_terms

    pairs = [
        ("The two sides reached an agreement on fishing quotas on Tuesday.",
         "After months of disagreement over fishing quotas, the two sides reached an agreement on Tuesday."),
        ("Radiation levels at the Brask plant were normal on Tuesday.",
         "Radiation levels at the Brask plant were normal on Tuesday, although an abnormal reading was logged nearby."),
        ("The military said the strike killed 12 fighters near Tarvo.",
         "The strike killed 12 fighters near Tarvo and damaged non-military buildings, the military said."),
        ("Unofficial results showed the Green Alliance won 48 percent of the vote.",
         "The Green Alliance won 48 percent of the vote, an election official said."),
        ("The Halvik council called for an immediate ceasefire between the two militias.",
         "The Halvik council offered to mediate a ceasefire between the two militias."),
        ("Orvania said the seizure of the tanker was illegal.",
         "Orvania said it would take legal action over the seizure of the tanker."),
        ("The Constitutional Court ruled the Kesmark election law unconstitutional.",
         "Opposition parties asked the Constitutional Court to rule on the Kesmark election law.")]
    for claim, text in pairs:
        analysis = analyze_claim(claim)
        assert _prefixed_opposite(analysis, claim_terms(analysis), text, None) == [], claim
    analysis = analyze_claim("The bridge was stable after the flood, engineers said.")
    assert _prefixed_opposite(analysis, claim_terms(analysis), "Engineers said the bridge was unstable after the "
                                                               "flood.", None) != []


def test_called_credits_only_its_own_quote() -> None:
    from service.attribution import find_attributions

    def sources(text: str) -> list[str]:
        return [a.source for a in find_attributions(text)]

    assert sources("The bakers' union called a strike at the Orvik plant, which management said was 'unlawful and "
                   "reckless'.") == []
    assert sources('Residents called the fire brigade after hearing "a loud bang", one neighbour said.') == [
        "one neighbour"]
    assert sources("The mayor called for an inquiry into what she said was \"a cover-up\".") == []
    # one word in quotes is the commonest form; a quote that only picks out the subject is none
    assert sources("President Anka Dobrev called the attack on the market 'barbaric'.") == ["President Anka Dobrev"]
    assert sources("The strike the Pentagon called 'defensive' killed four people.") == []


def test_one_ministry_under_two_names() -> None:
    from service.dossier.stance.who import _other_portfolio

    assert not _other_portfolio("Ministry of Internal Affairs", "Interior Ministry")
    assert not _other_portfolio("Ministry of Foreign Affairs", "Foreign Affairs Ministry")
    assert not _other_portfolio("US Department of State", "State Department")
    assert not _other_portfolio("Department of Homeland Security", "Homeland Security Department")
    assert _other_portfolio("Ministry of Health", "Justice Ministry")


def test_a_claim_of_the_wrong_month_is_still_its_incident_misdated(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SILOS[:1], "The grain silo collapse at the Orvik cooperative in June happened on a "
                                       "Friday.")
    bucket, item = bucket_of(doc, "burying two lorries")
    assert bucket == "conflicting"
    assert "date_mismatch" in {r["type"] for r in item["reasons"]}


def test_a_council_is_what_its_mayor_speaks_for(tmp_path: Path) -> None:
    articles = payloads([("v1", "City Desk", "2025-04-02",
                          "Velmora mayor Liesel Orvanne said the Orvik bridge would stay closed until May.")])
    doc = judged(tmp_path, articles, "The Velmora city council said the Orvik bridge would stay closed until May.")
    assert doc["verdict"]["label"] != "refuted"


def test_the_speaker_after_an_opening_clause_is_the_last_phrase() -> None:
    from service.attribution import find_attributions

    [found] = find_attributions("When the flames reached the roof of the warehouse the fire service said the blaze "
                                "was under control.")
    assert found.source == "the fire service"
    [found] = find_attributions("After the raid the head of the agency said nothing.")
    assert found.source == "the head of the agency"


def test_breaking_out_of_a_prison_is_a_predicate() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms

    assert "broke" in claim_terms(analyze_claim("Two inmates broke out of Halvik prison on Sunday.")).predicate_weights


# --- a place within a place; a passage that places nothing in a dispute over where ---------------------------------

_PIPE = payloads([
    ("q1", "Energy Desk", "2024-03-13",
     "A section of the Westline gas pipeline exploded late on Tuesday near the village of Orsk in the Tarra Valley, "
     "in Velmaria's Kessel province, sending a fireball across the valley."),
    ("q2", "Energy Desk", "2024-03-23",
     "Gas leaked from the Westline pipeline on Friday near Lunby, about 14 kilometres east of Orsk, ten days after "
     "the explosion in the Tarra Valley.")])


def test_a_village_in_a_valley_in_a_province_is_in_the_province(tmp_path: Path) -> None:
    doc = judged(tmp_path, _PIPE, "The Westline pipeline exploded near Orsk in Dunmar province.")
    bucket, item = bucket_of(doc, "near the village of Orsk")
    assert bucket == "conflicting"
    assert any(r["type"] == "entity_mismatch" and "Kessel" in r["detail"] for r in item["reasons"])
    # the leak ten days later places nothing at that level: it cannot confirm the province in dispute
    bucket, _ = bucket_of(doc, "near Lunby")
    assert bucket != "corroborating"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path, _PIPE, "The Westline pipeline exploded near Orsk in Kessel province.")
    assert bucket_of(doc, "near the village of Orsk")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


# --- one passage, two accounts ----------------------------------------------------------------------------------------

_DEPOT = payloads([
    ("d1", "Gulf Wire", "2025-05-06",
     "The defence ministry said, citing its own officers, that the rocket attack on the Orsk fuel depot did not cause "
     "casualties or damage, while the Night Front announced on Tuesday that its rockets hit their targets at the fuel "
     "depot directly.")])


def test_a_passage_of_two_accounts_disputes_the_claim_one_restates(tmp_path: Path) -> None:
    doc = judged(tmp_path, _DEPOT, "The rockets fired at the Orsk fuel depot on Tuesday hit their targets directly.")
    bucket, item = bucket_of(doc, "its rockets hit their targets")
    assert bucket == "conflicting"
    [why] = [r for r in item["reasons"] if r["type"] == "accounts_differ"]
    assert "Night Front" in why["detail"] and "did not cause casualties or damage" in why["detail"]
    assert doc["verdict"]["label"] == "disputed"


def test_a_claim_that_credits_one_account_is_compared_with_it(tmp_path: Path) -> None:
    doc = judged(tmp_path, _DEPOT, "The Night Front said its rockets hit their targets at the Orsk fuel depot "
                                   "directly.")
    assert "accounts_differ" not in {r["type"] for items in doc["evidence"].values() for i in items
                                     for r in i["reasons"]}
    assert doc["verdict"]["label"] == "supported"
    # …and a claim the denying account restates is not disputed by the other one this way
    doc = judged(tmp_path, _DEPOT, "The rocket attack on the Orsk fuel depot did not cause casualties or damage.")
    assert "accounts_differ" not in {r["type"] for items in doc["evidence"].values() for i in items
                                     for r in i["reasons"]}


# --- nobody hurt, in a report of the claim's own incident -------------------------------------------------------------

_WHARF = payloads([
    ("c1", "Port Gazette", "2025-06-03",
     "A loading crane toppled off the main wharf at Orvik on Monday after a cable snapped. "
     "Two sheds on the wharf were crushed and nobody was killed, the port authority said."),
    ("c2", "Port Gazette", "2025-08-12",
     "A fire broke out in a warehouse on the Orvik wharf on Sunday and spread to a fuel store before crews put it "
     "out.")])


def test_nobody_killed_denies_the_claims_own_incident(tmp_path: Path) -> None:
    doc = judged(tmp_path, _WHARF, "The crane collapse on the Orvik wharf killed a docker.")
    bucket, item = bucket_of(doc, "nobody was killed")
    assert bucket == "conflicting"
    assert "negation" in {r["type"] for r in item["reasons"]}


def test_nobody_killed_in_another_incident_at_the_site_does_not(tmp_path: Path) -> None:
    doc = judged(tmp_path, _WHARF, "The warehouse fire on the Orvik wharf killed a docker.")
    bucket, _ = bucket_of(doc, "nobody was killed")
    assert bucket != "conflicting"


# --- a thing under another number -------------------------------------------------------------------------------------

_TERMINAL = payloads([
    ("n1", "Harbour Voice", "2025-02-14",
     "Customs officers opened the container at the port's Container Terminal 2 on Thursday and found 300 kilograms "
     "of cocaine, a customs spokeswoman said.")])


def test_terminal_four_is_not_terminal_two(tmp_path: Path) -> None:
    from service.dossier.stance.places import _designations

    assert _designations("The container was opened at Terminal 4.", "opened at Container Terminal 2") != []
    # a month's day, a year and the claim's own number are no other designation
    assert _designations("The container was opened on March 4.", "opened on March 2") == []
    assert _designations("The container was opened at Terminal 4.", "Terminal 4, not Terminal 2, said police") == []
    doc = judged(tmp_path, _TERMINAL, "Customs officers opened the cocaine container at Terminal 4 of the port on "
                                      "Thursday.")
    bucket, item = bucket_of(doc, "Container Terminal 2")
    assert bucket == "conflicting"
    assert any(r["type"] == "entity_mismatch" and "Terminal 2" in r["detail"] for r in item["reasons"])


def test_bought_from_another_supplier(tmp_path: Path) -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.places import _swapped_names

    text = "Vessa Labs said it had bought propylene glycol from Korrin Chemicals in May and recalled the batch."
    analysis = analyze_claim("Vessa Labs said it had bought its propylene glycol from Tessaly Pharma.")
    [reason] = _swapped_names(analysis, text, None)
    assert reason.passage_text == "from Korrin Chemicals"
    # (not another thing from another name: "shipped from Korrin Chemicals" is no purchase)
    assert _swapped_names(analysis, "Vessa Labs said the solvent was shipped from Korrin Chemicals.", None) == []


# --- what "no" denies: the verb, not that the noun exists -------------------------------------------------------------

_SCHOOL = payloads([
    ("s1", "Brennick Gazette", "2025-03-26",
     "A pupil was treated at the school by paramedics after the breakfast-club illness at Saint Avel Primary, the "
     "head teacher said. Two pupils were taken to Brennick Hospital and kept overnight, the hospital said.")])


def test_no_pupil_hospitalised_is_not_denied_by_a_pupil_treated() -> None:
    from service.dossier.stance.negation import _no_subject

    assert _no_subject("No", "pupil was hospitalised after the illness") == ({"pupil"}, {"hospitalis"})
    assert _no_subject("no", "injuries") == (set(), set())


def test_what_no_denies_is_the_verb(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SCHOOL, "No pupil was treated after the breakfast-club illness at Saint Avel Primary.")
    bucket, item = bucket_of(doc, "A pupil was treated at the school")
    assert bucket == "conflicting"
    assert any(r["type"] == "negation" and "treated" in r["detail"] for r in item["reasons"])


def test_a_pupil_treated_does_not_deny_that_no_pupil_was_hospitalised(tmp_path: Path) -> None:
    doc = judged(tmp_path, _SCHOOL, "No pupil was hospitalised after the breakfast-club illness at Saint Avel "
                                    "Primary.")
    bucket, _ = bucket_of(doc, "A pupil was treated at the school")
    assert bucket != "conflicting"


def test_a_bare_figure_paired_with_the_next_takes_its_noun() -> None:
    from service.text.extract import find_quantities

    found = {q.span.text: q.unit for q in find_quantities("The two men held at the flat are 24 and 31 years old.")}
    assert found["24"] == "years"
    found = {q.span.text: q.unit for q in find_quantities("He said 3 or 4 rockets hit the depot.")}
    assert found["3"] == "rockets"


# --- a second reviewer's counter-examples ----------------------------------------------------------------------------

def test_a_side_that_denies_something_else_is_no_second_account(tmp_path: Path) -> None:
    cases = [
        ("The blaze at the Halden furniture warehouse was started deliberately.",
         "Fire investigators said the blaze at the Halden furniture warehouse was started deliberately, while the "
         "owner said he had no idea who would want to harm his business."),
        ("Fourteen people were killed when a bus plunged into a ravine near Tarvo.",
         "The health ministry said 14 people were killed when the bus plunged into a ravine near Tarvo, while the "
         "regional governor said no children were among the dead."),
        ("The suspect was arrested at Brask airport on Sunday.",
         "Police said the suspect was arrested at Brask airport on Sunday, although his lawyer said he had not been "
         "charged with any crime.")]
    for i, (claim, text) in enumerate(cases):
        doc = judged(tmp_path / str(i), payloads([("a1", "Coastline Wire", "2025-03-12", text)]), claim)
        assert doc["verdict"]["label"] == "supported", claim
    # …while a denial of any damage is one against a claim that targets were hit
    text = "The army said the rocket attack on the Orsk depot caused no damage, while the rebels said their rockets " \
           "hit their targets at the depot."
    doc = judged(tmp_path / "x", payloads([("a1", "Coastline Wire", "2025-03-12", text)]),
                 "Rockets hit their targets at the Orsk depot.")
    assert doc["verdict"]["label"] == "disputed"


def test_a_designation_in_another_slot_or_an_aside_is_none() -> None:
    from service.dossier.stance.places import _designations

    assert _designations("Hurricane Mara made landfall near Port Selm on Tuesday as a Category 4 storm.",
                         "Hurricane Mara, which had reached Category 5 over open water, made landfall near Port Selm "
                         "on Tuesday.") == []
    assert _designations("Orvik Air Flight 212 diverted to Brask on Monday.",
                         "The plane diverted to Brask; the passengers continued on Flight 214 the next morning.") == []
    assert _designations("Roughly 300 workers walked out.", "Roughly 310 workers walked out.") == []


def test_from_another_name_only_of_one_source() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.places import _swapped_names

    analysis = analyze_claim("Brask Energy buys natural gas from Selm Petroleum.")
    assert _swapped_names(analysis, "Brask Energy buys most of its natural gas from Nordgas.", None) == []
    analysis = analyze_claim("The Halden children's hospital received medical supplies from the Red Cross on Monday.")
    assert _swapped_names(analysis, "The Halden children's hospital received medical supplies from the Selm "
                                    "Foundation on Monday.", None) == []


def test_a_peak_of_another_measure_leaves_up_to_alone(tmp_path: Path) -> None:
    articles = payloads([("f1", "Festival News", "2025-07-01",
                          "Attendance at the Orvik festival peaked at 12,000 on Saturday, with day tickets at 60 "
                          "crowns, organisers said.")])
    doc = judged(tmp_path, articles, "Tickets for the Orvik festival cost up to 90 crowns.")
    bucket, _ = bucket_of(doc, "peaked at 12,000")
    assert bucket != "conflicting"


def test_described_as_is_called() -> None:
    # (end to end it is measured on the development archives, AIR13 and KID34: a small made-up store gives the model
    # too little to find the two sentences alike, whatever their words)
    from service.text.synonyms import unphrase

    assert unphrase("Colonel Brask described the group as a front for the Night Front.") == \
        "Colonel Brask called the group as a front for the Night Front."
    assert unphrase("The minister described the attack in detail.") == "The minister described the attack in detail."
