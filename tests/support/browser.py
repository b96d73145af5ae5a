"""A real server and a real headless Chromium for the workbench page (tests/browser).

The server is the app on werkzeug's threaded server (the same WSGI app `factcheck serve` runs)
on a free loopback port. The browser is Debian's chromium driven by Selenium through Debian's
chromedriver, named explicitly so that Selenium never downloads a driver. When the browser
cannot start, the tests fail: they never skip, so a machine without a browser cannot pass them
silently.

FACTCHECK_SCREENSHOTS=DIR makes the scenarios save screenshots of the views into DIR.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from service import create_app
from tests.conftest import READ_KEY, WRITE_KEY, seed_payloads

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1360,1000"]
WAIT = 15  # seconds a scenario waits for the page at most


@dataclass
class LiveServer:
    app: Any
    url: str
    downloads: Path
    _server: Any = field(repr=False, default=None)

    def api(self, key: str | None = WRITE_KEY) -> Any:
        """A test client on the same app (and store) as the browser's server, sending `key`."""
        client = self.app.test_client()
        if key:
            client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {key}"
        return client


def start_server(app: Any, downloads: Path) -> LiveServer:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return LiveServer(app, f"http://127.0.0.1:{server.server_port}", downloads, server)


def stop_server(live: LiveServer) -> None:
    live._server.shutdown()
    live._server.server_close()


def seeded_app(data_dir: Path, **config: Any) -> Any:
    app = create_app({
        "DATA_DIR": str(data_dir), "BACKEND": "embedded", "API_KEYS": [WRITE_KEY], "READ_KEYS": [READ_KEY],
        "RATE_LIMIT": 0, "DOSSIER_PROCESSES": 0, **config,
    })
    return app


def load_seeds(live: LiveServer) -> None:
    response = live.api().post("/api/v1/articles/bulk", json=seed_payloads())
    assert response.status_code == 200 and response.get_json()["ingested"] == 5, response.get_json()


def start_browser(downloads: Path, profile: Path) -> Any:
    """Headless Chromium through Debian's chromedriver; a failure to start fails the test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not CHROMEDRIVER.exists() or not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} and {CHROMEDRIVER} are needed: apt-get install -y chromium chromium-driver "
                    "(`make test` installs them when run as root)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    except Exception as exc:  # any reason the browser cannot start is a failure, never a skip
        pytest.fail(f"headless Chromium did not start: {exc}")
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_script_timeout(WAIT)
    return driver


class Page:
    """The workbench page in the browser: navigation, waits and the checks every scenario makes."""

    def __init__(self, driver: Any, live: LiveServer) -> None:
        self.driver = driver
        self.live = live

    def open(self, route: str = "#/check", key: str | None = WRITE_KEY) -> Page:
        """Load the page fresh on `route`, with `key` in localStorage (None: no key)."""
        self.driver.get(f"{self.live.url}/")
        self.wait_for("#view")
        if key:
            self.driver.execute_script("localStorage.setItem('factcheck.apiKey', arguments[0])", key)
        else:
            self.driver.execute_script("localStorage.removeItem('factcheck.apiKey')")
        self.driver.get(f"{self.live.url}/{route}")
        self.driver.refresh()  # the hash alone does not reload; the page must start with this key
        return self

    def go(self, route: str) -> None:
        self.driver.execute_script("location.hash = arguments[0]", route)

    def settled(self, timeout: float = WAIT) -> None:
        """Wait until the view on screen is the one of the current route (the page sets data-shown)."""
        self.wait_until(lambda: self.driver.execute_script(
            "const v = document.getElementById('view');"
            "return v.dataset.shown === (location.hash || '#/check') && !v.hasAttribute('aria-busy')"),
            f"the view for {self.driver.current_url} did not render", timeout)

    def find(self, css: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait_for(self, css: str, timeout: float = WAIT) -> Any:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        self.settled(timeout)
        return WebDriverWait(self.driver, timeout).until(
            expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)),
            message=f"{css} did not appear; problem banner: {self.problem_text()!r}")

    def wait_until(self, condition: Callable[[], Any], message: str, timeout: float = WAIT) -> Any:
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout).until(lambda _: condition(),
                                                         message=f"{message}; problem: {self.problem_text()!r}")

    def problem_text(self) -> str:
        try:
            banner = self.driver.execute_script(
                "const b = document.getElementById('problem'); return b && !b.hidden ? b.textContent : ''")
        except Exception:  # the page may be mid-navigation
            return ""
        return str(banner or "")

    def console_errors(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def screenshot(self, name: str) -> None:
        target = os.environ.get("FACTCHECK_SCREENSHOTS")
        if not target:
            return
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        height = self.driver.execute_script("return Math.min(document.documentElement.scrollHeight, 1500)")
        self.driver.set_window_size(1360, max(900, int(height)))
        self.driver.save_screenshot(str(folder / f"{name}.png"))
        self.driver.set_window_size(1360, 1000)
