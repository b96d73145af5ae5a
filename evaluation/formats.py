"""Which evaluation format a file holds, and one readable error for a file that is none of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from service.errors import ValidationFailed

FORMATS = ("climate-fever", "seed-claims", "averitec", "archive")


def bad_data(path: Path | str, message: str) -> ValidationFailed:
    return ValidationFailed(f"{path}: {message}", errors={"path": [message]})


def check_text(path: Path | str, where: str, value: Any) -> None:
    """A row's strings must be storable: no lone surrogate. (Control characters are left to the data
    sets: CLIMATE-FEVER's claims carry some, e.g. U+0080, and the evaluation reads them as before.)"""
    from service.schemas import refused_characters

    refused = refused_characters(value, controls=False)
    if refused:
        field, (problem,) = next(iter(refused.items()))
        raise bad_data(path, f"{where}: {field} {problem}")


def json_lines(path: Path | str, shape: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line, or one readable error for the first line that
    is not a JSON object (`shape` says what one should hold)."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise bad_data(path, f"line {number} is not JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise bad_data(path, f"line {number} is not a JSON object; {shape}")
                yield number, row
    except UnicodeDecodeError as exc:
        raise bad_data(path, f"not valid UTF-8 (byte {exc.start} of a line)") from None


def detect_format(path: Path | str) -> str:
    """climate-fever (JSONL with claim_id and evidences), seed-claims (JSONL with id, claim and
    verdict) or averitec (a JSON array of claims with questions)."""
    try:
        with open(path, encoding="utf-8") as handle:
            head = handle.read(1 << 16)
    except (OSError, UnicodeDecodeError) as exc:
        raise bad_data(path, f"cannot read it ({exc})") from exc
    stripped = head.lstrip()
    if stripped.startswith("["):
        return "averitec"
    if stripped.startswith("{") and '"articles"' in head and '"claims"' in head:
        return "archive"  # one JSON object holding its articles and claims (evaluation.archive_claims)
    first = next((line for line in stripped.splitlines() if line.strip()), "")
    try:
        row = json.loads(first)
    except json.JSONDecodeError as exc:
        raise bad_data(path, f"line 1 is not JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise bad_data(path, "line 1 is not a JSON object")
    if "claim_id" in row and "evidences" in row:
        return "climate-fever"
    if "claim" in row and "verdict" in row:
        return "seed-claims"
    raise bad_data(path, "not a known format: expected CLIMATE-FEVER lines (claim_id, claim, claim_label, "
                         "evidences), seed-claims lines (id, claim, verdict), an AVeriTeC JSON array or an "
                         "archive object (articles, claims)")
