#!/usr/bin/env bash
# Tenant export (GET /api/v1/tenants/{id}/export) of a large tenant on a small heap: creates a fresh PostgreSQL
# database, starts Loopdesk on it with the demo data and -Xmx256m, multiplies acme's tickets by bulk SQL (each copy
# with one message and two history rows), downloads acme's archive as its admin with curl while jstat samples the
# heap every second, then stops the node and drops the database. Prints the figures and writes them to
# target/bench-export/result.txt.
#   bench/export.sh                  200,000 tickets, heap 256 MB, port 18090, database bench_export
#   bench/export.sh 500000           more tickets
#   BENCH_XMX=128m BENCH_PORT=9090 BENCH_DB=other bench/export.sh 100000
# Needs Maven (offline is enough: the script compiles and reads the classpath), PostgreSQL at
# BENCH_PG_HOST:BENCH_PG_PORT (default localhost:5432) as LOOPDESK_TEST_PG_USER/PASSWORD (default postgres/postgres),
# and psql, curl, unzip, python3 and the JDK's jstat.
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-${BENCH_TICKETS:-200000}}
xmx=${BENCH_XMX:-256m}
port=${BENCH_PORT:-18090}
db=${BENCH_DB:-bench_export}
pg_host=${BENCH_PG_HOST:-localhost}
pg_port=${BENCH_PG_PORT:-5432}
export PGUSER=${LOOPDESK_TEST_PG_USER:-postgres} PGPASSWORD=${LOOPDESK_TEST_PG_PASSWORD:-postgres}
out="$PWD/target/bench-export"
base_id=10000000
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jstat="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"

rm -rf "$out" && mkdir -p "$out"
psql_admin() { psql -h "$pg_host" -p "$pg_port" -d postgres -v ON_ERROR_STOP=1 -qAtc "$1"; }
sql() { psql -h "$pg_host" -p "$pg_port" -d "$db" -v ON_ERROR_STOP=1 -qAtc "$1"; }

# The runtime classpath, as Maven resolves it (spring-boot:run and dependency:build-classpath need plugins that an
# offline machine may lack; the compiler's debug output lists the test classpath, which holds the runtime one).
./mvnw -B -o -X test-compile -Dspotless.check.skip=true > "$out/classpath.log" 2>&1
grep -m1 '(f) testPath = \[' "$out/classpath.log" | sed 's/.*testPath = \[//; s/\]$//; s/, /\n/g' \
    | grep -v '/target/test-classes$' | paste -sd: > "$out/cp.txt"
[ -s "$out/cp.txt" ] || { echo "could not read the classpath; see $out/classpath.log" >&2; exit 1; }

psql_admin "drop database if exists $db"
psql_admin "create database $db"
node=
sampler=
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    if [ -n "$node" ]; then kill "$node" 2>/dev/null || true; wait "$node" 2>/dev/null || true; fi
    psql_admin "drop database if exists $db" || true
}
trap cleanup EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
    "$java" -Xmx"$xmx" -Xlog:gc:file="$out/gc.log":uptime -cp "$(cat "$out/cp.txt")" io.loopdesk.LoopdeskApplication \
    --spring.profiles.active=demo --server.port="$port" --loopdesk.data-dir="$out/data" > "$out/node.log" 2>&1 &
node=$!
for _ in $(seq 1 300); do grep -q "Loopdesk is ready" "$out/node.log" && break; kill -0 "$node" || break; sleep 1; done
grep -q "Loopdesk is ready" "$out/node.log" || { echo "Loopdesk did not start; see $out/node.log" >&2; exit 1; }
base="http://localhost:$port"
tenant=$(curl -sf -u admin:admin "$base/api/v1/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tenantId"])')

# Copies of acme's demo tickets, ids from $base_id on, numbers EXP-n; one message and two history rows each, copied
# from acme's first message and first two history rows. Generated columns are left out.
cols() {
    sql "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
         where table_name = '$1' and is_generated = 'NEVER' and column_name not in ($2)"
}
ticket_cols=$(cols ticket "'id', 'number'")
message_cols=$(cols ticket_message "'id', 'ticket_id'")
history_cols=$(cols ticket_history "'id', 'ticket_id'")
started=$(date +%s)
sql "create table bench_template as
       select row_number() over (order by id) - 1 as k, t.* from ticket t where tenant_id = $tenant;
     insert into ticket (id, number, $ticket_cols)
       select $base_id + g, 'EXP-' || g, $ticket_cols from generate_series(1, $tickets) g
       join bench_template on k = (g - 1) % (select count(*) from bench_template);
     insert into ticket_message (id, ticket_id, $message_cols)
       select $base_id + g, $base_id + g, $message_cols from generate_series(1, $tickets) g,
       (select * from ticket_message where tenant_id = $tenant order by id limit 1) m;
     insert into ticket_history (id, ticket_id, $history_cols)
       select $base_id + 2 * g + h.k, $base_id + g, $history_cols from generate_series(1, $tickets) g,
       (select row_number() over (order by id) - 1 as k, * from ticket_history where tenant_id = $tenant
        order by id limit 2) h;
     drop table bench_template;
     select setval('ticket_seq', $base_id + 3 * $tickets + 1000);
     select setval('ticket_message_seq', $base_id + 3 * $tickets + 1000);
     select setval('ticket_history_seq', $base_id + 3 * $tickets + 1000)" > /dev/null
for table in ticket ticket_message ticket_history; do sql "vacuum analyze $table"; done
load_s=$(( $(date +%s) - started ))
count=$(sql "select count(*) from ticket where tenant_id = $tenant")
echo "acme (tenant $tenant): $count tickets after loading $tickets copies in $load_s s"

# The export, with the heap sampled every second (used = survivors + eden + old, in KB)
"$jstat" -gc "$node" 1000 > "$out/jstat.txt" &
sampler=$!
up_before=$(ps -o etimes= -p "$node" | tr -d ' ')
curl -s -u admin:admin -o "$out/acme.zip" -w '%{http_code} %{time_total} %{size_download} %{time_starttransfer}\n' \
    "$base/api/v1/tenants/$tenant/export" > "$out/curl.txt"
up_after=$(ps -o etimes= -p "$node" | tr -d ' ')
sleep 2
kill "$sampler" 2>/dev/null || true
sampler=
read -r http seconds size first_byte < "$out/curl.txt"
unpacked=$(unzip -l "$out/acme.zip" | tail -1 | awk '{ print $1 }')
rows=$(unzip -p "$out/acme.zip" summary.json 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin)["rows"]
print(sum(s.values()), "rows; ticket", s.get("ticket"), "ticket_message", s.get("ticket_message"),
      "ticket_history", s.get("ticket_history"))' || echo "no summary.json")
peak_used=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' \
    "$out/jstat.txt")
# heap after each evacuating pause (young, mixed, full) = what stays live; before the export and during it
after_gc() {
    awk -v a="$1" -v b="$2" '{ t = $1; gsub(/[\[\]s]/, "", t) }
        t >= a && t <= b && /Pause (Young|Full)/ && match($0, /->[0-9]+M\(/) {
            v = substr($0, RSTART + 2, RLENGTH - 4) + 0; n++; if (v > m) m = v; last = v }
        END { print (m + 0) " " (last + 0) " " (n + 0) }' "$out/gc.log"
}
read -r _ live_before _ <<< "$(after_gc 0 "$up_before")"
read -r peak_after_gc _ gcs <<< "$(after_gc "$up_before" "$((up_after + 1))")"
oom=$(grep -c OutOfMemoryError "$out/node.log" || true)
errors=$(grep -c ' ERROR ' "$out/node.log" || true)

{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GiB"
    echo "tickets: $count (acme, $tickets copies loaded in $load_s s); heap -Xmx$xmx"
    echo "export: HTTP $http in $seconds s (first byte after $first_byte s), archive $size bytes ($unpacked unpacked)"
    echo "archive: $rows"
    echo "heap during the export: peak after GC $peak_after_gc MB over $gcs collections (before the export: $live_before MB after the last GC); peak used $peak_used MB (jstat, 1 s samples)"
    echo "OutOfMemoryError in the log: $oom; ERROR lines in the log: $errors"
} | tee "$out/result.txt"
