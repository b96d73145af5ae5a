"""Sentence splitting and page-furniture rules of `service.segment`."""

from __future__ import annotations

import pytest

from service.segment import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith arrived. He left.", ["Gen. Smith arrived.", "He left."]),
        ("Dr. Jones and Mr. Lee met at St. Mary's church.", ["Dr. Jones and Mr. Lee met at St. Mary's church."]),
        ("The U.S. Al-Tanf base was hit twice.", ["The U.S. Al-Tanf base was hit twice."]),
        ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
        ("It started at 10 p.m. on Jan. 5 in room No. 4.", ["It started at 10 p.m. on Jan. 5 in room No. 4."]),
        ("It started at 10 p.m. The base was quiet.", ["It started at 10 p.m.", "The base was quiet."]),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        ("Aid cost $14.3 billion. At least 1,538 died.", ["Aid cost $14.3 billion.", "At least 1,538 died."]),
        ("In 2023. 14 people died.", ["In 2023.", "14 people died."]),
        ("“It hit the Gaza Strip,” Al-Mayadeen reported.", ["“It hit the Gaza Strip,” Al-Mayadeen reported."]),
        ('He said "we will go." Then he left.', ['He said "we will go."', "Then he left."]),
        ("“Go out,” he said. “Now.”", ["“Go out,” he said.", "“Now.”"]),
        ("Was it hit? Nobody knows! Wait.", ["Was it hit?", "Nobody knows!", "Wait."]),
        ("He wrote “hit directly.” said the group.", ["He wrote “hit directly.” said the group."]),
        ("Headline without punctuation\nBody text follows here.", ["Headline without punctuation",
                                                                  "Body text follows here."]),
        ("TEHRAN- The bases came under attack.", ["TEHRAN- The bases came under attack."]),
        ("", []),
        ("\n \n\xa0\n", []),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_original_text_without_surrounding_space() -> None:
    text = "  \xa0First one here.   Second one.\xa0\r\n\n\tThird line\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["First one here.", "Second one.", "Third line"]
    for s in sentences:
        assert text[s.char_start:s.char_end] == s.text == s.text.strip()


@pytest.mark.parametrize(
    "line",
    [
        "Logo", "Tags", "Share", "Share your opinion", "Leave a Comment", "Advertisement", "Read more",
        "Related", "https://t.co/TUCubwwQmT", "pic.twitter.com/Kv8xlPFSSa",
        "FOLLOW OUR LIVE BLOG:https://t.co/abc pic.twitter.com/def", "* * * 123", "ARAB AND WORLD",
        "(PC, Al-Mayadeen)", "By Jane Doe", "October 24, 2023 - 22:14",
        "Tue 31 Oct 2023 12:22 pm - Example Times", "— Some Outlet (@someoutlet) January 20, 2024",
    ],
)
def test_furniture_line_is_not_a_passage(line: str) -> None:
    text = f"The first sentence is here.\n{line}\nThe second sentence is here."
    assert texts(text) == ["The first sentence is here.", "The second sentence is here."]


@pytest.mark.parametrize(
    "line",
    [
        "A new attack on the American Ain al-Asad base in Iraq",
        "Share prices fell sharply on Monday.",
        "Related talks resumed in Doha.",
        "Read the statement: the group said it would stop.",
        "Pentagon's reaction to the attacks",
        "See https://example.org for the full report, which the ministry published on Monday.",
    ],
)
def test_prose_and_headlines_are_kept(line: str) -> None:
    assert line in texts(f"The first sentence is here.\n{line}\nThe second sentence is here.")


def test_repeated_short_lines_are_dropped_everywhere() -> None:
    assert texts("Menu\nMenu\nThe story starts.\nMenu") == ["The story starts."]


def test_a_repeated_heading_is_kept_once() -> None:
    text = "Drones hit the base again\nThe story starts.\nDrones hit the base again"
    assert texts(text) == ["Drones hit the base again", "The story starts."]


def test_throughput_is_well_above_ingest_target() -> None:
    """A loose floor (≥10,000 sentences/s, the ingest target) so a catastrophic regex regression fails the suite."""
    import time

    text = "The U.S. base was hit on Jan. 5 at 10 p.m. by 3 drones, officials said. It was quiet.\n" * 500
    started = time.perf_counter()
    count = len(split_sentences(text))
    assert count == 1000
    assert count / (time.perf_counter() - started) > 10_000


def test_random_texts_keep_the_offset_contract() -> None:
    """Odd inputs (lone marks, quotes, dashes, blank lines) never break the offset contract."""
    import random

    from service.attribution import find_attributions
    from service.metadata import extract_metadata

    rng = random.Random(20231024)
    alphabet = ["a", "B", "U.S.", " ", " ", "\n", "\xa0", ".", "?", "!", "…", "“", "”", '"', ",", ":", "—", "-",
                "(", ")", "@x", "1", "2023", "said", "By", "According to", "Reuters", "http://x", "Logo"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        extract_metadata(text)
        for s in split_sentences(text):
            assert s.text and text[s.char_start:s.char_end] == s.text == s.text.strip()
            for a in find_attributions(s.text):
                assert s.text[a.char_start:a.char_end] == a.source


@pytest.mark.parametrize(("text", "sentences"), [
    # (before, each pair was one sentence: a figure's decimal point and a clock time read as abbreviations)
    ("The tremor had a magnitude of 5.2. Power was cut in Velka.", ["The tremor had a magnitude of 5.2.",
                                                                     "Power was cut in Velka."]),
    ("The train left at 6:40 p.m. Three carriages left the rails.", ["The train left at 6:40 p.m.",
                                                                      "Three carriages left the rails."]),
    ("The ferry sailed at 9 a.m. Monday, the operator said.",
     ["The ferry sailed at 9 a.m. Monday, the operator said."]),
])
def test_a_figure_or_a_clock_time_may_end_a_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
