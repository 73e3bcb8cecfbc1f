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
  # Batches of files per clang-format process on every core: one process per file spent most
  # of a minute starting LLVM again and again. Each unformatted file reports
  # "<file>:<line>:<col>: error: code should be clang-formatted".
  report=$(printf '%s\0' "${files[@]}" |
    xargs -0 -P "$(nproc)" -n 32 clang-format --dry-run -Werror 2>&1 >/dev/null || true)
  mapfile -t bad < <(printf '%s\n' "$report" |
    sed -nE 's/^(.*\.(cpp|h)):[0-9]+:[0-9]+: error: .*/\1/p' | sort -u)
  if [ ${#bad[@]} -gt 0 ] || printf '%s\n' "$report" | grep -q -v -e '^$' -e 'error: code should be' -e '^ ' -e '\^'; then
    [ ${#bad[@]} -gt 0 ] && printf 'format: not formatted as .clang-format says: %s\n' "${bad[@]}" >&2
    [ ${#bad[@]} -gt 0 ] || printf 'format: clang-format failed:\n%s\n' "$report" >&2
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
