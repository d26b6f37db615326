# docent: `make run` starts the prompt on the bundled Knowledge/, `make test` runs the whole suite.
# Both install what is missing first (libedit-dev for the prompt, liblink-grammar-dev for the
# English parser, python3 for the terminal tests, wordnet-base for the WordNet database, sqlite3
# for the benchmark's FTS5 peer).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: run test build deps lint format fuzz

run: deps
	$(SWIFT) build -c release --product docent
	.build/release/docent

# The terminal tests run on their own, after the rest: Swift Testing counts a test's time limit
# from when the run starts it, queue included, and on a busy two-core machine the evaluation
# suites kept the prompt's tests waiting past their two minutes (CI, 2026-12).
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip PromptTerminalTests
	$(SWIFT) test --skip-build --filter PromptTerminalTests

build: deps
	$(SWIFT) build

# Debian packages the build and the tests need, installed only when missing.
deps:
	@missing=""; \
	pkg-config --exists libedit 2>/dev/null || missing="$$missing libedit-dev pkg-config"; \
	pkg-config --exists link-grammar 2>/dev/null || missing="$$missing liblink-grammar-dev pkg-config"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	[ -f /usr/share/wordnet/index.noun ] || missing="$$missing wordnet-base"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(APT) update -qq && $(APT) install -y -qq --no-install-recommends $$missing; \
	fi

# libFuzzer on the segmenter, question parser, template parser, knowledge loader and transcript
# parser, FUZZ_SECONDS each (default 60); see .ci/fuzz.
fuzz: deps
	.ci/fuzz

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests
