#!/usr/bin/env bash
# Times `aqor grid check --strict` on 100 grid files with the release binary:
#  1. 100 variants of a generated grid: 4 criteria, 30 indicators, 5 languages,
#     guidance, 2 evidence examples and 2 actions each (~70 KB);
#  2. 100 copies of the shipped grids/aqor.yaml (26 indicators, 5 languages, ~140 KB).
# Prints, for each, the best of 5 runs: wall time and CPU time (user + sys).
#
# Usage: benches/grid_check.sh
#   AQOR_BIN=PATH       time this build instead of building a release one
#   AQOR_BASELINE=PATH  also time this other build on the same files, run for run in
#                       turn with the first (A B A B …), and print each one's best
#   AQOR_KEEP=DIR       leave the generated grids in DIR (to time them with other tools)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AQOR_BIN:-}" ]; then
    cargo build --release --quiet
fi
aqor=$(realpath "${AQOR_BIN:-${CARGO_TARGET_DIR:-target}/release/aqor}")
baseline=${AQOR_BASELINE:+$(realpath "$AQOR_BASELINE")}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# t KEY: a text in the five languages.
t() {
    printf '{fr: "%s (fr) : un texte de longueur réaliste pour la grille", en: "%s (en): a text of realistic length for the grid", it: "%s (it): un testo di lunghezza realistica", es: "%s (es): un texto de longitud realista", pl: "%s (pl): tekst o realistycznej długości"}' "$1" "$1" "$1" "$1" "$1"
}

grid() {
    local c i l n
    echo "format: aqor-grid/1"
    echo "id: bench-$1"
    echo "version: 1.0.0"
    echo "languages: [fr, en, it, es, pl]"
    echo "title: $(t title)"
    echo "description: $(t description)"
    echo "scales:"
    echo "  - id: level4"
    echo "    allow_na: true"
    echo "    levels:"
    for l in 0 1 2 3; do
        echo "      - {id: \"$l\", score: $l, label: $(t "level $l"), description: $(t "level $l description")}"
    done
    echo "criteria:"
    for c in 1 2 3 4; do
        echo "  - id: C$c"
        echo "    title: $(t "criterion $c")"
        echo "    indicators:"
        n=7; [ "$c" -gt 2 ] && n=8
        for ((i = 1; i <= n; i++)); do
            echo "      - id: C$c.$i"
            echo "        title: $(t "indicator $c.$i")"
            echo "        guidance: $(t "guidance $c.$i")"
            echo "        evidence:"
            echo "          - $(t "evidence A $c.$i")"
            echo "          - $(t "evidence B $c.$i")"
            echo "        scale: level4"
            echo "        target: \"2\""
            echo "        actions:"
            echo "          - {below: \"1\", text: $(t "first step $c.$i")}"
            echo "          - {below: \"2\", text: $(t "next step $c.$i")}"
        done
    done
}

# once BIN DIR: one run's wall and CPU seconds ("wall cpu").
once() {
    local wall user sys
    TIMEFORMAT='%R %U %S'
    read -r wall user sys < <({ time "$1" grid check --strict "$2" >/dev/null 2>&1; } 2>&1)
    echo "$wall $(awk "BEGIN {print $user + $sys}")"
}

# measure DIR LABEL: best wall and CPU seconds of 5 runs (of each build, in turn).
measure() {
    "$aqor" grid check --strict "$1" 2>&1 | tail -1
    local bins=("$aqor") b i wall cpu
    [ -n "$baseline" ] && bins+=("$baseline")
    declare -A best_wall best_cpu
    for _ in 1 2 3 4 5; do
        for i in "${!bins[@]}"; do
            read -r wall cpu < <(once "${bins[$i]}" "$1")
            b=${best_wall[$i]:-}
            if [ -z "$b" ] || awk "BEGIN {exit !($wall < $b)}"; then best_wall[$i]=$wall; fi
            b=${best_cpu[$i]:-}
            if [ -z "$b" ] || awk "BEGIN {exit !($cpu < $b)}"; then best_cpu[$i]=$cpu; fi
        done
    done
    for i in "${!bins[@]}"; do
        echo "$2 [${bins[$i]}]: best of 5: ${best_wall[$i]} s wall, ${best_cpu[$i]} s CPU (load: $(cut -d' ' -f1 /proc/loadavg))"
    done
}

mkdir "$dir/gen" "$dir/aqor"
for i in $(seq -w 0 99); do
    grid "$i" > "$dir/gen/g$i.yaml"
    cp grids/aqor.yaml "$dir/aqor/aqor$i.yaml"
done
echo "generated: $(wc -c < "$dir/gen/g00.yaml") bytes, $(grep -c '^      - id: C' "$dir/gen/g00.yaml") indicators; grids/aqor.yaml: $(wc -c < grids/aqor.yaml) bytes"
measure "$dir/gen" "100 generated 30-indicator grids"
measure "$dir/aqor" "100 copies of grids/aqor.yaml"
if [ -n "${AQOR_KEEP:-}" ]; then
    mkdir -p "$AQOR_KEEP" && cp -r "$dir/gen" "$dir/aqor" "$AQOR_KEEP/"
fi
