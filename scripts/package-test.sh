#!/usr/bin/env bash
# The .deb as a user gets it: makes it from BUILD_DIR with CPack, installs
# it with dpkg into a scratch root, checks what it puts where (programs,
# desktop entry, icon, AppStream metainfo, systemd unit of `exctl serve`)
# and that its dependencies name real packages, then runs the installed
# `exctl --version` and `exconsole --screenshots` from the scratch root.
#
#   scripts/package-test.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: package-test.sh BUILD_DIR}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package-test: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null) || fail "cpack failed"
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
# Every dependency is a package this machine knows (it built and ran the
# programs); alternatives count when one of them is known.
IFS=',' read -ra wanted <<<"$depends"
for dep in "${wanted[@]}"; do
  known=no
  IFS='|' read -ra alternatives <<<"$dep"
  for alt in "${alternatives[@]}"; do
    name=$(echo "$alt" | sed 's/(.*)//; s/:any//' | xargs)
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then known=yes; fi
  done
  [[ $known == yes ]] || fail "dependency '$dep' is not an installed package here"
done

# A scratch root with an empty dpkg database: dpkg installs exactly what
# the package holds (its dependencies are the host's, checked above).
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >/dev/null 2>"$work/dpkg.err" \
  || { cat "$work/dpkg.err" >&2; fail "dpkg could not install the package"; }
dpkg --root="$root" -s exchange-console | grep -q '^Status: install ok installed' || fail "dpkg does not list it as installed"

for f in usr/bin/exconsole usr/bin/exctl \
         usr/share/applications/exchange-console.desktop \
         usr/share/icons/hicolor/scalable/apps/exchange-console.svg \
         usr/share/metainfo/org.exchangeconsole.ExchangeConsole.metainfo.xml \
         usr/lib/systemd/system/exctl-serve.service \
         usr/share/doc/exchange-console/README.md; do
  [[ -f "$root/$f" ]] || fail "the package lacks /$f"
done
for bin in exconsole exctl; do
  if readelf -d "$root/usr/bin/$bin" | grep -E 'R(UN)?PATH' | grep -q "$build"; then
    fail "/usr/bin/$bin still looks for libraries in the build folder"
  fi
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/exchange-console.desktop" || fail "invalid desktop entry"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.exchangeconsole.ExchangeConsole.metainfo.xml" >/dev/null \
    || fail "invalid AppStream metainfo"
fi
grep -q '^ExecStart=/usr/bin/exctl ' "$root/usr/lib/systemd/system/exctl-serve.service" || fail "the unit does not start /usr/bin/exctl"

version=$("$root/usr/bin/exctl" --version)
echo "installed exctl --version: $version"
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "exctl --version does not say the package's version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/exconsole" --demo --db "sqlite://$work/demo.db" --screenshots "$work/shots" >"$work/shots.txt" \
  || fail "the installed exconsole could not take its screenshots"
shots=$(ls "$work/shots"/*.png | wc -l)
[[ $shots -ge 9 ]] || fail "the installed exconsole wrote $shots screenshots"
echo "installed exconsole --screenshots: $shots screens"
echo "package-test: ok"
