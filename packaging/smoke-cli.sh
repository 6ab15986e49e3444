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

# matching: OpenCV features, a clip through PyAV, faces through dlib in the face worker (the
# frozen executable started again by multiprocessing: freeze_support in the entry points)
cp "$HERE/../tests/data/faces/obama.jpg" "$HERE/../tests/data/faces/obama2.jpg" "$HERE/../tests/data/packaging/obama-clip.mp4" .
printf '%s\n' "$PASSWORD" | "$CLI" import vault obama.jpg >/dev/null || fail "import obama.jpg"
printf '%s\n' "$PASSWORD" | "$CLI" face-matching vault on --yes >/dev/null || fail "face-matching on"
printf '%s\n' "$PASSWORD" | "$CLI" check --backfill vault >backfill.txt 2>&1 || { cat backfill.txt; fail "check --backfill"; }
grep -q "0 still pending" backfill.txt || fail "check --backfill: $(cat backfill.txt)"
printf '%s\n' "$PASSWORD" | "$CLI" match --json vault obama.jpg obama-clip.mp4 >match.json || fail "match"
[ "$(grep -c '"name": "obama.jpg"' match.json)" -ge 2 ] && grep -q '"kind": "video"' match.json ||
  fail "match did not find obama.jpg in the photo and the clip: $(cat match.json)"
printf '%s\n' "$PASSWORD" | "$CLI" match --faces --json vault obama2.jpg >faces.json || fail "match --faces"
grep -q '"method": "face"' faces.json || fail "match --faces did not find the face: $(cat faces.json)"
echo "smoke-cli: matching: a photo, a clip (PyAV) and a face (dlib in the face worker) found"

# delivery copies with C2PA (c2pa-python's native library shipped in c2pa/libs)
deal=$(printf '%s\n' "$PASSWORD" | "$CLI" deals --json vault | grep -m1 '"id"' | sed 's/.*"id": "\([0-9a-f]*\)".*/\1/')
printf '%s\n' "$PASSWORD" | "$CLI" deliver vault --deal "$deal" --c2pa -o copies >deliver.txt 2>&1 ||
  { cat deliver.txt; fail "deliver --c2pa"; }
[ -s copies/performer-root.pem ] && grep -q "untrusted unless they trust your root" deliver.txt ||
  fail "deliver --c2pa wrote no performer-root.pem or did not say what C2PA means: $(cat deliver.txt)"
grep -qa "cawg.training-mining" copies/*.jpg || fail "the delivery copies carry no C2PA manifest"
echo "smoke-cli: delivery copies signed with C2PA, performer-root.pem beside them"

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
