#!/usr/bin/env bash
# The timer benchmark (see bench/README.md): bulk-loads open tickets with SLA timers into a fresh PostgreSQL
# database "loopdesk_bench", measures the idle cost of the timer loop, then the processing of due timers.
#   bench/timers.sh                          1,000,000 open tickets, 10,000 due timers
#   BENCH_TICKETS=100000 bench/timers.sh     a smaller run
#   BENCH_MAIL=false bench/timers.sh         the supervisor gets in-app notices only (no e-mail to send)
#   BENCH_NODES=2 bench/timers.sh            two nodes work off the due clocks together
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=TimerBench -Dbench.tickets="${BENCH_TICKETS:-1000000}" -Dbench.due="${BENCH_DUE:-10000}" \
    -Dbench.mail="${BENCH_MAIL:-true}" -Dbench.nodes="${BENCH_NODES:-1}" test
cat target/bench-results.md
