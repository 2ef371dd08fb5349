#!/usr/bin/env bash
# The backup benchmark (see bench/README.md): a million open tickets loaded by bulk SQL into PostgreSQL (a fresh
# database "loopdesk_bench_backup") and into an H2 file, then an online backup, a restore into an empty
# installation and a node started on it, each timed; the archive's size.
#   bench/backup.sh                          1,000,000 tickets, PostgreSQL then H2
#   BENCH_TICKETS=100000 bench/backup.sh     a smaller run;  BENCH_ONLY=h2|postgresql for one database
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD; pg_dump and pg_restore on the PATH. Files go under target/bench-backup,
# the figures into target/bench-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dloopdesk.test.excluded-groups=none \
    -Dtest=BackupBench -Dbench.tickets="${BENCH_TICKETS:-1000000}" -Dbench.only="${BENCH_ONLY:-}" test
cat target/bench-results.md
