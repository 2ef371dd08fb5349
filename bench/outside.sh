#!/usr/bin/env bash
# Loopdesk as a user runs it, loaded from outside (issue 23): the packaged jar with the demo data on PostgreSQL
# (127.0.0.1:5432 as postgres, a fresh database loopdesk_bench_outside), and bench/load_client.py, another process
# over loopback. Rounds: ticket creation with HTTP Basic and with a bearer API token, app feedback (JSON, an
# Idempotency-Key on each), single tickets read by number. Each round reports the rate, latencies, the CPU the JVM
# and PostgreSQL spent per request, batches of registrations rolled back (loopdesk_tickets_group_commit_rollbacks_total)
# and transactions PostgreSQL rolled back. Results: target/bench/outside.txt.
#   bench/outside.sh                         60 s a round, 8 clients
#   BENCH_SECONDS=600 BENCH_CLIENTS=16 bench/outside.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${BENCH_SECONDS:-60}
clients=${BENCH_CLIENTS:-8}
port=${BENCH_PORT:-18095}
database=loopdesk_bench_outside
work="$PWD/target/bench-outside"
out="$PWD/target/bench/outside.txt"
base="http://127.0.0.1:$port"
mkdir -p target/bench && rm -rf "$work" && mkdir -p "$work"
source bench/packaged-jar.sh
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $database with (force)" -c "create database $database"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
    "$java_bin" -jar "$jar" --spring.profiles.active=demo --server.port="$port" --loopdesk.data-dir="$work/data" \
    --loopdesk.intake.feedback-per-minute=0 > "$work/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "Loopdesk is ready" "$work/node.log" && break; sleep 1; done
grep -q "Loopdesk is ready" "$work/node.log" || { echo "Loopdesk did not start; see $work/node.log" >&2; exit 1; }

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token=$(curl -sf -u agent:agent -H 'Content-Type: application/json' "$base/api/v1/api-tokens" -d '{"name": "bench"}' | json_field '["secret"]')
app_key=$(curl -sf -u admin:admin -H 'Content-Type: application/json' "$base/api/v1/feedback-apps" \
    -d '{"name": "Bench app", "product": "智能门锁 X2"}' | json_field '["key"]')

# CPU seconds (user + system) of the JVM, and of every PostgreSQL process alive at the moment
cpu_of() { awk '{ s += $14 + $15 } END { printf "%.2f", s / 100 }' "$@" 2>/dev/null || echo 0; }
jvm_cpu() { cpu_of /proc/$node/stat; }
pg_cpu() { cpu_of $(for p in $(pgrep -x postgres); do echo /proc/$p/stat; done); }
rollbacks() { curl -sf -u operator:operator "$base/actuator/prometheus" | awk '/^loopdesk_tickets_group_commit_rollbacks_total/ { print $2 }' || true; }
pg_rollbacks() { psql -h 127.0.0.1 -U postgres -At -c "select xact_rollback from pg_stat_database where datname = '$database'"; }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/$node/status; }

round() {
    local name=$1; shift
    local j0 p0 r0 x0 j1 p1 r1 x1 result
    j0=$(jvm_cpu); p0=$(pg_cpu); r0=$(rollbacks); x0=$(pg_rollbacks)
    result=$(python3 bench/load_client.py "$base" "$@")
    j1=$(jvm_cpu); p1=$(pg_cpu); r1=$(rollbacks); x1=$(pg_rollbacks)
    python3 - "$name" "$result" "$j0" "$j1" "$p0" "$p1" "$r0" "$r1" "$x0" "$x1" "$(rss_mb)" <<'PY' | tee -a "$out"
import json, sys
name, result = sys.argv[1], json.loads(sys.argv[2])
j0, j1, p0, p1, x0, x1 = map(float, sys.argv[3:5] + sys.argv[5:7] + sys.argv[9:11])
# a version without the rollback counter says so rather than zero
rolled = "%d" % (float(sys.argv[8]) - float(sys.argv[7])) if sys.argv[7] and sys.argv[8] else "no metric"
ok = max(result["ok"], 1)
print("| %s | %d | %.0f/s | %.1f / %.1f / %.1f ms | %.1f ms | %.1f ms | %s | %d | %s MB | %s |" % (
    name, result["ok"], result["rate"], result["p50_ms"], result["p90_ms"], result["p99_ms"],
    (j1 - j0) * 1000 / ok, (p1 - p0) * 1000 / ok, rolled, x1 - x0, sys.argv[11],
    ", ".join("%s: %d" % kv for kv in result["statuses"].items())))
PY
}

{
    echo "Loopdesk $(git rev-parse --short HEAD 2>/dev/null || echo '?') as a user runs it, loaded from outside: $(date -u +%FT%TZ), $(nproc) cores, $clients clients, $seconds s a round"
    echo
    echo "| round | answered | rate | p50 / p90 / p99 | JVM CPU each | PostgreSQL CPU each | batches rolled back | PostgreSQL rollbacks | JVM RSS | answers |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$out"
cat "$out"
python3 bench/load_client.py "$base" feedback 20 "$clients" --app-key "$app_key" > /dev/null # warm-up
round "tickets, HTTP Basic" tickets "$seconds" "$clients" --basic agent:agent
round "tickets, bearer token" tickets "$seconds" "$clients" --bearer "$token"
round "app feedback, JSON" feedback "$seconds" "$clients" --app-key "$app_key"
psql -h 127.0.0.1 -U postgres -At -d "$database" -c "select number from ticket where tenant_id = (select tenant_id from ticket group by 1 order by count(*) desc limit 1)" > "$work/numbers.txt"
round "tickets read by number" read "$seconds" "$clients" --basic agent:agent --numbers "$work/numbers.txt"
echo
echo "Results in $out"
