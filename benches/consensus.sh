#!/usr/bin/env bash
# Benchmark of `aqor consensus`: N structures (default 1,000) × R respondents (default 8)
# on the built-in aqor grid (26 indicators, levels near a structure's own, a comment on one
# answer in five), read from one campaign CSV; writes every structure's meeting document
# (Markdown and PDF) and draft. Prints wall and CPU time, per structure, peak memory and the
# mean PDF size.
#
# Usage: benches/consensus.sh [N] [R]   (AQOR_BIN=target/debug/aqor to time an existing build)
set -euo pipefail
N=${1:-1000}
R=${2:-8}
cd "$(dirname "$0")/.."
if [ -z "${AQOR_BIN:-}" ]; then
  nice -n 10 cargo build --release --quiet
fi
BIN=${AQOR_BIN:-target/release/aqor}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

ids=$(grep -oE '^      - id: C[0-9]+\.[0-9]+' grids/aqor.yaml | awk '{print $3}')
awk -v n="$N" -v r="$R" -v ids="$ids" 'BEGIN {
  srand(42); split(ids, id, " "); k = length(id)
  printf "structure_id;structure_name;date;campaign;respondent;role"
  for (i = 1; i <= k; i++) printf ";%s;%s:comment", id[i], id[i]
  print ""
  split("team management partner user", roles, " ")
  for (s = 1; s <= n; s++) {
    for (i = 1; i <= k; i++) base[i] = int(rand() * 4)
    for (p = 1; p <= r; p++) {
      printf "cio-%d;CIO n°%d;2026-03-%02d;2026;Répondant %d;%s", s, s, 1 + p, p, roles[1 + (p % 4)]
      for (i = 1; i <= k; i++) {
        l = base[i] + int(rand() * 3) - 1; if (l < 0) l = 0; if (l > 3) l = 3
        c = (rand() < 0.2) ? "Commentaire du répondant " p " sur " id[i] " : à voir en réunion" : ""
        printf ";%d;%s", l, c
      }
      print ""
    }
  }
}' > "$WORK/group.csv"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; $N structures × $R respondents, $(wc -c < "$WORK/group.csv") bytes"
/usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$BIN" consensus "$WORK/group.csv" --grid aqor --lang en --out-dir "$WORK/out" 2>/dev/null
read -r wall user sys rss < "$WORK/time"
pdfs=$(find "$WORK/out" -name '*.pdf' | wc -l)
bytes=$(find "$WORK/out" -name '*.pdf' -printf '%s\n' | awk '{s += $1} END {print s}')
pages=$(for f in "$WORK"/out/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')
awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v n="$pdfs" -v b="$bytes" -v p="$pages" 'BEGIN {
  printf "%d structures: wall %.2f s, cpu %.2f s = %.2f ms cpu a structure (md + pdf + yaml), %.2f ms a PDF page (%.1f pages a PDF); peak %.1f MB; mean PDF %.1f KB\n",
    n, w, u + s, 1000 * (u + s) / n, 1000 * (u + s) / p, p / n, m / 1024, b / n / 1024
}'
