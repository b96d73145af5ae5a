"""A short answer read with its question: "No." under "Did UNESCO declare the Nadar community the
most ancient race?" says "not: UNESCO declared …".

An archive built from question–answer evidence (fact-checkers' notes, AVeriTeC) stores each answer
as an article titled by its question. An answer's first sentence means little alone ("No.", "He
did not", "2019"); read with the question it states something a claim can be compared with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.text.denials import find_denials

_YES_NO = re.compile(r"^\s*(?:did|does|do|is|was|were|are|has|have|had|can|could|will|would|should|shall)\b",
                     re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no|not|false|never|none|nope)\b[\s,.;:!-]*", re.IGNORECASE)
# "No answer could be found.", "No information was found": the answer states nothing
_NOTHING = re.compile(r"^\W*(?:no (?:answer|information|evidence|data|record|results?)\b|(?:unknown|unclear|not found|"
                      r"n/a)\W*$)", re.IGNORECASE)
_YES = re.compile(r"^\W*(?:yes|true|correct|indeed)\b[\s,.;:!-]*", re.IGNORECASE)


def read_with_question(question: str | None, answer: str) -> str | None:
    """The answer as a statement when it answers a question (None when there is no question):
    a no to a yes/no question negates the question, a yes asserts it, any other answer is read
    after its question."""
    if not question or not question.rstrip().endswith("?"):
        return None
    asked = question.strip().rstrip("?").strip()
    if _NOTHING.match(answer):
        return ""
    if _YES_NO.match(asked):
        no = _NO.match(answer)
        if no is not None:
            return f"not {asked[:1].lower()}{asked[1:]}. {answer[no.end():]}".strip()
        yes = _YES.match(answer)
        if yes is not None:
            return f"{asked}. {answer[yes.end():]}".strip()
    return f"{asked}: {answer}"


@dataclass(frozen=True)
class Answer:
    """A yes or a no to a yes/no question: what was asked (without "?") and which."""

    asked: str
    polarity: str  # "yes" | "no"


def answer_to(question: str | None, answer: str) -> Answer | None:
    """The yes or no an answer opens with, when its question is a yes/no question; else None."""
    if not question:
        return None
    asked = question.strip().rstrip("?").strip()
    if not _YES_NO.match(asked) or _NOTHING.match(answer):
        return None
    if not question.rstrip().endswith("?") and not (_NO.match(answer) or _YES.match(answer)):
        return None  # a title without "?" is read as a question only when the answer opens with yes or no
    if _NO.match(answer) or find_denials(_FIRST_SENTENCE.match(answer).group()):  # type: ignore[union-attr]
        return Answer(asked, "no")  # "No.", or "There is no record of this" / "… dismissed the reports"
    if _YES.match(answer):
        return Answer(asked, "yes")
    return None


_FIRST_SENTENCE = re.compile(r"[^.!?]*")
