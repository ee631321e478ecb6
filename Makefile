# Peer Academy: every command a developer or CI needs, on a fresh machine.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_SETTINGS := academy.settings.dev
PYTEST_ARGS ?=
MESSAGE_IGNORES := --ignore='.venv/*' --ignore='var/*' --ignore='tests/*' --ignore='bench/*'

.DEFAULT_GOAL := help
.PHONY: help install demo serve test lint format check pytest messages browser clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(INSTALLED)

install: $(INSTALLED) ## Create .venv and install the academy with its dev tools

demo: install ## Migrate, load demo content and serve on http://127.0.0.1:8000 with daphne
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(PY) manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(PY) manage.py load_demo
	@echo "Peer Academy on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(VENV)/bin/daphne -b $(HOST) -p $(PORT) academy.asgi:application

test: lint check pytest ## Lint, system checks and the whole test suite

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Apply ruff fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) manage.py makemigrations --check --dry-run

pytest: install browser ## The test suite only (honours DATABASE_URL and REDIS_URL)
	mkdir -p var
	$(VENV)/bin/pytest $(PYTEST_ARGS)

browser: ## Install Debian's Chromium for the browser tests when missing and we are root
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: install Debian's chromium package to run the browser tests." >&2; exit 1; fi; }

messages: install ## Extract UI strings to the .po files and compile them
	$(PY) manage.py makemessages --no-obsolete -l de -l es $(MESSAGE_IGNORES)
	$(PY) manage.py compilemessages $(MESSAGE_IGNORES)

clean: ## Remove the virtualenv, caches and the local database
	rm -rf $(VENV) var .pytest_cache .ruff_cache db.sqlite3 db.sqlite3-*
