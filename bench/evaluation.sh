#!/usr/bin/env bash
# Opening a year-end evaluation round over 3,000 tracked tenders x 120 months: the year's figures in
# one query and the evaluations written as arrays (unnest), against same-run baselines of three
# queries per item and a JDBC batch.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -Xmx512m -cp "target/bench-classes:$cp" tw.yankao.tracking.evaluation.EvaluationBenchmark 2>&1 | grep '^BENCH'
