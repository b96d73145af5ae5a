"""A server whose reads need a key: the page itself still loads, and its views read with the key
typed into the key box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import READ_KEY
from tests.support.browser import LiveServer, Page, load_seeds, seeded_app, start_server, stop_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("live-read-key")
    app = seeded_app(root / "data", READ_REQUIRES_KEY=True)
    live = start_server(app, root / "downloads")
    load_seeds(live)
    yield live
    stop_server(live)
    app.extensions["store"].close()


def test_the_page_needs_no_key_but_its_reads_do(page: Page) -> None:
    anonymous = page.live.api(key=None)
    assert anonymous.get("/").status_code == 200
    with anonymous.get("/assets/workbench.js") as script:
        assert script.status_code == 200
    assert anonymous.get("/api/v1/search?q=Ain").status_code == 401

    page.open("#/search?q=Ain+al-Asad", key=None)
    page.wait_for("#problem")
    assert "(401)" in page.problem_text() and "needs an API key for reading" in page.problem_text()

    page.find("#api-key").send_keys(READ_KEY)
    page.find("#keybox button[type=submit]").click()
    page.driver.refresh()
    page.wait_for("#hits")
    assert page.find_all("#hits .hit") and page.problem_text() == ""
