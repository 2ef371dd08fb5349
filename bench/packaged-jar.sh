# Sourced by the benchmarks that run Loopdesk as a user does: sets $jar to the packaged jar (built if missing) and
# defines extract_jar DIR, which unpacks it for JDK 25's AOT cache (plain jars on the class path) and sets $app.
jar=$(ls target/loopdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
    ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
    jar=$(ls target/loopdesk-*.jar | grep -v original | head -1)
fi
extract_jar() {
    "${java_bin:-java}" -Djarmode=tools -jar "$jar" extract --destination "$1" > /dev/null
    app="$1/$(basename "$jar")"
}
