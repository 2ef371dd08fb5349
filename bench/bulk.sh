#!/usr/bin/env bash
# The bulk action benchmark (see bench/README.md): a fresh PostgreSQL database "loopdesk_bench_bulk", one node, a
# tenant's tickets moved to another status and then assigned in two bulk actions over "all that the list matches".
#   bench/bulk.sh                          10,000 tickets (2 % closed, so refused)
#   BENCH_TICKETS=50000 bench/bulk.sh      the largest action allowed
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench/bulk-postgresql.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true "$@" \
    -Dtest=BulkActionBench -Dbench.tickets="${BENCH_TICKETS:-10000}" test
cat target/bench/bulk-postgresql.txt
