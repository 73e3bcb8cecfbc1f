#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every libFuzzer target with clang (ASan + UBSan) and fuzzes each in turn, one process at
# a time, for an equal share of a total time budget, on a seed corpus made by fuzz_makeseeds
# plus the earlier findings kept in tests/data. See tests/fuzz/README.md.
# Usage: bash tests/fuzz/run-ci.sh [total-seconds] [target...]
#   total-seconds  shared by the targets run (default 180); each gets at least 5 s
#   target         e.g. maskrle or fuzz_maskrle (default: all of them)
# Exits non-zero when any target finds a crash, leak, timeout, out-of-memory or sanitizer
# report; the input that found it is kept in build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/../.."
total=${1:-180}
shift || true
all=(dicomloader projectfile itemlist journalreplay sessionarchive cocoimport ratingcsv maskrle
     rasterloader)
targets=()
if [ $# -eq 0 ]; then set -- "${all[@]}"; fi
for t in "$@"; do targets+=("${t#fuzz_}"); done

missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# -O1 with line tables only, as OSS-Fuzz builds: fast enough under the sanitizers, stack traces
# still name file and line, and the two-core CI machine compiles core about a sixth faster than
# with -O2 -g (measured on four core files).
if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCONCORD_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only -DNDEBUG" >/dev/null
fi
# On a machine shared with other builds, wait for them (the lock is free elsewhere).
lock=(); command -v flock >/dev/null && lock=(flock /tmp/concord-build.lock)
"${lock[@]}" cmake --build build-fuzz --target fuzz_all

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
ASAN_OPTIONS=detect_leaks=0 ./build-fuzz/tests/fuzz/fuzz_makeseeds "$corpus" >/dev/null
cp tests/data/dicom/*.dcm "$corpus"/dicomloader/
cp tests/data/project/*.json "$corpus"/projectfile/
cp tests/data/project/*.jsonl "$corpus"/itemlist/
cp tests/data/*.csv "$corpus"/ratingcsv/
for t in "${targets[@]}"; do
  if [ -d "tests/data/fuzz/$t" ]; then cp "tests/data/fuzz/$t"/* "$corpus/$t"/; fi
done

share=$(( total / ${#targets[@]} ))
[ "$share" -ge 5 ] || share=5
findings=build-fuzz/findings
mkdir -p "$findings"
failed=()
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${share} s"
  # The limits are explained in tests/fuzz/README.md: DCMTK and OpenCV may reserve a declared
  # size before they notice a short file, which is refused cleanly and is not a finding.
  # UBSan only prints by default; halt_on_error makes its reports findings.
  if ! ASAN_OPTIONS=allocator_may_return_null=1 \
      UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      nice -n 10 "./build-fuzz/tests/fuzz/fuzz_$t" -rss_limit_mb=2048 -malloc_limit_mb=4096 \
      -timeout=10 -max_total_time="$share" -print_final_stats=1 \
      -artifact_prefix="$findings/$t-" "$corpus/$t" 2>"$findings/$t.log"; then
    tail -n 60 "$findings/$t.log"
    failed+=("$t")
  else
    grep -E '^stat::number_of_executed_units|^Done' "$findings/$t.log" || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs in $findings/)" >&2
  exit 1
fi
echo "fuzz: no findings in ${#targets[@]} targets, ${share} s each"
