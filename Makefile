# Wijkportaal: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(PY):
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[i18n,test,dev]'
	$(PY) -m pip check
	@touch $(STAMP)

PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

%.mo: %.po | $(STAMP)
	$(BIN)/pybabel compile --use-fuzzy -i $< -o $@ >/dev/null

install: $(STAMP) $(MO_FILES) ## Create .venv, install the project with its test and lint tools, compile translations

run: install ## Migrate, load the demo regions, ensure an admin login, serve on HOST:PORT (127.0.0.1:8000)
	@echo "Migrating the database ..."
	@$(PY) manage.py migrate --noinput -v 0
	@$(PY) manage.py load_demo --port $(PORT)
	@$(PY) manage.py ensure_admin --host $(HOST) --port $(PORT)
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install ## Run the whole suite (SQLite unless DATABASE_URL is set)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install ## ruff format --check, ruff check, djhtml --check, makemigrations --check, import contracts
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/djhtml --check $$(find templates -name '*.html')
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports

format: install ## Format Python (ruff) and templates (djhtml)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml $$(find templates -name '*.html')

check: install ## Django system checks, and the deploy checks with production settings
	$(PY) manage.py check
	DJANGO_SETTINGS_MODULE=cms.settings.production \
		SECRET_KEY=$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-example.org} $(PY) manage.py check --deploy --fail-level WARNING

messages: install ## Update the English catalogue (no line numbers, so parallel work merges cleanly)
	$(PY) manage.py makemessages -l en --no-location --no-obsolete -i '.venv/*' -i 'benchmarks/*' -i 'test-artifacts/*'

varnish: install ## Varnish (installed if missing) with deploy/varnish.vcl in front of gunicorn, on free ports
	deploy/varnish.sh

bench: install ## Run the benchmarks in benchmarks/ and print their figures
	@for script in benchmarks/*.py; do \
		case $$script in */serve.py|*/locustfile.py|*/load.py|*/targets_bench.py|*/__init__.py) continue;; esac; \
		echo "== $$script"; $(PY) $$script || exit 1; done

load: install ## Load test (100 residents x 2 min): gunicorn, Varnish, nginx; needs DATABASE_URL (PostgreSQL) and Redis
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) benchmarks/targets_bench.py prepare
	$(PY) benchmarks/load.py $(LOAD_ARGS)

clean: ## Remove the venv, the SQLite database and test artifacts
	rm -rf $(VENV) db.sqlite3 test-artifacts

.PHONY: help install run test lint format check messages varnish bench load clean
