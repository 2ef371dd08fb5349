#!/usr/bin/env bash
# The automation benchmark (see bench/README.md): a fresh PostgreSQL database "loopdesk_bench_automation", one node,
# a tenant's tickets opened back to back without automations, then with 50 active rules on registration.
#   bench/automation.sh                       2,000 tickets a round
#   BENCH_TICKETS=10000 bench/automation.sh
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench/automation-postgresql.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true "$@" \
    -Dtest=AutomationBench -Dbench.tickets="${BENCH_TICKETS:-2000}" test
cat target/bench/automation-postgresql.txt
