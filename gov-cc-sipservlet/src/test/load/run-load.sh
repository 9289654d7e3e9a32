#!/usr/bin/env bash
# Load figures for the gov-cc SIP line, on this machine, in one run, loopback only. Every phase uses the same
# caller: INVITE, 200, ACK, hold 1.5 s, BYE.
#   1. ceiling: sipp uac -> sipp uas directly: the highest sustained call rate (calls/s);
#   2. floor:   sipp uac -> Restcomm running a servlet that only answers (no media, no second leg): the most any
#               application on this container can do here;
#   3. line:    sipp uac -> gov-cc (300 ms prompt over RTP, then bridged to a pool of registered sipp UAS agents);
#   4. held:    the most concurrent calls held in the IVR with RTP flowing, with heap and CPU.
# Both answering sipps run load_answerer.xml (sipp's uas, plus answering a retransmitted INVITE again), and every
# sipp has 4 MB socket buffers (see SIPP_BUF).
# A rate passes when, held for STEP_SECONDS, every call succeeds, sipp really reaches 97% of the rate asked
# (median of its per-second rates), and fewer than 1% of INVITEs are retransmitted (a server that keeps up answers
# within 500 ms); a failing rate is tried once more before the ramp stops (see ramp).
# The Java processes are warmed up first (WARMUP_SECONDS at 200 calls/s, not counted): Restcomm's
# JIT compilation takes about a minute and would otherwise be measured as call cost.
# Usage: gov-cc-sipservlet/src/test/load/run-load.sh [held-calls (default 2000)]
#        PHASES="ceiling floor line held" STEP_SECONDS=10 WARMUP_SECONDS=90 RATES="200 300 ..." (environment, optional)
#        LOAD_JAVA_OPTS="..." adds JVM options to the floor and line processes alike (e.g. a collector, JFR)
# Results: gov-cc-sipservlet/target/load/results.txt (and the raw logs beside it).
set -euo pipefail

MOD="$(cd "$(dirname "$0")/../../.." && pwd)"
ROOT="$(cd "$MOD/.." && pwd)"
OUT="$MOD/target/load"
HELD="${1:-2000}"
SCEN="$MOD/src/test/sipp"
PHASES="${PHASES:-ceiling floor line held}"
STEP_SECONDS="${STEP_SECONDS:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-90}"
DEFAULT_RATES="200 300 400 500 600 700 800 1000 1200 1400 1700 2000 2400 2800 3400 4000 5000 6000 7000 8000"
RATES="${RATES:-$DEFAULT_RATES 10000 12000 14000 16000 20000}"
rm -rf "$OUT"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && stop_process "$p"; done; }
trap cleanup EXIT
# shellcheck source=load-lib.sh
. "$MOD/src/test/load/load-lib.sh"

(cd "$ROOT" && mvn -q -B -pl gov-cc-sipservlet test-compile dependency:build-classpath \
   -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test)
CP="$MOD/target/classes:$MOD/target/test-classes:$(cat "$OUT/cp.txt")"
cd "$OUT"   # sipp writes its error logs into the working directory

# The answering sipps continue a call on an unexpected message instead of aborting it. A retransmitted INVITE
# sends them back to the step that sends 200; an ACK arriving before that step has run is then dropped (the 200
# retransmits until the BYE) instead of aborting the call and failing the caller's BYE.
ANSWERER=(-sf "$SCEN/load_answerer.xml" -default_behaviors all,-abortunexp "${SIPP_BUF[@]}")
NEXTP=47000
ANSWER_PID=0

# java_main CLASS ARGS... -> starts a JVM in the background, waits for its READY line, sets JAVA_PID
java_main() {
  local log="$OUT/$(echo "$1" | sed 's/.*\.//')-$2.log"
  # A 4 GB young generation: JAIN-SIP keeps every finished UDP transaction, with its dialog and messages, for
  # 32 s (RFC 3261 Timer J): 330 MB stayed live at 700 calls/s (class histogram), and a small young generation
  # copies it again and again. With a 2 GB heap the collector paused 8-9% of the time and the line collapsed at
  # 800-900 calls/s; with this it held 1,000-1,100. The floor runs with the same options.
  # shellcheck disable=SC2086 # LOAD_JAVA_OPTS is a list of options
  java -Xms8g -Xmx8g -Xmn4g ${LOAD_JAVA_OPTS:-} -cp "$CP" "$@" > "$log" 2>&1 &
  JAVA_PID=$!; PIDS+=("$JAVA_PID")
  for _ in $(seq 1 150); do grep -q READY "$log" && return 0; sleep 0.2; done
  echo "$1 did not start; see $log" >&2; exit 1
}

# warm_up PORT SIPP_ARGS... -> WARMUP_SECONDS of calls at 200 calls/s, not counted
warm_up() {
  local port=$1; shift
  NEXTP=$((NEXTP + 2))
  sipp "127.0.0.1:$port" "$@" "${SIPP_BUF[@]}" -d 1500 -i 127.0.0.1 -p "$NEXTP" -mp $((NEXTP + 1)) -r 200 \
       -m $((200 * WARMUP_SECONDS)) -l 2000 -timeout $((WARMUP_SECONDS + 60))s -nostdin \
       > "$OUT/warmup-$port.log" 2>&1 || true
}

# step NAME PORT RATE SIPP_ARGS... -> 0 if the rate passes; writes NAME-RATE.{log,csv} and one line to steps.txt
step() {
  local name=$1 port=$2 rate=$3; shift 3
  local calls=$((rate * STEP_SECONDS)) rc achieved retrans t0 t1 a0 a1 c0 c1 w0 w1
  NEXTP=$((NEXTP + 2))
  t0=$(cpu_ticks "${MEASURED_PID:-0}"); a0=$(cpu_ticks "$ANSWER_PID"); child_cpu > "$OUT/.c0"; w0=$(date +%s.%N)
  set +e
  sipp "127.0.0.1:$port" "$@" "${SIPP_BUF[@]}" -d 1500 -i 127.0.0.1 -p "$NEXTP" -mp $((NEXTP + 1)) \
       -r "$rate" -m "$calls" -l $((rate * 4 + 50)) -timeout 90s -timeout_error -nostdin -trace_err -trace_stat -fd 1 \
       -stf "$OUT/$name-$rate.csv" > "$OUT/$name-$rate.log" 2>&1
  rc=$?
  set -e
  t1=$(cpu_ticks "${MEASURED_PID:-0}"); a1=$(cpu_ticks "$ANSWER_PID"); child_cpu > "$OUT/.c1"; w1=$(date +%s.%N)
  achieved=$(achieved_rate "$OUT/$name-$rate.csv" "$calls")
  retrans=$(invite_retransmissions "$OUT/$name-$rate.log")
  local verdict=pass
  if [ "$rc" -ne 0 ]; then verdict="fail (sipp exit $rc: failed calls)";
  elif awk -v a="$achieved" -v r="$rate" 'BEGIN { exit !(a < 0.97 * r) }'; then verdict="fail (rate not reached)";
  elif [ "$retrans" -gt $((calls / 100)) ]; then verdict="fail (INVITE retransmitted $retrans times)"; fi
  # What the sipps take beside the measured JVM: is a phase limited by the CPU or by something else?
  local cpu
  c0=$(cat "$OUT/.c0"); c1=$(cat "$OUT/.c1")
  cpu=", caller sipp $(awk -v a="$c0" -v b="$c1" -v w0="$w0" -v w1="$w1" 'BEGIN{printf "%.2f", (b-a)/(w1-w0)}') cores"
  cpu="$cpu, answering sipp $(cores "$a0" "$a1" "$w0" "$w1") cores"
  [ -n "${MEASURED_PID:-}" ] && cpu=", JVM $(cores "$t0" "$t1" "$w0" "$w1") cores$cpu"
  echo "$name $rate calls/s asked: median $achieved achieved, INVITE retransmissions $retrans$cpu -> $verdict" \
       | tee -a "$OUT/steps.txt" >&2
  [ "$verdict" = pass ]
}

# ramp NAME PORT SIPP_ARGS... -> prints the highest passing rate (0 if none). A failing step is tried once more,
# in every phase alike: on a shared machine one scheduling hiccup makes a burst of retransmissions, so a single
# failure does not show a capacity.
ramp() {
  local name=$1 port=$2; shift 2
  local best=0
  for rate in $RATES; do
    if step "$name" "$port" "$rate" "$@" || { echo "  (trying $rate once more)" >> "$OUT/steps.txt"; \
                                            step "$name" "$port" "$rate" "$@"; }; then
      best=$rate
    else
      break
    fi
  done
  echo "$best"
}

CEILING=0; FLOOR=0; LINE=0

# ---------------------------------------------------------------- 1. ceiling: sipp -> sipp
if [[ " $PHASES " == *" ceiling "* ]]; then
  sipp "${ANSWERER[@]}" -i 127.0.0.1 -p 5590 -mp 6590 -nostdin -trace_err > "$OUT/ceiling-uas.log" 2>&1 &
  UAS_PID=$!; PIDS+=("$UAS_PID"); ANSWER_PID=$UAS_PID
  MEASURED_PID=""
  CEILING=$(ramp ceiling 5590 -sn uac)
  stop_process "$UAS_PID"
  say "ceiling (sipp uac -> sipp uas): $CEILING calls/s sustained"
fi

# ---------------------------------------------------------------- 2. the container's floor
if [[ " $PHASES " == *" floor "* ]]; then
  java_main org.govcc.sip.load.ContainerFloor 5595
  MEASURED_PID=$JAVA_PID; ANSWER_PID=0   # the container answers
  warm_up 5595 -sn uac
  FLOOR=$(ramp floor 5595 -sn uac)
  stop_process "$MEASURED_PID"
  say "floor (sipp uac -> Restcomm, a servlet that only answers INVITE and BYE): $FLOOR calls/s sustained"
fi

# ---------------------------------------------------------------- 3. the line with agents
if [[ " $PHASES " == *" line "* ]]; then
  AGENTS=20
  java_main org.govcc.sip.load.LoadLine 5570 $AGENTS 300 60 100000
  LINE_PID=$JAVA_PID
  sipp "${ANSWERER[@]}" -i 127.0.0.1 -p 5580 -mp 6580 -nostdin -trace_err > "$OUT/agents-uas.log" 2>&1 &
  AGENTS_PID=$!; PIDS+=("$AGENTS_PID"); ANSWER_PID=$AGENTS_PID
  for i in $(seq 1 $AGENTS); do
    sipp 127.0.0.1:5570 -sf "$SCEN/register.xml" -s "agent$i" -au "agent$i" -ap load \
         -key contact_port 5580 -key expires 3600 -i 127.0.0.1 -p $((5700 + i)) -m 1 -nostdin -timeout 10s \
         > "$OUT/register-$i.log" 2>&1
  done
  MEASURED_PID=$LINE_PID
  warm_up 5570 -sf "$SCEN/load_caller.xml" -s 1555
  LINE=$(ramp line 5570 -sf "$SCEN/load_caller.xml" -s 1555)
  STATS=$(grep STATS "$OUT/LoadLine-5570.log" | tail -1)
  stop_process "$LINE_PID"; stop_process "$AGENTS_PID"
  say "line (sipp uac -> gov-cc: 300 ms prompt over RTP, then bridged to one of $AGENTS registered sipp UAS agents): $LINE calls/s sustained"
  say "line: calls bridged in the whole run $(echo "$STATS" | sed 's/.*bridged=\([0-9]*\).*/\1/'), agent legs failed $(echo "$STATS" | sed 's/.*agentFailures=\([0-9]*\).*/\1/')"
fi

awk -v c="$CEILING" -v f="$FLOOR" -v l="$LINE" 'BEGIN {
  if (c > 0 && l > 0) printf "line / ceiling = %.2f\n", l / c;
  if (f > 0 && l > 0) printf "line / floor = %.2f (a B2BUA carries two dialogs per call, so about 0.5 is its bound)\n", l / f;
  if (c > 0 && f > 0) printf "floor / ceiling = %.2f\n", f / c;
  if (c > 0) printf "the issue'"'"'s goal, half the ceiling: %d calls/s\n", c / 2 }' | tee -a "$RESULTS"

# ---------------------------------------------------------------- 4. concurrent calls held with RTP
if [[ " $PHASES " == *" held "* ]]; then
  java_main org.govcc.sip.load.LoadLine 5571 0 0 300 100000
  LINE_PID=$JAVA_PID
  LOG="$OUT/LoadLine-5571.log"
  sipp 127.0.0.1:5571 -sf "$SCEN/load_caller.xml" -s 1555 "${SIPP_BUF[@]}" -d 500 -i 127.0.0.1 -p 5670 -mp 6570 -r 50 -m 300 \
       -nostdin > "$OUT/held-warmup.log" 2>&1 || true
  sleep 2
  IDLE_HEAP=$(live_heap_mb "$LINE_PID")
  HOLD_MS=$(( (HELD / 100 + 20) * 1000 ))
  sipp 127.0.0.1:5571 -sf "$SCEN/load_caller.xml" -s 1555 "${SIPP_BUF[@]}" -d $HOLD_MS -i 127.0.0.1 -p 5671 -mp 6571 \
       -r 100 -m "$HELD" -l "$HELD" -timeout 120s -timeout_error -nostdin -trace_err \
       > "$OUT/held-sipp.log" 2>&1 &
  SIPP_PID=$!; PIDS+=("$SIPP_PID")
  sleep $(( HELD / 100 + 3 ))
  udp_out() { awk '/^Udp:/ { n++; if (n == 2) print $5 }' /proc/net/snmp; }
  S0=$(cpu_ticks $SIPP_PID); T0=$(cpu_ticks $LINE_PID); U0=$(udp_out); W0=$(date +%s.%N)
  sleep 5
  S1=$(cpu_ticks $SIPP_PID); T1=$(cpu_ticks $LINE_PID); U1=$(udp_out); W1=$(date +%s.%N)
  PEAK=$(grep STATS "$LOG" | tail -1)
  HELD_CALLS=$(echo "$PEAK" | sed 's/.*calls=\([0-9]*\).*/\1/')
  HELD_HEAP=$(live_heap_mb "$LINE_PID")
  RSS=$(awk '/VmRSS/{print $2/1024}' /proc/$LINE_PID/status)
  set +e; wait $SIPP_PID; HELD_RC=$?; set -e
  say "held: $HELD_CALLS concurrent calls in the IVR with a prompt playing (50 RTP packets/s each), sipp exit code $HELD_RC (0 = every call succeeded)"
  say "held: line JVM $(cores $T0 $T1 $W0 $W1) cores, sipp $(cores $S0 $S1 $W0 $W1) cores; RSS ${RSS} MB"
  say "held: UDP datagrams sent by the machine meanwhile: $(awk -v a=$U0 -v b=$U1 -v w0=$W0 -v w1=$W1 'BEGIN{printf "%.0f", (b-a)/(w1-w0)}')/s (expected 50 per call per second)"
  say "held: live heap idle ${IDLE_HEAP} MB, with $HELD_CALLS calls ${HELD_HEAP} MB -> $(awk -v a=$IDLE_HEAP -v b=$HELD_HEAP -v n=$HELD_CALLS 'BEGIN{ if (n>0) printf "%.1f KB", (b-a)*1024/n; else print "n/a"}') per call"
  say "held: peak stats line: $PEAK"
  stop_process "$LINE_PID"
fi
echo "steps in $OUT/steps.txt, results in $RESULTS"
