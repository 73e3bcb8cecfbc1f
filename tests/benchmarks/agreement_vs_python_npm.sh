#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `concord-cli agreement --csv` against two peer tools on the data of bench_agreement
# (1,000,000 units x 5 coders x 10 categories, fixed seed) and prints their values side by side:
#   Fleiss' kappa  (complete data)      vs python3 statsmodels.stats.inter_rater.fleiss_kappa
#   nominal alpha  (10 % missing)       vs the npm package krippendorff (0.1.0)
# Usage: tests/benchmarks/agreement_vs_python_npm.sh [build-dir] [units]
# NPM_UNITS=<n> limits the npm run to the first n units (its alpha is O(K^2 units coders^2));
# Concord then also runs on that subset, so the pair stays comparable.
#
# Every "end-to-end" figure is measured the same way, from outside: the wall time from starting
# the process to its exit, with its output captured into a file. That includes each tool's own
# start-up (concord-cli's dynamic loading, python3 importing pandas and statsmodels, node
# starting and loading the package), as a user running it waits for it. Nothing else is inside
# the clock: the value is pulled out of the captured output afterwards. Concord takes the median
# of three runs (it is short enough for a busy machine's noise to matter); the peers run once,
# so a slow outlier of theirs favours Concord less than the median helps it. "compute s" is what
# the peers report for their statistic alone, after their table is built.
set -euo pipefail

BUILD=${1:-build}
UNITS=${2:-1000000}
NPM_UNITS=${NPM_UNITS:-$UNITS}
CLI="$BUILD/app/cli/concord-cli"
BENCH="$BUILD/tests/benchmarks/bench_agreement"
PY=/usr/bin/python3 # Debian's python3, where python3-statsmodels installs

for tool in "$CLI" "$BENCH"; do
    [[ -x $tool ]] || { echo "missing $tool: build first (cmake --build $BUILD)" >&2; exit 1; }
done
if ! "$PY" -c 'import statsmodels' 2>/dev/null; then
    echo "installing python3-statsmodels..." >&2
    apt-get install -y python3-statsmodels >/dev/null
fi
command -v npm >/dev/null || { echo "npm is needed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund krippendorff@0.1.0 >/dev/null)

"$BENCH" --write-csv "$work/complete.csv" --complete --units "$UNITS"
"$BENCH" --write-csv "$work/missing.csv" --units "$UNITS"
if [[ $NPM_UNITS != "$UNITS" ]]; then
    "$BENCH" --write-csv "$work/missing_npm.csv" --units "$NPM_UNITS"
else
    cp "$work/missing.csv" "$work/missing_npm.csv"
fi

now() { echo "$EPOCHREALTIME"; } # bash's own clock: no process started inside the timing
# Every tool reads its CSV from the page cache: the previous tool's memory use can evict it,
# and a disk read is not what is being compared.
warm() { cat "$1" >/dev/null; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
value() { "$PY" -c 'import json,sys; print("%.12f" % json.load(open(sys.argv[1]))["value"])' "$1"; }
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

# Runs concord-cli with the given arguments three times, its output into $work/concord.json,
# and prints the median wall time in seconds.
time_concord() {
    local times=() t0 t1
    for _ in 1 2 3; do
        t0=$(now)
        "$CLI" "$@" >"$work/concord.json"
        t1=$(now)
        times+=("$(elapsed "$t0" "$t1")")
    done
    median3 "${times[@]}"
}

# --- Fleiss' kappa -----------------------------------------------------------------------
warm "$work/complete.csv"
concord_fleiss_s=$(time_concord agreement --csv "$work/complete.csv" --metric fleiss --json)
concord_fleiss=$(value "$work/concord.json")

cat >"$work/fleiss.py" <<'PYEOF'
import sys, time
import pandas as pd
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
ratings = pd.read_csv(sys.argv[1])
wide = ratings.pivot(index="unit", columns="coder", values="label").to_numpy()
t1 = time.perf_counter()
table, _ = aggregate_raters(wide)
kappa = fleiss_kappa(table, method="fleiss")
t2 = time.perf_counter()
print("%.12f %.3f" % (kappa, t2 - t1))
PYEOF
warm "$work/complete.csv"
t0=$(now)
"$PY" "$work/fleiss.py" "$work/complete.csv" >"$work/py.out"
t1=$(now)
py_total_s=$(elapsed "$t0" "$t1")
read -r py_fleiss py_compute_s <"$work/py.out"

# --- Krippendorff's alpha, nominal ----------------------------------------------------------
warm "$work/missing_npm.csv"
concord_alpha_s=$(time_concord agreement --csv "$work/missing_npm.csv" --metric alpha --json)
concord_alpha=$(value "$work/concord.json")

cat >"$work/alpha.js" <<'JSEOF'
const fs = require("fs");
const { alpha } = require(process.argv[3] + "/node_modules/krippendorff");
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n");
const units = new Map(), coders = new Map(), cells = [];
for (let i = 1; i < lines.length; i++) {
  if (!lines[i]) continue;
  const [u, c, l] = lines[i].split(",");
  if (!units.has(u)) units.set(u, units.size);
  if (!coders.has(c)) coders.set(c, coders.size);
  cells.push([units.get(u), coders.get(c), l]);
}
// One row per coder, undefined where a rating is missing, as the package expects.
const matrix = [...coders.keys()].map(() => new Array(units.size).fill(undefined));
for (const [u, c, l] of cells) matrix[c][u] = l;
const t1 = process.hrtime.bigint();
const value = alpha(matrix);
const t2 = process.hrtime.bigint();
console.log(value.toFixed(12), (Number(t2 - t1) / 1e9).toFixed(3));
JSEOF
warm "$work/missing_npm.csv"
t0=$(now)
node "$work/alpha.js" "$work/missing_npm.csv" "$work" >"$work/npm.out"
t1=$(now)
npm_total_s=$(elapsed "$t0" "$t1")
read -r npm_alpha npm_compute_s <"$work/npm.out"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "data: bench_agreement, $UNITS units x 5 coders x 10 categories (alpha on $NPM_UNITS units, 10% missing)"
printf '%-34s %-16s %12s %12s\n' "tool" "value" "compute s" "end-to-end s"
printf '%-34s %-16s %12s %12s\n' "concord-cli fleiss (incl. CSV)" "$concord_fleiss" "-" "$concord_fleiss_s"
printf '%-34s %-16s %12s %12s\n' "statsmodels fleiss_kappa" "$py_fleiss" "$py_compute_s" "$py_total_s"
printf '%-34s %-16s %12s %12s\n' "concord-cli alpha (incl. CSV)" "$concord_alpha" "-" "$concord_alpha_s"
printf '%-34s %-16s %12s %12s\n' "npm krippendorff alpha" "$npm_alpha" "$npm_compute_s" "$npm_total_s"
echo "ratios (end-to-end): statsmodels/concord $(awk -v a="$py_total_s" -v b="$concord_fleiss_s" 'BEGIN{printf "%.1f", a/b}')x," \
     "npm/concord $(awk -v a="$npm_total_s" -v b="$concord_alpha_s" 'BEGIN{printf "%.1f", a/b}')x"
