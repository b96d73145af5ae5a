"""API keys: from FACTCHECK_API_KEYS, or generated once and kept in the data directory."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

KEY_FILE = "api-key"


def ensure_key_file(data_dir: str | os.PathLike[str]) -> tuple[str, bool]:
    """The stored key (created with mode 0600 on first use); True when it was just generated."""
    path = Path(data_dir) / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(32)
    try:
        # O_EXCL: of two processes starting at once, exactly one creates the key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip(), False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key, True
