#!/usr/bin/env bash
# Times, on one generated project: Maven's own start-up (`mvn -q validate`), Squawk linting every
# migration, and the Migration Studio goals given as arguments. Prints one table of wall times.
#
#   benchmarks/history/run.sh [--runs N] [--project DIR] [--pg-version V] [goal ...]
#
#   --runs N        timed runs per command (default 5); one untimed warm-up run precedes them
#   --project DIR   the generated Maven project (default benchmarks/history/out/seed-42)
#   --pg-version V  passed to squawk --pg-version (default 15)
#   goal ...        goals to time as `mvn -q <goal>` (default: studio:sql-parse studio:release-check); one
#                   argument may hold a goal and its -D options ("studio:lint -Dstudio.reuseResults=false");
#                   a "cold:" prefix deletes target/studio (parse cache, reused results) before every run;
#                   an "added:" prefix puts one new migration on top of the history for every run (and removes it
#                   after): the common case of a branch that adds a migration to a history analysed before
#
# Environment: SQUAWK (squawk executable; default: the copy setup-squawk.sh installs, then PATH),
#              MVN_ARGS (extra Maven arguments for every Maven command, e.g. "-o").
# A goal whose run fails with "Could not find goal" (or whose plugin cannot be resolved) is reported
# as "not available". A goal that fails the build through a MojoFailureException (a gate saying no,
# as Squawk exits non-zero on findings) is timed all the same and the note column says so. Any other
# failure (MojoExecutionException, a crash) stops the benchmark and shows Maven's output.
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
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
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

# Runs "$@" once: wall seconds in $elapsed, exit code in $status, output in $work/out.
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

# Times one command $runs times after a warm-up. $1 = label, $2 = "maven" or "any" (any exit code is
# fine), rest = the command. Appends "label|median|min|max|note" or "label|n/a|reason" to $work/results.
bench() {
  local label="$1" kind="$2"; shift 2
  local times=() i note=""
  time_once "$@"
  if [[ $status -ne 0 && "$kind" == any ]]; then
    note="exit $status (findings reported)"
  elif [[ $status -ne 0 ]]; then
    if grep -q -e "Could not find goal" -e "No plugin found for prefix" -e "could not be resolved" "$work/out"; then
      local reason
      reason=$(grep -m1 -o -e "Could not find goal '[^']*'" -e "No plugin found for prefix '[^']*'" \
        -e "Plugin [^ ]* or one of its dependencies could not be resolved" "$work/out" || true)
      echo "$label|n/a|${reason:-not available}" >>"$work/results"
      echo "  $label: not available (${reason:-see Maven output})" >&2
      return
    fi
    if ! grep -q "MojoFailureException" "$work/out"; then
      echo "run.sh: '$label' failed (exit $status), and not through a gate (MojoFailureException):" >&2
      tail -40 "$work/out" >&2
      exit 1
    fi
    note="BUILD FAILURE: gate failed (MojoFailureException)"
  fi
  for ((i = 0; i < runs; i++)); do
    time_once "$@"
    times+=("$elapsed")
  done
  echo "  $label: ${times[*]}${note:+ ($note)}" >&2
  python3 -c '
import statistics, sys
label, note, times = sys.argv[1], sys.argv[2], [float(t) for t in sys.argv[3:]]
print(f"{label}|{statistics.median(times):.3f}|{min(times):.3f}|{max(times):.3f}|{note}")
' "$label" "$note" "${times[@]}" >>"$work/results"
}

sql_bytes=$(cat "${files[@]}" | wc -c)
echo "project: $project (${#files[@]} migration files, $sql_bytes bytes of SQL)" >&2
echo "squawk: $("$squawk" --version), maven: $("$repo/mvnw" -q --version 2>/dev/null | head -1 || echo '?'), java: $(java -version 2>&1 | head -1), cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "runs: $runs per command, after one untimed warm-up" >&2
bench "mvn -q validate" maven "${mvn[@]}" validate
bench "squawk (${#files[@]} files)" any "$squawk" --pg-version "$pg_version" "${files[@]}"
cold_run() { rm -rf "$project/target/studio"; "$@"; }
added=0
added_run() {
  added=$((added + 1))
  local file="$project/db/migration/V99990101000000__bench_added_$added.sql"
  printf 'create table public.bench_added_%d (id bigint primary key, note text);\nalter table public.bench_added_%d enable row level security;\n' \
    "$added" "$added" >"$file"
  "$@"
  local result=$?
  rm -f "$file"
  return $result
}
for goal in "${goals[@]}"; do
  if [[ "$goal" == added:* ]]; then
    # shellcheck disable=SC2086
    bench "mvn -q ${goal#added:} (one migration added)" maven added_run "${mvn[@]}" ${goal#added:}
  elif [[ "$goal" == cold:* ]]; then
    # shellcheck disable=SC2086 # a goal argument is a goal and its options, split on purpose
    bench "mvn -q ${goal#cold:} (cold)" maven cold_run "${mvn[@]}" ${goal#cold:}
  else
    # shellcheck disable=SC2086
    bench "mvn -q $goal" maven "${mvn[@]}" $goal
  fi
done

cat >"$work/report.py" <<'PY'
import sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1])]
validate, squawk = float(rows[0][1]), float(rows[1][1])
header = ("command", "median s", "min", "max", "ours above Maven start-up", "Squawk median")
print(f"{header[0]:<58} {header[1]:>9} {header[2]:>8} {header[3]:>8}  {header[4]:>25}  {header[5]:>13}  note")
for i, r in enumerate(rows):
    ours = i >= 2
    if r[1] == "n/a":
        print(f"{r[0]:<58} {'not available':>27}  {'':>25}  {squawk:>13.3f}  {r[2]}")
        continue
    median, low, high = (float(x) for x in r[1:4])
    above = f"{median - validate:+.3f}" if ours else ""
    beside = f"{squawk:.3f}" if ours else ""
    print(f"{r[0]:<58} {median:>9.3f} {low:>8.3f} {high:>8.3f}  {above:>25}  {beside:>13}  {r[4]}")
PY
python3 "$work/report.py" "$work/results"
