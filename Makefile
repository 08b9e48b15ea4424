# The two commands of the README: `make run` (install, ingest the samples, open the dashboard)
# and `make test` (the whole test suite, with a real Neo4j started by the project itself).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help install run ingest dashboard test test-fast browser screenshots fuzz crash neo4j-start neo4j-stop score bench lint clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)  ## create .venv with everything pinned

ingest: install  ## ingest the bundled sample corpus (data/samples) into the configured store
	$(PY) -m ingest run

dashboard: install  ## start the dashboard on http://127.0.0.1:8501
	$(PY) -m streamlit run dashboard/app.py

run: ingest dashboard  ## install, ingest the samples, start the dashboard

test: install browser  ## the whole test suite: embedded store, a real local Neo4j, a real browser
	$(PY) -m graph neo4j start
	set -a; eval "$$($(PY) -m graph neo4j env)"; set +a; \
	REQUIRE_NEO4J=1 REQUIRE_BROWSER=$${CI:+1} $(PY) -m pytest -q -p no:cacheprovider; status=$$?; \
	$(PY) -m graph neo4j stop; exit $$status

browser:  ## Debian's Chromium for the browser tests (as root; never `playwright install`)
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		echo "no chromium: the browser tests will be skipped (CI requires them)"

fuzz: install  ## fuzz read/segment/extract/link/build: 10,000 generated minutes per test
	FUZZ_PROFILE=fuzz $(PY) -m pytest -q -p no:cacheprovider tests/ingest/test_fuzz.py --hypothesis-show-statistics

crash: install  ## kill `python -m ingest run` at 24+ random points (embedded and Neo4j); the graph must equal a clean run's
	$(PY) -m graph neo4j start
	set -a; eval "$$($(PY) -m graph neo4j env)"; set +a; \
	REQUIRE_NEO4J=1 $(PY) -m pytest -q -s -m slow -p no:cacheprovider tests/ingest/test_crash.py; status=$$?; \
	$(PY) -m graph neo4j stop; exit $$status

screenshots: install  ## open every dashboard page in headless Chromium; PNGs to docs/screenshots/
	$(PY) scripts/screenshots.py

test-fast: install  ## the tests that need no Neo4j
	$(PY) -m pytest -q -m "not neo4j"

neo4j-start: install  ## start the bundled Neo4j (127.0.0.1:7687)
	$(PY) -m graph neo4j start

neo4j-stop: install  ## stop the bundled Neo4j
	$(PY) -m graph neo4j stop

score: install  ## score the extractor on the development set, then on our own held-out minutes
	$(PY) ../shared/eval/score.py --gold ../shared/gold --docs ../shared/samples --cmd "$(PY) -m ingest extract {file}"
	$(PY) ../shared/eval/score.py --gold tests/fixtures/heldout --docs tests/fixtures/heldout --cmd "$(PY) -m ingest extract {file}"

lint: install  ## type-check the library packages
	$(PY) -m mypy ingest graph

clean:  ## remove the virtual environment and the embedded store
	rm -rf $(VENV) data/graph.db data/graph.db-* data/ingest-report.json
