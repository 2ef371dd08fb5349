#!/usr/bin/env bash
# Routing throughput: tickets registered without a category, classified on arrival, queued and assigned to
# on-duty agents, end to end, on H2 and on PostgreSQL (127.0.0.1:5432, as for the tests).
# Usage: bench/routing.sh [tickets] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
./loopdesk test -q -Dtest=RoutingThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dspotless.check.skip=true \
    -Dbench.tickets="${1:-10000}" -Dbench.threads="${2:-8}"
cat target/bench/routing-*.txt
