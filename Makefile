# Two commands: `make run` serves the demo, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py

.PHONY: run test setup demo lint format messages bench bench-network bench-provision clean
.PHONY: prod-local prod-local-stop bench-throughput bench-lighthouse

run: $(STAMP) var/.demo
	@$(MANAGE) ensure_admin
	@echo "Demo sites (any *.localhost name reaches this machine):"
	@$(MANAGE) load_demo --list
	$(MANAGE) runserver 127.0.0.1:8000

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

# Migrations and demo content are refreshed whenever the code that defines them changes.
var/.demo: $(STAMP) $(shell find raion -path '*/migrations/*.py' -o -path 'raion/demo/*.py' 2>/dev/null)
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	touch var/.demo

setup: $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent && touch $@ || echo "npm unavailable: validator tests will skip"

test: $(STAMP)
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory node_modules/.installed; fi
	DJANGO_SETTINGS_MODULE=raion.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Catalogues (.po) and their compiled form (.mo) are both committed, so running the site
# needs no gettext tools.
messages: $(STAMP)
	$(MANAGE) makemessages --all --ignore='.venv/*' --ignore='node_modules/*'
	$(MANAGE) compilemessages --ignore='.venv/*'

bench: $(STAMP)
	DJANGO_SETTINGS_MODULE=raion.settings.bench $(BIN)/python bench/render.py

# 25 sites x 3 languages x 1,000 articles on PostgreSQL (DATABASE_URL, by default
# postgres://postgres@127.0.0.1:5432/raion; it creates <name>_bench_single and _network).
bench-network: $(STAMP)
	DJANGO_SETTINGS_MODULE=raion.settings.bench $(BIN)/python bench/network.py

# Seconds per site of `create_site`: 10 sites on the configured database (var/bench.sqlite3,
# or DATABASE_URL), created, provisioned again, removed; BENCH_TASKS=queued as in production.
bench-provision: $(STAMP)
	DJANGO_SETTINGS_MODULE=raion.settings.bench $(BIN)/python bench/provision.py

# The production topology on this machine (deploy/local/prod_local.py): PostgreSQL and
# Redis of the machine, two gunicorn instances behind nginx on 127.0.0.1:8600, a worker.
prod-local: $(STAMP)
	$(BIN)/python -m deploy.local.prod_local start

prod-local-stop: $(STAMP)
	$(BIN)/python -m deploy.local.prod_local stop

# wrk through nginx's cache, against a static file, and straight to gunicorn.
bench-throughput: $(STAMP)
	$(BIN)/python bench/throughput.py

# Lighthouse's four scores (mobile) on home, section, article and About through nginx;
# fails below 100. BENCH_LANGUAGES="ru be en", BENCH_THROTTLING=provided: bench/lighthouse.py.
bench-lighthouse: $(STAMP)
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf var
