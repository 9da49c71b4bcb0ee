# Quorum: the two commands a newcomer needs are `make demo` and `make test`.
# Both create .venv and install everything on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo demo-offline test lint format typecheck translations bench package bundle-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## The app on the demo organisation, with its server on localhost (stops when the app closes).
demo: $(STAMP)
	@scripts/demo.sh

## The app on the demo profile with no server at all: everything read from the cache.
demo-offline: $(STAMP)
	@scripts/demo.sh --offline

## Format check, lint, types, then the whole test suite (Qt offscreen; a real Secret Service
## keychain on a private D-Bus session when gnome-keyring is installed).
test: $(STAMP) lint typecheck
	QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy protocol server desktop bench

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

translations: $(STAMP)
	scripts/update_translations.sh

bench: $(STAMP)
	$(BIN)/python -m bench.initial_sync
	$(BIN)/python -m bench.vote_burst
	$(BIN)/python -m bench.chat_fanout
	$(BIN)/python -m bench.search
	$(BIN)/python -m bench.pdf_sync

## The Linux desktop bundle (PyInstaller, one folder) as dist/quorum-VERSION-linux-ARCH.tar.gz.
package: $(STAMP)
	scripts/package.sh

## Build the bundle, then run its self-test and a headless sync against a live demo server.
bundle-check: package
	QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh scripts/bundle_check.sh

clean:
	rm -rf $(VENV) .demo .mypy_cache .ruff_cache .pytest_cache build dist *.egg-info
