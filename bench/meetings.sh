#!/usr/bin/env bash
# City control-meeting pack (ODT) over 3,000 tracked tenders × 120 months (goal: under 3 s) against a same-run
# baseline of the plain SQL of the same rows. Runs the application with a fresh embedded PostgreSQL in a temporary directory.
set -euo pipefail
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
# PostgreSQL runs as 'nobody' when we are root: it must be able to enter the directory.
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.MeetingPackBenchmark "$dir"
