#!/usr/bin/env bash
# One escalation job run over 3,000 open cases past their deadline (3,000 escalations to the heads and the RDEC),
# against the same-run baseline of the same run repeated when every escalation is already recorded.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -Xmx512m -cp "target/bench-classes:$cp" tw.yankao.petition.escalation.EscalationBenchmark 2>&1 | grep '^BENCH'
