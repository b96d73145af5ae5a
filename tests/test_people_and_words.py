"""Who holds which title, who "he" is, whom a named official speaks for, and words news copy uses
for the same thing — on made-up articles of another subject."""

from __future__ import annotations

from typing import Any

import pytest

from service.ingest import prepare_article
from service.stores.embedded import EmbeddedStore
from service.text.roles import find_roles
from tests.support.judging import archive_fixture, judge

ARTICLES = [
    {"external_id": "rail", "outlet": "Nordic Ledger", "published_at": "2024-05-02",
     "text": "Vorland Transport Minister Karl Haas visited the flooded Lune depot on Wednesday.\n"
             "He said the northern line would reopen in June.\n"
             "Railway spokesperson Colonel Jan Berg said repairs had begun.\n"
             "Pressed on the cost, Berg added: \"We have not received any federal money.\""},
    {"external_id": "border", "outlet": "Harbour Daily", "published_at": "2024-05-03",
     "text": "Two drones struck a warehouse near the Tessel border crossing on Thursday, police said."},
]


store = archive_fixture("people", ARTICLES)


def dossier(store: EmbeddedStore, claim: str) -> dict[str, Any]:
    return judge(store, claim, max_evidence=20)


def reasons(doc: dict[str, Any], bucket: str) -> set[str]:
    return {r["type"] for item in doc["evidence"][bucket] for r in item["reasons"]}


@pytest.mark.parametrize(("text", "role"), [
    ("Israeli Defense Minister Yoav Gallant spoke.", ("Yoav Gallant", "defense minister", "Israeli")),
    ("US Secretary of Defense Lloyd Austin said so.", ("Lloyd Austin", "defense secretary", "US")),
    ("Pentagon spokesperson Brigadier General Patrick Ryder said it.", ("Patrick Ryder", "spokesperson", "Pentagon")),
    ("Defense Secretary Lloyd Austin ordered it.", ("Lloyd Austin", "defense secretary", "")),
])
def test_a_title_before_a_name_is_a_role(text: str, role: tuple[str, str, str]) -> None:
    found = [(r.holder, r.title, r.organisation) for r in find_roles(text) if r.prefix]
    assert found == [role]


def test_another_portfolio_conflicts(store: EmbeddedStore) -> None:
    doc = dossier(store, "Vorland Finance Minister Karl Haas visited the flooded Lune depot.")
    assert doc["verdict"]["label"] == "refuted"
    assert "role_mismatch" in reasons(doc, "conflicting")


def test_the_same_title_is_no_obstacle_to_support(store: EmbeddedStore) -> None:
    doc = dossier(store, "Transport Minister Karl Haas visited the flooded Lune depot on Wednesday.")
    assert doc["verdict"]["label"] == "supported"


def test_he_said_is_credited_to_the_person_named_before(store: EmbeddedStore) -> None:
    doc = dossier(store, "Transport Minister Karl Haas said the northern line would reopen in June.")
    assert doc["verdict"]["label"] == "supported"
    item = doc["evidence"]["corroborating"][0]
    assert item["attributed_to"][0]["source"] == "Karl Haas" and item["attributed_to"][0]["resolved"]
    assert "source_match" in reasons(doc, "corroborating")


def test_an_official_speaks_for_the_office_named_with_his_title(store: EmbeddedStore) -> None:
    doc = dossier(store, "The Railway said: \"We have not received any federal money.\"")
    assert doc["verdict"]["label"] == "supported"
    assert "source_match" in reasons(doc, "corroborating")


def test_words_for_the_same_thing_are_read_as_one() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms, predicate_coverage

    terms = claim_terms(analyze_claim("Soldiers at the airbase were struck by a drone."))
    assert predicate_coverage(terms, "Troops at the base were hit by a UAV.", None) == pytest.approx(1.0)
    assert predicate_coverage(terms, "Troops at the base were fired at.", None) < 1.0


def test_a_bearing_from_the_same_place_is_compared(tmp_path: Any) -> None:
    made = EmbeddedStore(tmp_path / "bearing")
    try:
        made.ingest([prepare_article({"external_id": "dam", "text": "The Kessler dam, located about 40 kilometers "
                                      "(25 miles) north of the city of Marlow, supplies two towns."})])
        doc = dossier(made, "The Kessler dam lies roughly 25 miles north of Marlow.")
        assert doc["verdict"]["label"] == "supported"
        doc = dossier(made, "The Kessler dam is located about 40 kilometers south of Marlow.")
        assert doc["verdict"]["label"] == "refuted"
        assert "entity_mismatch" in reasons(doc, "conflicting")
    finally:
        made.close()


def test_a_phrasal_verb_reads_as_its_one_word_synonym() -> None:
    from service.dossier.analysis import analyze_claim
    from service.dossier.stance.terms import claim_terms, predicate_coverage

    terms = claim_terms(analyze_claim("Militants brought down a drone over the valley."))
    assert predicate_coverage(terms, "Militants downed a drone over the valley.", None) == pytest.approx(1.0)


@pytest.mark.parametrize(("claim", "label"), [
    ("Two workers were slightly injured when the crane fell at the Osterby port.", "supported"),
    ("Two workers were seriously injured when the crane fell at the Osterby port.", "refuted"),
])
def test_how_badly_people_were_hurt_is_part_of_the_figure(tmp_path: Any, claim: str, label: str) -> None:
    made = EmbeddedStore(tmp_path / "crane")
    try:
        made.ingest([prepare_article({"external_id": "crane", "text": "The crane fell at the Osterby port on "
                                      "Monday and two workers were slightly injured, the port said."})])
        assert dossier(made, claim)["verdict"]["label"] == label
    finally:
        made.close()


@pytest.mark.parametrize(("text", "predicate"), [
    ("The missile launcher found in Haditha district was seized by Iraqi security forces.",
     "was seized by Iraqi security forces"),
    ("The Harir air base that Iraqi resistance groups targeted is in northern Iraq.", "is in northern Iraq"),
    ("The Pentagon said on Monday that Iran had ordered the attacks.",
     "The Pentagon said on Monday that Iran had ordered the attacks."),  # what was said, not a clause
    ("Carbon dioxide is a gas that traps heat.", "Carbon dioxide is a gas that traps heat."),  # at the end
])
def test_the_main_predicate_leaves_out_what_only_identifies_the_subject(text: str, predicate: str) -> None:
    from service.text.clauses import main_predicate

    assert main_predicate(text) == predicate


def test_a_passage_that_states_only_the_identifying_clause_does_not_corroborate(tmp_path: Any) -> None:
    made = EmbeddedStore(tmp_path / "launcher")
    try:
        made.ingest([prepare_article({"external_id": "launcher", "text": "The attack was conducted with a "
                                      "rocket launcher which was later found in the Tarn valley."})])
        doc = dossier(made, "The rocket launcher found in the Tarn valley was seized by border police.")
        assert doc["evidence"]["corroborating"] == [] and doc["verdict"]["label"] == "unverified"
        doc = dossier(made, "The attack was conducted with a rocket launcher later found in the Tarn valley.")
        assert doc["verdict"]["label"] == "supported"
    finally:
        made.close()


@pytest.mark.parametrize(("written", "name"), [
    ("Iraqi resistance groups", None),  # a nationality names no one
    ("An Iraqi security source", None),
    ("Israeli officials", None),
    ("the Iraqi Resistance", "Iraqi Resistance"),  # a name that starts with one does
])
def test_a_nationality_alone_is_not_a_source_name(written: str, name: str | None) -> None:
    from service.text.sources import source_name

    assert source_name(written) == name


@pytest.mark.parametrize(("text", "site"), [
    ("They targeted the U.S. base named Al-Harir in the north of Iraq.", "Al-Harir"),
    ("A rocket hit the vicinity of Camp Victory near the airport.", "Camp Victory"),
])
def test_a_site_named_after_its_noun_is_a_site(text: str, site: str) -> None:
    from service.text.events import sites_of

    assert sites_of(text)[:1] == (site,)
