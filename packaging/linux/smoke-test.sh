#!/usr/bin/env bash
# Install the .deb with apt, use the INSTALLED programs as a user would, then remove the package.
#
# usage: packaging/linux/smoke-test.sh dist/likeness-vault_<version>_<arch>.deb   (as root: apt)
#
# Every program runs from /usr/bin with a clean environment (no venv on PATH, no PYTHONPATH, no
# QT_QPA_PLATFORM), HOME in a temporary folder and the temporary folder as working directory:
#  1. the files are where the package says (/opt, /usr/bin, .desktop, metainfo, icons; the two
#     face model files and not the 68-point one), every
#     bundled binary finds its libraries, and each system library it uses belongs to a package
#     the .deb depends on (directly or through their dependencies);
#  2. likeness-vault-cli --version and likeness-vault --version both print "likeness-vault VERSION";
#  3. a demo vault, a HEIC photo imported (tests/data/packaging/photo.heic, 320x240), a
#     revocation letter and an evidence bundle, and verify-evidence accepts it;
#  3b. matching: a photo imported, face matching on, `check --backfill` indexes (OpenCV features;
#     faces with dlib and the two model files in the face worker, the frozen executable started
#     again by multiprocessing), `match` finds the photo in itself and in a clip (PyAV), and
#     another photo of the same man by his face (--faces);
#  4. the desktop app on a virtual X server (Xvfb, the real xcb platform the package's Depends
#     serve): `likeness-vault VAULT` shows the welcome screen titled 肖像保险箱 (Chinese: the
#     app's .qm is loaded, and Qt's own qtbase_zh_CN.qm for the standard buttons), the password
#     is typed (xdotool), and the main window opens on the demo vault ("林小雨 Lin Xiaoyu — 肖像保险箱");
#     its settings went to ~/.config, nothing was written under /opt/likeness-vault; its background
#     queue indexed a new face photo in the face worker (a child: the executable started again),
#     and once the app is killed no process of /opt/likeness-vault is left;
#     4b. with gnome-keyring in a private D-Bus session: "remember on this computer" keeps the
#     key in the Secret Service, and the next start opens the vault with an empty password;
#  5. apt-get remove leaves no file behind in /opt/likeness-vault or /usr/bin.
# Prints the time of each step and the GUI's start-up time (launch to welcome window mapped).
# SMOKE_SCREENSHOT=FILE.png saves the main window (needs ImageMagick's import).
set -euo pipefail
DEB=$(readlink -f "${1:?usage: smoke-test.sh PATH/TO/likeness-vault_VERSION_ARCH.deb}")
HERE=$(dirname "$(readlink -f "$0")")
PKG=likeness-vault
ID=io.github.likeness_vault.LikenessVault
VERSION=$(dpkg-deb -f "$DEB" Version)
PASSWORD="correct horse battery staple orbit"
T=$(mktemp -d /tmp/lv-smoke.XXXXXX)
xvfb_pid="" gui_pid="" installed_here=""
step_t=$SECONDS
step() { echo "smoke: $1 ($((SECONDS - step_t)) s)"; step_t=$SECONDS; }
fail() { echo "smoke: FAILED: $*" >&2; [ -f "$T/gui.log" ] && sed 's/^/  gui: /' "$T/gui.log" >&2; exit 1; }
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ -n "$installed_here" ] && dpkg -s "$PKG" >/dev/null 2>&1; then  # never one installed before
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$PKG" >/dev/null 2>&1 || true
  fi
  rm -rf "$T"
}
trap cleanup EXIT

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
if [ ${#need[@]} -gt 0 ]; then
  echo "smoke: installing the test tools ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null
fi
if dpkg -s "$PKG" >/dev/null 2>&1; then fail "$PKG is already installed; remove it first"; fi

# --- install --------------------------------------------------------------------------------
installed_here=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" >"$T/apt.log" 2>&1 ||
  { cat "$T/apt.log" >&2; fail "apt-get install $DEB"; }
step "installed with apt"

# --- 1. files and libraries -----------------------------------------------------------------
for f in /usr/bin/likeness-vault /usr/bin/likeness-vault-cli "/opt/$PKG/likeness-vault" \
         "/opt/$PKG/likeness-vault-cli" "/usr/share/applications/$ID.desktop" \
         "/usr/share/metainfo/$ID.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$ID.svg" \
         "/usr/share/icons/hicolor/256x256/apps/$ID.png" "/usr/share/icons/hicolor/16x16/apps/$ID.png"; do
  [ -e "$f" ] || fail "$f is not installed"
done
# face_recognition_models: its two public-domain model files only (not the 68-point model)
models=$(cd "/opt/$PKG/_internal/face_recognition_models/models" && ls | tr '\n' ' ')
[ "$models" = "dlib_face_recognition_resnet_model_v1.dat shape_predictor_5_face_landmarks.dat " ] ||
  fail "the face models shipped are: $models"
# what the bundled binaries load (the launcher puts /opt/$PKG/_internal first, as here)
mapfile -t elves < <(find "/opt/$PKG" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -N -F '|' | awk -F'|' '$2 ~ /ELF/ {print $1}')
LD_LIBRARY_PATH="/opt/$PKG/_internal" ldd "${elves[@]}" >"$T/ldd.txt" 2>/dev/null || true
if grep -q "not found" "$T/ldd.txt"; then grep "not found" "$T/ldd.txt" | sort -u >&2; fail "a bundled binary misses a library"; fi
# every system library they resolve to comes from a package in the Depends closure
mapfile -t syslibs < <(awk '$2 == "=>" && $3 ~ /^\// {print $3}' "$T/ldd.txt" | grep -v "^/opt/$PKG/" | sort -u)
# (apt-cache prints each package it recursed into at the start of a line)
closure=$(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances "$PKG" 2>/dev/null | grep -v '^[ <]' | sed 's/:.*//' | sort -u)
for lib in "${syslibs[@]}"; do
  real=$(readlink -f "$lib")
  owner=$( (dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null) |
    head -1 | cut -d: -f1)
  [ -n "$owner" ] || fail "$lib belongs to no package"
  grep -qx "$owner" <<<"$closure" || fail "$lib comes from $owner, which the package does not depend on"
done
step "files in place; ${#elves[@]} binaries resolve ${#syslibs[@]} system libraries, all from the Depends closure"

# --- 2.-3. the command-line tool, installed, in a clean environment ----------------------------
mkdir -p "$T/home" "$T/run" && chmod 700 "$T/run"
cd "$T"
user() { env -i PATH=/usr/bin:/bin HOME="$T/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$T/run" "$@"; }
[ "$(user sh -c 'command -v likeness-vault-cli')" = /usr/bin/likeness-vault-cli ] || fail "likeness-vault-cli is not /usr/bin's"
# both programs print the same line, the package's version (app/__init__.py __version__)
[ "$(user likeness-vault-cli --version)" = "likeness-vault $VERSION" ] || fail "likeness-vault-cli --version: $(user likeness-vault-cli --version)"
[ "$(user likeness-vault --version)" = "likeness-vault $VERSION" ] || fail "likeness-vault --version: $(user likeness-vault --version 2>&1)"
touch "$T/marker"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli demo vault >"$T/demo.txt" || fail "demo"
grep -q "Created the demo vault" "$T/demo.txt" || fail "demo said: $(cat "$T/demo.txt")"
# a HEIC photo (an iPhone's format): pillow-heif, libheif and libde265 work inside the bundle
cp "$HERE/../../tests/data/packaging/photo.heic" "$T/photo.heic"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli import --json vault photo.heic >"$T/import.json" || fail "import photo.heic"
grep -q '"mime": "image/heic"' "$T/import.json" && grep -q '"width": 320' "$T/import.json" ||
  fail "the HEIC photo was not read: $(cat "$T/import.json")"
buyer=$(printf '%s\n' "$PASSWORD" | user likeness-vault-cli buyers vault | awk 'NR == 1 {print $1}')
[ -n "$buyer" ] || fail "the demo vault lists no buyer"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli letter vault --buyer "$buyer" -o letter.pdf >"$T/letter.txt" 2>&1 || { cat "$T/letter.txt" >&2; fail "letter"; }
[ "$(head -c 5 letter.pdf)" = "%PDF-" ] || fail "letter.pdf is not a PDF"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli export-evidence vault --buyer "$buyer" -o evidence.zip >/dev/null || fail "export-evidence"
user likeness-vault-cli verify-evidence evidence.zip >"$T/verify.txt" || { cat "$T/verify.txt" >&2; fail "verify-evidence"; }
step "CLI: --version, demo vault, HEIC import, letter ($(du -k letter.pdf | cut -f1) KiB), evidence bundle verified"

# --- 3b. matching: OpenCV, PyAV, dlib + its two model files, the face worker --------------------
DATA="$HERE/../../tests/data"
cp "$DATA/faces/obama.jpg" "$DATA/faces/obama2.jpg" "$DATA/packaging/obama-clip.mp4" "$T/"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli import vault obama.jpg >/dev/null || fail "import obama.jpg"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli face-matching vault on --yes >/dev/null || fail "face-matching on"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli check --backfill vault >"$T/backfill.txt" 2>&1 ||
  { cat "$T/backfill.txt" >&2; fail "check --backfill (features and faces)"; }
grep -q "0 still pending" "$T/backfill.txt" || fail "check --backfill: $(cat "$T/backfill.txt")"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli match --json vault obama.jpg obama-clip.mp4 >"$T/match.json" 2>"$T/match.err" ||
  { cat "$T/match.err" >&2; fail "match"; }
# both inputs (the photo, the clip's frame at 0 s) find obama.jpg first
[ "$(grep -c '"name": "obama.jpg"' "$T/match.json")" -ge 2 ] && grep -q '"kind": "video"' "$T/match.json" &&
  grep -q '"frame_time": 0.0' "$T/match.json" && ! grep -q '"error"' "$T/match.json" ||
  fail "match did not find obama.jpg in the photo and the clip: $(cat "$T/match.json")"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli match --faces --json vault obama2.jpg >"$T/faces.json" 2>"$T/faces.err" ||
  { cat "$T/faces.err" >&2; fail "match --faces"; }
grep -q '"method": "face"' "$T/faces.json" && grep -q '"name": "obama.jpg"' "$T/faces.json" ||
  fail "match --faces did not find obama.jpg by the face in obama2.jpg: $(cat "$T/faces.json") $(cat "$T/faces.err")"
if grep -qiE "traceback|error" "$T/match.err" "$T/faces.err" "$T/backfill.txt"; then fail "matching wrote errors"; fi
step "matching: features and faces indexed, the photo found in itself and in a clip (PyAV), obama2.jpg found by the face (dlib in the face worker)"

# --- 4. the desktop app on a virtual X server ---------------------------------------------------
# one more photo with a face, not yet indexed: the app's background queue indexes it when the
# vault opens, detecting its face in the face worker (the frozen GUI executable started again)
cp "$DATA/faces/obama3.jpg" "$T/"
printf '%s\n' "$PASSWORD" | user likeness-vault-cli import vault obama3.jpg >/dev/null || fail "import obama3.jpg"
for n in $(seq 90 140); do [ -e "/tmp/.X$n-lock" ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdotool_out=$(DISPLAY=$disp xdotool getdisplaygeometry 2>/dev/null) && break; sleep 0.1; done
[ -n "${xdotool_out:-}" ] || fail "Xvfb did not start on $disp"

# wait_window PATTERN SECONDS: the id of the first visible window whose title matches (regex)
wait_window() {
  local deadline=$((SECONDS + $2)) wid
  while [ $SECONDS -lt "$deadline" ]; do
    wid=$(DISPLAY=$disp xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$wid" ] && { echo "$wid"; return 0; }
    kill -0 "$gui_pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
start_ns=$(date +%s%N)
# a simple command, so that $! is the app itself (env execs it; the one-folder launcher does not fork)
env -i PATH=/usr/bin:/bin HOME="$T/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$T/run" DISPLAY="$disp" \
  likeness-vault vault >"$T/gui.log" 2>&1 &
gui_pid=$!
welcome=$(wait_window '^肖像保险箱$' 60) || fail "no welcome window titled 肖像保险箱 within 60 s"
startup_ms=$((($(date +%s%N) - start_ns) / 1000000))
maps=$(cat "/proc/$gui_pid/maps")
grep -q "likeness_vault_zh_CN.qm" <<<"$maps" || fail "the app's zh_CN translation is not loaded"
grep -q "qtbase_zh_CN.qm" <<<"$maps" || fail "Qt's own zh_CN translation (qtbase) is not loaded"
DISPLAY=$disp xdotool mousemove --window "$welcome" 200 200
DISPLAY=$disp xdotool type --delay 5 "$PASSWORD"
DISPLAY=$disp xdotool key Return
main=$(wait_window ' — 肖像保险箱$' 60) || fail "the main window did not open"
title=$(DISPLAY=$disp xdotool getwindowname "$main")
[[ "$title" == "林小雨 Lin Xiaoyu — 肖像保险箱" ]] || fail "main window title: $title"
# the face worker: a child of the app, this executable with --multiprocessing-fork (it runs the
# worker, not a second app: freeze_support in packaging/pyinstaller/gui.py)
worker=""
for _ in $(seq 400); do
  worker=$(pgrep -P "$gui_pid" -f -- '--multiprocessing-fork' | head -1) && [ -n "$worker" ] && break
  sleep 0.05
done
[ -n "$worker" ] || fail "the app started no face worker for the photo it had to index"
sleep 1  # let it paint (and let a late error dialog show; a worker that started a second app too)
if [ -n "${SMOKE_SCREENSHOT:-}" ] && command -v import >/dev/null; then
  DISPLAY=$disp import -window root "$SMOKE_SCREENSHOT"
fi
kill -0 "$gui_pid" 2>/dev/null || fail "the app exited"
# the letter preview's PDF renderer (pypdfium2), loaded with the letters UI by the main window
grep -q "/libpdfium.so" "/proc/$gui_pid/maps" || fail "pdfium (the letter preview) is not loaded"
others=$(DISPLAY=$disp xdotool search --onlyvisible --name '.' 2>/dev/null | while read -r w; do
  DISPLAY=$disp xdotool getwindowname "$w"; done | grep -v "^$title\$" || true)
[ -z "$others" ] || fail "unexpected windows besides the main window: $others"
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=""
# killed, the app leaves no process behind: the face worker ends with it (so does
# multiprocessing's resource tracker)
for _ in $(seq 100); do left=$(pgrep -f "^/opt/$PKG/" || true); [ -z "$left" ] && break; sleep 0.1; done
[ -z "$left" ] || fail "processes outlived the killed app: $(ps -o pid,args -p "$(echo $left | tr ' ' ',')")"
step "GUI: welcome window 肖像保险箱 in ${startup_ms} ms (app and qtbase zh_CN loaded), main window \"$title\" (pdfium loaded), face worker started and gone with the app"
echo "smoke: startup_ms=$startup_ms"

# --- 4b. "remember on this computer" through the Secret Service (keyring inside the bundle) ----
# gnome-keyring in a private D-Bus session (HOME is the temporary one, so is its keyring): the
# first start ticks "remember" (Tab from the password field, space) and opens; the second
# start opens with an empty password, from the key the secret store kept.
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
  cat >"$T/remember.sh" <<'INNER'
set -u
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
app() {
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" DISPLAY="$DISPLAY" \
    DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" likeness-vault vault >>"$LOG" 2>&1 &
  pid=$!
}
window() {  # PATTERN: wait up to 30 s for a visible window so titled
  for _ in $(seq 600); do
    w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)
    [ -n "$w" ] && { echo "$w"; return 0; }
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
app; w=$(window '^肖像保险箱$') || { echo "no welcome window"; exit 1; }
sleep 1  # the secret store is looked up in the background: "remember" is enabled after it answers
xdotool mousemove --window "$w" 200 200
xdotool type --delay 5 "$PASSWORD"; xdotool key Tab space shift+Tab Return
window ' — 肖像保险箱$' >/dev/null || { echo "the first open (remember ticked) failed"; exit 1; }
sleep 0.5; kill "$pid"; wait "$pid" 2>/dev/null
app; w=$(window '^肖像保险箱$') || { echo "no welcome window the second time"; exit 1; }
sleep 1
xdotool mousemove --window "$w" 200 200; xdotool key Return
window ' — 肖像保险箱$' >/dev/null || { echo "an empty password did not open the remembered vault"; exit 1; }
kill "$pid"; wait "$pid" 2>/dev/null
exit 0
INNER
  remember=$(cd "$T" && HOME="$T/home" XDG_RUNTIME_DIR="$T/run" DISPLAY="$disp" PASSWORD="$PASSWORD" LOG="$T/gui.log" \
    timeout 120 dbus-run-session -- bash "$T/remember.sh" 2>/dev/null) || fail "remember on this computer: $remember"
  step "GUI: 'remember on this computer' kept the key in the Secret Service; the next start opened without the password"
else
  echo "smoke: gnome-keyring or dbus-run-session missing: 'remember on this computer' not tested"
fi

# what both GUI runs left: no error, settings in ~/.config, nothing written under /opt
if grep -qiE "traceback|no compiled translation|unexpected" "$T/gui.log"; then fail "the app wrote errors"; fi
[ -d "$T/home/.config/LikenessVault" ] || fail "the app kept no settings in ~/.config/LikenessVault"
written=$(find "/opt/$PKG" -newer "$T/marker" | head -5)
[ -z "$written" ] || fail "the app wrote into its install folder: $written"

# --- 5. remove -----------------------------------------------------------------------------------
cd /
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$PKG" >/dev/null 2>&1 || fail "apt-get remove"
for f in /usr/bin/likeness-vault /usr/bin/likeness-vault-cli "/opt/$PKG"; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
step "removed; nothing left in /opt/$PKG or /usr/bin"
echo "smoke: OK ($PKG $VERSION)"
