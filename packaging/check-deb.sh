#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from an already built tree, checks it with lintian and AppStream,
# installs it with apt-get and starts what it installed: concord-cli --version, then the window
# on the built-in demo for a few seconds on Qt's offscreen platform (docs/packaging.md).
# Usage: packaging/check-deb.sh BUILD_DIR   (as root: it installs the package system-wide)
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
cd "$(dirname "$0")/.."

version=$(sed -n 's/^project(Concord VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
if ! head -1 packaging/changelog | grep -q "^concord ($version)"; then
  echo "check-deb: packaging/changelog does not start with version $version" >&2
  exit 1
fi
if ! grep -q "<release version=\"$version\"" packaging/org.concordlabel.Concord.metainfo.xml; then
  echo "check-deb: the metainfo file has no release $version" >&2
  exit 1
fi
appstreamcli validate --no-net packaging/org.concordlabel.Concord.metainfo.xml

rm -f "$build"/concord_*.deb
cmake --build "$build" --target package
# An absolute path: apt-get takes a bare "build/x.deb" for a package name.
deb=$(realpath "$(ls "$build"/concord_"$version"_*.deb)")
echo "check-deb: $deb"

# Errors fail the check; warnings are printed (docs/packaging.md lists what lintian says and why).
lintian --fail-on error --tag-display-limit 0 "$deb"

apt-get install -y -q --no-install-recommends "$deb"
installed_version=$(/usr/bin/concord-cli --version)
if [ "$installed_version" != "$version" ]; then
  echo "check-deb: /usr/bin/concord-cli --version printed '$installed_version'" >&2
  exit 1
fi
# The installed CLI must find its modules in /usr/lib/<triplet>/concord: making the demo decodes
# and writes images through the image codecs module.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
/usr/bin/concord-cli init "$scratch/demo.concord" --demo >/dev/null
/usr/bin/concord-cli info "$scratch/demo.concord" >/dev/null

# The window: it must still be running after five seconds on the demo project.
HOME="$scratch/home" QT_QPA_PLATFORM=offscreen /usr/bin/concord --demo --annotator demo \
  >"$scratch/gui.log" 2>&1 &
gui=$!
sleep 5
if ! kill -0 "$gui" 2>/dev/null; then
  wait "$gui" || status=$?
  echo "check-deb: the installed window exited early (status ${status:-0}):" >&2
  cat "$scratch/gui.log" >&2
  exit 1
fi
kill "$gui"
wait "$gui" 2>/dev/null || true
echo "check-deb: $deb installs, and both programs start"
