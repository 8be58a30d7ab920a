SHELL := /bin/bash
SAMPLE := Samples/guancheng-2021-04-14.txt

.PHONY: deps build test demo

# Debian packages the build and the tests need (idempotent).
deps:
	@pkg-config --exists libical 2>/dev/null && dpkg -s libsqlite3-dev python3-venv >/dev/null 2>&1 || { \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libical-dev pkg-config libsqlite3-dev python3-venv >/dev/null; }

build: deps
	swift build

test: deps
	swift test

# Time engine throughput (characters/s, MB/s) and peak memory on the corpus repeated to 100 MB.
.PHONY: bench
bench: deps
	swift build -c release --product chronicle-bench
	.build/release/chronicle-bench ../shared/corpus 100

# Archive benchmark (issue 6): ingest + export of a synthetic 10,000-page archive made
# from ../shared/corpus; prints pages/s and peak memory. PAGES=N to change the size.
.PHONY: bench-archive
bench-archive: deps
	swift build -c release --product chronicle
	bash Tests/Benchmarks/bench-archive.sh
