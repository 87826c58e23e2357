#!/usr/bin/env bash
# case-search: p95 of a similar-case search (duplicate suggestion) over 1,000,000 synthetic cases
# (goal: under 50 ms) and of a words search, against same-run baselines (a brute-force scan of the
# same rows in memory; a substring scan as ILIKE '%…%' does). The index is built directly in a
# temporary directory. Then the analyzer check: precision of the top 10, CJK bigrams vs unigrams.
set -euo pipefail
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -Xmx3g -cp "target/bench-classes:$cp" tw.yankao.petition.search.CaseSearchBenchmark
java -cp "target/bench-classes:$cp" tw.yankao.petition.search.AnalyzerComparison
