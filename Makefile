# One entry point for a fresh machine: `make run` and `make test` create .venv and install pinned packages.
PYTHON ?= python3
VENV ?= .venv
DB ?= migradev.db
CORPUS ?= $(firstword $(wildcard ../shared/corpus /work/shared/corpus) ../shared/corpus)
SAMPLES = $(CORPUS)/migration-reports-fr $(CORPUS)/iom-evaluations/pdf $(CORPUS)/unga-resolutions-pdf
BIN = $(VENV)/bin

.PHONY: install run test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e ".[test]"
	touch $@

run: install
	$(BIN)/migradev ingest $(SAMPLES) --db $(DB)
	$(BIN)/migradev docs --db $(DB)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
