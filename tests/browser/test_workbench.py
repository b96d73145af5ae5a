"""The workbench page in a real headless Chromium against a real server holding the seed corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.browser import Page

pytestmark = pytest.mark.browser

CONFLICTED_CLAIM = "Five Americans were injured in the January attack on Ain al-Asad"
DISPUTED_CLAIM = "The attack on Ain al-Asad involved ten missiles."


def texts(elements: list[Any]) -> list[str]:
    return [element.text for element in elements]


def test_check_a_claim_from_the_keyboard_shows_conflicting_evidence_with_its_source(page: Page) -> None:
    from selenium.webdriver.common.keys import Keys

    page.open("#/check")
    claim = page.wait_for("#claim")
    assert page.driver.switch_to.active_element == claim  # the claim box has the focus on arrival
    claim.send_keys(CONFLICTED_CLAIM)
    claim.send_keys(Keys.ENTER)  # Enter submits
    page.wait_for("#dossier-claim")
    assert page.find("#dossier-claim").text == CONFLICTED_CLAIM
    assert "Five Americans" in texts(page.find_all("#dossier-claim .chip-amount"))
    assert "Ain al-Asad" in texts(page.find_all("#dossier-claim .chip-entity"))
    assert page.find("#verdict .verdict").text.lower() == "refuted"
    assert page.find("#count-conflicting").text == "1"
    conflicting = page.find_all(".column.conflicting article.evidence")
    assert len(conflicting) == 1
    card = conflicting[0]
    chip = card.find_element("css selector", ".chip.source")
    assert "REUTERS" in chip.text and "news agency" in chip.text
    assert "Figures differ" in card.find_element("css selector", ".reasons").text
    assert "two Americans" in card.find_element("css selector", ".reasons").text
    assert card.find_elements("css selector", "blockquote mark")  # the matched words are highlighted
    assert "The Palestine Chronicle" in card.find_element("css selector", ".meta").text
    # the discrepancy table: the claim's figure against each source's
    page.wait_until(lambda: page.find_all(".discrepancy-table"), "no discrepancy table")
    table = page.find(".discrepancy-table").text
    assert "the claim" in table and "Five Americans" in table and "two Americans (injured)" in table
    assert "Other events" in page.find("#other-events summary").text
    assert page.console_errors() == []  # nothing blocked by the CSP, no script error


def test_tab_order_follows_the_form(page: Page) -> None:
    from selenium.webdriver.common.keys import Keys

    page.open("#/check")
    page.wait_for("#claim").send_keys(Keys.TAB)
    assert page.driver.switch_to.active_element.tag_name == "summary"  # the filters
    page.driver.switch_to.active_element.send_keys(Keys.TAB)
    assert page.driver.switch_to.active_element.get_attribute("id") == "check-submit"


def test_a_disputed_dossier_shows_both_sides_side_by_side(page: Page) -> None:
    dossier = page.live.api().post("/api/v1/dossiers", json={"claim": DISPUTED_CLAIM}).get_json()
    page.open(f"#/dossiers/{dossier['id']}")
    page.wait_for("#dossier-claim")
    assert page.find("#verdict .verdict").text.lower() == dossier["verdict"]["label"] == "disputed"
    left, right = page.find(".column.corroborating"), page.find(".column.conflicting")
    assert left.location["y"] == right.location["y"] and left.location["x"] < right.location["x"]
    assert len(left.find_elements("css selector", "article.evidence")) == len(dossier["evidence"]["corroborating"])
    assert len(right.find_elements("css selector", "article.evidence")) == len(dossier["evidence"]["conflicting"])
    page.wait_until(lambda: page.find_all(".discrepancy-table"), "no discrepancy table")
    page.screenshot("dossier")


def test_search_facet_filters_and_a_hit_opens_its_article(page: Page) -> None:
    from selenium.webdriver.common.keys import Keys

    page.open("#/search")
    box = page.wait_for("#search-q")
    box.send_keys("Ain al-Asad Katyusha")
    box.send_keys(Keys.ENTER)
    page.wait_for("#hits")
    total_before = page.find("#search-total").text
    assert page.find_all("#hits mark")
    outlet = next(b for b in page.find_all("#facets button[data-facet=outlet]") if "Jerusalem Time" in b.text)
    page.screenshot("search")
    outlet.click()
    page.wait_until(lambda: page.find_all("#facets button.facet.on"), "the outlet facet did not apply")
    page.wait_for("#hits")
    assert page.find("#search-total").text != total_before
    assert set(texts(page.find_all("#hits .meta .outlet"))) == {"Jerusalem Time"}
    assert "outlet=Jerusalem+Time" in page.driver.current_url
    first = page.find("#hits .hit")
    passage_text = first.find_element("css selector", ".hit-text").text
    first.find_element("css selector", ".hit-title").click()
    chosen = page.wait_for(".passage.chosen")
    assert chosen.text == passage_text
    assert page.driver.execute_script(  # scrolled into view
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", chosen)
    assert "Jerusalem Time" in page.find("#article-meta").text
    assert page.find("#passage-panel .chosen-text").text == passage_text
    assert "Reuters" in page.find("#passage-panel .attributions").text


def test_a_month_facet_sets_the_date_range(page: Page) -> None:
    page.open("#/search?q=Ain+al-Asad")
    page.wait_for("#hits")
    month = page.find("#facets button[data-facet=month][data-value=\"2024-01\"]")
    month.click()
    page.wait_until(lambda: "published_to=2024-01-31" in page.driver.current_url, "no date range")
    page.wait_for("#hits")
    assert "published_from=2024-01-01" in page.driver.current_url
    dates = texts(page.find_all("#hits .meta .date"))
    assert dates and all(d.startswith("2024-01") for d in dates)


def test_events_view_lists_the_figures_by_source_and_opens_passages(page: Page) -> None:
    page.open("#/events")
    page.wait_for("#events-entity").send_keys("Ain al-Asad")
    page.find("#events-form button[type=submit]").click()
    page.wait_for("#timeline")
    events = page.find_all("#timeline li.event")
    assert len(events) >= 3
    dates = [e.find_element("css selector", ".event-date").text for e in events]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # a timeline: dated first, in order
    katyusha = next(e for e in events if "four Katyusha rockets" in e.text)
    row = next(r for r in katyusha.find_elements("css selector", "tbody tr") if "four Katyusha rockets" in r.text)
    assert "Reuters" in row.find_element("css selector", ".chip.source").text
    page.screenshot("events")
    katyusha.find_element("css selector", "details summary").click()
    link = katyusha.find_element("css selector", "details li a")
    assert link.is_displayed()
    passage_text = link.text
    link.click()
    assert page.wait_for(".passage.chosen").text == passage_text


def test_problems_show_the_api_detail(page: Page) -> None:
    page.open("#/check", key=None)
    claim = page.wait_for("#claim")
    claim.send_keys(CONFLICTED_CLAIM)
    page.find("#check-submit").click()
    page.wait_for("#problem")
    assert "writing needs an API key" in page.problem_text() and "(401)" in page.problem_text()
    assert "null" not in page.problem_text() and "undefined" not in page.problem_text()
    page.open("#/check")
    page.wait_for("#claim").send_keys("the of and")
    page.find("#check-submit").click()
    page.wait_for("#problem")
    assert "no searchable word" in page.problem_text() and "claim" in page.problem_text()
    page.go("#/articles/00000000000000000000")
    page.wait_until(lambda: "404" in page.problem_text(), "no 404 shown")


def test_the_key_box_stores_the_key_the_page_sends(page: Page) -> None:
    from tests.conftest import WRITE_KEY

    page.open("#/check", key=None)
    assert page.wait_for("#api-key-state").text == "no key"
    page.find("#api-key").send_keys(WRITE_KEY)
    page.find("#keybox button[type=submit]").click()
    assert page.find("#api-key-state").text == "key saved"
    assert page.driver.execute_script("return localStorage.getItem('factcheck.apiKey')") == WRITE_KEY
    page.find("#claim").send_keys(CONFLICTED_CLAIM)
    page.find("#check-submit").click()
    page.wait_for("#dossier-claim")
    page.find("#api-key-clear").click()
    assert page.driver.execute_script("return localStorage.getItem('factcheck.apiKey')") is None


HOSTILE_TITLE = "<script>window.__pwned = 1</script> Harir drone report"
HOSTILE_TEXT = ("Drones struck the Harir base on Friday. Witnesses saw <img src=x onerror=\"window.__pwned = 2\"> "
                "near the gate, officials said. A flyer read <a href=\"javascript:window.__pwned = 3\">click</a> "
                "and \u202eredaolnwod at the Harir gate.")


def test_hostile_text_renders_as_text_in_every_view(page: Page) -> None:
    from service.ingest import prepare_article

    store = page.live.app.extensions["store"]
    # Stored past the API (which refuses a javascript: URL) to prove the page itself refuses it.
    article = prepare_article({"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "outlet": "<b>Wire</b>",
                               "url": "javascript:window.__pwned = 4", "external_id": "hostile-1"})
    store.ingest([article])
    claim = "Drones struck the Harir base <script>window.__pwned = 5</script> \u202eon Friday"
    dossier = page.live.api().post("/api/v1/dossiers", json={"claim": claim}).get_json()

    def assert_inert() -> None:
        assert page.driver.execute_script("return window.__pwned === undefined")
        assert not page.find_all("#view script, #view img, #view b")
        assert not page.find_all("a[href^='javascript'], a[href^=' javascript']")

    page.open("#/search?q=Harir+witnesses+gate")
    hit = page.wait_for("#hits .hit")
    assert HOSTILE_TITLE in hit.find_element("css selector", ".hit-title").text
    assert "<img src=x onerror=" in hit.find_element("css selector", ".hit-text").text
    assert "<b>Wire</b>" in hit.text
    assert_inert()

    hit.find_element("css selector", ".hit-title").click()
    page.wait_for("#article-text")
    assert HOSTILE_TITLE in page.find("h1").text
    body = page.find("#article-text")
    assert "javascript:window.__pwned = 3" in body.text and "\u202e" in body.get_attribute("textContent")
    assert body.get_attribute("dir") == "auto"
    assert page.driver.execute_script("return getComputedStyle(arguments[0]).unicodeBidi", body) == "isolate"
    meta = page.find("#article-meta")
    assert "javascript:window.__pwned = 4" in meta.text and not meta.find_elements("css selector", "a")
    assert_inert()

    page.go(f"#/dossiers/{dossier['id']}")
    shown = page.wait_for("#dossier-claim")
    assert "<script>window.__pwned = 5</script>" in shown.text
    assert page.driver.execute_script("return getComputedStyle(arguments[0]).unicodeBidi", shown) == "isolate"
    assert_inert()

    page.go("#/history")
    page.wait_for("#dossier-table")
    assert "<script>window.__pwned = 5</script>" in page.find("#dossier-table").text
    assert_inert()
    assert page.console_errors() == []
