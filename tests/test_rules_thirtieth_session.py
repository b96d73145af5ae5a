"""Rules of 2026-12-07, thirtieth session (docs/verdicts.md section 0). Made-up articles of other subjects than the
seeds and the archives: answers to a fact-checker's questions, a trial, a drug recall, a firm's results."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from service.attribution import find_attributions
from service.dossier.stance.amounts import SHARE_OTHER, SHARE_SAME
from service.text.denials import find_denials
from service.text.multiples import find_multiples
from service.text.sources import resolve_credits
from tests.support.judging import bucket_of, judge, judged, payloads, stored


def _answers(*rows: tuple[str, str, str]) -> list[dict[str, str]]:
    """Question-and-answer notes as articles: (external_id, question as title, answer as text)."""
    return [{"external_id": i, "outlet": "Notes", "title": q, "text": a} for i, q, a in rows]


_GRANT = _answers(
    ("q1", "Were residents of Harlow who were told to evacuate in 2021 paid a relief grant of 300 crowns per week?",
     "No."),
    ("q2", "Were residents of Harlow told to evacuate in 2021?", "Yes."),
)


def test_a_question_of_the_year_the_claim_was_made_in_is_the_claims_year(tmp_path: Path) -> None:
    claim = "Residents of Harlow who were told to evacuate will be paid a relief grant of 300 crowns per week."
    with stored(tmp_path / "a", _GRANT) as store:
        # (the claim names no year; it was made in 2021, the year the question asks of: the no answers it)
        doc = judge(store, claim, "q1", "q2", claim_date=date(2021, 3, 1))
        assert bucket_of(doc, "No.")[0] == "conflicting"
        assert doc["verdict"]["label"] == "refuted"
        # (made in another year, or on no day, a question of 2021 asks of another year: before, always so)
        doc = judge(store, claim, "q1", "q2", claim_date=date(2023, 3, 1))
        assert bucket_of(doc, "No.")[0] != "conflicting"
        doc = judge(store, claim, "q1", "q2")
        assert bucket_of(doc, "No.")[0] != "conflicting"


def test_a_yes_confirms_only_what_was_asked(tmp_path: Path) -> None:
    with stored(tmp_path / "a", _GRANT) as store:
        # (before, on the claim's year: "Yes." to a question of the claim's subject alone corroborated the grant)
        doc = judge(store, "Residents of Harlow who were told to evacuate will be paid a relief grant of 300 crowns "
                           "per week.", "q1", "q2", claim_date=date(2021, 3, 1))
        kind, item = bucket_of(doc, "Yes.")
        assert kind == "related"
        assert not any(r["type"] == "answer_confirms" for r in item["reasons"])
        # (a question that asks what the claim says of its subject is confirmed by a yes)
        doc = judge(store, "Residents of Harlow were told to evacuate.", "q2", claim_date=date(2021, 3, 1))
        assert bucket_of(doc, "Yes.")[0] == "corroborating"
        assert doc["verdict"]["label"] == "supported"


_MASKS = _answers(
    ("m1", "What do studies say of scarves and blood pressure?",
     "No scientific evidence supports the claim that wearing a scarf lowers blood pressure."),
)


def test_no_scientific_evidence_denies(tmp_path: Path) -> None:
    assert find_denials("No scientific evidence supports the claim that scarves lower blood pressure.") == [
        "No scientific evidence"]
    assert find_denials("There is no credible proof of it.") == ["no credible proof"]
    assert find_denials("Scientific evidence supports it.") == []
    # (before: the passage restated the claim and corroborated it)
    with stored(tmp_path / "a", _MASKS) as store:
        doc = judge(store, "Wearing a scarf lowers blood pressure.", "m1")
        kind, item = bucket_of(doc, "No scientific evidence")
        assert kind == "conflicting"
        assert any(r["type"] == "denial" for r in item["reasons"])
    # (evidence of when or how something happened is not evidence that it did: the passage says it did)
    with stored(tmp_path / "b", _answers(("w1", "What did the auditors find?", "The auditors found no clear "
                                                                          "evidence of when the scarf fraud began."))
                ) as store:
        kind, item = bucket_of(judge(store, "There was a scarf fraud.", "w1"), "no clear evidence")
        assert not any(r["type"] == "denial" for r in item["reasons"])


def test_a_rejected_claim_of_a_named_body_is_denied() -> None:
    # (before: one word only between the verb and "claim"; a possessive name is two)
    assert find_denials("She rejected the People's Alliance's claim that ballots had gone missing.") == [
        "rejected the People's Alliance's claim"]
    assert find_denials("He denied the army carried out the raids.") == []


_TRIAL = payloads([
    ("t1", "Northern Press", "2025-04-10",
     "A court in Merrow acquitted Lukas Ferrow of money laundering on Thursday. The court convicted Anselm Roke of "
     "bribery. Roke's lawyer, Tomas Vaile, said his client denied the charges. Vaile said he would appeal. \"The "
     "verdict rests on the word of one witness,\" he said."),
])


def test_acquitted_is_the_opposite_of_convicted_of_its_subject(tmp_path: Path) -> None:
    # (before: no opposite, and the claim's subject had to be named before the passage's act, as its doer)
    doc = judged(tmp_path / "a", _TRIAL, "Lukas Ferrow was convicted of money laundering.")
    kind, item = bucket_of(doc, "acquitted Lukas Ferrow")
    assert kind == "conflicting"
    assert any(r["type"] == "negation" and r["passage_text"] == "acquitted" for r in item["reasons"])
    assert doc["verdict"]["label"] == "refuted"
    # (the act done to another: Roke was convicted, not acquitted)
    doc = judged(tmp_path / "b", _TRIAL, "Anselm Roke was convicted of bribery.")
    assert bucket_of(doc, "convicted Anselm Roke")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


def test_a_claims_speaker_is_the_passages_by_surname(tmp_path: Path) -> None:
    # (before: the claim was read as crediting Roke, and the passage's "he", resolved to Vaile, did not say it)
    doc = judged(tmp_path / "a", _TRIAL, "Roke's lawyer Tomas Vaile said the verdict rested on the word of a "
                                         "single witness.")
    kind, item = bucket_of(doc, "word of one witness")
    assert kind == "corroborating"
    assert not any(r["type"] in ("source_unstated", "source_mismatch") for r in item["reasons"])
    assert doc["verdict"]["label"] == "supported"
    # (another speaker is still another)
    doc = judged(tmp_path / "b", _TRIAL, "Judge Ilse Marrow said the verdict rested on the word of a single witness.")
    assert bucket_of(doc, "word of one witness")[0] != "corroborating"


def test_a_post_set_beside_a_name_credits_the_person() -> None:
    texts = ["The consumer group Patients First said it had 40 reports.",
             "\"The real number is far higher,\" said the group's director, Amos Kettering.",
             "According to the firm's lawyer, Anna Bell, the case was closed.",
             "\"It is safe,\" said the company's spokesman."]
    credits = resolve_credits([find_attributions(t) for t in texts], texts)
    assert credits[1][0].source == "Amos Kettering"
    assert credits[2][0].source == "Anna Bell"
    assert credits[3][0].source != "Amos Kettering"  # (no name beside it)


def test_multiples_and_fractions_are_read() -> None:
    def read(text: str) -> list[tuple[str, str, float]]:
        return [(m.text, m.kind, round(m.value, 3)) for m in find_multiples(text)]

    assert read("First-quarter net profit tripled.") == [("tripled", "times", 3.0)]
    assert read("tablets with twice the stated dose") == [("twice", "times", 2.0)]
    assert read("three times as many complaints") == [("three times", "times", 3.0)]
    assert read("a 10-fold increase") == [("10-fold", "times", 10.0)]
    assert read("will cut a third of the 900 jobs") == [("a third of", "share", 0.333)]
    assert read("two thirds of its staff") == [("two thirds of", "share", 0.667)]
    assert read("one in four patients") == [("one in four", "share", 0.25)]
    # of what: after a multiple that compares, before a verb (its subject)
    assert [m.of for m in find_multiples("tablets with double the stated dose")] == ["the stated dose"]
    assert [m.of for m in find_multiples("Its net profit doubled.")] == ["Its net profit"]
    # a bound or an estimate is marked: it is not compared as another figure
    assert [m.hedged for m in find_multiples("about twice the dose, three times the cost")] == [True, False]
    # how often is no multiple
    assert read("The depot was attacked three times.") == []
    assert read("They met twice in May.") == []
    assert read("A double-decker bus overturned.") == []


_RESULTS = payloads([
    ("r1", "Ledger", "2025-05-02",
     "Brennick Tooling said its net profit for the first quarter doubled to 48 million crowns. The company will cut "
     "a third of the jobs at its Ostvald plant, the union said."),
    ("r2", "Health Journal", "2025-06-03",
     "Pellworth Pharma is recalling a batch of Cardolin after tests found tablets with twice the stated dose, the "
     "safety office said on Tuesday. In May, 48 percent of the district's voters turned out."),
])


def test_another_multiple_or_fraction_contradicts(tmp_path: Path) -> None:
    # (before: no figure in either sentence, and the passage corroborated by its words)
    doc = judged(tmp_path / "a", _RESULTS, "Brennick Tooling's first-quarter net profit tripled.")
    assert bucket_of(doc, "doubled to 48 million")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _RESULTS, "Brennick Tooling's net profit doubled in the first quarter.")
    assert bucket_of(doc, "doubled to 48 million")[0] == "corroborating"
    doc = judged(tmp_path / "c", _RESULTS, "Brennick will cut a quarter of the jobs at its Ostvald plant.")
    assert bucket_of(doc, "a third of the jobs")[0] == "conflicting"
    doc = judged(tmp_path / "d", _RESULTS, "The Cardolin batch was recalled because tablets held three times the "
                                           "stated dose.")
    assert bucket_of(doc, "twice the stated dose")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "e", _RESULTS, "The Cardolin batch was recalled because tablets held double the stated "
                                           "dose.")
    kind, item = bucket_of(doc, "twice the stated dose")
    assert kind == "corroborating"
    assert any(r["type"] == "quantity_match" for r in item["reasons"])
    # (an estimate is not another figure)
    doc = judged(tmp_path / "f", _RESULTS, "The Cardolin batch was recalled because tablets held about three times "
                                           "the stated dose.")
    assert bucket_of(doc, "twice the stated dose")[0] != "conflicting"


def test_a_fraction_against_a_percentage_is_pinned(tmp_path: Path) -> None:
    assert (SHARE_SAME, SHARE_OTHER) == (0.02, 0.05)

    def bucket(claim: str) -> str:
        return bucket_of(judged(tmp_path / str(abs(hash(claim))), _RESULTS, claim), "48 percent")[0]

    # 48 percent against a half: 0.02 apart, the same figure; against a third, another
    assert bucket("Half of the district's voters turned out.") == "corroborating"
    assert bucket("A third of the district's voters turned out.") == "conflicting"


_SENTENCES = payloads([
    ("s1", "Northern Press", "2025-04-11",
     "Contractor Bettina Sarn was sentenced to four years, and accountant Lukas Ferrow received an 18-month suspended "
     "sentence."),
])


def test_a_figure_of_another_named_person_in_the_sentence_is_theirs(tmp_path: Path) -> None:
    # (before: the auxiliary "was" took a place of the three words a holder may stand before its figure, so four years
    # had no holder, and Ferrow's 18 months confirmed Sarn's)
    doc = judged(tmp_path / "a", _SENTENCES, "Contractor Bettina Sarn received an 18-month suspended sentence.")
    assert bucket_of(doc, "four years")[0] == "conflicting"
    assert doc["verdict"]["label"] == "refuted"
    doc = judged(tmp_path / "b", _SENTENCES, "Accountant Lukas Ferrow received an 18-month suspended sentence.")
    assert bucket_of(doc, "four years")[0] == "corroborating"
    assert doc["verdict"]["label"] == "supported"


def test_a_naming_without_quotes_credits_its_speaker() -> None:
    # (before: "called" and "described" credited words in quotes only; a reader's claim, and wire copy, drop them)
    def sources(text: str) -> list[str]:
        return [a.source for a in find_attributions(text)]

    assert sources("Colonel Renik described the group as a front for the Brigades.") == ["Colonel Renik"]
    assert sources("The mayor called the fires an attack on the town.") == ["The mayor"]
    assert sources("Finance director Osric Penhale called the job cuts a betrayal of the workforce.") == [
        "Finance director Osric Penhale"]
    # not a deed, a call, a time or an adjective
    assert sources("The union called a strike at the plant.") == []
    assert sources("Neighbours called the fire brigade a few minutes later.") == []
    assert sources("The mayor called for calm in the town.") == []
    assert sources("Witnesses described the scene as chaotic.") == []


_ELECTION = payloads([
    ("e1", "Evening Post", "2025-11-03",
     "Rosalind Tarne won 41,250 votes in the mayoral election. Whitcombe said Tarne had carried Stroud Hill by 310 "
     "votes. In 2021, Emil Vasko lost to Mayor Dora Pell by some 3,000 votes."),
])


def test_a_margin_is_not_a_count(tmp_path: Path) -> None:
    # (before: "by 310 votes" and "by some 3,000 votes" were counts of votes, against the claim's 41,250)
    doc = judged(tmp_path / "a", _ELECTION, "Rosalind Tarne won 41,250 votes in the mayoral election.")
    for words in ("by 310", "by some 3,000"):
        kind, item = bucket_of(doc, words)
        assert not any(r["type"] == "quantity_mismatch" for r in item["reasons"]), words
    assert doc["verdict"]["label"] == "supported"
    # (a margin is compared with a margin)
    doc = judged(tmp_path / "b", _ELECTION, "Tarne carried Stroud Hill by 210 votes.")
    kind, item = bucket_of(doc, "by 310")
    assert any(r["type"] == "quantity_mismatch" for r in item["reasons"])


def test_a_described_body_is_no_person_credited_under_a_post() -> None:
    texts = ["A cameraman for Lumen 9 TV was arrested on Wednesday, the broadcaster said.",
             "Provincial police spokesman Ivo Ramnik said the cameraman had no accreditation.",
             "The arrest was unrelated to the raid, Ramnik said.",
             "The Port Sarrow-based station called the detention an attempt to keep cameras away from the docks."]
    credits = resolve_credits([find_attributions(t) for t in texts], texts)
    # (before: a description of several words before "-based" read as the name "Port Sarrow-based", and a body's
    # description fell back on the last one-word name, the spokesman Ramnik)
    assert credits[3][0].source not in ("Ramnik", "Port Sarrow-based")


_RECALL = payloads([
    ("d1", "Harlan Wire", "2025-03-11",
     "Pellworth Pharma is recalling batch CL-2291 of its blood-pressure drug Cardolin, the safety office said. "
     "Pellworth Pharma said it was aware of only six cases of adverse reactions linked to the recalled Cardolin batch. "
     "Pellworth Pharma denied that any Cardolin batches other than CL-2291 were affected by the tablet-press fault."),
])


def test_an_exception_is_not_denied(tmp_path: Path) -> None:
    # (before: "denied that any Cardolin batches other than CL-2291 were affected" negated the batch the claim says
    # was recalled)
    doc = judged(tmp_path / "a", _RECALL, "According to Pellworth, it knew of only six adverse reactions linked to "
                                          "the recalled Cardolin batch.")
    kind, item = bucket_of(doc, "other than CL-2291")
    assert not any(r["type"] == "negation" for r in item["reasons"])
    assert doc["verdict"]["label"] == "supported"
