#!/usr/bin/env bash
# Import time of each seed plan after warm-up, with a decode-and-split baseline from the same run.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.PlanImportBenchmark src/test/resources/plan/importing
