#!/usr/bin/env bash
# macOS: build "Likeness Vault.app" and dist/likeness-vault-<version>.dmg, signed and notarised
# when the credentials are given. PREPARED, NOT YET RUN: no Mac was available; the GitHub
# workflow .github/workflows/packages.yml runs it unsigned on a macos runner once enabled.
#
# usage (on macOS, from anywhere; Python 3.11 and the project's venv with the packaging extra):
#   python3.11 -m venv .venv && .venv/bin/pip install -e '.[packaging]'
#   packaging/macos/build-dmg.sh
# Signing and notarisation (all optional; without them the .dmg is unsigned and Gatekeeper
# refuses to open the app until the user right-clicks > Open):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)" in the login keychain
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile, made once with
#                         xcrun notarytool store-credentials lv-notary --apple-id ID --team-id TEAMID
#                         (an app-specific password from appleid.apple.com)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PY=${PY:-.venv/bin/python}
VERSION=$("$PY" -c 'import app; print(app.__version__)')
APP="dist/Likeness Vault.app"
DMG="dist/likeness-vault-$VERSION.dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist

# 1. the .app: the spec's BUNDLE (Contents/MacOS/likeness-vault and likeness-vault-cli)
rm -rf "$APP" dist/likeness-vault
"$PY" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/likeness-vault.spec
[ -x "$APP/Contents/MacOS/likeness-vault" ] && [ -x "$APP/Contents/MacOS/likeness-vault-cli" ]

# 2. signing: every Mach-O inside first (inside out), then the bundle, with the hardened runtime
#    and a secure timestamp (both required for notarisation). No --deep: Apple advises against it.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  sign() { codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
             --sign "$MACOS_SIGN_IDENTITY" "$@"; }
  find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0 | xargs -0 -n 20 codesign \
    --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY"
  find "$APP/Contents/Frameworks" -type d -name '*.framework' -prune -print0 |
    xargs -0 -n 1 codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY"
  sign "$APP/Contents/MacOS/likeness-vault-cli"
  sign "$APP/Contents/MacOS/likeness-vault"
  sign "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

# 3. the .dmg: the app beside a link to /Applications (drag to install)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$DMG"
hdiutil create -volname "Likeness Vault $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"
[ -n "${MACOS_SIGN_IDENTITY:-}" ] && codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"

# 4. notarisation: Apple scans the signed .dmg; the ticket is stapled to it so that Gatekeeper
#    accepts it offline. The app copied out of it is recognised online by its code hash.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "build-dmg: $DMG ($(du -h "$DMG" | cut -f1))"
