#!/bin/sh
# End-to-end benchmark of `aqor score --format csv` on a large campaign, against a
# plain csv-crate ByteRecord loop that only parses the same file, in the same run.
# Goal (issue 3): at most 2x the raw parse time; peak memory under 64 MB.
#
# Usage: benches/score.sh [ROWS]        (default 100000 structures x 40 indicators)
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
RUNS=${RUNS:-3}

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (for peak memory)…" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null; else sudo apt-get install -y time >/dev/null; fi
fi

cargo build --release --quiet --bin aqor --example campaign_bench
BENCH=target/release/examples/campaign_bench
AQOR=target/release/aqor
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

$BENCH grid "$DIR/bench.yaml"
$BENCH campaign "$ROWS" "$DIR/campaign.csv"
cat "$DIR/campaign.csv" >/dev/null # warm the page cache
SIZE=$(du -m "$DIR/campaign.csv" | cut -f1)

# Best of RUNS for each, interleaved so both see the same machine load.
# Prints "seconds max_rss_kb".
measure() {
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" >"$DIR/out" 2>"$DIR/err" || {
        cat "$DIR/err" >&2
        exit 1
    }
    cat "$DIR/time"
}
best_parse=; best_score=; rss_parse=0; rss_score=0
i=0
while [ $i -lt "$RUNS" ]; do
    set -- $(measure $BENCH parse "$DIR/campaign.csv")
    best_parse=$(awk -v a="$1" -v b="$best_parse" 'BEGIN { print (b == "" || a < b) ? a : b }')
    [ "$2" -gt "$rss_parse" ] && rss_parse=$2
    set -- $(measure $AQOR score "$DIR/campaign.csv" --grid "$DIR/bench.yaml" --format csv)
    best_score=$(awk -v a="$1" -v b="$best_score" 'BEGIN { print (b == "" || a < b) ? a : b }')
    [ "$2" -gt "$rss_score" ] && rss_score=$2
    i=$((i + 1))
done
LINES=$(wc -l <"$DIR/out")

echo "campaign: $ROWS structures x 40 indicators, ${SIZE} MB; aqor wrote $LINES lines"
printf '%-32s %8s %10s\n' "" "time (s)" "peak (MB)"
printf '%-32s %8s %10s\n' "raw csv ByteRecord parse" "$best_parse" "$((rss_parse / 1024))"
printf '%-32s %8s %10s\n' "aqor score --format csv" "$best_score" "$((rss_score / 1024))"
echo "ratio: $(awk -v s="$best_score" -v p="$best_parse" 'BEGIN { printf "%.2f", s / p }')x (goal <= 2x); peak memory goal < 64 MB"
