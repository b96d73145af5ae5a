# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --prefer-binary -e .
	touch $@

$(DEV_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet --prefer-binary -e '.[dev]'
	touch $@

run: $(STAMP)
	$(BIN)/factcheck ingest seeds/
	$(BIN)/factcheck serve

test: $(DEV_STAMP) browser
	$(BIN)/python -m pytest -q

# tests/browser drive Debian's headless Chromium; installed here when missing and we are root.
browser:
	@if [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	  else \
	    echo "tests/browser need Chromium: sudo apt-get install -y chromium chromium-driver" >&2; \
	  fi; \
	fi

lint: $(DEV_STAMP)
	$(BIN)/ruff check service tests bench

bench: $(DEV_STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) data .pytest_cache
