#!/usr/bin/env bash
# Build dist/likeness-vault_<version>_<arch>.deb: the PyInstaller one-folder build of both programs
# under /opt/likeness-vault, the commands in /usr/bin, the .desktop file, AppStream metainfo and
# hicolor icons in /usr/share, and Depends computed from what the bundled binaries link to.
#
# usage: packaging/linux/build-deb.sh [PYTHON]     (run from anywhere; `make dist` calls it)
#   PYTHON: the project's venv python with the `packaging` extra installed (default .venv/bin/python)
# Needs Debian's dpkg-dev (dpkg-shlibdeps), appstream (appstreamcli) and desktop-file-utils.
# Environment: DEB_MAINTAINER overrides the Maintainer field; DEB_COMPRESSION=TYPE:LEVEL the
# compression (default zstd:9; xz:6 is 19 MB smaller and 20 times slower to build).
set -euo pipefail
umask 022
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PY=${1:-.venv/bin/python}

ID=io.github.likeness_vault.LikenessVault
PKG=likeness-vault
HOMEPAGE=https://github.com/likeness-vault/likeness-vault
MAINTAINER=${DEB_MAINTAINER:-"Likeness Vault maintainers <maintainers@likeness-vault.invalid>"}
COMPRESSION=${DEB_COMPRESSION:-zstd:9}  # dpkg-deb -Z<type> -z<level>
case "$COMPRESSION" in xz:[0-9]|zstd:[0-9]|zstd:1[0-9]|gzip:[0-9]) ;; *)
  echo "build-deb: DEB_COMPRESSION is TYPE:LEVEL (xz:6, zstd:9, zstd:19, gzip:9), not $COMPRESSION" >&2; exit 2 ;;
esac
HERE=packaging/linux
BUILD=build/linux
WORK=build/pyinstaller

missing=()
for tool in dpkg-deb dpkg-shlibdeps appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-deb: missing ${missing[*]}; on Debian/Ubuntu: sudo apt-get install dpkg-dev appstream desktop-file-utils" >&2
  exit 1
fi

VERSION=$("$PY" -c 'import app; print(app.__version__)')
ARCH=$(dpkg --print-architecture)
DEB=dist/${PKG}_${VERSION}_${ARCH}.deb
t0=$SECONDS

# 1. the metadata first (cheap): a release entry for this version, both files valid
if ! grep -q "<release version=\"$VERSION\"" "$HERE/$ID.metainfo.xml"; then
  echo "build-deb: $HERE/$ID.metainfo.xml has no <release version=\"$VERSION\">; add one (app/__init__.py says $VERSION)" >&2
  exit 1
fi
appstreamcli validate --no-net "$HERE/$ID.metainfo.xml"
desktop-file-validate "$HERE/$ID.desktop"

# 2. the one-folder build of both programs
rm -rf "$WORK/dist" "$BUILD"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/work" \
  packaging/pyinstaller/likeness-vault.spec
BUNDLE=$WORK/dist/likeness-vault
for exe in likeness-vault likeness-vault-cli; do
  [ -x "$BUNDLE/$exe" ] || { echo "build-deb: PyInstaller made no $BUNDLE/$exe" >&2; exit 1; }
done
t_freeze=$((SECONDS - t0))

# 3. the package tree
STAGE=$BUILD/root
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/doc/$PKG" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/$PKG"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/likeness-vault" "$STAGE/usr/bin/likeness-vault"
ln -s "/opt/$PKG/likeness-vault-cli" "$STAGE/usr/bin/likeness-vault-cli"
install -m 0644 "$HERE/$ID.desktop" "$STAGE/usr/share/applications/$ID.desktop"
install -m 0644 "$HERE/$ID.metainfo.xml" "$STAGE/usr/share/metainfo/$ID.metainfo.xml"
QT_QPA_PLATFORM=offscreen "$PY" "$HERE/render_icons.py" resources/icons/app.svg \
  "$STAGE/usr/share/icons/hicolor" "$ID" >/dev/null
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Likeness Vault"
  echo "Source: $HOMEPAGE"
  echo
  echo "Files: *"
  echo "License: GPL-3.0-or-later"
  echo " On Debian systems the full text is in /usr/share/common-licenses/GPL-3."
  echo
  echo "Files: opt/$PKG/_internal/app/resources/fonts/*"
  echo "License: see below (WenQuanYi Micro Hei)"
  sed 's/^/ /; s/^ $/ ./' resources/fonts/wqy-microhei.copyright
  echo
  echo "Files: opt/$PKG/_internal/*"
  echo "License: various"
  echo " The Python runtime, Qt (LGPL-3.0, through PySide6), cryptography, Pillow, pillow-heif"
  echo " (libheif LGPL-3.0, libde265 LGPL-3.0, x265 GPL-2.0+), pypdfium2 (PDFium, BSD/Apache),"
  echo " reportlab (BSD), keyring (MIT) and the other libraries the app bundles, each under its"
  echo " own licence; their licence files are beside them where the wheels ship them."
} > "$STAGE/usr/share/doc/$PKG/copyright"
# a native package's changelog (Debian policy 12.7); the release notes are in the metainfo
{
  echo "$PKG ($VERSION) unstable; urgency=medium"
  echo
  echo "  * Release $VERSION (release notes: the AppStream metainfo)."
  echo
  echo " -- $MAINTAINER  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.gz"

# 4. Depends: what the bundled binaries link to outside the bundle (dpkg-shlibdeps maps each
#    library to its package with the minimum version the symbols need). The spec leaves the
#    system's libraries out of the bundle, so they come from the distribution, patched.
mapfile -t elves < <(find "$STAGE/opt/$PKG" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -N -F '|' | awk -F'|' '$2 ~ /ELF/ {print $1}')
mkdir -p "$BUILD/shlibdeps/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" > "$BUILD/shlibdeps/debian/control"
depends=$(cd "$BUILD/shlibdeps" &&
  dpkg-shlibdeps -O --warnings=0 --ignore-missing-info \
    -l"$ROOT/$STAGE/opt/$PKG/_internal" -l"$ROOT/$STAGE/opt/$PKG/_internal/PySide6/Qt/lib" \
    -S"$ROOT/$STAGE" "${elves[@]/#/$ROOT/}" | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# What Qt loads by name at run time instead of linking (libgtk-3 for the gtk3 theme, libcups for
# printing, libssl for TLS, libvulkan) belongs to plugins and modules the spec leaves out; the
# xcb platform's libraries (libxcb-cursor0, libxkbcommon-x11-0, libegl1...) are linked, so
# dpkg-shlibdeps lists them. packaging/linux/smoke-test.sh checks the result on a real X server.

# The app speaks Chinese by default: without a CJK font every label is a row of boxes (seen in
# a fresh Debian 12 chroot). Any of these will do; apt takes the first (1.6 MB) when none is
# there, and an Ubuntu or Chinese desktop already has Noto CJK.
depends="$depends, fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei"

installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $depends
Suggests: gnome-keyring
Section: utils
Priority: optional
Homepage: $HOMEPAGE
Description: encrypted vault of the photos of your face you handed over
 Likeness Vault (肖像保险箱) keeps, on your own computer and encrypted, every
 photo of your face you sold or lent (to makers of AI face-swap short dramas,
 for example), the buyers and deals behind it and the places your face later
 turned up; and it writes revocation letters, platform takedown notices and
 signed evidence bundles to take your face back.
 .
 Two commands: likeness-vault (the desktop app, Chinese by default, English in
 Settings) and likeness-vault-cli (every feature without a screen). Nothing
 leaves the computer unless you export it.
EOF

# 5. the .deb (root-owned files without fakeroot). zstd level 9 by default: 7 s here against
#    2.5 minutes for xz, 74 MB against 55 MB (packaging/README.md); every dpkg the Depends allow
#    (Debian 12, Ubuntu 22.04 and newer) reads zstd. A release may set DEB_COMPRESSION=xz:6.
mkdir -p dist
rm -f "$DEB"
dpkg-deb --root-owner-group -Z"${COMPRESSION%%:*}" -z"${COMPRESSION##*:}" --build "$STAGE" "$DEB" >/dev/null
echo "build-deb: $DEB ($(du -h "$DEB" | cut -f1), installed ${installed_kb} KiB; freeze ${t_freeze} s, total $((SECONDS - t0)) s)"
echo "build-deb: Depends: $depends"
