#!/usr/bin/env bash
# Feedback API throughput: apps submitting feedback over real HTTP (JSON, and multipart with a small screenshot),
# each submission with its own Idempotency-Key and each one a ticket, on H2 and on PostgreSQL (127.0.0.1:5432,
# as for the tests).
# Usage: bench/feedback.sh [submissions per run] [client threads]
set -euo pipefail
cd "$(dirname "$0")/.."
./loopdesk test -q -Dtest=FeedbackThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dspotless.check.skip=true \
    -Dbench.submissions="${1:-2000}" -Dbench.threads="${2:-8}"
cat target/bench/feedback-*.txt
