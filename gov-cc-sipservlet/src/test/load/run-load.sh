#!/usr/bin/env bash
# Load figures for the gov-cc SIP line, on this machine, in one run, loopback only:
#   1. ceiling: sipp uac -> sipp uas directly, the highest call rate (calls/s) with zero failed calls;
#   2. line:    sipp uac -> gov-cc (prompt playing over RTP, then bridged to a pool of registered sipp UAS agents),
#               the highest call rate with zero failed calls;
#   3. held:    the most concurrent calls held in the IVR with RTP flowing, with heap and CPU.
# Usage: gov-cc-sipservlet/src/test/load/run-load.sh [held-calls (default 2000)]
# Results: gov-cc-sipservlet/target/load/results.txt (and the raw logs beside it).
set -euo pipefail

MOD="$(cd "$(dirname "$0")/../../.." && pwd)"
ROOT="$(cd "$MOD/.." && pwd)"
OUT="$MOD/target/load"
HELD="${1:-2000}"
SCEN="$MOD/src/test/sipp"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if ! command -v sipp >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq sip-tester
fi

(cd "$ROOT" && mvn -q -B -pl gov-cc-sipservlet test-compile dependency:build-classpath \
   -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test)
CP="$MOD/target/classes:$MOD/target/test-classes:$(cat "$OUT/cp.txt")"
cd "$OUT"   # sipp writes its error logs into the working directory

say() { echo "$*" | tee -a "$RESULTS"; }
NEXTP=47000
nextport() { NEXTP=$((NEXTP + 2)); echo $NEXTP; }
cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
HZ=$(getconf CLK_TCK)

# step NAME TARGET_PORT RATE SCENARIO_ARGS...   -> returns sipp's exit code (0: every call succeeded)
step() {
  local name=$1 port=$2 rate=$3; shift 3
  local calls=$((rate * 6))
  local p
  p=$(nextport); NEXTP=$p
  set +e
  sipp "127.0.0.1:$port" "$@" -i 127.0.0.1 -p "$p" -mp $((p + 1)) -r "$rate" -m "$calls" \
       -l $((rate * 4 + 50)) -timeout 60s -timeout_error -nostdin -trace_err -trace_stat \
       -stf "$OUT/$name-$rate.csv" > "$OUT/$name-$rate.log" 2>&1
  local rc=$?
  set -e
  return $rc
}

# achieved NAME RATE -> the call rate sipp really reached (calls created / test time, drain included)
achieved() { grep 'Call Rate' "$OUT/$1-$2.log" | tail -1 | awk -F'|' '{gsub(/ cps| /, "", $3); print $3}'; }

# ramp NAME PORT RATES... -> prints the highest passing rate
ramp() {
  local name=$1 port=$2; shift 2
  local best=0
  for rate in $RATES; do
    if step "$name" "$port" "$rate" "$@"; then best=$rate; else break; fi
  done
  echo "$best"
}

PHASES="${PHASES:-ceiling line held}"

# ---------------------------------------------------------------- 1. ceiling: sipp -> sipp
if [[ " $PHASES " == *" ceiling "* ]]; then
UAS_PORT=5590
sipp -sn uas -i 127.0.0.1 -p $UAS_PORT -mp 6590 -nostdin -trace_err > "$OUT/ceiling-uas.log" 2>&1 &
PIDS+=($!)
# The same 1.5 s calls as the line's phase below, so that both rates mean the same load; steps go past the
# line's top step so that the ceiling is found, not cut off.
RATES="100 200 400 700 1000 1400 2000 2800"
CEILING=$(ramp ceiling $UAS_PORT -sn uac -d 1500)
kill "${PIDS[-1]}" 2>/dev/null || true
CEILING_REAL=$( [ "$CEILING" -gt 0 ] && achieved ceiling "$CEILING" || echo 0)
fi
CEILING=${CEILING:-0}; CEILING_REAL=${CEILING_REAL:-0}
[ "$CEILING" -gt 0 ] && say "ceiling (sipp uac -> sipp uas, 1.5 s calls): highest step with 0 failed calls: $CEILING calls/s asked, $CEILING_REAL calls/s achieved (steps: $RATES)"

# ---------------------------------------------------------------- 2. the line with agents
if [[ " $PHASES " == *" line "* ]]; then
LINE_PORT=5570
AGENTS=20
AGENT_PORT=5580
java -Xmx2g -cp "$CP" org.govcc.sip.load.LoadLine $LINE_PORT $AGENTS 300 60 100000 > "$OUT/line-cps.log" 2>&1 &
LINE_PID=$!; PIDS+=($LINE_PID)
for i in $(seq 1 100); do grep -q READY "$OUT/line-cps.log" && break; sleep 0.2; done
sipp -sn uas -i 127.0.0.1 -p $AGENT_PORT -mp 6580 -nostdin -trace_err > "$OUT/agents-uas.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 $AGENTS); do
  sipp "127.0.0.1:$LINE_PORT" -sf "$SCEN/register.xml" -s "agent$i" -au "agent$i" -ap load \
       -key contact_port $AGENT_PORT -key expires 3600 -i 127.0.0.1 -p $((5700 + i)) -m 1 -nostdin -timeout 10s \
       > "$OUT/register-$i.log" 2>&1
done
RATES="${LINE_RATES:-25 50 100 200 300 400 600 800 1000 1400 2000}"
step warmup $LINE_PORT 50 -sf "$SCEN/load_caller.xml" -s 1555 -d 500 || true   # JIT warm-up, not counted
T0=$(cpu_ticks $LINE_PID); W0=$(date +%s.%N)
LINE=$(ramp line $LINE_PORT -sf "$SCEN/load_caller.xml" -s 1555 -d 1500)
T1=$(cpu_ticks $LINE_PID); W1=$(date +%s.%N)
BRIDGED=$(grep STATS "$OUT/line-cps.log" | tail -1 | sed 's/.*bridged=\([0-9]*\).*/\1/')
FAILS=$(grep STATS "$OUT/line-cps.log" | tail -1 | sed 's/.*agentFailures=\([0-9]*\).*/\1/')
kill $LINE_PID; wait $LINE_PID 2>/dev/null || true
kill "${PIDS[-1]}" 2>/dev/null || true
LINE_REAL=$( [ "$LINE" -gt 0 ] && achieved line "$LINE" || echo 0)
say "line (sipp uac -> gov-cc: 300 ms prompt over RTP, then bridged to one of $AGENTS registered sipp UAS agents, caller hangs up at 1.5 s): highest step with 0 failed calls: $LINE calls/s asked, $LINE_REAL calls/s achieved (steps: $RATES); calls bridged during the ramp: $BRIDGED, agent legs failed: $FAILS"
awk -v a="$CEILING_REAL" -v b="$LINE_REAL" -v c="$CEILING" -v d="$LINE" 'BEGIN { if (a > 0 && c > 0) printf "line / ceiling = %.2f (achieved rates), %.2f (highest passing steps)\n", b / a, d / c }' | tee -a "$RESULTS"
say "line JVM CPU during the ramp: $(awk -v t0=$T0 -v t1=$T1 -v w0=$W0 -v w1=$W1 -v hz=$HZ 'BEGIN{printf "%.2f cores average", (t1-t0)/hz/(w1-w0)}')"

fi

# ---------------------------------------------------------------- 3. concurrent calls held with RTP
if [[ " $PHASES " == *" held "* ]]; then
LINE_PORT=5571
java -Xmx2g -cp "$CP" org.govcc.sip.load.LoadLine $LINE_PORT 0 0 300 100000 > "$OUT/line-held.log" 2>&1 &
LINE_PID=$!; PIDS+=($LINE_PID)
for i in $(seq 1 100); do grep -q READY "$OUT/line-held.log" && break; sleep 0.2; done
step warmup-held $LINE_PORT 50 -sf "$SCEN/load_caller.xml" -s 1555 -d 500 || true   # JIT warm-up
sleep 2
jcmd $LINE_PID GC.run > /dev/null; sleep 1.2
IDLE_HEAP=$(grep STATS "$OUT/line-held.log" | tail -1 | sed 's/.*heapUsedMB=\([0-9.]*\).*/\1/')
HOLD_MS=$(( (HELD / 100 + 20) * 1000 ))
sipp "127.0.0.1:$LINE_PORT" -sf "$SCEN/load_caller.xml" -s 1555 -d $HOLD_MS -i 127.0.0.1 -p 5671 -mp 6571 \
     -r 100 -m "$HELD" -l "$HELD" -timeout 120s -timeout_error -nostdin -trace_err \
     > "$OUT/held-sipp.log" 2>&1 &
SIPP_PID=$!; PIDS+=($SIPP_PID)
RAMP=$(( HELD / 100 + 3 ))
sleep $RAMP
udp_out() { awk '/^Udp:/ { n++; if (n == 2) print $5 }' /proc/net/snmp; }
S0=$(cpu_ticks $SIPP_PID); T0=$(cpu_ticks $LINE_PID); U0=$(udp_out); W0=$(date +%s.%N)
sleep 5
S1=$(cpu_ticks $SIPP_PID); T1=$(cpu_ticks $LINE_PID); U1=$(udp_out); W1=$(date +%s.%N)
PEAK=$(grep STATS "$OUT/line-held.log" | tail -1)
jcmd $LINE_PID GC.run > /dev/null; sleep 1.2
HELD_STATS=$(grep STATS "$OUT/line-held.log" | tail -1)
HELD_CALLS=$(echo "$HELD_STATS" | sed 's/.*calls=\([0-9]*\).*/\1/')
HELD_HEAP=$(echo "$HELD_STATS" | sed 's/.*heapUsedMB=\([0-9.]*\).*/\1/')
RSS=$(awk '/VmRSS/{print $2/1024}' /proc/$LINE_PID/status)
set +e; wait $SIPP_PID; HELD_RC=$?; set -e
say "held: $HELD_CALLS concurrent calls in the IVR with a prompt playing (50 RTP packets/s each), sipp exit code $HELD_RC (0 = every call succeeded)"
say "held: line JVM $(awk -v t0=$T0 -v t1=$T1 -v w0=$W0 -v w1=$W1 -v hz=$HZ 'BEGIN{printf "%.2f", (t1-t0)/hz/(w1-w0)}') cores, sipp $(awk -v t0=$S0 -v t1=$S1 -v w0=$W0 -v w1=$W1 -v hz=$HZ 'BEGIN{printf "%.2f", (t1-t0)/hz/(w1-w0)}') cores; RSS ${RSS} MB"
say "held: UDP datagrams sent by the machine meanwhile: $(awk -v a=$U0 -v b=$U1 -v w0=$W0 -v w1=$W1 'BEGIN{printf "%.0f", (b-a)/(w1-w0)}')/s (expected 50 per call per second)"
say "held: heap after GC idle ${IDLE_HEAP} MB, with $HELD_CALLS calls ${HELD_HEAP} MB -> $(awk -v a=$IDLE_HEAP -v b=$HELD_HEAP -v n=$HELD_CALLS 'BEGIN{ if (n>0) printf "%.1f KB", (b-a)*1024/n; else print "n/a"}') per call"
say "held: peak stats line: $PEAK"
fi
echo "results in $RESULTS"
