#!/usr/bin/env bash
# Benchmark of `aqor report`: N structures (default 1,000) × 2 campaigns (2025, 2026) of the
# built-in aqor grid, as two campaign CSVs, into one folder (index.html, network.pdf,
# N plans, scores.csv, N explanations). Prints wall and CPU time, peak memory (max RSS)
# and the machine's load, which the wall time depends on.
#
# Usage: benches/report.sh [N]   (the release build runs under nice)
set -euo pipefail
N=${1:-1000}
cd "$(dirname "$0")/.."
# BIN=path/to/aqor to time another build (e.g. the test profile's target/debug/aqor).
if [ -z "${BIN:-}" ]; then
  nice -n 10 cargo build --release --quiet
  BIN=target/release/aqor
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

ids=$(grep -oE '^      - id: C[0-9]+\.[0-9]+' grids/aqor.yaml | awk '{print $3}')
RANDOM=42
for year in 2025 2026; do
  {
    printf 'structure_id;structure_name;network;date'
    for id in $ids; do printf ';%s' "$id"; done
    printf '\n'
    for n in $(seq 1 "$N"); do
      printf 'cio-%s;CIO n°%s — Centre d’information et d’orientation;Réseau régional;%s-11-24' "$n" "$n" "$year"
      for id in $ids; do
        r=$((RANDOM % 10))
        if [ "$r" -eq 0 ]; then printf ';'; else printf ';%s' $((RANDOM % 4)); fi
      done
      printf '\n'
    done
  } > "$WORK/campaign-$year.csv"
done

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
/usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB peak RSS' \
  nice -n 10 "$BIN" report "$WORK/campaign-2025.csv" "$WORK/campaign-2026.csv" \
  --grid aqor --out-dir "$WORK/out" 2>&1 | grep -v '^wrote'
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: $(find "$WORK/out" -type f | wc -l), $(du -sh "$WORK/out" | cut -f1)"
