"""The collector settings the server and the dossier workers apply at start."""

from __future__ import annotations

import gc

from service.collector import YOUNG_THRESHOLD, settle_collector


def test_settling_freezes_what_exists_and_raises_the_young_threshold() -> None:
    before = gc.get_threshold()
    try:
        settle_collector()
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD > before[0]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
