"""A dossier compares the claim with what was read of each passage at ingest: it reads no passage again.

The readings the rules ask of a sentence (the sides of a contrast and who opens each, the platforms it
names, a target it introduces, "is yet to", the countries it places things in …) are stored with the
passage's facts (service.text.facts.Readings) and only read again for a first sentence read with its
question title (an answer: its reading is not its stored text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.judging import bucket_of, judge, stored

ARTICLES = [
    {"external_id": "valley", "outlet": "Valley Post", "published_at": "2024-03-04", "title": "Clashes in the hills",
     "text": "The army said five soldiers were killed in the clashes near Lorvik on Sunday, while the Blue Front "
             "said twelve soldiers died. The Red Hand said on Telegram that drones attacked a supply convoy near "
             "the coast. The bridge at Lorvik is yet to reopen."},
    {"external_id": "courier", "outlet": "Hill Courier", "published_at": "2024-03-05", "title": "Lorvik toll",
     "text": "Five soldiers were killed in clashes near Lorvik on Sunday, the army said. Drones attacked the "
             "depot at Lorvik on Monday."},
]
CLAIMS = ["The Red Hand said on X that drones attacked a supply convoy near the coast.",
          "The army said five soldiers were killed in the clashes near Lorvik on Sunday.",
          "The bridge at Lorvik has reopened."]


def _refuse(*_: Any, **__: Any) -> Any:
    raise AssertionError("a passage was read again at dossier time")


def test_a_dossier_reads_no_passage_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with stored(tmp_path, ARTICLES) as store:
        before = [judge(store, claim) for claim in CLAIMS]
        for where in ("service.dossier.pipeline.read_article", "service.dossier.stance.terms.read_article",
                      "service.dossier.stance.terms.read_sentence"):
            monkeypatch.setattr(where, _refuse)
        after = [judge(store, claim) for claim in CLAIMS]
    assert [d["verdict"] for d in after] == [d["verdict"] for d in before]
    assert [d["evidence"] for d in after] == [d["evidence"] for d in before]
    # the stored readings were used: the platform the passage names
    bucket, item = bucket_of(after[0], "on Telegram")
    assert bucket == "conflicting" and "platform_mismatch" in [r["type"] for r in item["reasons"]]


def test_an_answer_under_its_question_is_read_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one passage read again: a first sentence under a question title, whose reading holds the question."""
    answer = {"external_id": "qa", "title": "Where did the Red Hand post its statement?", "text": "On Telegram."}
    with stored(tmp_path, [answer]) as store:
        monkeypatch.setattr("service.dossier.stance.terms.read_sentence", _refuse)
        with pytest.raises(AssertionError, match="read again"):
            judge(store, "The Red Hand posted its statement on X.", "qa")


_PASSAGE_ONLY = ("contrasted_sides", "one_clause", "agrees", "introduced_target", "names_one_site", "states_not_yet",
                 "owns_attack", "tells_another_beginning", "countries_in")


def test_no_dossier_step_holds_a_reader_of_what_is_stored() -> None:
    """Readers that only passages are read with (not claims) are the text layer's, at ingest: a step that
    imported one would be reading passages again per query."""
    import importlib
    import pkgutil

    import service.dossier

    held = []
    for info in pkgutil.walk_packages(service.dossier.__path__, "service.dossier."):
        module = importlib.import_module(info.name)
        held += [f"{info.name}.{name}" for name in _PASSAGE_ONLY if hasattr(module, name)]
    assert held == []
