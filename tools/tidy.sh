#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy (checks in .clang-tidy, every finding an error) on the production C++ files whose
# current content is not yet recorded as clean in .ci/tidy-clean.sha256. A whole-tree run takes
# about half an hour on two cores; this way CI checks only what changed since the last record.
#   tools/tidy.sh BUILD_DIR check    fail on any finding in the unrecorded files (CI)
#   tools/tidy.sh BUILD_DIR record   the same, then record the files that passed (`tidy` target)
# A header is checked through its own .cpp (same folder and name) and through any unrecorded .cpp
# that includes it; findings in recorded headers are not reported. BUILD_DIR must hold
# compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS is on).
set -euo pipefail
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
build=${1:?usage: tools/tidy.sh BUILD_DIR check|record}
mode=${2:-check}
list=.ci/tidy-clean.sha256
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json; configure first" >&2; exit 2; }
touch "$list"
# The checks are part of what a record means: a changed .clang-tidy re-checks everything.
config=$(sha256sum .clang-tidy | cut -c1-16)

declare -A clean
while read -r hash path; do clean["$path"]=$hash; done < "$list"
pending=()
while IFS= read -r f; do
  hash="$config$(sha256sum "$f" | cut -c1-48)"
  [ "${clean[$f]:-}" = "$hash" ] || pending+=("$f")
done < <(git ls-files 'core/*.cpp' 'core/*.h' 'widgets/*.cpp' 'widgets/*.h' 'app/*.cpp' 'app/*.h' 'render/*.cpp' 'render/*.h')

if [ ${#pending[@]} -eq 0 ]; then
  echo "tidy: every file is recorded clean"
  exit 0
fi
units=()
headers=()
for f in "${pending[@]}"; do
  case "$f" in
  *.cpp) units+=("$f") ;;
  *.h)
    headers+=("$f")
    if [ -f "${f%.h}.cpp" ]; then
      units+=("${f%.h}.cpp")
    else
      # A header-only file is checked through one file that includes it (by its path below the
      # layer folder, as every include is written).
      includer=$(git grep -l -F "#include \"${f#*/}\"" -- '*.cpp' | head -n1 || true)
      [ -n "$includer" ] && units+=("$includer")
    fi
    ;;
  esac
done
mapfile -t units < <(printf '%s\n' "${units[@]}" | grep -v '^$' | sort -u)
filter='^$'
if [ ${#headers[@]} -gt 0 ]; then
  filter="($(printf '%s|' "${headers[@]}" | sed 's/|$//; s/\./\\./g'))"
fi
echo "tidy: ${#pending[@]} unrecorded files, ${#units[@]} translation units"
status=0
[ ${#units[@]} -eq 0 ] || printf '%s\0' "${units[@]}" | xargs -0 -P2 -n 1 \
  clang-tidy -p "$build" --quiet --warnings-as-errors='*' --header-filter="$filter" || status=$?
if [ $status -ne 0 ]; then
  echo "tidy: findings above; fix them (or, for a false positive, say why with NOLINT(check))" >&2
  exit 1
fi
if [ "$mode" = record ]; then
  {
    for f in "${!clean[@]}"; do
      [ -f "$f" ] && [ "${clean[$f]}" = "$config$(sha256sum "$f" | cut -c1-48)" ] && echo "${clean[$f]} $f"
    done
    for f in "${pending[@]}"; do echo "$config$(sha256sum "$f" | cut -c1-48) $f"; done
  } | sort -k2 -u > "$list.new"
  mv "$list.new" "$list"
  echo "tidy: recorded ${#pending[@]} files as clean in $list"
fi
echo "tidy: no findings"
