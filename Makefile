# Vigil — `make help` lists the targets.
SHELL := bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
KAFKA := deploy/kafka/kafka.sh

.PHONY: help install broker broker-stop topics run test test-unit test-ops dashboards-check eval bench chaos lint schemas readme dashboards up down clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml uv.lock
	@# Debian's own python3 refuses a plain `pip install` (externally managed): then the flag that allows it
	@command -v uv >/dev/null || python3 -m pip install -q uv==0.13.9 \
		|| python3 -m pip install -q --break-system-packages uv==0.13.9
	uv sync --frozen
	@touch $@

install: $(VENV)/.installed ## Create the virtual environment from the lock file
	$(KAFKA) fetch

broker: install ## Start the local KRaft broker in the background and wait for it
	$(KAFKA) start && $(KAFKA) wait 120

broker-stop: ## Stop the local broker
	$(KAFKA) stop

topics: ## Create Vigil's topics on $$KAFKA_BOOTSTRAP (default 127.0.0.1:9092)
	$(VENV)/bin/vigil topics create

run: install ## The demo: broker, topics, all services, the demo feed and a live view (Ctrl-C stops all)
	deploy/run.sh

test: install ## The whole suite: unit, integration (real broker), ops (real Prometheus/Alertmanager)
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-unit: install ## Unit tests only (no broker)
	$(VENV)/bin/pytest -q tests/unit

test-ops: install ## Ops checks: promtool, amtool, dashboards, compose, live Prometheus and Alertmanager
	$(VENV)/bin/pytest -q tests/ops

eval: install ## Extraction quality on the dev set, the seed and the PLOVER peer suite
	@mkdir -p bench/results
	$(PY) -m services.extractor.evaluation --json bench/results/eval.json

bench: install ## Benchmarks (speed, latency, memory) into bench/results/
	$(PY) -m bench.run

chaos: install ## The full chaos test: kills, a broker restart and a reconciliation
	VIGIL_CHAOS_ARTICLES=$${VIGIL_CHAOS_ARTICLES:-5000} $(VENV)/bin/pytest -q -s tests/integration/test_chaos.py

lint: install ## ruff
	$(VENV)/bin/ruff check schemas services tests bench deploy

schemas: install ## Regenerate JSON Schemas and the AsyncAPI document
	$(VENV)/bin/vigil schemas generate

readme: install ## Regenerate the README's configuration table from the settings models
	$(PY) -m services.config_doc

dashboards: install ## Regenerate the Grafana dashboards
	$(PY) deploy/grafana/generate.py

dashboards-check: install ## Fail when the committed dashboards differ from the generator
	$(PY) deploy/grafana/generate.py --check

up: ## docker compose up (for machines with Docker)
	@# the folder is the owner's alone; the file is readable by all, since compose bind-mounts it as it is and
	@# Grafana reads it as its own user (uid 472): unreadable, Grafana would keep the default admin password
	@mkdir -p -m 700 .secrets; [ -f .secrets/grafana_admin_password ] || (umask 022; python3 -c 'import secrets; print(secrets.token_hex(16))' > .secrets/grafana_admin_password); chmod 644 .secrets/grafana_admin_password
	docker compose up -d --build

down: ## docker compose down
	docker compose down

clean: ## Stop the broker and remove local state
	-$(KAFKA) clean
	rm -rf .vigil
