#!/usr/bin/env bash
# E-mail ingest: an IMAP mailbox (GreenMail in the same JVM) holding 10,000 mails read by one node, every mail
# parsed, deduplicated, threaded and committed before it is acknowledged, on H2 and on PostgreSQL
# (127.0.0.1:5432, as for the tests).
# Usage: bench/email.sh [mails]
set -euo pipefail
cd "$(dirname "$0")/.."
./loopdesk test -q -Dtest=EmailIngestBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dspotless.check.skip=true \
    -Dbench.mails="${1:-10000}"
cat target/bench/email-*.txt
