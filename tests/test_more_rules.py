"""Rules added after a third reader's claims (evaluation/data/seed-claims-third-reader.jsonl): each
tested here on made-up articles of other subjects."""

from __future__ import annotations

from pathlib import Path

from tests.support.judging import bucket_of, judge, store_of


def test_a_denial_verb_negates_what_it_governs_on_either_side(tmp_path: Path) -> None:
    store = store_of(tmp_path, [
        {"external_id": "cut", "outlet": "Northtown Post", "title": "Power cut",
         "text": "The water board accepted responsibility for the power cut at the Northtown pumping station."},
    ])
    try:
        place = "for the power cut at the Northtown pumping station."
        denied = judge(store, f"The water board denied responsibility {place}")
        accepted = judge(store, f"The water board accepted responsibility {place}")
    finally:
        store.close()
    stance, item = bucket_of(denied, "accepted responsibility")
    assert stance == "conflicting" and any(r["type"] == "negation" for r in item["reasons"])
    assert denied["verdict"]["label"] == "refuted"
    assert bucket_of(accepted, "accepted responsibility")[0] == "corroborating"


def test_a_possessive_before_a_site_noun_names_its_owner_not_a_site() -> None:
    from service.text.events import sites_of

    assert sites_of("The strike hit near the militia's headquarters in Qaryat Salem.") == ("Qaryat Salem",)
    assert sites_of("Rockets hit the Dune Point air base.") == ("Dune Point",)


def test_a_dated_sentence_without_a_site_takes_the_site_of_the_articles_same_day() -> None:
    from service.text.events import read_events

    texts = ["Rockets hit the Dune Point air base on Monday, officials said.",
             "On Tuesday, the navy said it had carried out a strike near the port of Kessel.",
             "Following the Monday attack, the ministry called the shelling a grave provocation."]
    events = read_events(texts, "2024-03-07")
    assert events[1].place == "Kessel"
    assert events[2].place == "Dune Point"  # not the Tuesday strike's, though it came just before


def test_labelled_credits_its_subject_so_a_wrong_office_is_a_source_mismatch(tmp_path: Path) -> None:
    store = store_of(tmp_path, [
        {"external_id": "lab", "outlet": "Harbour Times", "title": "Chemical leak",
         "published_at": "2024-05-02",
         "text": "A chemical leak closed the Westport harbour on Monday. "
                 "Following the Monday leak, the Harbour Authority labeled the spill a \"grave failure\"."},
    ])
    try:
        doc = judge(store, 'The Westport Council labeled the Monday spill at Westport harbour a "grave failure".')
    finally:
        store.close()
    stance, item = bucket_of(doc, "grave failure")
    assert stance == "conflicting"
    assert any(r["type"] == "source_mismatch" for r in item["reasons"])
    assert "misattributed" in doc["verdict"]["flags"]


def test_a_passage_naming_none_of_the_claims_named_subject_does_not_confirm_what_they_did(tmp_path: Path) -> None:
    store = store_of(tmp_path, [
        {"external_id": "flood", "outlet": "Riverton Herald", "title": "Flood", "published_at": "2024-04-06",
         "text": "The Friday flood in Riverton killed two people, the fire service said."},
        {"external_id": "meet", "outlet": "Valley News", "title": "Meeting", "published_at": "2024-04-06",
         "text": "Mayor Ines Varga and Governor Tom Reed met in Riverton on Friday after the flood killed "
                 "two people."},
    ])
    claim = ("Ines Varga and Tom Reed met on the same day as the Friday flood in Riverton "
             "that killed two people.")
    try:
        doc = judge(store, claim)
    finally:
        store.close()
    assert bucket_of(doc, "The Friday flood in Riverton")[0] == "related"
    assert bucket_of(doc, "Mayor Ines Varga")[0] == "corroborating"


def test_the_named_subject_is_the_names_a_claim_opens_with() -> None:
    from service.dossier.stance.terms import _subject_stems

    assert _subject_stems("Ines Varga and Tom Reed met on Friday.") == {"ine", "varga", "tom", "reed"}
    assert _subject_stems("The Harbour Authority closed the port.") == {"harbour", "author"}
    assert _subject_stems("Two ferries sank near the Harbour Authority's pier.") == frozenset()


def test_who_holds_an_office_a_claim_states_against_the_titles_a_passage_gives(tmp_path: Path) -> None:
    from service.text.roles import find_roles

    [role] = find_roles("Tomas Ek is the Health Minister.")
    assert (role.holder, role.title, role.prefix) == ("Tomas Ek", "health minister", False)
    store = store_of(tmp_path, [
        {"external_id": "clinic", "outlet": "Dalby Post", "title": "Clinic",
         "text": "Health Minister Ana Berg opened the new clinic in Dalby on Monday.\n"
                 "Government spokesperson Tomas Ek said the clinic would serve 4,000 families."},
    ])
    try:
        holder = judge(store, "Ana Berg is the Health Minister.")
        other = judge(store, "Tomas Ek is the Health Minister.")
    finally:
        store.close()
    assert holder["verdict"]["label"] == "supported"
    stance, item = bucket_of(holder, "Health Minister Ana Berg")
    assert stance == "corroborating" and any(r["type"] == "role_match" for r in item["reasons"])
    assert other["verdict"]["label"] == "refuted"
    stance, item = bucket_of(other, "Health Minister Ana Berg")
    assert stance == "conflicting" and any(r["type"] == "role_mismatch" for r in item["reasons"])
