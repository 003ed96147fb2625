# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-matrix serve lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP)
	$(BIN)/ruff check plugins tests
	$(BIN)/python -m pytest

# The suite with the oldest and the newest allowed dependency versions (slow: two fresh venvs).
test-matrix:
	PYTHON=$(PYTHON) .ci/matrix

bench: $(STAMP)
	$(BIN)/python bench/run.py $(N)

clean:
	rm -rf site $(VENV) .venv-oldest .venv-newest
