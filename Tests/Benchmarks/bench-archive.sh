#!/usr/bin/env bash
# Archive benchmark (issue 6): ingest a synthetic archive of PAGES pages made from the
# development corpus (Tests/Corpus), then export all of it, and report pages per second and peak memory.
#
#   make bench-archive                 # 10,000 pages, release build
#   PAGES=20000 make bench-archive
#
# The pages are the corpus documents copied under dated names, five per issue from
# 2019-01-01 on, so relative dates resolve against many issue dates and the same
# report recurs across issues (exercising the cross-issue merge).
set -euo pipefail
PAGES=${PAGES:-10000}
CORPUS=${CORPUS:-Tests/Corpus/docs}
BIN=${BIN:-.build/release/chronicle}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/chronicle-bench.XXXXXX)}

[ -x "$BIN" ] || { echo "$BIN: not built; run swift build -c release --product chronicle" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "$CORPUS: corpus folder not found; pass CORPUS=DIR" >&2; exit 2; }

rm -rf "$WORK/pages" "$WORK/archive.sqlite"* "$WORK/export."*
mkdir -p "$WORK/pages"
python3 - "$CORPUS" "$WORK/pages" "$PAGES" <<'PY'
import datetime, os, shutil, sys
corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
start = datetime.date(2019, 1, 1)
for i in range(n):
    doc = docs[i % len(docs)]
    day = start + datetime.timedelta(days=i // 5)
    folder = os.path.join(out, day.strftime("%Y-%m"))
    os.makedirs(folder, exist_ok=True)
    shutil.copyfile(os.path.join(corpus, doc), os.path.join(folder, f"{day.isoformat()}-{i:05d}-{doc}"))
PY

measure() {  # label, command...: prints wall seconds, peak RSS (MiB), exit status, CPU seconds
    local label=$1; shift
    local log="$WORK/time.$label"
    local status=0
    /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" || status=$?
    read -r secs kib user sys < <(tail -n 1 "$log")
    echo "$label $secs $((kib / 1024)) $status $(python3 -c "print(round($user + $sys, 2))")"
}

export SOURCE_DATE_EPOCH=1618358400
read -r _ isecs imib istatus icpu < <(measure ingest "$BIN" ingest "$WORK/pages" --db "$WORK/archive.sqlite" --quiet)
read -r _ rsecs rmib rstatus rcpu < <(measure reingest "$BIN" ingest "$WORK/pages" --db "$WORK/archive.sqlite" --quiet)
read -r _ esecs emib estatus ecpu < <(measure export-ics "$BIN" export --db "$WORK/archive.sqlite" -o "$WORK/export.ics")
read -r _ csecs cmib cstatus ccpu < <(measure export-csv "$BIN" export --db "$WORK/archive.sqlite" -o "$WORK/export.csv")

rate() { python3 -c "import sys; s=float(sys.argv[2]); print(f'{int(sys.argv[1])/s:,.0f}' if s > 0 else 'inf')" "$1" "$2"; }
echo "pages: $PAGES from $CORPUS (work folder $WORK); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(wall-clock pages/s, then pages per CPU-second, which a busy machine does not change)"
echo "ingest:     ${isecs}s  $(rate "$PAGES" "$isecs") pages/s  $(rate "$PAGES" "$icpu") pages/CPU-s  peak ${imib} MiB  exit $istatus"
echo "re-ingest:  ${rsecs}s  $(rate "$PAGES" "$rsecs") pages/s  $(rate "$PAGES" "$rcpu") pages/CPU-s  peak ${rmib} MiB  exit $rstatus (unchanged pages)"
echo "export ics: ${esecs}s  $(rate "$PAGES" "$esecs") pages/s  $(rate "$PAGES" "$ecpu") pages/CPU-s  peak ${emib} MiB  exit $estatus"
echo "export csv: ${csecs}s  $(rate "$PAGES" "$csecs") pages/s  $(rate "$PAGES" "$ccpu") pages/CPU-s  peak ${cmib} MiB  exit $cstatus"
"$BIN" stats --db "$WORK/archive.sqlite" --leaders 0 | head -n 1
echo "archive: $(du -h "$WORK/archive.sqlite" | cut -f1)  ics: $(du -h "$WORK/export.ics" | cut -f1)  events in ics: $(grep -c '^BEGIN:VEVENT' "$WORK/export.ics")"
