#!/usr/bin/env bash
# Introspection benchmark: our Introspector's engine time next to pg_dump --schema-only on the same database,
# median of RUNS (default 5) wall times each. Not part of the test run.
#
#   benchmarks/introspect/run.sh
#       starts a throwaway PostgreSQL cluster (PG_BIN, default /usr/lib/postgresql/15/bin, so that the system
#       pg_dump accepts it) on a free loopback port, loads generate.sql, measures, stops and deletes the cluster.
#   benchmarks/introspect/run.sh --port 5432 [--host 127.0.0.1] [--user postgres] [--db introspect_bench] [--load]
#       measures an existing server; --load creates the database and loads generate.sql first. A password is
#       read from PGPASSWORD and never printed.
#   --keep leaves the throwaway cluster running and prints how to stop it.
#
# Hook: EXTRA_COMMAND is timed the same way, with JDBC_URL, PGHOST, PGPORT, PGUSER and PGDATABASE exported,
# e.g. EXTRA_COMMAND='./mvnw -q studio:introspect -Dstudio.url=$JDBC_URL' benchmarks/introspect/run.sh
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-5}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
HOST=127.0.0.1 PORT="" USER_NAME=postgres DB=introspect_bench LOAD=false KEEP=false

while [ $# -gt 0 ]; do
    case "$1" in
        --host) HOST=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --user) USER_NAME=$2; shift 2 ;;
        --db) DB=$2; shift 2 ;;
        --load) LOAD=true; shift ;;
        --keep) KEEP=true; shift ;;
        *) echo "unknown option: $1 (see the header of $0)" >&2; exit 2 ;;
    esac
done

PSQL="$PG_BIN/psql"; [ -x "$PSQL" ] || PSQL=psql
PG_DUMP="$PG_BIN/pg_dump"; [ -x "$PG_DUMP" ] || PG_DUMP=pg_dump

start_throwaway_cluster() {
    [ -x "$PG_BIN/initdb" ] || { echo "no initdb in $PG_BIN: set PG_BIN or pass --port" >&2; exit 1; }
    CLUSTER=$(mktemp -d /tmp/introspect-bench.XXXXXX)
    local as_pg=()
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses root: run the cluster as the postgres user (or nobody).
        local owner=postgres; id postgres >/dev/null 2>&1 || owner=nobody
        chown "$owner" "$CLUSTER"
        as_pg=(runuser -u "$owner" --)
    fi
    AS_PG=("${as_pg[@]}")
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${AS_PG[@]}" "$PG_BIN/initdb" -D "$CLUSTER/data" -U "$USER_NAME" --auth=trust -E UTF8 --no-locale >"$CLUSTER/initdb.log"
    "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/server.log" -w start \
        -o "-p $PORT -k $CLUSTER -c listen_addresses=$HOST -c fsync=off -c synchronous_commit=off" >/dev/null
    if [ "$KEEP" = true ]; then
        echo "cluster kept: stop with: ${AS_PG[*]} $PG_BIN/pg_ctl -D $CLUSTER/data stop && rm -rf $CLUSTER"
    else
        trap stop_throwaway_cluster EXIT
    fi
    LOAD=true
}

stop_throwaway_cluster() {
    "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$CLUSTER/data" -m fast -w stop >/dev/null || true
    rm -rf "$CLUSTER"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Prints the median wall time in ms of RUNS executions of the command given as one string.
time_command() {
    local times=() start end
    for _ in $(seq "$RUNS"); do
        start=$(date +%s%N)
        bash -c "$1" >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    echo "  runs (ms): ${times[*]}" >&2
    printf '%s\n' "${times[@]}" | median
}

[ -n "$PORT" ] || start_throwaway_cluster
export PGHOST=$HOST PGPORT=$PORT PGUSER=$USER_NAME PGDATABASE=$DB
export JDBC_URL="jdbc:postgresql://$HOST:$PORT/$DB"

if [ "$LOAD" = true ]; then
    echo "loading the synthetic schema into $DB ..."
    "$PSQL" -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
    load_start=$(date +%s%N)
    "$PSQL" -q -v ON_ERROR_STOP=1 -f "$HERE/generate.sql" >/dev/null
    echo "  loaded in $(( ($(date +%s%N) - load_start) / 1000000 )) ms"
fi
echo "server: $("$PSQL" -Atc 'SHOW server_version'), database $DB on $HOST:$PORT ($JDBC_URL)"

echo "building studio-core and its test classpath ..."
(cd "$ROOT" && ./mvnw -B -q -pl studio-core test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
CORE="$ROOT/studio-core"
java -cp "$CORE/target/classes:$CORE/target/test-classes:$(cat "$CORE/target/bench-classpath.txt")" \
    dev.migrationstudio.core.introspect.IntrospectBenchmark "$JDBC_URL" "$USER_NAME" "$RUNS" | tee "${TMPDIR:-/tmp}/introspect-engine.txt"
ENGINE=$(sed -n 's/^introspector median of [0-9]*: \([0-9]*\) ms$/\1/p' "${TMPDIR:-/tmp}/introspect-engine.txt")

echo "pg_dump --schema-only ($("$PG_DUMP" --version)):"
DUMP=$(time_command "\"$PG_DUMP\" --schema-only")
echo "  pg_dump output: $("$PG_DUMP" --schema-only | wc -c) bytes"

if [ -n "${EXTRA_COMMAND:-}" ]; then
    echo "EXTRA_COMMAND: $EXTRA_COMMAND"
    EXTRA=$(cd "$ROOT" && time_command "$EXTRA_COMMAND")
fi

echo
echo "== median of $RUNS wall times =="
echo "introspector engine (open connection, warm JVM after run 1): $ENGINE ms"
echo "pg_dump --schema-only (whole process):                      $DUMP ms"
[ -z "${EXTRA:-}" ] || echo "EXTRA_COMMAND (whole process):                              $EXTRA ms"
