#!/bin/sh
# End-to-end benchmark of `aqor score` on a campaign workbook (.xlsx), against
# calamine's own read of the same file (open, read the first sheet's cells), in the
# same run. Goal (issue 17): aqor's whole score at most 1.5x the raw read; peak
# memory stated.
#
# Usage: benches/workbook.sh [ROWS]     (default 10000 structures x 40 indicators)
# Heavy: run it under nice (`nice -n 10 benches/workbook.sh`) and read the load
# printed with the figures. Times are hyperfine's; peak memory GNU time's max RSS.
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-10000}
RUNS=${RUNS:-10}

need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2…" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get install -y "$2" >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "$2" >/dev/null; }
}
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

cargo build --release --quiet --bin aqor --example campaign_bench
BENCH=target/release/examples/campaign_bench
AQOR=target/release/aqor
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

$BENCH grid "$DIR/bench.yaml"
$BENCH campaign "$ROWS" "$DIR/campaign.csv"
$BENCH xlsx "$DIR/campaign.csv" "$DIR/campaign.xlsx"
SIZE=$(du -k "$DIR/campaign.xlsx" | cut -f1)
READ="$BENCH read $DIR/campaign.xlsx"
SCORE="$AQOR score $DIR/campaign.xlsx --grid $DIR/bench.yaml --format csv"

hyperfine -N -w 2 -r "$RUNS" --export-json "$DIR/times.json" \
    --output=null "$READ" "$SCORE" >/dev/null 2>&1
read -r PM PS PN SM SS SN <<TIMES
$(python3 -c 'import json,sys
r=json.load(open(sys.argv[1]))["results"]
print(" ".join("%.1f %.1f %.1f" % (x["mean"]*1e3, x["stddev"]*1e3, x["min"]*1e3) for x in r))' "$DIR/times.json")
TIMES

peak() { /usr/bin/time -f "%M" -o "$DIR/rss" "$@" >/dev/null 2>&1; echo $(( $(cat "$DIR/rss") / 1024 )); }
RP=$(peak $READ)
RS=$(peak $SCORE)
LINES=$($SCORE 2>/dev/null | wc -l)

echo "workbook: $ROWS structures x 40 indicators, ${SIZE} KB; aqor wrote $LINES lines; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-30s %18s %9s %10s\n' "" "mean ± σ (ms)" "min (ms)" "peak (MB)"
printf '%-30s %11s ± %4s %9s %10s\n' "calamine read of the sheet" "$PM" "$PS" "$PN" "$RP"
printf '%-30s %11s ± %4s %9s %10s\n' "aqor score --format csv" "$SM" "$SS" "$SN" "$RS"
python3 -c 'import sys; pm,sm,pn,sn=map(float,sys.argv[1:]); print("ratio: %.2fx of means, %.2fx of minimums (goal <= 1.5x)" % (sm/pm, sn/pn))' "$PM" "$SM" "$PN" "$SN"
