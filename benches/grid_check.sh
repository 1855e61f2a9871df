#!/usr/bin/env bash
# Times `aqor grid check --strict` on 100 grid files with the release binary:
#  1. 100 variants of a generated grid: 4 criteria, 30 indicators, 5 languages,
#     guidance, 2 evidence examples and 2 actions each (~70 KB);
#  2. 100 copies of the shipped grids/aqor.yaml (26 indicators, 5 languages, ~140 KB).
# Prints, for each, the best of 5 runs: wall time and CPU time (user + sys).
#
# Usage: benches/grid_check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
aqor=${CARGO_TARGET_DIR:-target}/release/aqor
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

# measure DIR LABEL: best wall and CPU seconds of 5 runs.
measure() {
    "$aqor" grid check --strict "$1" 2>&1 | tail -1
    local best_wall="" best_cpu="" wall cpu
    TIMEFORMAT='%R %U %S'
    for _ in 1 2 3 4 5; do
        read -r wall user sys < <({ time "$aqor" grid check --strict "$1" >/dev/null 2>&1; } 2>&1)
        cpu=$(awk "BEGIN {print $user + $sys}")
        if [ -z "$best_wall" ] || awk "BEGIN {exit !($wall < $best_wall)}"; then best_wall=$wall; fi
        if [ -z "$best_cpu" ] || awk "BEGIN {exit !($cpu < $best_cpu)}"; then best_cpu=$cpu; fi
    done
    echo "$2: best of 5: ${best_wall} s wall, ${best_cpu} s CPU (load: $(cut -d' ' -f1 /proc/loadavg))"
}

mkdir "$dir/gen" "$dir/aqor"
for i in $(seq -w 0 99); do
    grid "$i" > "$dir/gen/g$i.yaml"
    cp grids/aqor.yaml "$dir/aqor/aqor$i.yaml"
done
echo "generated: $(wc -c < "$dir/gen/g00.yaml") bytes, $(grep -c '^      - id: C' "$dir/gen/g00.yaml") indicators; grids/aqor.yaml: $(wc -c < grids/aqor.yaml) bytes"
measure "$dir/gen" "100 generated 30-indicator grids"
measure "$dir/aqor" "100 copies of grids/aqor.yaml"
