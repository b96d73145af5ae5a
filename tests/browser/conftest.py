"""One server and one browser per module: the seed corpus behind a real HTTP server on 127.0.0.1
(embedded backend) and a headless Chromium (tests/support/browser.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.browser import LiveServer, Page, load_seeds, seeded_app, start_browser, start_server, stop_server


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app with the seed corpus behind a real HTTP server on 127.0.0.1 (embedded backend)."""
    root = tmp_path_factory.mktemp("live")
    app = seeded_app(root / "data")
    live = start_server(app, root / "downloads")
    load_seeds(live)
    yield live
    stop_server(live)
    app.extensions["store"].close()


@pytest.fixture(scope="module")
def browser(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    live_server.downloads.mkdir(parents=True, exist_ok=True)
    driver = start_browser(live_server.downloads, tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def page(browser: Any, live_server: LiveServer) -> Page:
    browser.get_log("browser")  # start each scenario with an empty console log
    return Page(browser, live_server)
