#!/usr/bin/env bash
# Measures the reference line's server memory at rest and with N calls in progress (default 100): starts
# run-line.sh on a throw-away server directory, waits until it answers, reads the server's RSS and its live heap
# after a full GC (jcmd), holds N sipp calls on the complaint line (always open), reads them again, and stops it.
#   scripts/bench/line-memory.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
calls=${1:-100}
server_dir=$(mktemp -d /tmp/govcc-bench-server-XXXX)
log=$server_dir.out
GOVCC_SERVER_DIR=$server_dir setsid scripts/run-line.sh --sip-port 5090 --drain 0 >"$log" 2>&1 &
launcher=$!
trap 'kill -TERM -- -$launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$server_dir"' EXIT
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:9990/health/ready >/dev/null 2>&1 && break
  sleep 1
done
curl -sf http://127.0.0.1:9990/health/ready >/dev/null || { echo "the line did not become ready; see $log" >&2; exit 1; }
pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$server_dir" | head -1)
measure() {
  jcmd "$pid" GC.run >/dev/null
  local rss heap
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  heap=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1)}')
  echo "$1: RSS $((rss / 1024)) MB, live heap after a full GC ${heap}"
}
sleep 10
measure "at rest"
sipp 127.0.0.1:5090 -sf gov-cc-sipservlet/src/test/sipp/caller_short.xml -s 15510 -i 127.0.0.1 -p 47300 \
  -mp 47400 -m "$calls" -l "$calls" -r 50 -d 40000 -timeout 120s -nostdin -bg >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  active=$(curl -s http://127.0.0.1:8080/gov-cc/metrics | awk '/^govcc_calls_in_progress\{.*complaints/ {print int($2)}')
  [ "${active:-0}" -ge "$calls" ] && break
  sleep 1
done
echo "calls in progress on the complaint line: ${active:-0}"
measure "with ${active:-0} calls in progress"
