# The reference line's server, its peers and the phases of run-line-load.sh (sourced, after load-lib.sh).

SCEN="$MOD/src/test/sipp"
SERVER="$OUT/server"
NEXTP=48000
LINE_SH_PID=0 LINE_PID=0

psql_line() { PGPASSWORD=govcc psql -h 127.0.0.1 -p "$PG_PORT" -U govcc -d govcc -tAc "$1"; }
# mark_records: remembers which records the table holds, so that await_records counts exactly the rows made after.
mark_records() {
  psql_line "SET client_min_messages = warning; DROP TABLE IF EXISTS load_step_mark; CREATE TABLE load_step_mark AS SELECT call_id FROM govcc_call_record" >/dev/null
}

# A call's length in seconds: the IVR (the welcome cut short, the 112 notice, the menu until the citizen's key at
# 10 s, the AMKA skipped: about 12.1 s), the agent's ring (0.2 s) and talk.
call_seconds() { echo $((13 + TALK_SECONDS)); }

# citizen NAME HOLD_LOOPS GIVE_UP: makes the citizen scenario NAME.xml. GIVE_UP "fail" makes a citizen whom no
# agent answered within HOLD_LOOPS rounds of audio a failed call (the rate and fault phases), "ok" a success.
citizen() {
  local gave_up=""
  [ "$3" = fail ] && gave_up='<recv request="INFO" timeout="1"/>'
  sed -e "s/@HOLD_LOOPS@/$2/g" -e "s#@GAVE_UP@#$gave_up#" -e "s#@TALKSPURT@#$OUT/talkspurt.pcap#" \
      "$HERE/sipp/line_citizen.xml.in" > "$OUT/$1.xml"
}

# The ministry's configuration, copied and changed for a load run: both lines and every topic always open (the
# main line closes at 20:00 Athens and on holidays), no admission limit of the main line's own (the run sets the
# whole line's), after-call work WRAP_SECONDS, and AGENTS_PER_TOPIC more agents per topic from the body that
# serves it.
prepare_line() {
  "$ROOT/scripts/pg-test-cluster.sh" start "$OUT/pg" "$PG_PORT"
  echo govcc > "$OUT/db-password"; chmod 600 "$OUT/db-password"
  cp -r "$ROOT/gov-cc-reference-app/src/main/resources/config/ministry-of-labour" "$OUT/config"
  python3 - "$OUT/config" "$AGENTS_PER_TOPIC" "$WRAP_SECONDS" <<'PY'
import json, sys
d, per_topic, wrap = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def edit(name, change):
    with open(f"{d}/{name}") as f: doc = json.load(f)
    change(doc)
    with open(f"{d}/{name}", "w") as f: json.dump(doc, f, ensure_ascii=False, indent=1)
def calendar(doc):
    doc["schedules"] = [s for s in doc["schedules"] if s["id"] != "main-line-hours"] + \
        [{"id": "main-line-hours", "alwaysOpen": True}]
def topics(doc):
    for t in doc["topics"]:
        if "schedule" in t: t["schedule"] = "always-open"
def lines(doc):
    for l in doc["lines"]: l.pop("admissionLimit", None)
def queues(doc):
    for q in doc["queues"]: q["wrapUpSeconds"] = wrap
def roster(doc):
    first = {}
    for a in doc["agents"]:
        for skill in a["skills"]: first.setdefault(skill, a["body"])
    topics = ["insurance-pensions", "employment-training", "welfare-benefits", "labour-relations",
              "social-solidarity", "equality"]
    for t in topics:
        for i in range(1, per_topic + 1):
            doc["agents"].append({"id": f"load-{t}-{i:03d}", "name": f"Load agent {i} ({t})", "body": first[t],
                                  "skills": {t: 5}})
for name, change in [("calendar.json", calendar), ("topics.json", topics), ("lines.json", lines),
                     ("queues.json", queues), ("roster.json", roster)]:
    edit(name, change)
PY
  python3 -c "import json,sys; print('\n'.join(a['id'] for a in json.load(open(sys.argv[1]))['agents'] if a['id'].startswith('load-')))" \
    "$OUT/config/roster.json" > "$OUT/agents.txt"
  # The citizens' talkspurt: the first 200 ms (10 packets) of sipp's own recording.
  python3 - /usr/share/sip-tester/g711a.pcap "$OUT/talkspurt.pcap" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
out, at = [data[:24]], 24
for _ in range(10):
    length = struct.unpack_from("<I", data, at + 8)[0]
    out.append(data[at:at + 16 + length])
    at += 16 + length
open(sys.argv[2], "wb").write(b"".join(out))
PY
  citizen citizen_rate 8 fail   # the held phase makes its own, with the rounds each step needs
  sipp -sf "$SCEN/agent_answer_then_bye.xml" -d $((TALK_SECONDS * 1000)) -i 127.0.0.1 -p "$AGENT_PORT" \
       -mp $((AGENT_PORT + 1000)) -default_behaviors all,-abortunexp "${SIPP_BUF[@]}" -nostdin -trace_err \
       > "$OUT/agents-uas.log" 2>&1 &
  AGENTS_UAS=$!; PIDS+=("$AGENTS_UAS")
}

# start_line LIMIT: starts the WAR (scripts/run-line.sh) with admission limit LIMIT, waits until it answers
# OPTIONS, registers every load agent's phone and signs them in (not ready, as the desk starts them).
start_line() {
  echo "starting the line (admission limit $1)" >&2
  GOVCC_SERVER_DIR="$SERVER" JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
    setsid "$ROOT/scripts/run-line.sh" --config "$OUT/config" --sip-port "$SIP_PORT" --rtp-ports 20000-39998 \
      --admission-limit "$1" --drain 0 --postgres "jdbc:postgresql://127.0.0.1:$PG_PORT/govcc" --db-user govcc \
      --db-password-file "$OUT/db-password" -- -Djboss.socket.binding.port-offset="$OFFSET" \
      >> "$OUT/line.out" 2>&1 &
  LINE_SH_PID=$!; PIDS+=("$LINE_SH_PID")
  local up=""
  for _ in $(seq 1 300); do
    if curl -sf "$HEALTH" >/dev/null 2>&1 &&
       sipp "127.0.0.1:$SIP_PORT" -sf "$SCEN/options.xml" -s 1555 -i 127.0.0.1 -p 47999 -m 1 -timeout 3s \
            -nostdin >/dev/null 2>&1; then up=yes; break; fi
    sleep 1
  done
  [ -n "$up" ] || { echo "the line did not start; see $OUT/line.out and $SERVER/log/server.log" >&2; exit 1; }
  LINE_PID=$(pgrep -f "java.*-Djboss.server.base.dir=$SERVER" | head -1)
  local i=0 user pw batch=()
  mkdir -p "$OUT/register"
  while read -r user; do
    pw=$(sed -n "s/^$user=//p" "$SERVER/data/govcc-agent-passwords.properties")
    i=$((i + 1))
    sipp "127.0.0.1:$SIP_PORT" -sf "$SCEN/register.xml" -s "$user" -au "$user" -ap "$pw" \
         -key contact_port "$AGENT_PORT" -key expires 7200 -i 127.0.0.1 -p $((40000 + i)) -mp $((50000 + 4 * i)) \
         -m 1 -nostdin -timeout 10s > "$OUT/register/$user.log" 2>&1 &
    batch+=($!)
    if [ ${#batch[@]} -eq 8 ]; then registered "${batch[@]}"; batch=(); fi
  done < "$OUT/agents.txt"
  registered "${batch[@]}"
  agents_do sign-in
  echo "line up: java $LINE_PID, $(wc -l < "$OUT/agents.txt") agents registered and signed in" >&2
}
# registered PID...: waits for register sipps, 8 at a time; each must have succeeded.
registered() {
  local p
  for p in "$@"; do
    local rc=0; wait "$p" || rc=$?
    [ "$rc" -eq 0 ] || { echo "an agent's phone did not register (sipp exit $rc); see $OUT/register/" >&2; exit 1; }
  done
}
# agents_do STEP: POST /api/agent/STEP (sign-in, ready) as every load agent, with their generated password.
agents_do() {
  local user pw code
  while read -r user; do
    pw=$(sed -n "s/^$user=//p" "$SERVER/data/govcc-staff-passwords.properties")
    code=$(curl -s -o "$OUT/agent-http.txt" -w '%{http_code}' -X POST -u "$user:$pw" "$HTTP/api/agent/$1")
    [ "$code" = 200 ] || { echo "$user $1: HTTP $code $(cat "$OUT/agent-http.txt")" >&2; exit 1; }
  done < "$OUT/agents.txt"
}
ready_all_agents() { agents_do ready; }

stop_line() {
  [ "$LINE_SH_PID" -gt 0 ] || return 0
  kill -TERM -- "-$LINE_SH_PID" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$LINE_SH_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 -- "-$LINE_SH_PID" 2>/dev/null || true
  wait "$LINE_SH_PID" 2>/dev/null || true
  LINE_SH_PID=0 LINE_PID=0
}

# sipp_citizens SCENARIO RATE CALLS NAME [extra sipp args]: the citizens, in the foreground; returns sipp's code.
sipp_citizens() {
  local scenario=$1 rate=$2 calls=$3 name=$4; shift 4
  NEXTP=$((NEXTP + 2))
  sipp "127.0.0.1:$SIP_PORT" -sf "$OUT/$scenario.xml" -s 1555 "${SIPP_BUF[@]}" -i 127.0.0.1 -p "$NEXTP" \
       -mp $((NEXTP + 10000)) -r "$rate" -m "$calls" -l 20000 -timeout 240s -timeout_error -nostdin -trace_err \
       -trace_stat -fd 1 -stf "$OUT/$name.csv" -trace_rtt -rtt_freq 1 "$@" > "$OUT/$name.log" 2>&1
}
# refused LOG: how many 503s the citizens of LOG received
refused() { local n; n=$(grep -m1 -E '^ +503 <---' "$1" | awk '{ print $3 }'); echo "${n:-0}"; }
# last_csv NAME COLUMN: the last value of a column of sipp's statistics (12 TotalCallCreated, 14 CurrentCall,
# 16 SuccessfulCall(C), 18 FailedCall(C))
last_csv() { tail -1 "$OUT/$1.csv" | cut -d';' -f"$2"; }
max_csv() { awk -F';' -v c="$2" 'NR > 1 && $c + 0 > m { m = $c + 0 } END { print m + 0 }' "$OUT/$1.csv"; }
# pdd SCENARIO: the post-dial delay (INVITE to 200) of the last sipp run of SCENARIO, median and p99, from its
# rtt file (sipp names it after the scenario and its pid; read once, then removed)
pdd() {
  local f; f=$(ls -t "$OUT"/"$1"_*_rtt.csv | head -1)
  awk -F';' 'NR > 1 && $3 == "pdd" { print $2 }' "$f" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR) printf "median %.1f ms, p99 %.1f ms (%d calls)", v[int((NR + 1) / 2)], v[int(NR * 0.99 + 0.5)], NR }'
  rm -f "$f"
}

# await_records EXPECTED: waits (up to 120 s) until the table holds EXPECTED rows more than mark_records saw and
# none is open; prints "rows closed answered" of the new ones.
await_records() {
  local expected=$1 new="FROM govcc_call_record r WHERE NOT EXISTS (SELECT 1 FROM load_step_mark m WHERE m.call_id = r.call_id)"
  for _ in $(seq 1 120); do
    [ "$(psql_line "SELECT count(*) $new" 2>/dev/null || echo 0)" -ge "$expected" ] &&
      [ "$(psql_line "SELECT count(*) FROM govcc_call_record WHERE ended_at IS NULL")" = 0 ] && break
    sleep 1
  done
  psql_line "SELECT count(*), count(ended_at), count(agent_id) $new" | tr '|' ' '
}

# held_step N: N citizens at once in the IVR and the queues (the agents are not ready), held about 45 s.
held_step() {
  local n=$1 rate rounds rc t0 t1 w0 w1 idle peak rss
  rate=$(( n / 20 < 25 ? 25 : n / 20 ))          # all in within 20 s
  rounds=$(( (n / rate + 30) * 10 / 47 + 1 ))     # then held 30 s more
  citizen citizen_held "$rounds" ok
  mark_records
  idle=$(live_heap_mb "$LINE_PID")
  sipp_citizens citizen_held "$rate" "$n" "held-$n" & local sp=$!
  sleep $(( n / rate + 12 ))
  t0=$(cpu_ticks "$LINE_PID"); w0=$(date +%s.%N); sleep 10; t1=$(cpu_ticks "$LINE_PID"); w1=$(date +%s.%N)
  peak=$(max_csv "held-$n" 14)
  local heap; heap=$(live_heap_mb "$LINE_PID")
  rss=$(awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$LINE_PID/status")
  set +e; wait "$sp"; rc=$?; set -e
  local got; got=$(await_records "$n")
  local verdict=pass
  [ "$rc" -eq 0 ] || verdict="fail (sipp exit $rc: $(last_csv "held-$n" 18) failed calls)"
  [ "$(refused "$OUT/held-$n.log")" = 0 ] || verdict="fail ($(refused "$OUT/held-$n.log") refused)"
  [ "$(echo "$got" | awk '{print $1 "-" $2}')" = "$n-$n" ] || verdict="fail (records: $got of $n)"
  echo "held $n: peak $peak at once, line JVM $(cores "$t0" "$t1" "$w0" "$w1") cores, RSS $rss MB, live heap idle $idle MB, held $heap MB ($(awk -v a="$idle" -v b="$heap" -v n="$peak" 'BEGIN{ if (n>0) printf "%.1f", (b-a)*1024/n}') KB a call); records (rows closed answered) $got -> $verdict" \
    | tee -a "$OUT/steps.txt" >&2
  [ "$verdict" = pass ]
}

# rate_step NAME RATE SECONDS: RATE citizens a second for SECONDS; passes when every call is answered by an agent
# (none refused, none given up), sipp reaches 97% of the rate, under 1% of INVITEs are retransmitted and every
# call has its closed record.
rate_step() {
  local name=$1 rate=$2 calls=$(($2 * $3)) rc t0 t1 w0 w1 achieved retrans got
  mark_records
  t0=$(cpu_ticks "$LINE_PID"); w0=$(date +%s.%N)
  set +e; sipp_citizens citizen_rate "$rate" "$calls" "$name-$rate"; rc=$?; set -e
  t1=$(cpu_ticks "$LINE_PID"); w1=$(date +%s.%N)
  pdd citizen_rate > "$OUT/pdd-$name-$rate.txt"
  got=$(await_records "$calls")
  achieved=$(achieved_rate "$OUT/$name-$rate.csv" "$calls")
  retrans=$(invite_retransmissions "$OUT/$name-$rate.log")
  local verdict=pass
  if [ "$rc" -ne 0 ]; then verdict="fail (sipp exit $rc: $(last_csv "$name-$rate" 18) failed calls)";
  elif [ "$(refused "$OUT/$name-$rate.log")" != 0 ]; then verdict="fail ($(refused "$OUT/$name-$rate.log") refused)";
  elif awk -v a="$achieved" -v r="$rate" 'BEGIN { exit !(a < 0.97 * r) }'; then verdict="fail (rate not reached)";
  elif [ "$retrans" -gt $((calls / 100)) ]; then verdict="fail (INVITE retransmitted $retrans times)";
  elif [ "$got" != "$calls $calls $calls" ]; then verdict="fail (records: $got of $calls)"; fi
  echo "$name $rate calls/s asked: median $achieved achieved, peak $(max_csv "$name-$rate" 14) calls at once, INVITE retransmissions $retrans, line JVM $(cores "$t0" "$t1" "$w0" "$w1") cores (mean over the step and its calls' end), post-dial delay $(cat "$OUT/pdd-$name-$rate.txt"); records (rows closed answered) $got -> $verdict" \
    | tee -a "$OUT/steps.txt" >&2
  [ "$verdict" = pass ]
}
