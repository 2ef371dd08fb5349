#!/usr/bin/env bash
# E-mail ingest: one IMAP mailbox read by one node, every mail parsed, deduplicated, threaded and committed before
# it is acknowledged, on H2 and on PostgreSQL (127.0.0.1:5432, as for the tests).
# The mailbox is on a private Dovecot (bench/dovecot.sh) when dovecot is installed and this runs as root, 10,000
# mails by default; otherwise on GreenMail in the test JVM, 2,000 by default, since GreenMail spends O(mailbox
# size) on every IMAP command (10,000 take it more than 25 minutes).
# Usage: bench/email.sh [mails]
set -euo pipefail
cd "$(dirname "$0")/.."
server=""
mails="${1:-2000}"
if command -v dovecot >/dev/null && [ "$(id -u)" = 0 ]; then
    bench/dovecot.sh stop target/bench/dovecot
    rm -rf target/bench/dovecot
    bench/dovecot.sh start target/bench/dovecot
    trap 'bench/dovecot.sh stop target/bench/dovecot' EXIT
    server=127.0.0.1:10143
    mails="${1:-10000}"
else
    echo "No dovecot (apt-get install dovecot-imapd, run as root): using GreenMail with $mails mails." >&2
fi
./loopdesk test -q -Dtest=EmailIngestBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dspotless.check.skip=true \
    -Dbench.mails="$mails" -Dbench.imap="$server"
cat target/bench/email-*.txt
