#!/usr/bin/env bash
# Benchmark of `aqor plan`: N PDF plans (default 1,000) from one campaign of the built-in
# aqor grid (26 indicators, random levels, some planned actions), on all cores and on one.
# Prints total time, time per plan, time per plan per core and mean PDF size.
#
# Usage: benches/plan.sh [N]
set -euo pipefail
N=${1:-1000}
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=target/release/aqor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in"

ids=$(grep -oE '^      - id: C[0-9]+\.[0-9]+' grids/aqor.yaml | awk '{print $3}')
RANDOM=42
for n in $(seq 1 "$N"); do
  {
    echo "format: aqor-assessment/1"
    echo "grid: {id: aqor, version: 1.0.0}"
    echo "structure: {id: \"cio-$n\", name: \"CIO n°$n — Centre d’information et d’orientation\", network: \"Réseau régional\"}"
    echo "date: 2026-11-24"
    echo "assessor: \"Équipe qualité\""
    echo "answers:"
    for id in $ids; do
      r=$((RANDOM % 10))
      if [ "$r" -eq 0 ]; then continue; fi # unanswered
      level=$((RANDOM % 4))
      if [ "$r" -le 3 ]; then
        echo "  $id: {level: \"$level\", action: {owner: \"Zoé Łukasiewicz\", due: 2027-03-31, status: todo}}"
      else
        echo "  $id: {level: \"$level\"}"
      fi
    done
  } > "$WORK/in/s$n.yaml"
done

cores=$(nproc)
run() { # threads label
  rm -rf "$WORK/out"
  local t
  # real, user and sys seconds: CPU time per plan holds even on a loaded machine.
  t=$( { TIMEFORMAT='%R %U %S'; time RAYON_NUM_THREADS=$1 "$BIN" plan "$WORK/in" --out-dir "$WORK/out" 2>/dev/null; } 2>&1 )
  local files bytes
  files=$(find "$WORK/out" -name '*.pdf' | wc -l)
  bytes=$(find "$WORK/out" -name '*.pdf' -printf '%s\n' | awk '{s += $1} END {print s}')
  echo "$t" | awk -v n="$files" -v b="$bytes" -v c="$1" -v l="$2" '{
    printf "%-8s %5d plans  wall %6.2f s = %6.2f ms/plan (%6.2f ms/plan/core)  cpu %6.2f ms/plan  mean %5.1f KB\n",
      l, n, $1, 1000 * $1 / n, 1000 * $1 * c / n, 1000 * ($2 + $3) / n, b / n / 1024
  }'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $cores cores"
run "$cores" "$cores cores"
run 1 "1 core"
