# BioBridge: one command per verb. `make run` and `make test` are the README's quick start.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: setup system-packages run demo serve test check lint format messages compile-messages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) compile-messages

# Debian packages the test suite needs: Chromium + Korean fonts for browser tests, gettext for catalogues.
system-packages:
	@missing=""; for p in chromium fonts-nanum gettext; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "installing$$missing"; $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

compile-messages: $(STAMP)
	@command -v msgfmt >/dev/null || $(MAKE) system-packages
	cd src/biobridge && BIOBRIDGE_DATA_DIR=$(CURDIR)/var ../../$(BIN)/biobridge compilemessages -v0

run: setup
	$(BIN)/biobridge demo

demo: run

serve: setup
	$(BIN)/biobridge serve

test: system-packages setup
	$(BIN)/pytest $(PYTEST_ARGS)

check: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check src tests
	BIOBRIDGE_DATA_DIR=$$(mktemp -d) $(BIN)/biobridge makemigrations --check --dry-run

lint: check

format: $(STAMP)
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

messages: $(STAMP)
	cd src/biobridge && ../../$(BIN)/biobridge makemessages -l ko --ignore='events/*' --ignore='partnering/*' --ignore='programs/*' --ignore='intel/*' --ignore='matching/*'
	for app in events partnering programs intel matching; do (cd src/biobridge/$$app && ../../../$(BIN)/biobridge makemessages -l ko); done

bench: setup
	$(BIN)/biobridge schedule bench
	$(BIN)/biobridge review bench
	$(BIN)/biobridge match bench

clean:
	rm -rf $(VENV) var test-results .pytest_cache
