#!/usr/bin/env bash
# E-mail ingest: an IMAP mailbox (GreenMail in the same JVM) holding 2,000 mails (by default) read by one node, every mail
# parsed, deduplicated, threaded and committed before it is acknowledged, on H2 and on PostgreSQL
# (127.0.0.1:5432, as for the tests).
# Usage: bench/email.sh [mails]   (GreenMail spends O(mailbox size) per IMAP command: 10,000 takes it > 25 min)
set -euo pipefail
cd "$(dirname "$0")/.."
./loopdesk test -q -Dtest=EmailIngestBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dspotless.check.skip=true \
    -Dbench.mails="${1:-2000}"
cat target/bench/email-*.txt
