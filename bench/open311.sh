#!/usr/bin/env bash
# Open311 over HTTP: bench/open311.sh post (POST requests.json: req/s, p50/p99, paced p99 at 200 req/s,
# against a same-run plain-JDBC baseline writing the same rows) or bench/open311.sh get (GET
# requests/{id}.json: req/s, p50/p99). Runs the application with a fresh embedded PostgreSQL.
set -euo pipefail
mode=${1:-post}
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
# PostgreSQL runs as 'nobody' when we are root: it must be able to enter the directory.
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench-classes
cp="target/classes:$(cat target/bench-classpath.txt)"
javac --release 17 -proc:none -d target/bench-classes -cp "$cp" $(find bench/src -name '*.java')
java -cp "target/bench-classes:$cp" tw.yankao.bench.Open311Benchmark "$dir" "$mode"
