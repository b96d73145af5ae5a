"""Metadata the text states (byline, dateline, embedded-post credit) — and nothing guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.metadata import extract_metadata, parse_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "The first paragraph of the story is a long sentence of prose."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("October 24, 2023 22:14", "2023-10-24T22:14:00"),
        ("Tue 31 Oct 2023 12:22 pm", "2023-10-31T12:22:00"),
        ("January 20, 2024", "2024-01-20"),
        ("3 March 2024", "2024-03-03"),
        ("2024-08-05", "2024-08-05"),
        ("October 24", None),  # no year: not completed from today
        ("2023", None),
        ("October 2023", None),  # no day
        ("yesterday", None),
        ("Monday", None),
        ("on Monday, October 30, 2023", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_date_is_strict(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"By Jane Doe\n\nA headline\n\nMarch 3, 2024 - 09:05\n\n{BODY}",
         {"author": "Jane Doe", "published_at": "2024-03-03T09:05:00"}),
        (f"Menu\n\nWORLD\n\nTue 31 Oct 2023 12:22 pm - Example Times\n\nA headline\n\n{BODY}",
         {"published_at": "2023-10-31T12:22:00", "outlet": "Example Times"}),
        (f"By Ann Lee and Omar Aziz\n{BODY}", {"author": "Ann Lee and Omar Aziz"}),
        (f"{BODY}\n— Some Outlet (@someoutlet) January 20, 2024\n{BODY}",
         {"outlet": "Some Outlet", "published_at": "2024-01-20"}),
        (f"5 May 2024\n{BODY}\n— Some Outlet (@someoutlet) January 20, 2024",
         {"published_at": "2024-05-05"}),
    ],
)
def test_stated_metadata_is_extracted(text: str, expected: dict[str, str]) -> None:
    assert extract_metadata(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened on Monday, October 30, 2023, officials said.",
        f"Yesterday\n\n{BODY}",
        f"October 24\n\n{BODY}",
        f"{BODY}\nOctober 24, 2023 - 22:14\n",  # a date line after the prose is not a dateline
        f"{BODY}\nBy Jane Doe\n",
        f"Written by Jane Doe on Monday.\n{BODY}",
        f"{BODY}\n— One Outlet (@one) January 20, 2024\n— Other Outlet (@other) January 21, 2024",
        "",
    ],
)
def test_nothing_is_guessed(text: str) -> None:
    assert extract_metadata(text) == {}


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("000_20e17650e3871600", {"outlet": "The Palestine Chronicle", "published_at": "2024-01-20"}),
        ("001_37fc5140e05776e9", {}),
        ("002_964a8d7c985385b3", {"author": "Alireza Akbari", "published_at": "2023-10-24T22:14:00"}),
        ("003_7917b353078e3e9f", {"outlet": "Jerusalem Time", "published_at": "2023-10-31T12:22:00"}),
        ("004_05e4b4d5185c1624", {}),
    ],
)
def test_seed_metadata(stem: str, expected: dict[str, str]) -> None:
    assert extract_metadata((SEEDS / f"{stem}.txt").read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    ("first_line", "is_prose"),
    [
        ("Six words end with a period.", True),
        ("Six words end with a quote.”", True),
        ('Six words end in a bracket.")', True),
        ("Five words then a stop.", False),  # a short line stays in the header
        ("Six words but no final mark", False),
        ("Six words, a mark inside. Then more", False),
        ("Six words and closers only ))", False),
        ("))", False),
    ],
)
def test_the_header_ends_at_the_first_line_of_prose(first_line: str, is_prose: bool) -> None:
    found = extract_metadata(f"{first_line}\nMarch 3, 2024\n{BODY}")
    assert found == ({} if is_prose else {"published_at": "2024-03-03"})
