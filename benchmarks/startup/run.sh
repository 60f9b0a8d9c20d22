#!/usr/bin/env bash
# Interleaved A/B wall (and CPU) times of Maven goals on one project, each variant of the plugin installed in its own local
# repository (so two builds of 0.1.0-SNAPSHOT can be compared in one run). Prints median, min and max per command.
#
#   benchmarks/startup/run.sh [--runs N] [--project DIR] LABEL=REPO [LABEL=REPO ...] -- [goal ...]
#
#   --runs N      timed runs per command and variant (default 5), after one untimed warm-up each
#   --project DIR the Maven project (default benchmarks/history/out/seed-42)
#   LABEL=REPO    a variant: a name for the table and its local repository (-Dmaven.repo.local)
#   goal ...      default: validate studio:help studio:sql-parse
# Maven runs offline (-o) through the repository's wrapper. Rounds go variant after variant, command after command,
# so a change in machine load hits every variant alike; the load average is printed before and after.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
runs=5
project="$repo_root/benchmarks/history/out/seed-42"
variants=()
goals=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --project) project="${2:?--project needs a directory}"; shift 2 ;;
    --) shift; goals=("$@"); break ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *=*) variants+=("$1"); shift ;;
    *) echo "run.sh: expected LABEL=REPO or --, got '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ ${#variants[@]} -gt 0 ]] || { echo "run.sh: give at least one LABEL=REPO (see --help)" >&2; exit 2; }
[[ ${#goals[@]} -gt 0 ]] || goals=(validate studio:help studio:sql-parse)
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive whole number, got '$runs'" >&2; exit 2; }
[[ -f "$project/pom.xml" ]] || { echo "run.sh: no pom.xml in $project" >&2; exit 2; }

work="$(mktemp -d /tmp/startup-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

run_once() { # label repo goal -> appends "goal|label|wall seconds|cpu seconds" to $work/times
  if ! /usr/bin/time -f "%e %U %S" -o "$work/time" \
      "$repo_root/mvnw" -B -q -o -f "$project/pom.xml" -Dmaven.repo.local="$2" "$3" >"$work/out" 2>&1; then
    echo "run.sh: '$3' failed for $1 ($2):" >&2; tail -20 "$work/out" >&2; exit 1
  fi
  read -r wall user sys <"$work/time"
  echo "$3|$1|$wall|$(python3 -c "print($user + $sys)")" >>"$work/times"
}

echo "project: $project; runs: $runs; load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for goal in "${goals[@]}"; do
  for variant in "${variants[@]}"; do run_once "${variant%%=*}" "${variant#*=}" "$goal"; done
done
: >"$work/times"
for ((i = 0; i < runs; i++)); do
  for goal in "${goals[@]}"; do
    for variant in "${variants[@]}"; do run_once "${variant%%=*}" "${variant#*=}" "$goal"; done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$work/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    goal, label, wall, cpu = line.strip().split("|")
    rows.setdefault((goal, label), []).append((float(wall), float(cpu)))
print(f"{'command':<24} {'variant':<10} {'median s':>9} {'min':>7} {'max':>7}  {'CPU s (user+sys) median':>24}")
for (goal, label), times in rows.items():
    wall = [w for w, _ in times]
    cpu = statistics.median(c for _, c in times)
    print(f"{'mvn -q ' + goal:<24} {label:<10} {statistics.median(wall):>9.3f} {min(wall):>7.3f} {max(wall):>7.3f}  {cpu:>24.2f}")
PY
