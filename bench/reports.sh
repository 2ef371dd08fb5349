#!/usr/bin/env bash
# The report benchmark (see bench/README.md): a fresh PostgreSQL database "loopdesk_bench_reports" with a year of a
# tenant's tickets (a million by default) loaded by bulk SQL, every ticket folded into the report rollups, then the
# p50/p99 latency of the period report over the whole year for each breakdown and of the live wall, over HTTP.
#   bench/reports.sh                         1,000,000 tickets, 200 reads per request
#   BENCH_TICKETS=100000 bench/reports.sh    a smaller run
#   bench/reports.sh -Dbench.only=wall       only the requests whose path contains "wall"
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench/reports-postgresql.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true "$@" \
    -Dtest=ReportBench -Dbench.tickets="${BENCH_TICKETS:-1000000}" -Dbench.reads="${BENCH_READS:-200}" test
cat target/bench/reports-postgresql.txt
