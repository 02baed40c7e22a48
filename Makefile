# Tradebridge: `make run` serves the platform with demo data; `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test check lint format install install-dev system-deps demo worker bench bench-load clean messages

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Tradebridge needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

system-deps:
	@bash scripts/system-deps.sh

run: install system-deps
	@mkdir -p var
	$(BIN)/tradebridge migrate --noinput -v0
	$(BIN)/tradebridge compilemessages --ignore='.venv/*' -v0
	$(BIN)/tradebridge demo --once
	@bash scripts/serve.sh $(HOST) $(PORT)

test: install-dev system-deps
	$(BIN)/tradebridge compilemessages --ignore='.venv/*' -v0
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

check: install-dev
	$(BIN)/ruff check src bench
	$(BIN)/ruff format --check src bench
	$(BIN)/mypy src/tradebridge
	$(BIN)/lint-imports
	$(BIN)/tradebridge makemigrations --check --dry-run -v0

format: install-dev
	$(BIN)/ruff format src bench
	$(BIN)/ruff check --fix src bench

messages: install-dev
	cd src/tradebridge && ../../$(BIN)/django-admin makemessages -l zh_Hans --no-obsolete --no-location --ignore='matchmaking/engine/*'
	$(BIN)/tradebridge compilemessages --ignore='.venv/*' -v0

worker: install
	$(BIN)/tradebridge db_worker

bench: install-dev
	$(BIN)/python bench/schedule/run.py
	$(BIN)/python bench/recommend/evaluate.py
	$(BIN)/python bench/recommend/speed.py

# Load benchmark (issue 13): gunicorn on PostgreSQL, 10,000 organizations, wrk; see bench/load.
# LOAD_DATABASE_URL names the database it creates once (default tradebridge_load on localhost).
bench-load: install system-deps
	$(BIN)/python bench/load/run.py $(BENCH_ARGS)

clean:
	rm -rf var staticfiles .pytest_cache .mypy_cache .ruff_cache
