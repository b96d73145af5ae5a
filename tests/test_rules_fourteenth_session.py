"""Rules of 2026-12-05, fourteenth session (docs/verdicts.md section 0). Made-up articles of other subjects than
the seeds and the archives."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.attribution import find_attributions
from service.dossier.analysis import analyze_claim
from service.text.extract import find_quantities
from service.text.places import find_locations
from service.text.sources import source_name
from tests.support.judging import judged_as, payloads


@pytest.mark.parametrize(("sentence", "source"), [
    ("Harbour master Ola Rink inspected the quay but said the cranes would stay idle.", "Harbour master Ola Rink"),
    ("The Lenn Water Board, the regional regulator, has opened an inquiry and said it would report in May.",
     "The Lenn Water Board"),
    ("On Monday, the mayor visited the shelter and told reporters that nobody had been hurt.", "the mayor"),
    # a conjunction opens the clause; it is not part of the speaker
    ("The storm flooded two villages, and officials said the roads were closed.", "officials"),
])
def test_a_speech_verb_coordinated_with_the_verb_before(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)] == [source]


@pytest.mark.parametrize(("sentence", "source"), [
    # (a reviewer's misfires: the person a relative clause is about; the subject of the clause the participle follows)
    ("Minister Ana Holm met the strikers' leader, Jonas Brel, who rejected the offer and said the strike would go on.",
     "Jonas Brel"),
    ("Shares in Aerovald fell after analysts at Brask Capital cut their rating, adding that its debt was too high.",
     "analysts at Brask Capital"),
])
def test_the_speaker_of_a_coordinated_or_participle_verb(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)] == [source]


def test_a_subject_with_two_verbs_is_not_read_across_a_clause() -> None:
    # the first clause has its own subject and verb; "said" belongs to no one named here
    assert [a.source for a in find_attributions("Two bridges were closed and said to be unsafe.")] != ["Two bridges"]


def test_a_deadline_month_is_not_the_claims_date() -> None:
    assert analyze_claim("The port would not reopen before June, the mayor said.").event.month is None
    assert analyze_claim("The port reopened in June, the mayor said.").event.month == 6


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("The company put the spill at no more than 400 tonnes.", None, 400.0, "tonnes"),
    ("The spill amounted to 400 tonnes at most.", None, 400.0, "tonnes"),
    ("Not more than 40 people attended.", None, 40.0, "people"),
    ("More than 40 people attended.", 41.0, None, "people"),
])
def test_an_upper_bound(text: str, low: float | None, high: float | None, unit: str) -> None:
    assert [(q.low, q.high, q.unit) for q in find_quantities(text)] == [(low, high, unit)]


def test_the_toll_alone_is_the_death_toll() -> None:
    assert [(q.unit, q.predicate) for q in find_quantities("The relief society put the toll at 271.")] == [
        ("people", "killed")]
    # a fee is money
    assert [q.unit for q in find_quantities("Drivers said the toll had risen to 5 euros.")] == ["EUR"]


@pytest.mark.parametrize("text", [
    "A magnitude 6.8 earthquake struck the coast on Monday.",
    "The institute said the quake had a magnitude of 6.8.",
    "An aftershock of magnitude 6.8 killed three people.",
])
def test_a_magnitude_is_one_scale(text: str) -> None:
    assert [(q.value, q.unit, q.predicate) for q in find_quantities(text) if q.unit == "magnitude"] == [
        (6.8, "magnitude", None)]


def test_a_site_in_the_name_of_the_credited_body_is_not_the_claims_site() -> None:
    assert analyze_claim("Ostvar Prison Watch said about 140 prisoners were refusing food.").event.site is None


@pytest.mark.parametrize(("sentence", "source"), [
    ("Dorn rejected reports that troops had been sent to the port, saying police were in charge.", "Dorn"),
    ("The mayor dismissed as baseless claims that the water was unsafe.", "The mayor"),
])
def test_rejecting_what_others_said_is_a_statement(sentence: str, source: str) -> None:
    assert [a.source for a in find_attributions(sentence)] == [source]


@pytest.mark.parametrize("sentence", ["The board rejected the offer on Monday.", "The ministry dismissed two guards."])
def test_rejecting_a_thing_is_an_act(sentence: str) -> None:
    assert find_attributions(sentence) == []


@pytest.mark.parametrize(("written", "name"), [
    ("Team commander Hilde Brask", "Hilde Brask"),
    ("Labour minister Anneke Vosk", "Anneke Vosk"),
    ("Union leader Ana Holm", "Ana Holm"),
])
def test_a_capitalised_word_opening_a_title_is_not_the_name(written: str, name: str) -> None:
    assert source_name(written) == name


@pytest.mark.parametrize(("text", "unit"), [
    ("The airline said 212 of its own flights were cancelled.", "flights"),
    ("Police said 19 of the 27 escapees were back in custody.", "escapees"),
    # one picked out of a set is no count of it, nor a part of those a fate befell
    ("One of the workers was taken to hospital.", None),
    ("Two of the workers hurt in the blast remained in hospital.", None),
])
def test_a_part_of_a_set_is_counted_in_its_noun(text: str, unit: str | None) -> None:
    assert find_quantities(text)[0].unit == unit


def test_the_whole_of_a_part_takes_no_fate() -> None:
    assert [(q.value, q.predicate) for q in find_quantities("Aerovald cancelled 212 of its 900 scheduled flights.")] \
        == [(212.0, "cancelled"), (900.0, None)]


def test_two_approximate_figures_agree_only_when_close() -> None:
    from service.dossier.stance.amounts import overlaps
    (a,), (b,), (c,) = (find_quantities(t) for t in ("some 31,000 passengers", "some 27,000 passengers",
                                                       "about 30,000 passengers"))
    assert not overlaps(a, b)
    assert overlaps(a, c)
    # a precise figure within an approximate one's margin is that figure
    assert overlaps(find_quantities("about 140 prisoners")[0], find_quantities("137 prisoners")[0])


@pytest.mark.parametrize(("text", "subject", "place"), [
    ("Forty inmates escaped from Varn Prison in Okrey, also in Ostvar province, on Friday.", "Okrey", "Ostvar"),
    ("Tarn Junction, where the coast line meets the branch to Pell, lies about 30 kilometres north of Kessa in "
     "Ostvar province.", "Tarn Junction", "Ostvar"),
])
def test_where_a_place_lies_by_another(text: str, subject: str, place: str) -> None:
    assert (subject, place) in {(loc.subject, loc.place) for loc in find_locations(text)}


def test_a_harm_denied_of_a_set_is_not_denied_of_others() -> None:
    from service.dossier.stance.terms import denied_set
    assert denied_set("No", "firefighters were injured in the blaze") == {"firefight"}
    assert denied_set("no", "one on its side was hurt") == set()


def test_no_one_hurt_there_is_of_another_place() -> None:
    from service.dossier.stance.negation import _negation
    from service.dossier.stance.terms import claim_terms
    analysis = analyze_claim("Two workers died in the Tessel bakery blast on Sunday.")
    text = "The Tessel bakery blast on Sunday also shattered windows along Mill Street; no one was hurt there."
    assert _negation(analysis, claim_terms(analysis), text, (("no", "one was hurt there"),), None,
                     same_event=True) == []


def test_what_no_one_denies() -> None:
    from service.dossier.stance.terms import _scope_stems, object_negations
    # "no one dead or injured": the cue is "no one"; both fates are denied
    assert {"~killed", "~injured"} <= _scope_stems("one dead or injured in Tessel", "no")
    # a verb whose object is denied is denied, not a light verb's, nor one of "nobody else"
    text = "Rescuers found no one alive, the storm caused no damage and the crash injured nobody else."
    negations = (("no", "one alive"), ("no", "damage and the crash injured nobody else"), ("nobody", "else"))
    assert list(object_negations(text, negations).values()) == [{"found"}]


@pytest.mark.parametrize(("scope", "cue", "denied"), [
    ("firefighters were injured during the operation", "No", "~injured"),
    ("one on its side was hurt in Thursday's shooting", "no", "~injured"),
    ("inmate had been killed during the riot", "no", "~killed"),
])
def test_no_subject_suffered_denies_the_harm(scope: str, cue: str, denied: str) -> None:
    from service.dossier.stance.terms import _scope_stems
    assert denied in _scope_stems(scope, cue)


@pytest.mark.parametrize(("claim", "text", "swapped"), [
    ("Three Varn escapees were found in a grain barn near Okrey.",
     "Three Varn escapees were found in a grain barn near Brenlow.", True),
    ("The riot at Holm broke out in D Wing during the evening meal.",
     "The riot at Holm began in C Wing during the evening meal.", True),
    ("Varn summoned Holm's ambassador, Tomas Heller, over the shooting.",
     "Varn summoned Holm's ambassador, Petra Loszek, over the shooting.", True),
    ("The Pell email was opened by an employee of Aurel General.",
     "The Pell email was opened by an employee of Kelvio Clinic.", True),
    # the passage may speak of another thing: it names none of the claim's other names (two trains of one article,
    # two candidates)
    ("A freight train derailed near Brenlow on Monday.", "A freight train derailed near Okrey, spilling grain.", False),
    ("Jonas Brel, a candidate of the Farmers' Party, was elected mayor on Sunday.",
     "Ilse Marr, a candidate of the Green Party, was elected mayor of Tassick on Sunday.", False),
    # a place that may lie in the claim's, another name of the same body, the head of another body
    ("The blast happened in Kestrel Province on Monday.", "The blast happened in Dravik on Monday.", False),
    ("Washington vetoed UN Security Council resolutions.", "Washington vetoed United Nations Security Council "
     "resolutions.", False),
    ("The email was opened by an employee of Aurel General.", "Anna Berg, head of the Cyber Office, said the email "
     "was opened by a clerk.", False),
])
def test_another_name_in_the_same_slot(claim: str, text: str, swapped: bool) -> None:
    from service.dossier.stance.places import _swapped_names
    assert bool(_swapped_names(analyze_claim(claim), text, None)) is swapped


def test_a_span_of_time_in_a_compound_is_no_head_count() -> None:
    assert [(q.value, q.unit) for q in find_quantities("The union said 3,100 of its members joined the 48-hour "
                                                        "stoppage.")] == [(3100.0, "members"), (48.0, "hours")]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Ostvar Water Board on Tuesday raised its estimate of homes flooded to 1,500.", "Ostvar Water Board"),
    ("Lenn Rail, the state operator, gave a lower death toll of four.", "Lenn Rail"),
    ("Harbour Holdings has disputed its own offer, saying the money was conditional.", "Harbour Holdings"),
])
def test_a_revised_figure_and_a_saying_clause_are_statements(sentence: str, source: str) -> None:
    assert [source_name(a.source) for a in find_attributions(sentence)] == [source]


@pytest.mark.parametrize("sentence", ["Rescuers worked all night, hoping to find survivors.", "He gave a speech."])
def test_no_statement_without_a_cue(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_a_description_set_beside_a_name_resolves_to_it() -> None:
    from service.text.facts import read_article
    texts = ["The Lenn Water Board, the regional regulator, opened an inquiry on Monday.",
             "The regulator found that a cracked main had flooded the pumps.",
             "Rescuers found that the door was locked."]
    facts = read_article(texts, [find_attributions(t) for t in texts], None)
    assert [(c.source, c.resolved) for c in facts[1].credits] == [("Lenn Water Board", True)]
    assert [c.source for c in facts[2].credits] == ["Rescuers"]
    # (not a description with a word the one set beside the name lacks)
    texts = ["The Lenn Water Board, the regional regulator, ordered tests.", "The national regulator said it was safe."]
    facts = read_article(texts, [find_attributions(t) for t in texts], None)
    assert [c.resolved for c in facts[1].credits] == [False]


def test_news_words_for_the_same_thing() -> None:
    from service.text.synonyms import CANONICAL
    from service.tokens import stem
    for a, b in (("freed", "released"), ("planned", "scheduled")):
        assert CANONICAL.get(stem(a), stem(a)) == CANONICAL.get(stem(b), stem(b))


def test_a_minister_speaks_for_the_ministry_of_the_portfolio() -> None:
    from service.text.sources import Credit, same_source
    names = Credit("Interior Minister Tobias Renner", "Interior Minister Tobias Renner", "official", False).names
    assert any(same_source("Interior Ministry", n) for n in names)
    assert not any(same_source("Justice Ministry", n) for n in names)
    for written in ("Prime Minister Ana Holm", "Former Interior Minister Tobias Renner", "Shadow Health Minister Greta"
                                                                                          " Anholm"):
        assert Credit(written, written, "official", False).names == (written,)


def test_an_estimate_of_a_named_owners_loss_is_its_speakers() -> None:
    assert [a.source for a in find_attributions("Quell estimated Aerovald's losses from Monday's shutdown at 11 "
                                                "million valds.")] == ["Quell"]


_QUAY = payloads([
    ("quay-1", "Ostvar Herald", "2025-05-06",
     "Harbour master Ola Rink inspected the damaged quay at Mardel on Monday but said the cranes would not "
     "restart before June."),
    ("prison-1", "Kessa Wire", "2025-05-07",
     "Inmates at Holm Central Prison in Tessel, in the northern province of Ostvar, rioted on Tuesday. "
     "On May 6, a power cut shut the kitchens at Holm Central Prison for most of the day."),
    ("bakery-1", "Tessel Post", "2025-05-12",
     "No firefighters were injured in the Tessel bakery blaze on Sunday, but three residents of the flats above were "
     "taken to hospital with burns. The blast also shattered windows along Mill Street; no one was hurt there."),
    ("dam-1", "Lenn Daily", "2025-05-10",
     "Rockets struck the Varn Dam spillway on Friday. The ministry said no one was hurt in Friday's attack."),
    ("yard-1", "Kessa Wire", "2025-05-13",
     "A freight train carrying grain ran into a stationary maintenance train near Tarn Junction on Monday."),
    ("rescue-1", "Lenn Daily", "2025-05-08",
     "A 30-member rescue team from Harlow searched the collapsed depot at Mardel on Wednesday. "
     "Team commander Ilse Varga said her rescuers had found no one alive in the rubble."),
])


_QUAY_CLAIMS = [  # (claim, words of the passage, its bucket, the verdict)
    # the speaker of a coordinated "but said", negating what the claim says he said
    ("Ola Rink said the cranes at Mardel would restart before June.", "inspected the damaged quay", "conflicting",
     "refuted"),
    ("Harbour master Ola Rink said the Mardel cranes would not restart before June.", "inspected the damaged quay",
     "corroborating", "supported"),
    # a verb whose object is denied ("found no one alive") is denied; the speaker named by her post
    ("The commander of the Harlow team said nobody was found alive in the Mardel depot.", "found no one alive",
     "corroborating", "supported"),
    ("Ilse Varga said her rescuers had found survivors alive in the rubble.", "found no one alive", "conflicting",
     "refuted"),
    # "no one was hurt" in the claim's own attack denies deaths too
    ("Two guards were killed in Friday's rocket attack on the Varn Dam.", "no one was hurt", "conflicting",
     "refuted"),
    # all the claim says, with its names, on another day the passage states itself: the claim's misdated
    ("The freight train ran into the maintenance train near Tarn Junction on Sunday, May 11.", "stationary",
     "conflicting", "refuted"),
    # a claim that only says where its subject is: the aside picking the subject out is not what it asserts
    ("Tessel, the town where Holm Central Prison stands, is in Ostvar province.", "northern province of Ostvar",
     "corroborating", "supported"),
    # …and a passage sharing only its date does not say where the subject is
    ("Holm Central Prison, where a power cut shut the kitchens on May 6, is in Lenn province.", "power cut",
     "related", "refuted"),
]


@pytest.mark.parametrize(("claim", "words"), [
    # a harm denied of firefighters, or of another street, is not denied of the residents of the blaze or its dead
    ("Three residents were injured in the Tessel bakery blaze on Sunday.", "No firefighters were injured"),
])
def test_a_harm_denied_of_others_does_not_conflict(tmp_path: Path, claim: str, words: str) -> None:
    bucket, label = judged_as(tmp_path, _QUAY, claim, words)
    assert bucket != "conflicting" and label != "refuted"


@pytest.mark.parametrize(("claim", "words", "bucket", "label"), _QUAY_CLAIMS, ids=[c[0][:60] for c in _QUAY_CLAIMS])
def test_claims_on_the_made_up_archive(tmp_path: Path, claim: str, words: str, bucket: str, label: str) -> None:
    # the passage holding the words lands in its bucket, and the verdict is the expected one
    assert judged_as(tmp_path, _QUAY, claim, words) == (bucket, label)
