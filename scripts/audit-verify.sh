#!/usr/bin/env bash
# Verifies the reference line's audit trail from the command line: walks the hash chain in the database and prints
# the first broken entry (its number, and what is wrong: CONTENT_ALTERED, LINK_BROKEN, ENTRY_MISSING, UNKNOWN_KEY,
# HEAD_ALTERED). Exit status 0: intact; 1: broken; 2: could not verify.
#
#   scripts/audit-verify.sh [--base-dir DIR] [--url JDBC-URL [--user USER] [--password-file FILE]] [--keys FILE]
#                           [--jboss-home DIR] [--war WAR]
#
# The chain is keyed (HMAC-SHA-256 under the audit-chain keys of the credential store govcc-keys), so the tool reads
# the keys from the store's file, DIR/data/govcc/credentials.cs (or --keys FILE; read, never changed), with the
# Elytron jars of the WildFly installation (its modules org.wildfly.security.elytron-base, org.wildfly.common,
# org.jboss.logging). It runs org.govcc.reference.audit.AuditVerifierTool from the WAR's classes.
# The database: --url (PostgreSQL: jdbc:postgresql://HOST:5432/DB, with --user and the password from an owner-only
# --password-file or GOVCC_DB_PASSWORD; the driver the build copied to gov-cc-reference-app/target/drivers), or by
# default the server's H2 file DIR/data/govcc/govcc, which H2 lets one process open at a time: stop the server first.
# Defaults: DIR is var/server (or $GOVCC_SERVER_DIR), the WildFly and the WAR the build made.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
app="$root/gov-cc-reference-app"
home=$(ls -d "$app"/target/wildfly/wildfly-* 2>/dev/null | head -1 || true)
war="$app/target/gov-cc.war"
base=${GOVCC_SERVER_DIR:-$root/var/server}
url="" user="" password_file="" keys=""
die() { echo "audit-verify: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --base-dir) base=${2:?--base-dir needs a value}; shift 2 ;;
    --url) url=${2:?--url needs a value}; shift 2 ;;
    --user) user=${2:?--user needs a value}; shift 2 ;;
    --password-file) password_file=${2:?--password-file needs a value}; shift 2 ;;
    --keys) keys=${2:?--keys needs a value}; shift 2 ;;
    --jboss-home) home=${2:?--jboss-home needs a value}; shift 2 ;;
    --war) war=${2:?--war needs a value}; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1" ;;
  esac
done
[ -n "$home" ] && [ -d "$home/modules" ] || die "no WildFly at --jboss-home '${home}' (build first)"
[ -f "$war" ] || die "no WAR at --war '$war' (build first)"
keys=${keys:-$base/data/govcc/credentials.cs}
modules="$home/modules/system/layers/base"
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The WAR's own classes and the gov-cc API they use; nothing else of the WAR.
api_jar=$(jar tf "$war" | grep '^WEB-INF/lib/gov-cc-api-.*\.jar$' | head -1)
[ -n "$api_jar" ] || die "the WAR $war holds no gov-cc-api jar"
(cd "$work" && jar xf "$war" WEB-INF/classes "$api_jar")
cp="$work/WEB-INF/classes:$work/$api_jar"
for m in org/wildfly/security/elytron-base org/wildfly/common org/jboss/logging; do
  for jar in "$modules/$m"/main/*.jar; do [ -f "$jar" ] && cp="$cp:$jar"; done
done
if [ -z "$url" ]; then
  [ -f "$base/data/govcc/govcc.mv.db" ] || die "no H2 database at $base/data/govcc/govcc.mv.db (give --url or --base-dir)"
  url="jdbc:h2:file:$base/data/govcc/govcc;IFEXISTS=TRUE;TIME ZONE=UTC"
  user=${user:-sa}
  export GOVCC_DB_PASSWORD=${GOVCC_DB_PASSWORD:-sa}
fi
case "$url" in
  jdbc:h2:*) for jar in "$modules"/com/h2database/h2/main/*.jar; do cp="$cp:$jar"; done ;;
  jdbc:postgresql:*) [ -f "$app/target/drivers/postgresql.jar" ] || die "no PostgreSQL driver in $app/target/drivers"
    cp="$cp:$app/target/drivers/postgresql.jar" ;;
  *) die "--url must be a jdbc:h2: or jdbc:postgresql: URL" ;;
esac
args=(--url "$url" --keys "$keys")
[ -n "$user" ] && args+=(--user "$user")
[ -n "$password_file" ] && args+=(--password-file "$password_file")
exec java -cp "$cp" org.govcc.reference.audit.AuditVerifierTool "${args[@]}"
