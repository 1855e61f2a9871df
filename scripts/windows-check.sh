#!/usr/bin/env bash
# Windows check: cross-builds aqor for x86_64-pc-windows-gnu and runs a smoke test
# under Wine, comparing every output with the Linux build's byte for byte:
#   --version (with the commit), `score` on the examples, `plan` (one PDF per
#   structure), `compare --format html`, a path written with backslashes, a folder
#   and a file name with accents, and the anonymisation key's owner-only access list
#   (the fsutil::windows unit tests, run under Wine).
#
# Usage: scripts/windows-check.sh          (from anywhere; .ci/run calls it)
#   AQOR_LINUX_BIN=target/debug/aqor  compare with this Linux build instead of
#   building a release one (.ci/run passes the one `cargo test` built: outputs do not
#   depend on the optimisation level, and a second Linux build would cost minutes)
#   AQOR_WINDOWS_PROFILE=quick  build aqor.exe with the `quick` profile (no
#   optimisation: a third of the release build's time) instead of `release`; .ci/run
#   does, the outputs are the same and the packed exe is then not a release one
# Installs what it needs when it can (the Rust target with rustup, mingw-w64 and
# Wine with apt-get as root); when one cannot be had it prints why and exits 0
# ("skipped"), so that a machine without them still passes CI. Any difference or
# failure exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=x86_64-pc-windows-gnu

skip() { echo "windows-check: skipped: $*"; exit 0; }
fail() { echo "windows-check: FAILED: $*" >&2; exit 1; }
step() { echo "windows-check: $*"; }

apt_install() {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" >/dev/null 2>&1 && return 0
    apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null 2>&1 &&
        apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" >/dev/null 2>&1
}

# 1. The tools.
if ! rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    rustup target add "$TARGET" >/dev/null 2>&1 ||
        skip "the Rust target $TARGET is not installed and 'rustup target add $TARGET' failed (no access to the Rust distribution server?)"
fi
command -v x86_64-w64-mingw32-gcc >/dev/null || apt_install mingw-w64 ||
    skip "mingw-w64 (the Windows linker) is missing and could not be installed with apt-get"
command -v wine >/dev/null || apt_install wine wine64 ||
    skip "Wine is missing and could not be installed with apt-get"

# 2. Both builds, from the same sources. Dates in PDFs come from SOURCE_DATE_EPOCH.
export SOURCE_DATE_EPOCH=1775692800 # 2026-04-09
if [ -n "${AQOR_LINUX_BIN:-}" ]; then
    LINUX=$(realpath "$AQOR_LINUX_BIN")
    [ -x "$LINUX" ] || fail "AQOR_LINUX_BIN=$AQOR_LINUX_BIN is not a built aqor"
else
    step "building for Linux (release)…"
    nice -n 19 cargo build --quiet --release --locked --bin aqor
    LINUX=$PWD/target/release/aqor
fi
PROFILE=${AQOR_WINDOWS_PROFILE:-release}
step "building for $TARGET ($PROFILE)…"
nice -n 19 cargo build --quiet --profile "$PROFILE" --locked --bin aqor --target "$TARGET"
step "building the fsutil::windows unit tests for $TARGET…"
TEST_EXE=$(nice -n 19 cargo test --profile "$PROFILE" --locked --target "$TARGET" --lib --no-run 2>&1 |
    sed -n 's/.*Executable unittests src\/lib.rs (\(.*\.exe\)).*/\1/p' | tail -1)
[ -n "$TEST_EXE" ] || fail "the library's unit tests did not build for $TARGET"
TEST_EXE=$(realpath "$TEST_EXE") # run from another folder below

WORK=$(mktemp -d)
# Wine's server outlives the programs it ran: stop it before removing its prefix
# (whatever each step says, the check's verdict stands).
cleanup() {
    set +e
    WINEPREFIX="$WORK/prefix" wineserver -k 2>/dev/null
    sleep 1
    rm -rf "$WORK" 2>/dev/null
    return 0
}
trap cleanup EXIT
mkdir -p "$WORK/bin"
cp "target/$TARGET/$PROFILE/aqor.exe" "$WORK/bin/aqor.exe"
size=$(stat -c %s "$WORK/bin/aqor.exe")
step "aqor.exe is $((size / 1024 / 1024)) MB ($size bytes)"

# 3. Wine in a prefix of its own. Wine 8 lacks ProcessPrng (which Rust's standard
# library asks bcryptprimitives.dll for, and which Windows 10 and later have): a
# forwarding DLL next to the exe stands in for it, under Wine only.
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEARCH=win64
export WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree=;mshtml=;winemenubuilder.exe="
x86_64-w64-mingw32-gcc -shared -O2 -o "$WORK/bin/bcryptprimitives.dll" \
    scripts/windows/bcryptprimitives.c scripts/windows/bcryptprimitives.def -ladvapi32
cp "$WORK/bin/bcryptprimitives.dll" "$(dirname "$TEST_EXE")/"
step "starting Wine ($(wine --version 2>/dev/null))…"
timeout 300 wineboot --init >/dev/null 2>&1 || true
win() { timeout 300 wine "$WORK/bin/aqor.exe" "$@"; }

# 4. The smoke test. Each output is compared with the Linux build's.
same() { # NAME LINUX_FILE WINDOWS_FILE
    cmp -s "$2" "$3" || { diff <(head -c 2000 "$2") <(head -c 2000 "$3") | head -20 >&2; fail "$1: Windows and Linux outputs differ"; }
    step "ok: $1"
}
out() { mkdir -p "$WORK/$1"; echo "$WORK/$1"; }
L=$(out linux) W=$(out windows)

win --version >"$W/version" 2>&1 || fail "aqor.exe --version: $(cat "$W/version")"
"$LINUX" --version >"$L/version"
grep -q "$(git rev-parse --short=12 HEAD 2>/dev/null || echo 'unknown commit')" "$W/version" ||
    fail "--version does not name the commit: $(head -1 "$W/version")"
same "--version" "$L/version" "$W/version"

"$LINUX" score examples/ --format csv >"$L/score.csv"
win score examples/ --format csv >"$W/score.csv" 2>"$W/score.err" || fail "score: $(cat "$W/score.err")"
same "score examples/" "$L/score.csv" "$W/score.csv"

win score 'examples\aqor-campaign-2026.csv' --format csv >"$W/backslash.csv" 2>"$W/backslash.err" ||
    fail "a path with backslashes: $(cat "$W/backslash.err")"
"$LINUX" score examples/aqor-campaign-2026.csv --format csv >"$L/backslash.csv"
same "a path with backslashes" "$L/backslash.csv" "$W/backslash.csv"

ACCENTS="$WORK/Réseau d'été/Orientation Łódź"
mkdir -p "$ACCENTS"
cp examples/aqor-campaign-2026.csv "$ACCENTS/campagne été 2026.csv"
"$LINUX" score "$ACCENTS/campagne été 2026.csv" --grid aqor --format csv >"$L/accents.csv"
win score "$ACCENTS/campagne été 2026.csv" --grid aqor --format csv >"$W/accents.csv" 2>"$W/accents.err" ||
    fail "a path with accents: $(cat "$W/accents.err")"
same "a path with accents" "$L/accents.csv" "$W/accents.csv"

"$LINUX" plan examples/aqor-campaign-2026.csv --out-dir "$L/plans" 2>/dev/null
win plan examples/aqor-campaign-2026.csv --out-dir "$W/plans" 2>"$W/plan.err" || fail "plan: $(cat "$W/plan.err")"
n=0
for pdf in "$L"/plans/*.pdf; do
    same "plan $(basename "$pdf")" "$pdf" "$W/plans/$(basename "$pdf")"
    n=$((n + 1))
done
[ "$n" -gt 0 ] || fail "plan wrote no PDF"
[ "$(ls "$W/plans" | wc -l)" = "$n" ] || fail "plan: $n PDFs on Linux, $(ls "$W/plans" | wc -l) on Windows"

"$LINUX" compare examples/aqor-campaign-2025.csv examples/aqor-campaign-2026.csv --format html -o "$L/report.html"
win compare examples/aqor-campaign-2025.csv examples/aqor-campaign-2026.csv --format html -o "$W/report.html" 2>"$W/compare.err" ||
    fail "compare --format html: $(cat "$W/compare.err")"
same "compare --format html" "$L/report.html" "$W/report.html"

win compare examples/aqor-campaign-2026.csv --anonymize --key-out "$W/key.csv" >/dev/null 2>"$W/key.err" ||
    fail "compare --anonymize --key-out: $(cat "$W/key.err")"
[ -s "$W/key.csv" ] || fail "--key-out wrote no key"
# Wine keeps a file's access list as Unix permissions: the key's owner-only list
# leaves nothing to others (Wine gives the user's rights to the group too: mode 770),
# while a file written as shared (the HTML report) stays readable by everyone.
key=$(stat -c %a "$W/key.csv") shared=$(stat -c %a "$W/report.html")
[ $((8#$shared & 4)) = 4 ] || fail "a shared file written by aqor.exe is mode $shared, not readable by others: the key's mode would tell nothing"
[ $((8#$key & 7)) = 0 ] || fail "the key written by aqor.exe is mode $key: other users can open it"
step "ok: compare --anonymize --key-out (the key is closed to others: mode $key; a shared report: $shared)"

# The access list of a private file, set and read back through Win32 under Wine.
(cd "$WORK" && timeout 300 wine "$TEST_EXE" fsutil::windows --test-threads 1) >"$W/acl.log" 2>&1 ||
    { cat "$W/acl.log" >&2; fail "fsutil::windows unit tests under Wine"; }
grep -q "test result: ok. [1-9]" "$W/acl.log" || { cat "$W/acl.log" >&2; fail "fsutil::windows unit tests did not run"; }
step "ok: owner-only access list (fsutil::windows tests under Wine)"

# 5. The release archive of this target, as the release workflow packs it (dry run).
command -v zip >/dev/null && command -v unzip >/dev/null || apt_install zip unzip || fail "zip/unzip missing"
ARCHIVE=$(scripts/package.sh "$TARGET" "target/$TARGET/$PROFILE/aqor.exe")
unzip -l "$ARCHIVE" >"$WORK/listing" # (not piped into grep -q: pipefail and SIGPIPE)
for f in aqor.exe README.md licences/LICENSE-MIT licences/LICENSE-APACHE licences/LICENSE-DejaVu.txt \
    examples/aqor-campaign-2026.csv docs/score.md; do
    grep -q "/$f\$" "$WORK/listing" || fail "$ARCHIVE lacks $f"
done
(cd dist && sha256sum --check --quiet "$(basename "$ARCHIVE").sha256") || fail "$ARCHIVE: checksum"
step "ok: $ARCHIVE ($(($(stat -c %s "$ARCHIVE") / 1024)) KiB) holds the exe, README, licences, docs, examples"
step "passed: aqor.exe under Wine gives the Linux build's outputs"
