#!/usr/bin/env bash
# Benchmark of `aqor guide`: the aqor grid's guide (26 indicators) and paper form, as PDF,
# N runs each (default 20) of the release binary; prints the median and best wall time,
# the CPU time per run and the file size.
#
# Usage: benches/guide.sh [N]    (AQOR_BIN=target/debug/aqor to time an existing build)
set -euo pipefail
N=${1:-20}
cd "$(dirname "$0")/.."
if [ -z "${AQOR_BIN:-}" ]; then
  nice -n 10 cargo build --release --quiet
fi
BIN=${AQOR_BIN:-target/release/aqor}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

measure() { # label, then the aqor arguments (the output file is added)
  local label=$1
  shift
  local times=()
  for _ in $(seq 1 "$N"); do
    local t
    t=$( { TIMEFORMAT='%R %U %S'; time "$BIN" "$@" -o "$WORK/out.pdf" --force 2>/dev/null; } 2>&1 )
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v n="$N" \
    -v size="$(stat -c %s "$WORK/out.pdf")" -v pages="$(pdfinfo "$WORK/out.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')" '
    { wall[NR] = $1; cpu += $2 + $3 }
    END {
      printf "%-22s median %6.1f ms  best %6.1f ms  cpu %6.1f ms/run  %6.1f KB  %s pages\n",
        l, 1000 * wall[int((n + 1) / 2)], 1000 * wall[1], 1000 * cpu / n, size / 1024, pages
    }'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
measure "guide aqor fr" guide aqor
measure "guide aqor pl" guide aqor --lang pl
measure "form aqor fr" guide aqor --form
measure "guide spro-rhone-alpes" guide spro-rhone-alpes
