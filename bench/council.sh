#!/usr/bin/env bash
# The booklet of a large council session (40 agencies x 25 questions) as ODT, DOCX and PDF after
# warm-up, with the same booklet as plain text as the same-run baseline, in 512 MB of heap.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -Xmx512m -cp "target/bench-classes:$cp" tw.yankao.tracking.council.CouncilBookletBenchmark
