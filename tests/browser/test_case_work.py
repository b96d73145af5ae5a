"""Case work on the page, against the review contract (POST /dossiers/{id}/reviews, `review`,
`similar_dossiers`, the history filters and the exports of GET /dossiers/{id}?format=...).

These scenarios need the API side of issue 14; on a server without it they fail.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.support.ui import Select

from tests.support.browser import WAIT, Page

pytestmark = pytest.mark.browser

CLAIM = "Five Americans were injured in the January attack on Ain al-Asad"


def new_dossier(page: Page, claim: str = CLAIM) -> dict[str, Any]:
    response = page.live.api().post("/api/v1/dossiers", json={"claim": claim})
    assert response.status_code == 201, response.get_json()
    return response.get_json()  # type: ignore[no-any-return]


def downloaded(folder: Path, name: str) -> Path:
    """The file once Chromium has finished writing it."""
    deadline = time.monotonic() + WAIT
    target = folder / name
    while time.monotonic() < deadline:
        if target.exists() and not list(folder.glob("*.crdownload")):
            return target
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded; the folder holds {sorted(p.name for p in folder.iterdir())}")


def test_the_exports_download_as_markdown_and_claimreview(page: Page) -> None:
    dossier = new_dossier(page)
    page.open(f"#/dossiers/{dossier['id']}")
    page.wait_for("#export-markdown").click()
    report = downloaded(page.live.downloads, f"dossier-{dossier['id']}.md").read_text(encoding="utf-8")
    assert CLAIM in report and "refuted" in report.lower()
    assert page.problem_text() == ""
    page.find("#export-claimreview").click()
    review = json.loads(downloaded(page.live.downloads, f"dossier-{dossier['id']}.jsonld").read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == CLAIM
    assert review["url"].endswith(f"/#/dossiers/{dossier['id']}")
    assert page.problem_text() == ""


def test_overriding_a_stance_changes_the_reviewed_verdict_and_the_stored_review(page: Page) -> None:
    dossier = new_dossier(page)
    assert dossier["verdict"]["label"] == "refuted"
    conflicting = dossier["evidence"]["conflicting"][0]["passage"]["id"]
    page.open(f"#/dossiers/{dossier['id']}")
    page.wait_for("#review-panel")
    assert page.find("#review-panel .badge").text.lower() == "unreviewed"
    card = page.find(f"article.evidence[data-passage-id='{conflicting}']")
    Select(card.find_element("css selector", ".stance-select")).select_by_value("corroborating")
    card.find_element("css selector", ".stance-note").send_keys("the figure is of another attack")
    card.find_element("css selector", ".stance-save").click()
    page.wait_until(lambda: page.find_all("#reviewed-verdict .verdict"), "no reviewed verdict shown")
    assert page.find("#review-panel .badge").text.lower() == "in review"
    reviewed_label = page.find("#reviewed-verdict .verdict").text.lower()
    assert reviewed_label != "refuted"
    assert page.find("#verdict .verdict").text.lower() == "refuted"  # the machine's assessment stays beside it
    card = page.find(f"article.evidence[data-passage-id='{conflicting}']")
    assert "reviewer" in card.text and "the figure is of another attack" in card.text

    stored = page.live.api().get(f"/api/v1/dossiers/{dossier['id']}").get_json()
    decision = stored["review"]["decisions"][0]
    assert (decision["passage_id"], decision["machine_stance"], decision["stance"]) == (
        conflicting, "conflicting", "corroborating")
    assert decision["note"] == "the figure is of another attack" and decision["by"].startswith("key:")
    assert stored["review"]["reviewed_verdict"]["label"] == reviewed_label
    assert stored["verdict"] == dossier["verdict"]

    page.find("#final-note").send_keys("checked with the desk")
    Select(page.find("#final-label")).select_by_value("disputed")
    page.find("#final-save").click()
    page.wait_until(lambda: page.find_all("#final-verdict .verdict"), "no final verdict shown")
    assert page.find("#final-verdict .verdict").text.lower() == "disputed"
    assert page.find("#review-panel .badge").text.lower() == "final"
    stored = page.live.api().get(f"/api/v1/dossiers/{dossier['id']}").get_json()
    assert stored["review"]["state"] == "final"
    assert stored["review"]["verdict"]["label"] == "disputed"
    assert stored["review"]["verdict"]["note"] == "checked with the desk"

    page.go("#/history?review_state=final")
    page.wait_for("#dossier-table")
    assert CLAIM in page.find("#dossier-table").text and "final" in page.find("#dossier-table").text.lower()


def test_a_read_only_key_cannot_review_and_the_page_says_why(page: Page) -> None:
    from tests.conftest import READ_KEY

    dossier = new_dossier(page)
    page.open(f"#/dossiers/{dossier['id']}", key=READ_KEY)
    page.wait_for("#review-panel")
    page.find("article.evidence .stance-save").click()
    page.wait_for("#problem")
    assert "(403)" in page.problem_text() and "may read but not write" in page.problem_text()


def test_a_claim_checked_again_shows_the_earlier_dossier(page: Page) -> None:
    first = new_dossier(page, "Two Americans were slightly injured in the attack on Ain al-Asad")
    again = new_dossier(page, "In the attack on Ain al-Asad two Americans were slightly injured")
    differs = new_dossier(page, "Four Americans were slightly injured in the attack on Ain al-Asad")
    page.open(f"#/dossiers/{again['id']}")
    same = page.wait_for("#similar-dossiers").text
    assert "same claim checked before" in same
    assert page.find(f"#similar-dossiers a[href='#/dossiers/{first['id']}']")
    page.go(f"#/dossiers/{differs['id']}")
    similar = page.wait_for("#similar-dossiers").text
    assert "similar claim" in similar and "differs in" in similar
    assert re.search(r"\b(4 vs 2|2 vs 4)\b", similar), similar
