#!/usr/bin/env bash
# The search benchmark (see bench/README.md): a fresh PostgreSQL database "loopdesk_bench_search" with a tenant's
# tickets (a million by default, five messages each) and 100,000 published articles loaded by bulk SQL, the index on
# disk as in production (target/bench/search-data/index); then the full reindex rate, the p50/p90/p99 latency of the
# ticket list's text filter, the search page and the help centre search over HTTP, and how long a new reply takes to
# become searchable.
#   bench/search.sh                                             1,000,000 tickets, 100,000 articles, 300 reads each
#   BENCH_TICKETS=100000 BENCH_ARTICLES=20000 bench/search.sh   a smaller run
#   bench/search.sh -Dbench.reuse=true                          the database and index of the run before
#   bench/search.sh -Dbench.reuse=true -Dbench.reindex=true     the database of the run before, every index rebuilt
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD. The figures land in target/bench/search-postgresql.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
# without -ea, as the product runs: Lucene checks its own invariants in its inner loops when assertions are on
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    -DenableAssertions=false "$@" \
    -Dtest=SearchBench -Dbench.tickets="${BENCH_TICKETS:-1000000}" -Dbench.articles="${BENCH_ARTICLES:-100000}" \
    -Dbench.reads="${BENCH_READS:-300}" test
cat target/bench/search-postgresql.txt
