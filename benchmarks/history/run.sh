#!/usr/bin/env bash
# Times, on one generated project: Maven's own start-up (`mvn -q validate`), Squawk linting every
# migration, and the Migration Studio goals given as arguments. Prints one table of wall times.
#
#   benchmarks/history/run.sh [--runs N] [--project DIR] [--pg-version V] [goal ...]
#
#   --runs N        timed runs per command (default 5); one untimed warm-up run precedes them
#   --project DIR   the generated Maven project (default benchmarks/history/out/seed-42)
#   --pg-version V  passed to squawk --pg-version (default 15)
#   goal ...        goals to time as `mvn -q <goal>` (default: studio:sql-parse studio:release-check)
#
# Environment: SQUAWK (squawk executable; default: the copy that setup-squawk.sh installs, then PATH),
#              MVN_ARGS (extra Maven arguments for every Maven command, e.g. "-o").
# A goal whose run fails with "Could not find goal" (or whose plugin cannot be resolved yet) is
# reported as "not available"; any other failure stops the benchmark with Maven's output.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs=5
project="$here/out/seed-42"
pg_version=15
goals=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --project) project="${2:?--project needs a directory}"; shift 2 ;;
    --pg-version) pg_version="${2:?--pg-version needs a version}"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) goals+=("$1"); shift ;;
  esac
done
[[ ${#goals[@]} -gt 0 ]] || goals=(studio:sql-parse studio:release-check)
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive whole number, got '$runs'" >&2; exit 2; }
[[ -f "$project/pom.xml" ]] || {
  echo "run.sh: no pom.xml in $project; generate it first: java benchmarks/history/Generate.java --seed 42" >&2; exit 2; }
project="$(cd "$project" && pwd)"

squawk="${SQUAWK:-}"
if [[ -z "$squawk" ]]; then
  if [[ -x "$here/.tools/squawk/node_modules/.bin/squawk" ]]; then
    squawk="$here/.tools/squawk/node_modules/.bin/squawk"
  else
    squawk="$(command -v squawk || true)"
  fi
fi
[[ -n "$squawk" ]] || { echo "run.sh: squawk not found; run benchmarks/history/setup-squawk.sh or set SQUAWK" >&2; exit 2; }

mvn=("$repo/mvnw" -B -q -f "$project/pom.xml")
# shellcheck disable=SC2206 # MVN_ARGS is a list of words on purpose
[[ -z "${MVN_ARGS:-}" ]] || mvn+=($MVN_ARGS)
files=("$project"/db/migration/V*.sql)
work="$(mktemp -d /tmp/history-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# Runs "$@" once; records wall seconds in $elapsed and the exit code in $status; output goes to $work/out.
time_once() {
  local start end
  start=$(date +%s.%N)
  set +e
  "$@" >"$work/out" 2>&1
  status=$?
  set -e
  end=$(date +%s.%N)
  elapsed=$(python3 -c "print(f'{$end - $start:.3f}')")
}

# Times one command $runs times after a warm-up. $1 = label, $2 = allowed exit codes ("0" or "any"),
# rest = the command. Appends "label median min max" to $work/results or "label n/a reason".
bench() {
  local label="$1" allowed="$2"; shift 2
  local times=() i
  time_once "$@"
  if [[ "$allowed" == 0 && $status -ne 0 ]]; then
    if grep -q -e "Could not find goal" -e "No plugin found for prefix" -e "could not be resolved" "$work/out"; then
      local reason
      reason=$(grep -m1 -o -e "Could not find goal '[^']*'" -e "No plugin found for prefix '[^']*'" \
        -e "Plugin [^ ]* or one of its dependencies could not be resolved" "$work/out" || true)
      echo "$label|n/a|${reason:-not available}" >>"$work/results"
      echo "  $label: not available (${reason:-see Maven output})" >&2
      return
    fi
    echo "run.sh: '$label' failed (exit $status):" >&2
    tail -40 "$work/out" >&2
    exit 1
  fi
  [[ "$label" != squawk* ]] || squawk_exit=$status
  for ((i = 0; i < runs; i++)); do
    time_once "$@"
    times+=("$elapsed")
  done
  echo "  $label: ${times[*]}" >&2
  python3 - "$label" "${times[@]}" >>"$work/results" <<'EOF'
import statistics, sys
label, times = sys.argv[1], [float(t) for t in sys.argv[2:]]
print(f"{label}|{statistics.median(times):.3f}|{min(times):.3f}|{max(times):.3f}")
EOF
}

sql_bytes=$(cat "${files[@]}" | wc -c)
echo "project: $project (${#files[@]} migration files, $sql_bytes bytes of SQL)" >&2
echo "squawk: $("$squawk" --version), maven: $("$repo/mvnw" -q --version 2>/dev/null | head -1 || echo '?'), runs: $runs (+1 warm-up)" >&2
squawk_exit=0
bench "mvn -q validate" 0 "${mvn[@]}" validate
bench "squawk (${#files[@]} files)" any "$squawk" --pg-version "$pg_version" "${files[@]}"
for goal in "${goals[@]}"; do
  bench "mvn -q $goal" 0 "${mvn[@]}" "$goal"
done

python3 - "$work/results" "$squawk_exit" <<'EOF'
import sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1])]
squawk_exit = sys.argv[2]
validate = next(float(r[1]) for r in rows if r[0] == "mvn -q validate")
squawk = next((float(r[1]) for r in rows if r[0].startswith("squawk")), None)
print(f"{'command':<34} {'median s':>9} {'min':>8} {'max':>8}  {'ours above Maven start-up':>26}  {'Squawk median':>13}")
for r in rows:
    label = r[0]
    if r[1] == "n/a":
        print(f"{label:<34} {'not available':>27}  ({r[2]})")
        continue
    median, low, high = (float(x) for x in r[1:4])
    above = f"{median - validate:+.3f}" if label.startswith("mvn -q studio:") or (label.startswith("mvn -q ") and label != "mvn -q validate") else ""
    beside = f"{squawk:.3f}" if above else ""
    print(f"{label:<34} {median:>9.3f} {low:>8.3f} {high:>8.3f}  {above:>26}  {beside:>13}")
print(f"(squawk exit code {squawk_exit}: non-zero means it reported findings; timed all the same)")
EOF
