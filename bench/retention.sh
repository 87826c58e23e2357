#!/usr/bin/env bash
# 20,000 closed cases anonymised by the retention command's service, and exported in the Taipei
# and list layouts as CSV, XLSX and ODS; the baseline is reading the same rows (building the sheet)
# without writing a file. Runs the application with a fresh embedded PostgreSQL in a temporary directory.
set -euo pipefail
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.RetentionBenchmark "$dir"
