# Two commands on a fresh machine: `make site` and `make test`.
# `make site` installs only the package; `make test` adds the test extras (pytest, ruff,
# Playwright: most of the venv's size). Each install has its own stamp, so either order works.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
# axe-core for the browser suite's accessibility checks, pinned in its own npm manifest.
AXE_DIR := tests/browser/axe
AXE_STAMP := $(AXE_DIR)/node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-matrix serve bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $(SITE_STAMP)

# The test install includes the package, so it stands for the site's install too.
$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet -e '.[zensical]'
	touch $(TEST_STAMP) $(SITE_STAMP)

# Without npm the axe tests skip (they say why); everything else still runs.
$(AXE_STAMP): $(AXE_DIR)/package.json $(AXE_DIR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix $(AXE_DIR) --no-audit --no-fund --loglevel=error && touch $(AXE_STAMP); \
	else echo "npm not found: the accessibility (axe) browser tests will be skipped"; fi

site: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve

test: $(TEST_STAMP) $(AXE_STAMP)
	$(BIN)/ruff check plugins tests
	$(BIN)/python -m pytest

# The suite with the oldest and the newest allowed dependency versions (slow: two fresh venvs).
test-matrix:
	PYTHON=$(PYTHON) .ci/matrix

bench: $(SITE_STAMP)
	$(BIN)/python bench/run.py $(N)

clean:
	rm -rf site $(VENV) .venv-oldest .venv-newest $(AXE_DIR)/node_modules
