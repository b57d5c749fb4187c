# selfassess — build, test and demo. `make demo` and `make test` set up what they need.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE := .build/release/selfassess
DEBUG   := .build/debug/selfassess

.PHONY: all build release test demo install uninstall clean deps test-deps bench lint format templates \
	fuzz fuzz-smoke fuzz-replay

all: build

# libyaml and SQLite (for GRDB, the registry's store) through pkg-config: SwiftPM only warns
# when they are missing, so install them here.
deps:
	@if ! pkg-config --exists yaml-0.1 2>/dev/null; then \
	  echo "deps: libyaml (pkg-config yaml-0.1) not found: installing libyaml-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libyaml-dev pkg-config; \
	fi
	@if ! pkg-config --exists sqlite3 2>/dev/null; then \
	  echo "deps: SQLite (pkg-config sqlite3) not found: installing libsqlite3-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev pkg-config; \
	fi

# Tools the tests compare against: an independent JSON Schema validator, and the signature tools.
test-deps: deps
	@Scripts/test-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps test-deps
	@$(MAKE) --no-print-directory lint
	@SWIFT=$(SWIFT) Scripts/run-tests.sh
	@Scripts/fuzz.sh replay
	@$(MAKE) --no-print-directory fuzz-smoke

# Coverage-guided fuzzing of every parser (docs/fuzzing.md). `make fuzz` runs each target for
# FUZZ_SECONDS and keeps new inputs in fuzz-out/ (not committed); `make fuzz-smoke` runs each
# briefly and keeps nothing; `make fuzz-replay` replays the committed corpus without libFuzzer.
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_TARGETS ?=

fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) Scripts/fuzz.sh run $(FUZZ_TARGETS)

fuzz-smoke: deps
	@FUZZ_SMOKE_SECONDS=$(FUZZ_SMOKE_SECONDS) Scripts/fuzz.sh smoke $(FUZZ_TARGETS)

fuzz-replay: deps
	@Scripts/fuzz.sh replay $(FUZZ_TARGETS)

demo: deps
	$(SWIFT) build
	@Scripts/demo.sh $(DEBUG)

bench: deps
	@Scripts/bench.sh

install: release
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 $(RELEASE) "$(DESTDIR)$(BINDIR)/selfassess"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/selfassess"

# Regenerate the files derived from Templates/framework.yaml (tests fail when they drift).
templates: build
	Scripts/embed.sh
	$(SWIFT) build
	$(DEBUG) templates --out Templates
	$(DEBUG) explain --markdown > docs/diagnostics.md

# The house style (swift format, .swift-format), banned constructs in the kit, generated sources
# exactly as Scripts/embed.sh writes them, the layer check and the public surface check
# (docs/architecture.md). Part of `make test`.
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift
	@Scripts/embed.sh --check
	@! grep -rnE 'fatalError|try!|print\(' Sources/SelfAssessKit || { echo "lint: banned construct in the kit"; exit 1; }
	@python3 Scripts/layers.py
	@python3 Scripts/surface.py

format:
	$(SWIFT) format format -i -r Sources Tests Package.swift

clean:
	rm -rf .build .build-* bench-out fuzz-out
