#!/usr/bin/env bash
# Rotates one of the reference line's keys: adds version n+1 of PURPOSE's key to the credential store govcc-keys,
# which becomes current for new writes; versions 1..n stay, so that what was written under them is still read (an
# audit entry keeps the version it was chained with, a sealed value names its own, a caller hash says its version).
#   govcc-rotate-key.sh PURPOSE [--jboss-home DIR] [--base-dir DIR]    offline: the server stopped
#   govcc-rotate-key.sh PURPOSE --controller HOST:PORT [--jboss-home DIR]  a running server (management interface)
# PURPOSE is caller-number, complaint-content, audit-chain or callback-number. Offline, the store file is made
# owner-only again after the change (on a running server too, when its base directory is this machine's). On a
# running server the new version is current at once (the line reads the store on every use); the
# management interface asks for an administrator's credentials as jboss-cli does. Keys never pass through here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../gov-cc-reference-app"
home=$(ls -d "$app"/target/wildfly/wildfly-* 2>/dev/null | head -1 || true)
base="" controller="" purpose=""
die() { echo "govcc-rotate-key: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --jboss-home) home=${2:?--jboss-home needs a value}; shift 2 ;;
    --base-dir) base=${2:?--base-dir needs a value}; shift 2 ;;
    --controller) controller=${2:?--controller needs a value}; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option: $1" ;;
    *) [ -z "$purpose" ] || die "one PURPOSE only, not '$purpose' and '$1'"; purpose=$1; shift ;;
  esac
done
case "$purpose" in
  caller-number|complaint-content|audit-chain|callback-number) ;;
  *) die "PURPOSE must be caller-number, complaint-content, audit-chain or callback-number, not '${purpose}'" ;;
esac
[ -n "$home" ] && [ -f "$home/jboss-modules.jar" ] || die "no WildFly at --jboss-home '${home}' (build first)"
base=${base:-$home/standalone}
# shellcheck source=govcc-offline.lib.sh
. "$here/govcc-offline.lib.sh"
store_op=/subsystem=elytron/secret-key-credential-store=govcc-keys
if [ -n "$controller" ]; then
  controller_form='^[][A-Za-z0-9.:-]+$' # a host name or address (IPv6 in brackets) and a port
  [[ "$controller" =~ $controller_form ]] || die "--controller must be HOST:PORT, not '$controller'"
  run() { "$home/bin/jboss-cli.sh" --connect --controller="$controller" --file="$1" >"$work/cli.log" 2>&1 ||
    { cat "$work/cli.log" >&2; die "jboss-cli failed on $controller"; }; }
  wrap() { cat; }
else
  [ -f "$base/configuration/standalone-microprofile.xml" ] || die "no configuration/standalone-microprofile.xml under --base-dir '$base'"
  [ -f "$base/data/govcc/credentials.cs" ] || die "no credential store at $base/data/govcc/credentials.cs: make the keys first with govcc-keys.sh"
  run() { cli "$1" "$(basename "$1")"; }
  wrap() { echo "embed-server --std-out=discard --server-config=standalone-microprofile.xml"; cat
    echo "stop-embedded-server"; }
fi
echo "$store_op:read-aliases" | wrap > "$work/aliases.cli"
run "$work/aliases.cli"
current=$(grep -o "\"$purpose-v[0-9]*\"" "$work/cli.log" | tr -dc '0-9\n' | sort -n | tail -1 || true)
[ -n "$current" ] || die "the store holds no $purpose key to rotate: make the keys first with govcc-keys.sh"
next=$((current + 1))
echo "$store_op:generate-secret-key(alias=$purpose-v$next, key-size=256)" | wrap > "$work/rotate.cli"
run "$work/rotate.cli"
grep -q '"outcome" => "failed"' "$work/cli.log" && { cat "$work/cli.log" >&2; die "the store refused $purpose-v$next"; }
# The store is rewritten with the writing process's umask (a running server's may be 022): owner-only again.
[ ! -f "$base/data/govcc/credentials.cs" ] || chmod 600 "$base/data/govcc/credentials.cs"
kept="$purpose-v1 stays"; [ "$current" -eq 1 ] || kept="$purpose-v1 to -v$current stay"
echo "govcc-rotate-key: $purpose-v$next is now current for new writes; $kept for reading"
