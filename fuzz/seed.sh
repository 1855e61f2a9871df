#!/bin/sh
# Seeds fuzz/corpus/<target>/ from the repository's own files (the corpus itself is
# not committed: it grows to megabytes). Run from the repository root: sh fuzz/seed.sh
set -eu
mkdir -p fuzz/corpus/grid_load fuzz/corpus/assessment_load fuzz/corpus/campaign_csv
i=0
for f in grids/*.yaml examples/grids/*.yaml $(find tests/fixtures -name '*.yaml' ! -path '*/crashers/*'); do
    i=$((i + 1))
    cp "$f" "fuzz/corpus/grid_load/$i-$(basename "$f")"
done
i=0
for f in examples/assessments/*.yaml $(find tests/fixtures -name '*.yaml' ! -path '*/crashers/*'); do
    i=$((i + 1))
    cp "$f" "fuzz/corpus/assessment_load/$i-$(basename "$f")"
done
i=0
for f in examples/*.csv $(find tests/fixtures -name '*.csv'); do
    i=$((i + 1))
    cp "$f" "fuzz/corpus/campaign_csv/$i-$(basename "$f")"
done
