#!/usr/bin/env bash
# 100,000 1999 calls imported from one CSV (goal: seconds), imported again, then one month's
# statistics against a same-run baseline that counts the month's calls in Java. Runs the application
# with a fresh embedded PostgreSQL in a temporary directory.
set -euo pipefail
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
# PostgreSQL runs as 'nobody' when we are root: it must be able to enter the directory.
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.CallsBenchmark "$dir"
