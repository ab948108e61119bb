# Everything installs itself: a virtualenv in .venv with the locked dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed

.PHONY: demo test lint typecheck bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The web UI's browser libraries come from the npm registry, pinned by sha512 (no CDN at run time).
$(RUNTIME): $(BIN)/python requirements.lock pyproject.toml scripts/fetch_static.py
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python scripts/fetch_static.py
	touch $@

$(DEV): $(RUNTIME) requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@

demo: $(RUNTIME)
	$(BIN)/factionmap demo examples/articles

lint: $(DEV)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(DEV)
	$(BIN)/mypy src

test: lint typecheck
	$(BIN)/pytest --cov=factionmap --cov-report=term:skip-covered

bench: $(DEV)
	$(BIN)/python benchmarks/run.py

# Regenerate the lock files from pyproject.toml in throwaway environments.
lock:
	rm -rf /tmp/factionmap-lock && $(PYTHON) -m venv /tmp/factionmap-lock
	/tmp/factionmap-lock/bin/pip install --quiet . && /tmp/factionmap-lock/bin/pip freeze --exclude factionmap > requirements.lock
	/tmp/factionmap-lock/bin/pip install --quiet ".[dev]" && /tmp/factionmap-lock/bin/pip freeze --exclude factionmap > requirements-dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
