#!/usr/bin/env bash
# Proves that a generated history really runs: applies it to a throw-away PostgreSQL cluster.
#
#   benchmarks/history/verify.sh [--runner flyway|psql] [--pg-bin DIR] <project-dir>
#
# flyway (default): `flyway-maven-plugin:migrate` through the repo's ./mvnw, exactly as a user would,
#                   honouring the V...sql.conf files (executeInTransaction=false).
# psql:             each file in version order with `psql -v ON_ERROR_STOP=1`, in one transaction
#                   unless it has a .conf file; faster, and names the failing file and line.
# The cluster is created with initdb as user postgres (initdb refuses root), listens on a free
# loopback port, gets the shadow database's Supabase platform SQL (studio-core .../shadow/supabase-platform.sql) and is removed at exit.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runner=flyway
pg_bin=/usr/lib/postgresql/15/bin
project=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runner) runner="${2:?--runner needs flyway or psql}"; shift 2 ;;
    --pg-bin) pg_bin="${2:?--pg-bin needs a directory}"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "verify.sh: unknown option $1" >&2; exit 2 ;;
    *) project="$1"; shift ;;
  esac
done
[[ -n "$project" ]] || { echo "verify.sh: give the generated project directory (the one with pom.xml)" >&2; exit 2; }
project="$(cd "$project" && pwd)"
[[ -d "$project/db/migration" ]] || { echo "verify.sh: $project/db/migration does not exist; run Generate.java first" >&2; exit 2; }
[[ -x "$pg_bin/initdb" ]] || { echo "verify.sh: no initdb in $pg_bin (set --pg-bin)" >&2; exit 2; }
case "$runner" in flyway|psql) ;; *) echo "verify.sh: --runner must be flyway or psql" >&2; exit 2 ;; esac

as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  as_pg=(runuser -u postgres --)
fi
work="$(mktemp -d /tmp/history-verify.XXXXXX)"
chmod 755 "$work"
[[ ${#as_pg[@]} -eq 0 ]] || chown postgres "$work"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"${as_pg[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }

psql_cmd=("$pg_bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1)
"${psql_cmd[@]}" -f "$here/../../studio-core/src/main/resources/dev/migrationstudio/core/shadow/supabase-platform.sql" >/dev/null

files=$(find "$project/db/migration" -maxdepth 1 -name 'V*__*.sql' | wc -l)
start=$(date +%s)
if [[ "$runner" == psql ]]; then
  # Flyway's order: by version number; the versions here are fixed-width timestamps, so a name sort agrees.
  while IFS= read -r file; do
    single=(-1)
    [[ -f "$file.conf" ]] && grep -q 'executeInTransaction=false' "$file.conf" && single=()
    if ! "${psql_cmd[@]}" "${single[@]}" -f "$file" >"$work/psql.out" 2>&1; then
      echo "FAILED in $(basename "$file"):" >&2
      cat "$work/psql.out" >&2
      exit 1
    fi
  done < <(find "$project/db/migration" -maxdepth 1 -name 'V*__*.sql' | sort)
  applied=$files
else
  timeout 1800 "$repo/mvnw" -B -q -f "$project/pom.xml" org.flywaydb:flyway-maven-plugin:11.20.3:migrate \
    -Dflyway.url="jdbc:postgresql://127.0.0.1:$port/postgres" -Dflyway.user=postgres \
    >"$work/flyway.log" 2>&1 || { tail -60 "$work/flyway.log" >&2; echo "verify.sh: flyway migrate failed" >&2; exit 1; }
  applied=$("${psql_cmd[@]}" -At -c "SELECT count(*) FROM public.flyway_schema_history WHERE success AND version IS NOT NULL")
fi
elapsed=$(( $(date +%s) - start ))

summary=$("${psql_cmd[@]}" -At -F ' ' -c "
  SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'),
         (SELECT count(*) FROM pg_policies WHERE schemaname = 'public'),
         (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'),
         (SELECT count(*) FROM pg_views WHERE schemaname = 'public'),
         (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'),
         (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal),
         (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e')")
read -r tables policies functions views indexes triggers enums <<<"$summary"
server_version=$("${psql_cmd[@]}" -At -c "SHOW server_version")
echo "verify: $runner applied $applied of $files migrations to PostgreSQL $server_version in ${elapsed}s"
echo "verify: schema public now has $tables tables, $policies policies, $functions functions, $views views, $indexes indexes, $triggers triggers, $enums enum types"
[[ "$applied" -eq "$files" ]] || { echo "verify.sh: only $applied of $files migrations were applied" >&2; exit 1; }
