SHELL := /bin/bash
SAMPLE := Samples/guancheng-2021-04-14.txt

.PHONY: deps build test demo

# Debian packages the build and the tests need (idempotent).
deps:
	@pkg-config --exists libical 2>/dev/null && dpkg -s libsqlite3-dev python3-venv zlib1g-dev >/dev/null 2>&1 || { \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libical-dev pkg-config libsqlite3-dev python3-venv zlib1g-dev >/dev/null; }

build: deps
	swift build

# Converts the sample page to every format under out/ and shows the events and the calendar.
demo: build
	@mkdir -p out
	@for f in ics csv jsonl html; do .build/debug/chronicle convert $(SAMPLE) --format $$f -o out/guancheng-2021-04-14.$$f || exit $$?; done
	.build/debug/chronicle events $(SAMPLE)
	@echo; echo "--- out/guancheng-2021-04-14.ics (first 45 lines; also .csv, .jsonl, .html in out/)"
	@head -n 45 out/guancheng-2021-04-14.ics | tr -d '\r'

test: deps
	swift test

# Installs the release build as $(PREFIX)/bin/chronicle (cron's PATH lacks /usr/local/bin
# on some systems: the crontab line in README names the installed path).
PREFIX ?= /usr/local
.PHONY: install uninstall
install: deps
	swift build -c release --product chronicle
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$$(swift build -c release --show-bin-path)/chronicle" "$(DESTDIR)$(PREFIX)/bin/chronicle"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/chronicle"

# Throughput (characters and pages per CPU second, MB/s) and peak memory: the time engine on
# the corpus repeated to 100 MB, the whole conversion to .ics on it repeated to 10 MB (each
# document a page, one thread); then the chronicle command itself on a folder of page files
# (10 MB, one merged .ics, every core) and on one page of 15 MB.
.PHONY: bench
bench: deps
	swift build -c release --product chronicle-bench
	swift build -c release --product chronicle
	.build/release/chronicle-bench Tests/Corpus 100 tag
	.build/release/chronicle-bench Tests/Corpus 10 convert
	.build/release/chronicle-bench Tests/Corpus 10 folder
	.build/release/chronicle-bench Tests/Corpus 15 page

# Archive benchmark (issue 6): ingest + export of a synthetic 10,000-page archive made
# from Tests/Corpus; prints pages/s and peak memory. PAGES=N to change the size.
.PHONY: bench-archive
bench-archive: deps
	swift build -c release --product chronicle
	bash Tests/Benchmarks/bench-archive.sh

# libFuzzer over the whole pipeline (decode → layout → tag → events → every exporter),
# seeded from Tests/Corpus and the samples; the corpus it grows stays in .fuzz/.
# `make fuzz`: one process with AddressSanitizer, RUNS executions (RUNS=-1: until stopped).
# `make fuzz-fast FUZZ_SECONDS=N`: no ASan, one forked fuzzer per core, about three times the
# executions per second (the count is the last `#N` line of .fuzz/fuzz-fast.log).
# `make fuzz-replay`: every input of the grown corpus once through the current code.
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler would catch a trap before libFuzzer
# does, and no crash file would be written.
RUNS ?= 10000000
FUZZ_SECONDS ?= 3600
FUZZ_FLAGS := -max_len=2048 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=.fuzz/artifacts/ -print_final_stats=1
.PHONY: fuzz fuzz-fast fuzz-replay
fuzz: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address
	mkdir -p .fuzz/corpus .fuzz/artifacts
	SWIFT_BACKTRACE=enable=no Fuzz/.build/release/ChronicleFuzz .fuzz/corpus Tests/Corpus/docs Samples -runs=$(RUNS) $(FUZZ_FLAGS)

fuzz-fast: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer --scratch-path .build-noasan
	mkdir -p .fuzz/corpus .fuzz/artifacts
	set -o pipefail; SWIFT_BACKTRACE=enable=no Fuzz/.build-noasan/release/ChronicleFuzz .fuzz/corpus Tests/Corpus/docs Samples \
	  -fork=$$(nproc) -ignore_crashes=0 -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) 2>&1 | tee .fuzz/fuzz-fast.log

fuzz-replay: deps
	cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address
	mkdir -p .fuzz/corpus .fuzz/artifacts
	SWIFT_BACKTRACE=enable=no Fuzz/.build/release/ChronicleFuzz -runs=0 $(FUZZ_FLAGS) .fuzz/corpus Tests/Corpus/docs Samples

# Optional measures that need the team's shared/ folder beside the checkout (not in a
# plain clone; nothing else needs it): the time engine against the temporal dev cases
# (prints e2e, f1, norm), and the whole pipeline on the real-news development set.
# The folder is named on the command line (`make score-time SHARED=DIR`): the
# repository itself never reaches outside its checkout.
SHARED ?=
.PHONY: score-time score-news
score-time: build
	@test -n "$(SHARED)" -a -f "$(SHARED)/temporal/dev.jsonl" || { echo "score-time: name the team's shared folder, make score-time SHARED=DIR (optional measure)" >&2; exit 2; }
	python3 -c 'import json,sys; [print(json.dumps({k: c[k] for k in ("id","text","ref")}, ensure_ascii=False)) for c in map(json.loads, sys.stdin)]' \
	  < $(SHARED)/temporal/dev.jsonl > .build/dev.input.jsonl
	.build/debug/chronicle tag --jsonl < .build/dev.input.jsonl > .build/dev.pred.jsonl
	python3 $(SHARED)/temporal/score.py $(SHARED)/temporal/dev.jsonl .build/dev.pred.jsonl --by cat

score-news: deps
	@test -n "$(SHARED)" -a -f "$(SHARED)/news-dev/measure.py" || { echo "score-news: name the team's shared folder, make score-news SHARED=DIR (optional measure)" >&2; exit 2; }
	swift build -c release --product chronicle
	python3 $(SHARED)/news-dev/measure.py "$$(swift build -c release --show-bin-path)/chronicle" --failures $${FAILURES:-0}
