#!/usr/bin/env bash
# Start-up with and without JDK 25's AOT cache (JEP 483/514/515; issue 23, item 5): extracts the packaged jar (the
# cache needs plain jars on the class path, not the nested jars of the executable one), builds the cache with a
# training run that starts Loopdesk on a throwaway H2 database and exits once the context is refreshed, then starts
# it three times without and three times with the cache, each on a fresh H2 database (Flyway migrates all of it),
# and prints the wall and CPU time from `java -jar` to the refreshed context (the web server listening).
#   bench/startup.sh          needs a JDK 25 (JAVA_HOME, or /usr/lib/jvm/temurin-25-jdk-amd64)
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$PWD/target/bench-startup"
port=${BENCH_PORT:-18097}
source bench/packaged-jar.sh
rm -rf "$work" && mkdir -p "$work"
extract_jar "$work/app"
start() {
    rm -rf "$work/data"
    /usr/bin/time -f "%e s wall, %U s user + %S s system CPU" "$java_bin" "$@" -Dspring.context.exit=onRefresh \
        -jar "$app" --loopdesk.data-dir="$work/data" --server.port="$port" > "$work/node.log" 2>&1
    tail -1 "$work/node.log"
}
echo "training run (writes $work/loopdesk.aot): $(start -XX:AOTCacheOutput="$work/loopdesk.aot")"
for round in 1 2 3; do
    echo "without the cache: $(start)"
    echo "with the cache:    $(start -XX:AOTCache="$work/loopdesk.aot")"
done
