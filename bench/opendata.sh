#!/usr/bin/env bash
# A dataset release of a month of anonymised cases (60,000 rows in the Taipei layout): quality
# checks, CSV/JSON/ODS and the stored release (goal: under 10 s), against a same-run baseline that
# writes the CSV alone. Runs the application with a fresh embedded PostgreSQL in a temporary directory.
set -euo pipefail
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
# PostgreSQL runs as 'nobody' when we are root: it must be able to enter the directory.
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.OpenDataBenchmark "$dir"
