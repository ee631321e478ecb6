# Peer Academy: every command a developer or CI needs, on a fresh machine.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_SETTINGS := academy.settings.dev
# backup and restore run with the environment's settings, or the demo's.
SETTINGS := $(or $(DJANGO_SETTINGS_MODULE),$(DEMO_SETTINGS))
PYTEST_ARGS ?=
MESSAGE_IGNORES := --ignore='.venv/*' --ignore='var/*' --ignore='tests/*' --ignore='bench/*'

.DEFAULT_GOAL := help
.PHONY: help install demo test lint format check pytest messages browser bench clean \
	prod-local prod-local-stop nginx backup restore

# $(call debian_tool,COMMAND,PACKAGE): install a Debian package when its command is missing
# and we are root, otherwise say what to install.
define debian_tool
@command -v $(1) >/dev/null 2>&1 || { \
  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(2) >/dev/null; \
  else echo "$(1) is missing: install Debian's $(2) package." >&2; exit 1; fi; }
endef

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

pytest: install browser nginx ## The test suite only (honours DATABASE_URL and REDIS_URL)
	mkdir -p var
	$(VENV)/bin/pytest $(PYTEST_ARGS)

browser: ## Install Debian's Chromium for the browser tests when missing
	$(call debian_tool,chromium,chromium)

nginx: ## Install Debian's nginx (the production topology's proxy) when missing
	$(call debian_tool,nginx,nginx)

bench: install ## Benchmarks as ratios to a baseline: a table on stdout, JSON in bench/results/
	$(call debian_tool,wrk,wrk)
	$(PY) -m bench $(BENCH)

prod-local: install nginx ## The production topology here: nginx, gunicorn, two daphne, the task worker
	$(PY) deploy/prod_local.py start

prod-local-stop: ## Stop exactly what `make prod-local` started (by its pid files)
	$(PY) deploy/prod_local.py stop

backup: install ## Back up the database and media into one archive in BACKUP_DIR (backups/)
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(PY) manage.py backup

restore: install ## Restore an archive: make restore BACKUP=backups/academy-....tar.gz [FORCE=1]
	@test -n "$(BACKUP)" || { echo "Say which archive: make restore BACKUP=path [FORCE=1]" >&2; exit 2; }
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(PY) manage.py restore "$(BACKUP)" $(if $(FORCE),--force)

messages: install ## Extract UI strings to the .po files and compile them
	$(PY) manage.py makemessages --no-obsolete -l de -l es $(MESSAGE_IGNORES)
	$(PY) manage.py compilemessages $(MESSAGE_IGNORES)

clean: ## Remove the virtualenv, caches and the local database
	rm -rf $(VENV) var .pytest_cache .ruff_cache db.sqlite3 db.sqlite3-*
