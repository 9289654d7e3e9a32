#!/usr/bin/env bash
# Points a WildFly's reference line at PostgreSQL, offline (the server stopped):
#   govcc-postgres.sh --url jdbc:postgresql://HOST:5432/DB --user USER [--password-file FILE]
#                     [--jboss-home DIR] [--base-dir DIR] [--driver JAR]
# The password comes from GOVCC_DB_PASSWORD or from an owner-only FILE (mode 600 or stricter; its first line),
# never from the command line. It is stored encrypted: govcc-credential-store.cli makes the key (in the server's
# data directory), Elytron's elytron-tool encrypts the password read from its standard input, and standalone-microprofile.xml
# holds only the ${ENC::govcc:...} expression; then govcc-postgres.cli installs the driver module and replaces the
# GovCcDS datasource. Defaults: the WildFly the build unpacked, its standalone/ base directory, the
# driver jar the build copied to gov-cc-reference-app/target/drivers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../gov-cc-reference-app"
url="" user="" password_file="" driver="$app/target/drivers/postgresql.jar"
home=$(ls -d "$app"/target/wildfly/wildfly-* 2>/dev/null | head -1 || true)
base=""
die() { echo "govcc-postgres: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=${2:?--url needs a value}; shift 2 ;;
    --user) user=${2:?--user needs a value}; shift 2 ;;
    --password-file) password_file=${2:?--password-file needs a value}; shift 2 ;;
    --jboss-home) home=${2:?--jboss-home needs a value}; shift 2 ;;
    --base-dir) base=${2:?--base-dir needs a value}; shift 2 ;;
    --driver) driver=${2:?--driver needs a value}; shift 2 ;;
    *) die "unknown option: $1" ;;
  esac
done
[[ "$url" == jdbc:postgresql://* ]] || die "--url must be a jdbc:postgresql:// URL, got: '${url}'"
[[ "$url" =~ ^[A-Za-z0-9:/._?=\&%-]+$ ]] || die "--url holds a character the CLI cannot take: '$url'"
[[ "$user" =~ ^[A-Za-z0-9_.-]+$ ]] || die "--user must be letters, digits, '_', '.' or '-', got: '${user}'"
[ -n "$home" ] && [ -f "$home/jboss-modules.jar" ] || die "no WildFly at --jboss-home '${home}' (build first)"
base=${base:-$home/standalone}
[ -f "$base/configuration/standalone-microprofile.xml" ] || die "no configuration/standalone-microprofile.xml under --base-dir '$base'"
[ -f "$driver" ] || die "no driver jar at --driver '$driver' (mvn package builds it)"
if [ -n "$password_file" ]; then
  [ -f "$password_file" ] || die "--password-file '$password_file' does not exist"
  mode=$(stat -c %a "$password_file")
  [[ "$mode" =~ ^[0-7]00$ ]] || die "--password-file '$password_file' is readable by others (mode $mode): chmod 600 it"
  password=$(head -n 1 "$password_file")
else
  password=${GOVCC_DB_PASSWORD:-}
fi
[ -n "$password" ] || die "no password: set GOVCC_DB_PASSWORD or give --password-file"

umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli() {
  JBOSS_HOME="$home" java -Djboss.home.dir="$home" -Djboss.cli.config="$home/bin/jboss-cli.xml" \
    -Djboss.server.base.dir="$base" -jar "$home/jboss-modules.jar" -mp "$home/modules" org.jboss.as.cli \
    --file="$1" >"$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; die "jboss-cli failed on $(basename "$2")"; }
  if grep -q '"outcome" => "failed"' "$work/cli.log"; then cat "$work/cli.log" >&2; die "jboss-cli: $(basename "$2") failed"; fi
}
quote() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\$/\\\$}; printf '"%s"' "$v"; }

cli "$here/govcc-credential-store.cli" govcc-credential-store.cli
# Twice: the tool asks for the secret and then for its confirmation.
token=$(printf '%s\n%s\n' "$password" "$password" | JBOSS_HOME="$home" "$home/bin/elytron-tool.sh" credential-store \
  --type=PropertiesCredentialStore --location="$base/data/govcc/credentials.cs" --encrypt=key 2>&1 \
  | sed -n "s/^Clear text encrypted to token '\([^']*\)'.*/\1/p")
[ -n "$token" ] || die "elytron-tool did not encrypt the password"
expression="\${ENC::govcc:$token}"
{ echo "set govccDbUrl=$url"; echo "set govccDbUser=$user"; echo "set govccDbPassword=$(quote "$expression")"
  echo "set govccDriverJar=$driver"; cat "$here/govcc-postgres.cli"; } > "$work/postgres.cli"
cli "$work/postgres.cli" govcc-postgres.cli
echo "govcc-postgres: GovCcDS -> $url as $user (password encrypted in $base/configuration/standalone-microprofile.xml," \
  "key in $base/data/govcc/credentials.cs)"
