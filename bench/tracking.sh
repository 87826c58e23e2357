#!/usr/bin/env bash
# Execution rates of all agencies for one month over 3,000 tracked tenders x 120 months of history
# (goal under 200 ms), against the same-run baseline of one query per agency.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -Xmx512m -cp "target/bench-classes:$cp" tw.yankao.tracking.internal.ExecutionRateBenchmark 2>&1 | grep '^BENCH'
