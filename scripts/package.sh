#!/usr/bin/env bash
# Packs a built aqor for one target into dist/: a .zip for Windows, a .tar.gz
# elsewhere, holding the binary, README, the licences (aqor's and the embedded
# font's), the docs and the example campaigns; and its SHA-256 next to it.
#
# Usage: scripts/package.sh TARGET [BINARY]
#   TARGET  a Rust target triple (x86_64-pc-windows-msvc, aarch64-apple-darwin, …)
#   BINARY  the built executable [default: target/TARGET/release/aqor(.exe)]
# The release workflow (.github/workflows/release.yml) runs it for every target;
# run it locally for a dry run of one:
#   cargo build --release --target x86_64-unknown-linux-gnu && scripts/package.sh x86_64-unknown-linux-gnu
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:?usage: scripts/package.sh TARGET [BINARY]}
EXE=
case "$TARGET" in *windows*) EXE=.exe ;; esac
BINARY=${2:-target/$TARGET/release/aqor$EXE}
[ -f "$BINARY" ] || { echo "package: no binary at $BINARY; build it first" >&2; exit 2; }

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
NAME=aqor-$VERSION-$TARGET
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME/licences" dist
cp "$BINARY" "$STAGE/$NAME/aqor$EXE"
cp README.md "$STAGE/$NAME/"
cp LICENSE-MIT LICENSE-APACHE "$STAGE/$NAME/licences/"
cp assets/fonts/LICENSE-DejaVu.txt "$STAGE/$NAME/licences/"
cp -r docs examples "$STAGE/$NAME/"

cd "$STAGE"
if [ -n "$EXE" ]; then
    ARCHIVE=$NAME.zip
    if command -v zip >/dev/null; then
        zip -qr "$ARCHIVE" "$NAME"
    else # Windows runners have PowerShell, not always zip
        pwsh -NoProfile -Command "Compress-Archive -Path '$NAME' -DestinationPath '$ARCHIVE'"
    fi
else
    ARCHIVE=$NAME.tar.gz
    tar -czf "$ARCHIVE" "$NAME"
fi
cd - >/dev/null
mv "$STAGE/$ARCHIVE" dist/
(cd dist && if command -v sha256sum >/dev/null; then sha256sum "$ARCHIVE"; else shasum -a 256 "$ARCHIVE"; fi >"$ARCHIVE.sha256")
echo "dist/$ARCHIVE"
