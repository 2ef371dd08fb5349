#!/usr/bin/env bash
# What a sentence-embedding model would give classification (issue 24), measured before it is built in: the model's
# cost per text, a nearest-neighbour classifier over the development texts measured on the independent set
# (src/test/resources/eval/), how often a text's nearest neighbour reports the same incident, and what reading
# complaint signals by meaning costs. No database.
# The figures land in target/bench-results.md and target/bench-complaints.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
./mvnw -q -Dloopdesk.test.skip-postgresql=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dloopdesk.test.excluded-groups=none -Dtest=EmbeddingBench,ComplaintReadingBench test
cat target/bench-results.md target/bench-complaints.md
