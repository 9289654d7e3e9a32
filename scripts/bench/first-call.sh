#!/usr/bin/env bash
# Times scripts/run-line.sh to the first answered call: starts it on a fresh server directory, places one sipp call
# to 1555 every second until one is answered (200 OK, then BYE), prints the seconds, and stops the line.
#   scripts/bench/first-call.sh [REPOSITORY]   (default: this one; give a fresh clone to time a cold start)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
server_dir=$(mktemp -d /tmp/govcc-first-call-XXXX)
scenario=$(mktemp /tmp/govcc-first-call-XXXX.xml)
# caller_short.xml also accepts a 503; here only an answer counts.
sed "s#<recv response=\"503\" optional=\"true\" next=\"refused\"/>##" \
  "$repo/gov-cc-sipservlet/src/test/sipp/caller_short.xml" >"$scenario"
start=$(date +%s.%N)
GOVCC_SERVER_DIR=$server_dir setsid "$repo/scripts/run-line.sh" --sip-port 5092 --drain 0 >"$server_dir.out" 2>&1 &
launcher=$!
trap 'kill -TERM -- -$launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$server_dir" "$scenario"' EXIT
for _ in $(seq 1 900); do
  if sipp 127.0.0.1:5092 -sf "$scenario" -s 1555 -i 127.0.0.1 -p 47501 -mp 47600 -m 1 -d 100 -timeout 3s \
      -nostdin >/dev/null 2>&1; then
    end=$(date +%s.%N)
    echo "first answered call after $(echo "$end - $start" | bc) s"
    exit 0
  fi
  sleep 1
done
echo "no call answered in 15 minutes; see $server_dir.out" >&2
exit 1
