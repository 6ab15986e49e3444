#!/usr/bin/env bash
# The frozen programs, used as a user would, on any of the three platforms (bash: Git Bash on
# Windows). Linux has the fuller packaging/linux/smoke-test.sh (apt, Xvfb, xdotool); this one is
# what the Windows and macOS jobs of .github/workflows/packages.yml run, where no display can be
# driven: the GUI is only started offscreen and must stay up.
#
# usage: packaging/smoke-cli.sh CLI GUI
#   e.g. packaging/smoke-cli.sh dist/likeness-vault/likeness-vault-cli.exe dist/likeness-vault/likeness-vault.exe
#        packaging/smoke-cli.sh "dist/Likeness Vault.app/Contents/MacOS/likeness-vault-cli" \
#                               "dist/Likeness Vault.app/Contents/MacOS/likeness-vault"
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CLI=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
GUI=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
PASSWORD="correct horse battery staple orbit"
T=$(mktemp -d)
gui_pid=""
trap '[ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "smoke-cli: FAILED: $*" >&2; exit 1; }
cd "$T"   # outside the source tree

version=$("$CLI" --version | tr -d '\r')
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) ;;  # a windowed .exe has no console: the GUI's --version prints nothing there
  *) [ "$version" = "$("$GUI" --version | tr -d '\r')" ] || fail "the two programs print different versions" ;;
esac
echo "smoke-cli: $version"
printf '%s\n' "$PASSWORD" | "$CLI" demo vault >demo.txt || fail "demo"
cp "$HERE/../tests/data/packaging/photo.heic" photo.heic
printf '%s\n' "$PASSWORD" | "$CLI" import --json vault photo.heic >import.json || fail "import photo.heic"
grep -q '"width": 320' import.json || fail "the HEIC photo was not read: $(cat import.json)"
buyer=$(printf '%s\n' "$PASSWORD" | "$CLI" buyers vault | awk 'NR == 1 {print $1}')
printf '%s\n' "$PASSWORD" | "$CLI" letter vault --buyer "$buyer" -o letter.pdf >letter.txt 2>&1 || { cat letter.txt; fail "letter"; }
[ "$(head -c 5 letter.pdf)" = "%PDF-" ] || fail "letter.pdf is not a PDF"
printf '%s\n' "$PASSWORD" | "$CLI" export-evidence vault --buyer "$buyer" -o evidence.zip >/dev/null || fail "export-evidence"
"$CLI" verify-evidence evidence.zip >verify.txt || { cat verify.txt; fail "verify-evidence"; }
echo "smoke-cli: demo vault, HEIC import, letter, evidence bundle verified"

# the GUI, offscreen, on the demo vault: it must come up and stay up (no crash at start, no
# missing plugin or resource); the password cannot be typed here
QT_QPA_PLATFORM=offscreen "$GUI" vault >gui.log 2>&1 &
gui_pid=$!
sleep 15
kill -0 "$gui_pid" 2>/dev/null || { cat gui.log; fail "the GUI exited within 15 s"; }
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
if grep -qiE "traceback|no compiled translation|could not (load|find) the qt platform plugin" gui.log; then
  cat gui.log; fail "the GUI wrote errors"
fi
echo "smoke-cli: the GUI started offscreen and stayed up 15 s"
echo "smoke-cli: OK"
