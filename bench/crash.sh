#!/usr/bin/env bash
# The Open311 crash test at full size: the application in a child JVM, intake requests with
# idempotency keys from a few threads, kill -9 midway, restart, retry until acknowledged; every
# acknowledged request must be exactly one case. bench/crash.sh [requests] (default 2000).
set -euo pipefail
requests=${1:-2000}
./mvnw -q -B -Dtest=Open311CrashTest -Dsurefire.failIfNoSpecifiedTests=false -Dopen311.crash.requests="$requests" test
echo "BENCH crash open311_requests $requests requests (every acknowledged request exactly one case after kill -9)"
