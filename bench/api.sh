#!/usr/bin/env bash
# The ticket API benchmark (see bench/README.md): a fresh PostgreSQL database "loopdesk_bench_api" with a million
# tickets loaded by bulk SQL; tickets created per second through POST /api/v1/tickets (HTTP Basic on every
# request) and the p50/p99 latency of the filtered, keyset-paginated list at the first page and 90 % deep.
#   bench/api.sh                                 1,000,000 tickets, 15,000 creations by 8 agents (after warming the JIT up), 1,000 reads per list
#   BENCH_TICKETS=100000 bench/api.sh            a smaller run
#   BENCH_WARMUP=3000 bench/api.sh               at most this many creations to warm up (default 90,000; it stops
#                                                as soon as the JIT compiles for under 5 % of a round of 3,000)
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench/api-postgresql.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true "$@" \
    -Dtest=TicketApiBench -Dbench.tickets="${BENCH_TICKETS:-1000000}" -Dbench.creates="${BENCH_CREATES:-15000}" \
    -Dbench.threads="${BENCH_THREADS:-8}" -Dbench.warmup="${BENCH_WARMUP:-90000}" -Dbench.reads="${BENCH_READS:-1000}" test
cat target/bench/api-postgresql.txt
