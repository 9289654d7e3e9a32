# Functions shared by run-load.sh and run-line-load.sh (sourced, not run). The caller sets OUT (its output
# directory) and PIDS (the processes to stop on exit).

if ! command -v sipp >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq sip-tester
fi

# Every sipp gets 4 MB socket buffers (the kernel's limit here; it caps a larger request). With sipp's 64 KB
# default a few milliseconds of scheduling delay at thousands of calls/s overflow a buffer, and the lost
# datagrams come back as retransmissions that measure the machine's noise, not the peer's capacity.
SIPP_BUF=(-buff_size 4194304)

# stop_process PID: TERM, then KILL if it is still there after 10 s (a JVM shutting down under load can take long).
stop_process() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

say() { echo "$*" | tee -a "$RESULTS"; }

cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
HZ=$(getconf CLK_TCK)
# cores T0 T1 W0 W1: the cores used between two cpu_ticks readings taken at wall times W0 and W1
cores() { awk -v t0="$1" -v t1="$2" -v w0="$3" -v w1="$4" -v hz="$HZ" 'BEGIN{printf "%.2f", (t1-t0)/hz/(w1-w0)}'; }
# CPU seconds used by this shell's finished children (the caller sipp of each step runs in the foreground).
# `times` must run in this shell, not in a $(...) subshell, whose children are its own.
child_cpu() {
  times > "$OUT/.times"
  awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$OUT/.times"
}

# achieved_rate CSV CALLS: the median of sipp's per-second call rates while it was creating calls (the last,
# partial second left out)
achieved_rate() {
  awk -F';' -v n="$2" 'NR > 1 && $13 > 0 && $13 < n && $7 > 0 { print $7 }' "$1" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int((NR + 1) / 2)] }'
}

# invite_retransmissions LOG: how often the caller sipp of LOG retransmitted its INVITE
invite_retransmissions() {
  local n
  n=$(grep -m1 -E '^ +INVITE ---' "$1" | awk '{ i = ($3 ~ /RTD/) ? 5 : 4; print $i }')
  echo "${n:-0}"
}

# live_heap_mb PID: the live heap (the class histogram collects in full first and sums what survived; the heap's
# "used" figure after a collection jumps by tens of MB within a second: each allocating thread takes a region)
live_heap_mb() { jcmd "$1" GC.class_histogram | awk '$1 == "Total" { printf "%.1f", $3 / 1048576 }'; }
