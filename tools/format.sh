#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-format over every C++ file git tracks, with the repository's .clang-format.
#   tools/format.sh check   list unformatted files and fail when there is one (CI)
#   tools/format.sh fix     rewrite them in place (the `format` build target)
set -euo pipefail
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
mode=${1:-check}
mapfile -t files < <(git ls-files '*.cpp' '*.h')
case "$mode" in
fix)
  printf '%s\0' "${files[@]}" | xargs -0 -P2 -n 32 clang-format -i
  ;;
check)
  bad=()
  for f in "${files[@]}"; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if [ ${#bad[@]} -gt 0 ]; then
    printf 'format: not formatted as .clang-format says: %s\n' "${bad[@]}" >&2
    echo "format: run 'cmake --build build --target format' (or tools/format.sh fix)" >&2
    exit 1
  fi
  echo "format: all ${#files[@]} C++ files formatted"
  ;;
*)
  echo "usage: tools/format.sh check|fix" >&2
  exit 2
  ;;
esac
