# The overload and fault phases of run-line-load.sh (sourced, after line-load-lib.sh). Each prints one line of
# results and fails the run (exit 1) when the line does not hold its promise.

# verdict TEXT CONDITION...: says TEXT with pass or the failed condition; the run stops at the end of the phase.
FAILED=0
verdict() {
  local text=$1; shift
  if "$@"; then say "$text -> pass"; else say "$text -> FAIL"; FAILED=1; fi
}

# burst_phase LIMIT: twice LIMIT calls at 1,000 a second, as good as at once against calls that last 18 s.
burst_phase() {
  local limit=$1 calls=$(( 2 * $1 )) rc refused_n admitted got
  mark_records
  set +e; sipp_citizens citizen_rate 1000 "$calls" burst; rc=$?; set -e
  refused_n=$(refused "$OUT/burst.log")
  admitted=$(( calls - refused_n ))
  got=$(await_records "$calls")
  verdict "burst: $calls calls at 1,000/s against admission limit $limit: $admitted admitted, $refused_n refused with 503 and Retry-After, sipp exit $rc (0: every admitted call answered by an agent, every 503 with Retry-After); records (rows closed answered) $got; post-dial delay $(pdd citizen_rate)" \
    test "$rc" -eq 0 -a "$admitted" -le "$limit" -a "$refused_n" -ge $(( calls - limit )) -a "$got" = "$calls $calls $admitted"
}

# overload_phase BEST: twice the best rate for OVERLOAD_SECONDS; the calls agents answered a second against BEST.
overload_phase() {
  local rate=$(( 2 * $1 )) calls=$(( 2 * $1 * OVERLOAD_SECONDS )) rc refused_n got answered ratio t0 t1 w0 w1
  mark_records
  t0=$(cpu_ticks "$LINE_PID"); w0=$(date +%s.%N)
  set +e; sipp_citizens citizen_rate "$rate" "$calls" overload; rc=$?; set -e
  t1=$(cpu_ticks "$LINE_PID"); w1=$(date +%s.%N)
  refused_n=$(refused "$OUT/overload.log")
  got=$(await_records "$calls")
  answered=$(echo "$got" | awk '{ print $3 }')
  ratio=$(awk -v a="$answered" -v s="$OVERLOAD_SECONDS" -v b="$1" 'BEGIN { printf "%.2f", a / s / b }')
  verdict "overload: $rate calls/s offered for $OVERLOAD_SECONDS s (twice the best $1): $(awk -v a="$answered" -v s="$OVERLOAD_SECONDS" 'BEGIN{printf "%.1f", a/s}') calls/s answered by agents = $ratio of the best; $refused_n refused with 503 and Retry-After; sipp exit $rc; records $got; line JVM $(cores "$t0" "$t1" "$w0" "$w1") cores; post-dial delay $(pdd citizen_rate)" \
    awk -v r="$ratio" -v c="$rc" 'BEGIN { exit !(r >= 0.9 && c == 0) }'
}

# database_phase BEST: half the best rate for 80 s; the database is stopped from the 20th second to the 50th.
database_phase() {
  local rate=$(( $1 / 2 > 0 ? $1 / 2 : 1 )) calls rc sp got during
  calls=$(( rate * 80 ))
  mark_records
  sipp_citizens citizen_rate "$rate" "$calls" database & sp=$!
  sleep 20
  "$ROOT/scripts/pg-test-cluster.sh" stop "$OUT/pg"
  during=$(last_csv database 16)
  sleep 30
  "$ROOT/scripts/pg-test-cluster.sh" start "$OUT/pg" "$PG_PORT" >/dev/null
  during=$(( $(last_csv database 16) - during ))
  set +e; wait "$sp"; rc=$?; set -e
  got=$(await_records "$calls")
  verdict "database: $calls calls at $rate/s, the database stopped for 30 s from the 20th second: $during calls completed while it was away; sipp exit $rc (0: every call answered by an agent); records (rows closed answered) $got once it was back" \
    test "$rc" -eq 0 -a "$got" = "$calls $calls $calls"
}

# kill_phase BEST: half the best rate for 60 s; the server is killed with -9 at the 30th second and started again.
kill_phase() {
  local rate=$(( $1 / 2 > 0 ? $1 / 2 : 1 )) calls sp ended_before succeeded in_flight t_kill t_up interrupted open ended_after
  calls=$(( rate * 60 ))
  sipp_citizens citizen_rate "$rate" "$calls" kill & sp=$!
  sleep 30
  ended_before=$(psql_line "SELECT count(*) FROM govcc_call_record WHERE ended_at IS NOT NULL")
  succeeded=$(last_csv kill 16); in_flight=$(last_csv kill 14)
  kill -9 "$LINE_PID"; t_kill=$(date +%s.%N)
  stop_line
  start_line "$LIMIT"
  ready_all_agents
  t_up=$(date +%s.%N)
  set +e; wait "$sp"; set -e
  sleep 5
  open=$(psql_line "SELECT count(*) FROM govcc_call_record WHERE ended_at IS NULL")
  interrupted=$(psql_line "SELECT count(*) FROM govcc_call_record WHERE end_cause = 'INTERRUPTED'")
  ended_after=$(psql_line "SELECT count(*) FROM govcc_call_record WHERE ended_at IS NOT NULL AND end_cause <> 'INTERRUPTED'")
  verdict "kill -9: at $rate calls/s, killed with $in_flight calls in flight ($succeeded completed before); up again and agents ready after $(awk -v a="$t_kill" -v b="$t_up" 'BEGIN{printf "%.0f", b-a}') s; then $open records open, $interrupted closed as interrupted, $ended_after closed otherwise (the database held $ended_before closed before the kill)" \
    test "$open" -eq 0 -a "$interrupted" -gt 0 -a "$ended_after" -ge "$ended_before"
}
