#!/usr/bin/env bash
# The first minutes of a freshly started node (issue 23, item 5): the extracted jar with the demo data on a fresh
# PostgreSQL database, loaded from outside (bench/load_client.py, tickets with HTTP Basic) the moment it is ready,
# for BENCH_SECONDS (default 180); printed per 10 s, without and with JDK 25's AOT cache. The cache comes from a
# training run under the same load (started with -XX:AOTCacheOutput, loaded for 60 s, stopped: the JVM writes the
# cache, with the method profiles of ticket creation, as it exits). Needs a JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
seconds=${BENCH_SECONDS:-180}
clients=${BENCH_CLIENTS:-8}
port=${BENCH_PORT:-18096}
database=loopdesk_bench_first_minutes
work="$PWD/target/bench-first-minutes"
source bench/packaged-jar.sh
rm -rf "$work" && mkdir -p "$work"
extract_jar "$work/app"
node=
trap '[ -n "$node" ] && kill $node 2>/dev/null; wait 2>/dev/null || true' EXIT

# starts a node with the options given, loads it for $1 seconds as soon as it is ready, stops it; prints the load
run() {
    local load_seconds=$1; shift
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $database with (force)" -c "create database $database"
    rm -rf "$work/data"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
        "$java_bin" "$@" -jar "$app" --spring.profiles.active=demo --server.port="$port" \
        --loopdesk.data-dir="$work/data" > "$work/node.log" 2>&1 &
    node=$!
    local started=$SECONDS
    for _ in $(seq 1 300); do grep -q "Loopdesk is ready" "$work/node.log" && break; sleep 0.2; done
    echo "ready after $((SECONDS - started)) s (demo data included)" >&2
    python3 bench/load_client.py "http://127.0.0.1:$port" tickets "$load_seconds" "$clients" --basic agent:agent
    kill $node && wait $node 2>/dev/null || true
    node=
}

per_ten() {
    python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
s = r["per_second"]
print("%s: %d tickets, %.0f/s overall; per 10 s:" % (sys.argv[1], r["ok"], r["rate"]),
      " ".join("%.0f" % (sum(s[i:i + 10]) / 10) for i in range(0, len(s) - 1, 10)))' "$1"
}

run 60 -XX:AOTCacheOutput="$work/loopdesk.aot" > /dev/null
ls -la "$work/loopdesk.aot" >&2
run "$seconds" | per_ten "without the cache"
run "$seconds" -XX:AOTCache="$work/loopdesk.aot" | per_ten "with the cache"
