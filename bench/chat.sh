#!/usr/bin/env bash
# The chat benchmark (see bench/README.md): one node, 2,000 visitors with a chat each and 20 agents (each subscribed to
# 100 of the chats), all on STOMP over WebSocket at /chat/socket as the widget and the console are, the clients in a
# JVM of their own; then the visitors write 200 messages/s for 60 s in turn. Measured: delivery latency p50/p90/p99/max
# from send to the chat's agent and back to the sender, every message delivered exactly once to its agent, the node's
# heap (after full GC), resident set and platform threads per connection.
#   bench/chat.sh                                               2,000 visitors, 20 agents, 200 messages/s for 60 s, PostgreSQL
#   BENCH_DATABASE=h2 bench/chat.sh                             the same on H2 (a file under target/bench/chat-data)
#   BENCH_CONNECTIONS=200 BENCH_RATE=50 BENCH_SECONDS=15 BENCH_DATABASE=h2 bench/chat.sh    a quick smoke run
# Knobs: BENCH_CONNECTIONS (-Dbench.connections, visitors), BENCH_AGENTS (-Dbench.agents), BENCH_RATE
# (-Dbench.rate, messages/s in all), BENCH_SECONDS (-Dbench.seconds), BENCH_DATABASE (-Dbench.database: postgresql or
# h2), BENCH_MESSAGES_PER_MINUTE (-Dbench.messages-per-minute: the per-participant rate limit; by default the
# product's 60 a minute stays unless the visitors would write faster than one message a second each).
# PostgreSQL: LOOPDESK_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), LOOPDESK_BENCH_PG_USER
# (postgres), LOOPDESK_BENCH_PG_PASSWORD; the database "loopdesk_bench_chat" is created fresh.
# The figures land in target/bench/chat.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
# without -ea, as the product runs; bench (the tag) is taken off the excluded groups only for this run
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    -DenableAssertions=false -Dloopdesk.test.excluded-groups=none "$@" \
    -Dtest=ChatBench -Dbench.connections="${BENCH_CONNECTIONS:-2000}" -Dbench.agents="${BENCH_AGENTS:-20}" \
    -Dbench.rate="${BENCH_RATE:-200}" -Dbench.seconds="${BENCH_SECONDS:-60}" \
    -Dbench.database="${BENCH_DATABASE:-postgresql}" -Dbench.messages-per-minute="${BENCH_MESSAGES_PER_MINUTE:-0}" test
cat target/bench/chat.txt
