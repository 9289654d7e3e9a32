#!/usr/bin/env bash
# The whole reference line under load, overload and faults, on this machine, loopback only: the WAR on WildFly
# (scripts/run-line.sh) with the ministry's flows, distributor and call records in PostgreSQL; sipp citizens who
# dial 1555, press through the Greek IVR to one of the six topics at random and wait in its queue, sending audio;
# one sipp answering for every registered agent of a roster of AGENTS_PER_TOPIC agents per topic, who talk for
# TALK_SECONDS and hang up (the queues' after-call work cut to WRAP_SECONDS so that the rate measures the line,
# not the roster). Phases (PHASES, in this order):
#   floor:    run-load.sh's floor and held phases in this run: the bare container's highest sustained rate and
#             3,000 calls held by its load line, the figures the line's are divided by;
#   held:     the most calls held at once in the IVR and the queues with prompts playing (agents not ready),
#             0 failed, every record written; heap per call;
#   rate:     the highest sustained call rate through IVR, queue and agent (the pass rules of run-load.sh, and
#             no 503, and every record written), with the post-dial delay (INVITE to 200) median and p99;
#   burst:    twice the admission limit at once: the excess gets 503 with Retry-After, every admitted call
#             completes and has its record;
#   overload: twice the best rate for OVERLOAD_SECONDS: the calls answered by agents per second against the best;
#   database: the database stopped for 30 s under load: calls still routed, every record written once it is back;
#   kill:     the server killed with -9 under load and started again: the calls in flight closed as interrupted,
#             no record of a finished call lost.
# Usage: gov-cc-sipservlet/src/test/load/run-line-load.sh
#        PHASES=... AGENTS_PER_TOPIC=60 TALK_SECONDS=5 WRAP_SECONDS=1 RATES="5 10 ..." HELD_STEPS="250 500 ..."
#        STEP_SECONDS=20 ADMISSION_LIMIT=3000 HEAP=2g FLOOR_HOLDS=3000 (environment, optional; FLOOR_HOLDS: the calls
#        the floor's load line holds, at most 4,900 for its RTP range)
# Results: gov-cc-sipservlet/target/line-load/results.txt (and the logs beside it).
set -euo pipefail

MOD="$(cd "$(dirname "$0")/../../.." && pwd)"
ROOT="$(cd "$MOD/.." && pwd)"
OUT="$MOD/target/line-load"
HERE="$MOD/src/test/load"
PHASES="${PHASES:-floor held rate burst overload database kill}"
AGENTS_PER_TOPIC="${AGENTS_PER_TOPIC:-60}"
TALK_SECONDS="${TALK_SECONDS:-5}"
WRAP_SECONDS="${WRAP_SECONDS:-1}"
RATES="${RATES:-5 10 15 20 25 30 40 50 60 70 80 100 120 140}"
HELD_STEPS="${HELD_STEPS:-250 500 750 1000 1500 2000 2500 3000}"
STEP_SECONDS="${STEP_SECONDS:-20}"
OVERLOAD_SECONDS="${OVERLOAD_SECONDS:-40}"
ADMISSION_LIMIT="${ADMISSION_LIMIT:-3000}"
HEAP="${HEAP:-2g}"
SIP_PORT=5560 AGENT_PORT=5580 PG_PORT=55460 OFFSET=300
HTTP="http://127.0.0.1:$((8080 + OFFSET))/gov-cc"
HEALTH="http://127.0.0.1:$((9990 + OFFSET))/health/ready"

if [[ " $PHASES " == *" floor "* ]]; then
  # run-load.sh empties its own output directory (target/load); its results are copied into this run's. It runs on
  # its own rates and steps: this run's RATES and STEP_SECONDS are the line's.
  env -u RATES -u STEP_SECONDS PHASES="floor held" "$HERE/run-load.sh" "${FLOOR_HOLDS:-3000}"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
RESULTS="$OUT/results.txt"; : > "$RESULTS"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && stop_process "$p"; done
  "$ROOT/scripts/pg-test-cluster.sh" stop "$OUT/pg" || true
}
trap cleanup EXIT
# shellcheck source=load-lib.sh
. "$HERE/load-lib.sh"
# shellcheck source=line-load-lib.sh
. "$HERE/line-load-lib.sh"
# shellcheck source=line-load-faults.sh
. "$HERE/line-load-faults.sh"
if [[ " $PHASES " == *" floor "* ]]; then
  sed 's/^/floor run: /' "$MOD/target/load/results.txt" | tee -a "$RESULTS"
  FLOOR=$(sed -n 's/^floor .*: \([0-9]*\) calls\/s sustained$/\1/p' "$MOD/target/load/results.txt")
  FLOOR_HELD=$(sed -n 's/^held: \([0-9]*\) concurrent calls.*/\1/p' "$MOD/target/load/results.txt")
fi
cd "$OUT"   # sipp writes its error logs into the working directory

prepare_line
# The held and rate phases run on a line limited only by ADMISSION_LIMIT; the overload and fault phases start it
# again below with the limit their best rate gives.
if [[ " $PHASES " =~ \ (held|rate)\  ]]; then start_line "$ADMISSION_LIMIT"; fi

# ---------------------------------------------------------------- held: calls in the IVR and queues at once
BEST_HELD=0
if [[ " $PHASES " == *" held "* ]]; then
  for n in $HELD_STEPS; do
    if held_step "$n"; then BEST_HELD=$n; else break; fi
  done
  say "held: $BEST_HELD calls at once in the IVR and queues with prompts playing, 0 failed, every record written"
  [ -n "${FLOOR_HELD:-}" ] && [ "$BEST_HELD" -gt 0 ] &&
    say "held: line / floor = $(awk -v a="$BEST_HELD" -v b="$FLOOR_HELD" 'BEGIN{printf "%.2f", a/b}') (the floor's load line held $FLOOR_HELD)"
fi

# ---------------------------------------------------------------- rate: sustained calls through IVR, queue, agent
BEST_RATE=0
if [[ " $PHASES " == *" rate "* ]]; then
  ready_all_agents
  for rate in $RATES; do
    if rate_step rate "$rate" "$STEP_SECONDS" || { echo "  (trying $rate once more)" >> "$OUT/steps.txt";
                                                  rate_step rate "$rate" "$STEP_SECONDS"; }; then
      BEST_RATE=$rate
    else
      break
    fi
  done
  say "rate: $BEST_RATE calls/s sustained through IVR, queue and agent; post-dial delay at that rate: $(cat "$OUT/pdd-rate-$BEST_RATE.txt" 2>/dev/null)"
  [ -n "${FLOOR:-}" ] && [ "$BEST_RATE" -gt 0 ] &&
    say "rate: line / floor = $(awk -v a="$BEST_RATE" -v b="$FLOOR" 'BEGIN{printf "%.3f", a/b}') (the floor: $FLOOR calls/s)"
fi
BEST_RATE=${BEST_RATE_GIVEN:-$BEST_RATE}   # BEST_RATE_GIVEN: the overload and fault phases without the rate phase

# ---------------------------------------------------------------- overload and faults: a line sized for its best
# rate. The admission limit is what the line can carry at it (rate x a call's length, with a fifth more, and no
# more than the most calls it held at once), so that an excess is refused at the door with 503 instead of queueing
# work the line cannot do.
if [[ " $PHASES " =~ \ (burst|overload|database|kill)\  ]]; then
  [ "$BEST_RATE" -gt 0 ] || { say "overload and faults need a best rate (run the rate phase or set BEST_RATE_GIVEN)"; exit 1; }
  LIMIT=$(awk -v r="$BEST_RATE" -v d="$(call_seconds)" -v h="$BEST_HELD" \
              'BEGIN{l = int(r * d * 1.2); if (h > 0 && h < l) l = h; print l}')
  stop_line
  start_line "$LIMIT"
  ready_all_agents
  say "overload and faults: admission limit $LIMIT (best rate $BEST_RATE calls/s x $(call_seconds) s a call x 1.2$([ "$BEST_HELD" -gt 0 ] && echo ", at most the $BEST_HELD held"))"
fi
if [[ " $PHASES " == *" burst "* ]]; then burst_phase "$LIMIT"; fi
if [[ " $PHASES " == *" overload "* ]]; then overload_phase "$BEST_RATE"; fi
if [[ " $PHASES " == *" database "* ]]; then database_phase "$BEST_RATE"; fi
if [[ " $PHASES " == *" kill "* ]]; then kill_phase "$BEST_RATE"; fi
stop_line
echo "steps in $OUT/steps.txt, results in $RESULTS"
exit "$FAILED"
