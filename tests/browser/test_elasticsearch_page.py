"""The same page on the Elasticsearch backend (an osmem-server clone): check a claim, search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.browser import LiveServer, Page, load_seeds, seeded_app, start_server, stop_server
from tests.support.elasticsearch import osmem_store

pytestmark = [pytest.mark.browser, pytest.mark.backend]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("live-es")
    app = seeded_app(root / "data")
    built, app.extensions["store"] = app.extensions["store"], osmem_store()  # as in tests/test_elasticsearch.py
    built.close()
    live = start_server(app, root / "downloads")
    load_seeds(live)
    yield live
    stop_server(live)
    app.extensions["store"].close()


def test_check_a_claim_and_search_on_elasticsearch(page: Page) -> None:
    from selenium.webdriver.common.keys import Keys

    assert page.live.api().get("/api/v1/health").get_json()["backend"] == "elasticsearch"
    page.open("#/check")
    page.wait_for("#claim").send_keys("Five Americans were injured in the January attack on Ain al-Asad", Keys.ENTER)
    page.wait_for("#dossier-claim")
    assert "elasticsearch" in page.find(".dossier-head").text
    card = page.find(".column.conflicting article.evidence")
    assert "REUTERS" in card.find_element("css selector", ".chip.source").text
    page.go("#/search?q=Katyusha")
    page.wait_for("#hits")
    assert page.find_all("#hits mark") and page.find_all("#facets button[data-facet=outlet]")
    page.find("#hits .hit-title").click()
    assert "Katyusha" in page.wait_for(".passage.chosen").text
    assert page.console_errors() == []
