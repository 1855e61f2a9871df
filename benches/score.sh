#!/bin/sh
# End-to-end benchmark of `aqor score --format csv` on a large campaign, against a
# plain csv-crate ByteRecord loop that only parses the same file, in the same run.
# Goal (issue 3): at most 2x the raw parse time; peak memory under 64 MB.
#
# Usage: benches/score.sh [ROWS]        (default 100000 structures x 40 indicators)
# Times are hyperfine's (interleaved runs, mean ± σ and min); peak memory is GNU
# time's maximum RSS. Both tools are installed with apt when missing.
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
RUNS=${RUNS:-20}

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
SIZE=$(du -m "$DIR/campaign.csv" | cut -f1)
PARSE="$BENCH parse $DIR/campaign.csv"
SCORE="$AQOR score $DIR/campaign.csv --grid $DIR/bench.yaml --format csv"

hyperfine -N -w 3 -r "$RUNS" --export-json "$DIR/times.json" \
    --output=null "$PARSE" "$SCORE" >/dev/null 2>&1
# mean, stddev and min of each command, in ms
read -r PM PS PN SM SS SN <<TIMES
$(python3 -c 'import json,sys
r=json.load(open(sys.argv[1]))["results"]
print(" ".join("%.1f %.1f %.1f" % (x["mean"]*1e3, x["stddev"]*1e3, x["min"]*1e3) for x in r))' "$DIR/times.json")
TIMES

peak() { /usr/bin/time -f "%M" -o "$DIR/rss" "$@" >/dev/null 2>&1; echo $(( $(cat "$DIR/rss") / 1024 )); }
RP=$(peak $PARSE)
RS=$(peak $SCORE)
LINES=$($SCORE 2>/dev/null | wc -l)

echo "campaign: $ROWS structures x 40 indicators, ${SIZE} MB; aqor wrote $LINES lines"
printf '%-26s %18s %9s %10s\n' "" "mean ± σ (ms)" "min (ms)" "peak (MB)"
printf '%-26s %11s ± %4s %9s %10s\n' "raw csv ByteRecord parse" "$PM" "$PS" "$PN" "$RP"
printf '%-26s %11s ± %4s %9s %10s\n' "aqor score --format csv" "$SM" "$SS" "$SN" "$RS"
python3 -c 'import sys; pm,sm,pn,sn=map(float,sys.argv[1:]); print("ratio: %.2fx of means, %.2fx of minimums (goal <= 2x); peak memory goal < 64 MB" % (sm/pm, sn/pn))' "$PM" "$SM" "$PN" "$SN"
