#!/usr/bin/env bash
# Seconds from process start to ready (readiness probe UP, demo data loaded), cold (new data
# directory: initdb, migrations, demo) and warm (restart on the same data); resident memory of
# the JVM and of the embedded PostgreSQL at idle. Baseline, same run: the embedded PostgreSQL
# alone starting on the same data directory (pg_ctl start), the floor under any start of Yankao.
set -euo pipefail
port=${BENCH_PORT:-18080}
dir=$(mktemp -d /tmp/yankao-bench-XXXX)
chmod 755 "$dir"
trap 'kill ${pid:-}  2>/dev/null || true; wait ${pid:-} 2>/dev/null || true; rm -rf "$dir"' EXIT
java_opts=${YANKAO_JAVA_OPTS:-}

now() { date +%s.%N; }

# Sets $pid and $elapsed (seconds to ready).
start_and_wait() {
  local t0 t1
  t0=$(now)
  YANKAO_DATA_DIR="$dir" java $java_opts -jar target/yankao.jar --server.port=$port >"$dir/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$dir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now)
  elapsed=$(echo "$t1 - $t0" | bc)
}

stop() { kill $pid; wait $pid 2>/dev/null || true; }

pid=
start_and_wait
echo "BENCH startup cold_to_ready $elapsed s"
stop
start_and_wait
echo "BENCH startup warm_to_ready $elapsed s"
sleep 10
jvm_rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
echo "BENCH startup jvm_rss_idle $jvm_rss MB"
pg_pid=$(head -1 "$dir/pg/postmaster.pid")
pg_pss=0
for p in $pg_pid $(pgrep -P "$pg_pid"); do
  kb=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0)
  pg_pss=$((pg_pss + kb))
done
echo "BENCH startup postgres_pss_idle $((pg_pss / 1024)) MB"
stop

bin=$(ls -d /tmp/yankao-pg/*/bin | head -1)
run_pg() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi; }
t0=$(now)
(cd /tmp && run_pg "$bin/pg_ctl" -D "$dir/pg" -w -l "$dir/pg/bench.log" -o "-p $((port + 1)) -k ''" start >/dev/null)
t1=$(now)
(cd /tmp && run_pg "$bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null)
echo "BENCH startup baseline_postgres_alone $(echo "$t1 - $t0" | bc) s"
