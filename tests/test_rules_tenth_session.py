"""Rules of 2026-12-05, tenth session (docs/verdicts.md section 0): in "X said A, while Y said B" the side
that states the claim's figure speaks for its own source. Made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.judging import bucket_of, judge, judged, payloads, stored

_FIRE = payloads([
    ("fire", "Port Herald", "2023-05-10",
     "The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday, "
     "while Kessel Paints said nine workers were hurt. Production at the factory stopped for the day."),
])
_AGREEING = payloads([
    ("fire", "Port Herald", "2023-05-10",
     "The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday, "
     "while Kessel Paints confirmed the figure. Production at the factory stopped for the day."),
])


@pytest.mark.parametrize(("claim", "bucket", "label", "misattributed"), [
    # the brigade's three, credited to the company, which said nine: the figure is another source's
    ("Kessel Paints said three workers were injured in the blaze at the Kessel paint factory on Tuesday.",
     "conflicting", "refuted", True),
    # each side's own figure under its own source
    ("Kessel Paints said nine workers were hurt in the blaze at the Kessel paint factory.",
     "corroborating", "supported", False),
    ("The fire brigade said three workers were injured in the blaze at the Kessel paint factory on Tuesday.",
     "corroborating", "supported", False),
])
def test_the_side_that_states_the_claims_figure_speaks_for_its_own_source(
        tmp_path: Path, claim: str, bucket: str, label: str, misattributed: bool) -> None:
    doc = judged(tmp_path, _FIRE, claim)
    assert bucket_of(doc, "while Kessel Paints said")[0] == bucket
    assert doc["verdict"]["label"] == label
    assert ("misattributed" in doc["verdict"]["flags"]) is misattributed


def test_a_side_that_agrees_with_the_figure_is_not_another_source_s(tmp_path: Path) -> None:
    doc = judged(tmp_path, _AGREEING, "Kessel Paints said three workers were injured in the blaze at the Kessel "
                                      "paint factory on Tuesday.")
    assert bucket_of(doc, "while Kessel Paints confirmed")[0] == "corroborating"
    assert "misattributed" not in doc["verdict"]["flags"]


@pytest.mark.parametrize(("text", "claim", "bucket"), [
    # a claim that says no more than where its subject posted: the same posting, told of another platform
    ("The Tide Front posted its statement on Telegram.", "The Tide Front posted its statement on X.", "conflicting"),
    # … and an answer to the question of where (read with its question)
    ("On Telegram.", "The Tide Front posted its statement on X.", "conflicting"),
    # a passage that names another platform confirms nothing of the claim's, whatever else it shares
    ("The mayor of Lund posted a video on Facebook.", "Mayor Jan Berg posted a video on X.", "related"),
    # (both platforms named: the claim's is confirmed)
    ("The mayor of Lund posted a video on Facebook and on X.", "Mayor Jan Berg posted a video on X.", "corroborating"),
])
def test_another_platform_does_not_confirm_the_claims(tmp_path: Path, text: str, claim: str, bucket: str) -> None:
    title = "Where did the Tide Front post its statement?" if text == "On Telegram." else "Statements"
    with stored(tmp_path, [{"external_id": "p", "title": title, "text": text, "outlet": "Lund Daily"}]) as store:
        assert bucket_of(judge(store, claim, "p"), text)[0] == bucket


@pytest.mark.parametrize(("written", "name"), [
    # a capitalised word that opens a title names no one when a name follows the title
    ("Provincial governor Ilse Varga", "Ilse Varga"),
    ("Former minister Ana Petrov", "Ana Petrov"),
    ("Hospital director Tove Lind", "Tove Lind"),
    # … but is the source when nothing follows, or when it is part of a name of several words
    ("Police", "Police"),
    ("National Guard commander Tom Lee", "National Guard"),
    ("Senior Hamas official Osama Hamdan", "Hamas"),
])
def test_a_title_s_opening_word_is_not_the_source(written: str, name: str) -> None:
    from service.text.sources import source_name
    assert source_name(written) == name


def test_a_person_named_after_their_title_is_who_the_credit_is_under() -> None:
    from service.text.facts import read_again
    _, [facts] = read_again(["Ardent police chief Marten Holm said the suspect had confessed."], None)
    [credit] = facts.credits
    assert credit.source == "Ardent police" and credit.affiliation == "Marten Holm"
    from service.text.roles import find_roles
    # (a portfolio is a word of its own: "service" holds no "vice")
    assert [r.title for r in find_roles("Fire service spokeswoman Ilse Radovan said so.")] == ["spokesperson"]


_DAM = payloads([
    ("dam", "Selmira Courier", "2023-08-14",
     "Pavel Zorin, head of the Selmira Water Authority, denied that the Tessin dam had failed. "
     "Ardent police chief Marten Holm said the suspect had confessed to starting the crane fire. "
     "Three drones struck the Karsk Dam in Veshti province on Tuesday, the ministry said."),
])


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), [
    # "X denied that …" is X's statement
    ("Pavel Zorin confirmed that the Tessin dam had failed.", "denied that the Tessin", "conflicting", "refuted"),
    # the person under their title is the source the claim credits
    ("Marten Holm, the Ardent police chief, said the suspect had confessed to starting the crane fire.",
     "Ardent police chief", "corroborating", "supported"),
    # a province whose name ends in "-i" is a place, not a people: another province for the same strike
    ("Three drones struck the Karsk Dam in Belin province on Tuesday.", "Veshti province", "conflicting", "refuted"),
])
def test_who_said_it_and_where_on_made_up_names(tmp_path: Path, claim: str, words: str, bucket: str,
                                               label: str) -> None:
    doc = judged(tmp_path, _DAM, claim)
    assert bucket_of(doc, words)[0] == bucket
    assert doc["verdict"]["label"] == label
    assert "misattributed" not in doc["verdict"]["flags"]


@pytest.mark.parametrize(("word", "demonym"), [
    ("Iraqi", True), ("Saudi", True), ("Somali", True), ("Morvanian", True),
    ("Karachi", False), ("Helsinki", False), ("Veshti", False),
])
def test_a_name_ending_in_i_is_a_demonym_only_of_a_country(word: str, demonym: bool) -> None:
    from service.text.places import _is_demonym
    assert _is_demonym(word) is demonym


@pytest.mark.parametrize(("text", "subject", "place"), [
    # the place's owner, a country no table knows, is no subject
    ("A flood swept through the village of Orsa in Tallinor's Vessel province on Monday.", "Orsa", "Vessel"),
    # a passage's copula says what its first name is in, as a claim's does
    ("Lake Mirvane, the country's largest lake, lies in the eastern province of Kessin.", "Lake Mirvane", "Kessin"),
])
def test_what_a_made_up_province_holds(text: str, subject: str, place: str) -> None:
    from service.text.places import find_locations
    assert [(loc.subject, loc.place) for loc in find_locations(text)] == [(subject, place)]


def test_a_site_fronted_by_at_is_the_sentence_s_site() -> None:
    from service.text.events import sites_of
    assert sites_of("At Norhamn, bakers voted on Friday to end the strike.") == ("Norhamn",)
    assert sites_of("At least five bakers joined the strike.") == ()


_BAKERS = payloads([
    ("bakers", "Lake Post", "2024-06-08",
     "Bakers walked out at Tolby and at Norhamn on Monday over pay. "
     "At Norhamn, bakers voted on Friday to end the strike. "
     "Tolby, the larger of the two towns, lies in the eastern province of Kessin."),
])


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    ("Bakers at Tolby voted on Friday to end the strike.", "At Norhamn", "other_events"),
    ("Bakers at Norhamn voted on Friday to end the strike.", "At Norhamn", "corroborating"),
    ("Tolby is in the province of Vessel.", "lies in the eastern province", "conflicting"),
    ("Tolby lies in Kessin province.", "lies in the eastern province", "corroborating"),
])
def test_made_up_sites_and_provinces_are_compared(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert bucket_of(judged(tmp_path, _BAKERS, claim), words)[0] == bucket


@pytest.mark.parametrize(("scope", "governed"), [
    ("that union members were responsible for the crane fire", {"respons"}),
    ("that its army had fired the shell", {"fire"}),
    ("that the dam had failed", {"fail"}),
])
def test_a_denied_clause_s_subject_is_not_what_it_denies(scope: str, governed: set[str]) -> None:
    from service.dossier.stance.terms import _scope_stems
    assert _scope_stems(scope) == governed


_BAKERY = payloads([
    ("union", "Lake Post", "2024-06-08",
     "Union leader Mira Holt denied that union members were behind the oven fire at the Tolby bakery. "
     "Mira Holt has led the bakers' union since 2019. "
     "Police said the oven fire was started deliberately with lamp oil."),
])


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    # the union's leader denying that members did it is not opposed by her leading the union
    ("Mira Holt denied that union members were responsible for the oven fire at the Tolby bakery.",
     "has led the bakers", "related"),
    ("Mira Holt denied that union members were responsible for the oven fire at the Tolby bakery.",
     "denied that union members", "corroborating"),
    # that she denied it is what the claim says: the police saying how the fire started does not oppose it
    ("Mira Holt denied that union members started the oven fire at the Tolby bakery.",
     "started deliberately", "related"),
])
def test_a_reported_denial_is_compared_as_a_denial(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    assert bucket_of(judged(tmp_path, _BAKERY, claim), words)[0] == bucket


@pytest.mark.parametrize(("claim", "main"), [
    # a relative clause whose own verb opens it ends at the next verb in the past
    ("A shell that landed near the Lenna bridge on Monday killed a ferryman.", "A shell killed a ferryman."),
    ("The drone that hit the depot injured two guards.", "The drone injured two guards."),
    # (not a verb "and" joins to the clause's own)
    ("The shell that landed near the bridge and wounded a guard was never found.", "The shell was never found."),
])
def test_where_a_relative_clause_ends(claim: str, main: str) -> None:
    from service.text.clauses import main_clause
    assert main_clause(claim) == main


_FERRY = payloads([
    ("ferry", "Lake Post", "2024-06-08",
     "Harbour police said a shell landed near the Lenna bridge on Monday, wounding a ferryman. "
     "The bridge was closed for six hours after the blast."),
])


def test_another_harm_to_the_same_person_named_by_an_active_verb(tmp_path: Path) -> None:
    """"killed a ferryman" against "wounding a ferryman": the same person, the other fate."""
    doc = judged(tmp_path, _FERRY, "A shell that landed near the Lenna bridge on Monday killed a ferryman.")
    assert bucket_of(doc, "wounding a ferryman")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _FERRY, "A shell that landed near the Lenna bridge on Monday wounded a ferryman.")
    assert bucket_of(doc, "wounding a ferryman")[0] == "corroborating"


# Misfires a review found in the first forms of this session's rules, each now a test.

@pytest.mark.parametrize(("written", "name"), [
    # a premodifier before a lowercase title is skipped only when the name follows the title itself
    ("Police officers in Tolby", "Police"),
    ("Federal agents in Ohio", "Federal"),
    ("Police sources close to Mayor Erik Holm", "Police"),
])
def test_review_a_place_after_a_title_is_not_the_source(written: str, name: str) -> None:
    from service.text.sources import source_name
    assert source_name(written) == name


def test_review_what_a_scope_denies() -> None:
    from service.dossier.stance.terms import _scope_stems
    from service.text.synonyms import unphrase
    # "denied reports that …": what the reports said is what is denied
    assert _scope_stems("reports that the dam had been damaged by the earthquake") == {"damag"}
    # "behind" is "responsible for" only for an incident, not a place in a ranking
    assert "responsible" not in unphrase("Smaller parties were behind the ruling Unity Party in the polls.")


_REVIEW = payloads([
    ("water", "Lake Post", "2024-06-08", "The mayor of Lindau admitted that the tap water was unsafe to drink."),
    ("floods", "Lake Post", "2024-06-09", "The Ardent governor said three bridges were destroyed in the floods, "
                                          "while the Korvath governor said three more were damaged."),
    ("strike", "Lake Post", "2024-06-10", "Dockers from Gdansk and Rotterdam joined the strike in Antwerp on Monday."),
    ("post", "Lake Post", "2024-06-11", "The Tide Front posted its statement on X on Monday. "
                                        "The group later also posted its statement on Telegram."),
])


@pytest.mark.parametrize(("claim", "words", "bucket"), [
    # the denier's own words saying the opposite contradict a claim that it denied it
    ("The mayor of Lindau denied that the tap water was unsafe to drink.", "admitted that", "conflicting"),
    # the claim's source states the claim's number on its own side: not another source's figure
    ("The Korvath governor said three bridges were damaged in the floods.", "three more", "corroborating"),
    # a city of the claim's country confirms it, whatever cities people came from
    ("Dockers joined the strike in Belgium on Monday.", "in Antwerp", "corroborating"),
    # a platform the passage says was also used is no other platform
    ("The Tide Front posted its statement on X.", "also posted", "related"),
])
def test_review_misfires(tmp_path: Path, claim: str, words: str, bucket: str) -> None:
    with stored(tmp_path, _REVIEW) as store:
        found = {"admitted that": "water", "three more": "floods", "in Antwerp": "strike", "also posted": "post"}
        assert bucket_of(judge(store, claim, found[words]), words)[0] == bucket


@pytest.mark.parametrize(("text", "negated"), [
    ("The ferry operator rejected claims that the Lena was overloaded.",
     [("rejected", "claims that the Lena was overloaded")]),
    ("Officials dismissed reports that the dam had failed.", [("dismissed", "reports that the dam had failed")]),
    ("The court rejected the appeal.", []),  # a decision, not a denial of what someone said
])
def test_rejecting_claims_that_x_denies_x(text: str, negated: list[tuple[str, str]]) -> None:
    from service.text.extract import find_negations
    assert [(n.cue.text, n.scope.text) for n in find_negations(text)] == negated


_FIRES = payloads([
    ("fires", "Valley Post", "2023-07-06",
     "A wildfire swept through the village of Orsby on Tuesday. The fire service said 1,200 residents were "
     "evacuated from Orsby. A separate fire near the town of Halvik burned pine forest on Tuesday and forced "
     "150 people from their homes."),
])


@pytest.mark.parametrize(("claim", "bucket"), [
    # a passage that says it reports a separate incident, naming none of the claim's names, is another event
    ("The fire service said 150 people were evacuated from Orsby.", "other_events"),
    # (the separate incident itself, named)
    ("A fire near Halvik forced 150 people from their homes on Tuesday.", "corroborating"),
])
def test_a_separate_incident_is_another_event(tmp_path: Path, claim: str, bucket: str) -> None:
    assert bucket_of(judged(tmp_path, _FIRES, claim), "A separate fire")[0] == bucket
