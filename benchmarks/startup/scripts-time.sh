#!/usr/bin/env bash
# FlywayMigrationSource.scripts() alone, each run in a fresh JVM, variants interleaved; prints median/min/max ms.
#
#   benchmarks/startup/scripts-time.sh [--runs N] PROJECT LABEL=CLASSPATH [LABEL=CLASSPATH ...]
#
# CLASSPATH holds studio-flyway-bridge, studio-core and flyway-core (for example the jars of a local repository,
# or the modules' target/classes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs=7
if [[ "${1:-}" == --runs ]]; then runs="${2:?--runs needs a number}"; shift 2; fi
project="${1:?give the project directory (its db/migration is read)}"; shift
[[ $# -gt 0 ]] || { echo "scripts-time.sh: give at least one LABEL=CLASSPATH" >&2; exit 2; }
work="$(mktemp -d /tmp/scripts-time.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for variant in "$@"; do
  mkdir -p "$work/${variant%%=*}"
  javac -d "$work/${variant%%=*}" -cp "${variant#*=}" "$here/ScriptsTimer.java"
done
for ((i = 0; i < runs; i++)); do
  for variant in "$@"; do
    label="${variant%%=*}"
    echo "$label $(java -cp "$work/$label:${variant#*=}" ScriptsTimer "$project")"
  done
done | python3 -c '
import statistics, sys
rows = {}
for line in sys.stdin:
    label, ms, count = line.split()
    rows.setdefault(label, []).append(float(ms))
for label, times in rows.items():
    print(f"scripts() {label:<12} median {statistics.median(times):7.1f} ms  min {min(times):7.1f}  max {max(times):7.1f}  n={len(times)}")
'
