#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DICOM loader fuzzer with clang and runs it for a fixed time on a seed corpus of
# valid files in every transfer syntax plus the earlier findings in tests/data/dicom.
# Usage: bash tests/fuzz/run-ci.sh [seconds]   (default 60). Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}

missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCONCORD_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz --target fuzz_dicomloader fuzz_makeseeds

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
ASAN_OPTIONS=detect_leaks=0 ./build-fuzz/tests/fuzz/fuzz_makeseeds "$corpus"
cp tests/data/dicom/*.dcm "$corpus"/

# The limits match tests/fuzz/README.md: DCMTK may reserve a declared element length before it
# notices a short file, which is refused cleanly and must not count as a finding.
ASAN_OPTIONS=allocator_may_return_null=1 ./build-fuzz/tests/fuzz/fuzz_dicomloader \
  -max_len=16384 -rss_limit_mb=2048 -malloc_limit_mb=4096 -timeout=10 \
  -max_total_time="$seconds" -print_final_stats=1 "$corpus"
echo "fuzz: no findings in ${seconds} s"
