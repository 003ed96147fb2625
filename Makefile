# Two commands on a fresh machine: `make site` and `make test`.
# `make site` installs only the package; `make test` adds the test extras (pytest, ruff,
# Playwright: most of the venv's size). Each install has its own stamp, so either order works.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
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

site: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve

test: $(TEST_STAMP)
	$(BIN)/ruff check plugins tests
	$(BIN)/python -m pytest

# The suite with the oldest and the newest allowed dependency versions (slow: two fresh venvs).
test-matrix:
	PYTHON=$(PYTHON) .ci/matrix

bench: $(SITE_STAMP)
	$(BIN)/python bench/run.py $(N)

clean:
	rm -rf site $(VENV) .venv-oldest .venv-newest
