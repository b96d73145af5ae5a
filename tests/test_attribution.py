"""Attribution cues and source kinds of `service.attribution`."""

from __future__ import annotations

import pytest

from service.attribution import classify, find_attributions


def found(sentence: str) -> set[tuple[str, str]]:
    return {(a.source, a.kind) for a in find_attributions(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # From the issue and the seed texts.
        ("The attack, which comes amid heightened tensions in the Middle East, was confirmed by two Iraqi "
         "security sources to Reuters who reported that two Katyusha rockets were fired at the base.",
         {("two Iraqi security sources", "anonymous"), ("Reuters", "news_agency")}),
        ('REUTERS: Members of the Iraqi security forces "were seriously injured in the attack on the base".',
         {("REUTERS", "news_agency")}),
        ("In a statement, cited by Al-Mayadeen, the Iraqi Resistance said that the drone was launched from "
         "an American military base in Kuwait.",
         {("Al-Mayadeen", "media"), ("the Iraqi Resistance", "armed_group")}),
        ("US military sources said that several US soldiers were wounded in the attack.",
         {("US military sources", "anonymous")}),
        ("The American military base Ain al-Asad was once again attacked on Tuesday night, according to te "
         "informed sources.", {("te informed sources", "anonymous")}),
        ('"We don\'t necessarily see that," Pentagon spokesperson Brigadier General Patrick Ryder said.',
         {("Pentagon spokesperson Brigadier General Patrick Ryder", "official")}),
        ("US officials, speaking on condition of anonymity, told Reuters that one of the injured Americans "
         "sustained serious injuries.", {("US officials", "anonymous"), ("Reuters", "news_agency")}),
        ("The Islamic Resistance said that the attack is a direct response to “Zionist regime massacres in "
         "the Gaza Strip,” Al-Mayadeen reported on Saturday.",
         {("The Islamic Resistance", "armed_group"), ("Al-Mayadeen", "media")}),
        ("“Our fighters targeted the base with a drone,” announced the Iraqi group.",
         {("the Iraqi group", "armed_group")}),
        ("Sabereen News, a Telegram news channel associated with the Popular Mobilization Units, also "
         "reported the incident.", {("Sabereen News", "media")}),
        ("The Islamic Resistance in Iraq, an umbrella group of fighters, in a statement published on its "
         "Telegram channel claimed responsibility for the attack.",
         {("The Islamic Resistance in Iraq", "armed_group")}),
        ("An Iraqi security source told Baghdad Al-Youm on Saturday that the base has been hit again.",
         {("An Iraqi security source", "anonymous"), ("Baghdad Al-Youm", "media")}),
        ("Drones and missiles were launched at bases hosting U.S. forces in Iraq on Thursday, reported Al "
         "Jazeera.", {("Al Jazeera", "media")}),
        ("Last Tuesday, the Pentagon said that US forces had carried out a strike.",
         {("the Pentagon", "official")}),
        ("President Joe Biden has been briefed on the incident, according to the White House.",
         {("the White House", "official")}),
        ("According to the senior military commander, who spoke to The New Region on the condition of "
         "anonymity, the members were testing drones.",
         {("the senior military commander", "anonymous"), ("The New Region", "media")}),
        ("The group, identifying themselves as \"The Revolutionaries\" (al-Thawriyoun) stated that they "
         "targeted the base.", {("The Revolutionaries", "armed_group")}),  # the name it gives itself
        ("Pressed on the issue, Ryder added: \"We haven't seen a direct order.\"", {("Ryder", "person")}),
        # Made-up sentences exercising the same rules.
        ("AFP reported that the convoy was hit.", {("AFP", "news_agency")}),
        ("A militia, calling itself the Guardians of Blood, said it fired the rockets.",
         {("the Guardians of Blood", "armed_group")}),
        ("The ministry, identifying the victims as Farid Nour and Sami Haddad, said the blast was an accident.",
         {("The ministry", "official")}),  # whom it names, not itself
        ("Two witnesses told the Associated Press that the market burned.",
         {("Two witnesses", "other"), ("the Associated Press", "news_agency")}),
        ("The ministry's statement gave no figures.", set()),
        ("Hamas's statement gave no figures.", {("Hamas", "armed_group")}),
        ("The figures were cited by Press TV.", {("Press TV", "media")}),
        ("The army confirmed, citing its own investigation, that two soldiers died.",
         {("The army", "military"), ("its own investigation", "other")}),
        ("Maria Lopez, a local resident, said the blast shook the windows.", {("Maria Lopez", "person")}),
        # a name ending in -ed is no participle
        ("Khaled Ahmed told AFP the dam held.", {("Khaled Ahmed", "person"), ("AFP", "news_agency")}),
        ("Tom Reed said the library will close.", {("Tom Reed", "person")}),
        ("Earlier, Houthi spokesman Yahya Saree said the ship was hit.",
         {("Houthi spokesman Yahya Saree", "armed_group")}),
        ("The White House said it was monitoring the situation, a senior official told CNN.",
         {("The White House", "official"), ("a senior official", "official"), ("CNN", "media")}),
    ],
)
def test_attribution_table(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack was carried out with rockets.",
        "There were no immediate reports about the extent of damage.",
        "No party claimed responsibility for these attacks at the time.",
        "He said the strikes will stop only when the war ends.",
        "The newly announced measures were criticised.",
        "The drone was launched from an American military base in Kuwait.",
        "At least 11,320 Palestinians have been killed, including 4,650 children.",
        "Note: the base is 160 kilometers west of Baghdad.",
        "",
    ],
)
def test_no_attribution(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_cues_and_offsets_are_as_written() -> None:
    sentence = "In a statement, cited by Al-Mayadeen, the Iraqi Resistance said the drone was downed."
    attributions = find_attributions(sentence)
    assert [(a.source, a.cue) for a in attributions] == [("Al-Mayadeen", "cited by"),
                                                         ("the Iraqi Resistance", "said")]
    for a in attributions:
        assert sentence[a.char_start:a.char_end] == a.source


@pytest.mark.parametrize(
    ("cue_sentence", "cue"),
    [
        ("According to Reuters, the base was hit.", "According to"),
        ("The base was hit, citing Reuters.", "citing"),
        ("The source told Reuters that the base was hit.", "told"),
        ("In a statement, Hamas vowed revenge.", "In a statement"),
    ],
)
def test_cue_words(cue_sentence: str, cue: str) -> None:
    assert cue in {a.cue for a in find_attributions(cue_sentence)}


@pytest.mark.parametrize(
    ("source", "anonymity", "kind"),
    [
        ("Xinhua", False, "news_agency"),
        ("the Lebanon-based news network", False, "media"),
        ("Kata'ib Hezbollah", False, "armed_group"),
        ("the Houthis", False, "armed_group"),
        ("the Department of Defense", False, "official"),
        ("US officials", False, "official"),
        ("US officials", True, "anonymous"),
        ("Reuters", True, "news_agency"),
        ("US Central Command", False, "military"),
        ("several sources", False, "anonymous"),
        ("Dr. Amal Haddad", False, "person"),
        ("witnesses", False, "other"),
    ],
)
def test_classify(source: str, anonymity: bool, kind: str) -> None:
    assert classify(source, anonymity) == kind


VERBS = ("said says told tells reported announced announces claimed confirmed confirms stated noted added "
         "revealed declared wrote emphasized emphasised stressed warned explained insisted acknowledged "
         "affirmed asserted disclosed").split() + ["issued a statement", "issued an statement"]


@pytest.mark.parametrize("verb", VERBS)
def test_every_speech_verb_credits_its_subject(verb: str) -> None:
    assert [(a.source, a.cue) for a in find_attributions(f"The ministry {verb} that the base was hit.")] == [
        ("The ministry", verb)]
    assert find_attributions(f"The ministry {verb}ly hit the base.") == []  # a longer word is no cue


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        ("The base was hit, according to Reuters.", "Reuters", "according to"),
        ("Citing Reuters, the paper described the damage.", "Reuters", "Citing"),
        ("The base was hit, as cited by Reuters.", "Reuters", "cited by"),
        ("The base was hit, as quoted by Reuters.", "Reuters", "quoted by"),
        ("The claim was carried by Reuters on Monday.", "Reuters", "carried by"),
        ("The claim was denied by the Pentagon.", "the Pentagon", "denied by"),
        ("A source who spoke to Reuters described the damage.", "Reuters", "spoke to"),
        ("A source speaking to Reuters described the damage.", "Reuters", "speaking to"),
        ("A source talking to Reuters described the damage.", "Reuters", "talking to"),
        ("The Pentagon's statement described the damage.", "The Pentagon", "'s statement"),
    ],
)
def test_other_cues_credit_the_phrase_after_them(sentence: str, source: str, cue: str) -> None:
    assert (source, cue) in {(a.source, a.cue) for a in find_attributions(sentence)}
