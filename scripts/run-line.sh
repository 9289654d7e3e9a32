#!/usr/bin/env bash
# Starts the reference line (HTTP and SIP in one WildFly process) on its embedded defaults, or with the settings
# given. Stop it with Ctrl-C: the line then drains (new calls get 503, calls in progress go on for up to
# --drain seconds) before the server stops.
#
#   scripts/run-line.sh [--config DIR] [--bind ADDR] [--sip-port N] [--rtp-ports FIRST-LAST]
#                       [--admission-limit N] [--drain SECONDS] [--rebuild | --no-build]
#                       [--postgres URL [--db-user USER] [--db-password-file FILE]] [-- WILDFLY-ARGS...]
#
# --postgres points the line at PostgreSQL instead of its embedded H2 file database (the password from the
# owner-only FILE or from GOVCC_DB_PASSWORD, stored encrypted: see scripts/wildfly/govcc-postgres.sh). The choice
# stays in the server directory; delete var/server/ to go back to H2 (its database file goes with it).
#
# The modules are built (without tests) only when the WAR is missing or older than a source file; --rebuild
# forces it, --no-build forbids it (the WAR must exist). The server keeps its configuration, data (database,
# generated passwords, phone registrations) and logs in its own directory, var/server (or $GOVCC_SERVER_DIR),
# outside the build's target/ so that a clean build keeps them; the integration tests use their own. The WAR is
# deployed once, through the deployment scanner.
set -euo pipefail
start_dir=$PWD
cd "$(dirname "$0")/.."
root=$(pwd)

bind=${GOVCC_BIND:-127.0.0.1}
sip_port=5060
rtp_ports=30000-31998
admission_limit=""
drain=30
config=""
rebuild=false
build=true
postgres="" db_user="govcc" db_password_file=""
extra=()

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "run-line: $*" >&2; exit 2; }
need() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --config) need "$@"; config=$(cd "$start_dir" && cd "$2" 2>/dev/null && pwd) || die "--config: no directory $2"
      shift 2 ;;
    --bind) need "$@"; bind=$2; shift 2 ;;
    --sip-port) need "$@"; sip_port=$2; shift 2 ;;
    --rtp-ports) need "$@"; rtp_ports=$2; shift 2 ;;
    --admission-limit) need "$@"; admission_limit=$2; shift 2 ;;
    --drain) need "$@"; drain=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --no-build) build=false; shift ;;
    --postgres) need "$@"; postgres=$2; shift 2 ;;
    --db-user) need "$@"; db_user=$2; shift 2 ;;
    --db-password-file) need "$@"; db_password_file=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done
[[ $sip_port =~ ^[0-9]+$ ]] || die "--sip-port must be a number, not '$sip_port'"
[[ $rtp_ports =~ ^[0-9]+-[0-9]+$ ]] || die "--rtp-ports must be FIRST-LAST, not '$rtp_ports'"
[[ -z $admission_limit || $admission_limit =~ ^[0-9]+$ ]] || die "--admission-limit must be a number, not '$admission_limit'"
[[ $drain =~ ^[0-9]+$ ]] || die "--drain must be a number of seconds, not '$drain'"

app=gov-cc-reference-app
wildfly_version=$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' pom.xml)
jboss_home="$root/$app/target/wildfly/wildfly-$wildfly_version"
war="$root/$app/target/gov-cc.war"
server_config=standalone-microprofile.xml

stale() {
  [ -f "$war" ] && [ -d "$jboss_home" ] || return 0
  [ -n "$(find pom.xml */pom.xml */src/main -newer "$war" -type f -print -quit)" ]
}
if ! $build; then
  [ -f "$war" ] && [ -d "$jboss_home" ] || die "--no-build: no WAR at $war or no WildFly at $jboss_home"
elif $rebuild || stale; then
  echo "run-line: building the modules (no tests)"
  mvn -B -ntp -q install -DskipTests
fi

server_dir=${GOVCC_SERVER_DIR:-$root/var/server}
if [ ! -f "$server_dir/configuration/$server_config" ]; then
  echo "run-line: creating the server directory $server_dir"
  mkdir -p "$server_dir"
  cp -r "$jboss_home/standalone/configuration" "$jboss_home/standalone/deployments" "$server_dir/"
fi
# A deployment the server configuration names (one the build's test server left, say) would start first and be
# replaced by the scanner's a few seconds later, restarting the SIP container under phones that have just
# registered: the scanner's is the only one.
perl -0pi -e 's/\s*<deployments>.*?<\/deployments>//s' "$server_dir/configuration/$server_config"
if ! grep -q 'jndi-name="java:jboss/datasources/GovCcDS"' "$server_dir/configuration/$server_config"; then
  JAVA_OPTS="-Djboss.server.base.dir=$server_dir" "$jboss_home/bin/jboss-cli.sh" \
    --file=scripts/wildfly/govcc-h2.cli >/dev/null
fi
# Sign-in (a server directory made before it existed gets it too): the staff realm's files and security domain.
for realm_file in govcc-users.properties govcc-roles.properties; do
  [ -f "$server_dir/configuration/$realm_file" ] ||
    cp "$app/src/main/wildfly/configuration/$realm_file" "$server_dir/configuration/"
done
if ! grep -q 'application-security-domain name="govcc"' "$server_dir/configuration/$server_config"; then
  JAVA_OPTS="-Djboss.server.base.dir=$server_dir" "$jboss_home/bin/jboss-cli.sh" \
    --file=scripts/wildfly/govcc-security.cli >/dev/null
fi
# The line's keys (one per purpose, in the credential store govcc-keys, owner-only): made once, at the first start,
# and kept (scripts/wildfly/govcc-rotate-key.sh adds later versions). The WAR refuses to start without them.
keys_file="$server_dir/data/govcc/credentials.cs"
if ! grep -q 'secret-key-credential-store name="govcc-keys"' "$server_dir/configuration/$server_config" ||
   ! { grep -q '^caller-number-v[0-9]*=' "$keys_file" && grep -q '^complaint-content-v[0-9]*=' "$keys_file" &&
       grep -q '^audit-chain-v[0-9]*=' "$keys_file" && grep -q '^callback-number-v[0-9]*=' "$keys_file"; } 2>/dev/null
then
  scripts/wildfly/govcc-keys.sh --jboss-home "$jboss_home" --base-dir "$server_dir"
fi
if [ -n "$postgres" ]; then
  scripts/wildfly/govcc-postgres.sh --url "$postgres" --user "$db_user" --base-dir "$server_dir" \
    ${db_password_file:+--password-file "$db_password_file"}
fi
rm -f "$server_dir"/deployments/gov-cc.war*
cp "$war" "$server_dir/deployments/gov-cc.war"

data_dir="$server_dir/data"
numbers_text="1555 (citizen line) or 15510 (complaint line)"
[ -n "$config" ] && numbers_text="the numbers in $config/lines.json"
config_text=${config:-"the configuration inside the WAR (the Ministry of Labour's line)"}
cat <<EOF
run-line: the reference line
  HTTP      http://$bind:8080/gov-cc/  (wallboard: /gov-cc/wallboard.html, metrics: /gov-cc/metrics)
  health    http://127.0.0.1:9990/health/ready and /health/live
  SIP       $bind:$sip_port (UDP, TCP), RTP $rtp_ports; dial $numbers_text
  config    $config_text
  server    $server_dir (configuration, data, log/server.log)
  keys      $data_dir/govcc/credentials.cs (the credential store govcc-keys: caller-number, complaint-content,
            audit-chain, callback-number; owner-only; rotate with scripts/wildfly/govcc-rotate-key.sh)
  sign-in   $data_dir/govcc-staff-passwords.properties (demonstration agents, supervisor, complaint
            officers, administrator; generated owner-only at the first start)
  passwords $data_dir/govcc-agent-passwords.properties (agents' SIP phones, realm govcc.labour.gov.gr;
            generated owner-only at the first start)
  test call sipp $bind:$sip_port -sf gov-cc-sipservlet/src/test/sipp/caller_rtp_dtmf_await_bye.xml -s 1555 \\
              -i 127.0.0.1 -m 1     (or any softphone: sip:1555@$bind:$sip_port)
  stop      Ctrl-C (new calls get 503; calls in progress go on for up to $drain s)
EOF

props=(-Dgovcc.bind="$bind" -Dgovcc.sip.port="$sip_port" -Dgovcc.rtp.ports="$rtp_ports"
       -Dgovcc.drain.seconds="$drain")
# Without --admission-limit the configuration's lines.json sets it.
[ -n "$admission_limit" ] && props+=(-Dgovcc.admission.limit="$admission_limit")
[ -n "$config" ] && props+=(-Dgovcc.config="$config")
# standalone.sh then passes Ctrl-C and SIGTERM on to the server, which drains and stops.
export LAUNCH_JBOSS_IN_BACKGROUND=1
exec "$jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$server_dir" -c "$server_config" -b "$bind" -bmanagement 127.0.0.1 "${props[@]}" \
  ${extra[@]+"${extra[@]}"}
