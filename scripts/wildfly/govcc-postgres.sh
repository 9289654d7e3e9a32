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
# shellcheck source=govcc-offline.lib.sh
. "$here/govcc-offline.lib.sh"
password=$(read_secret --password-file "$password_file" "${GOVCC_DB_PASSWORD:-}" \
  "password: set GOVCC_DB_PASSWORD or give --password-file")
expression=$(encrypt_secret "$password" "password")
{ echo "set govccDbUrl=$url"; echo "set govccDbUser=$user"; echo "set govccDbPassword=$(quote "$expression")"
  echo "set govccDriverJar=$driver"; cat "$here/govcc-postgres.cli"; } > "$work/postgres.cli"
cli "$work/postgres.cli" govcc-postgres.cli
echo "govcc-postgres: GovCcDS -> $url as $user (password encrypted in $base/configuration/standalone-microprofile.xml," \
  "key in $base/data/govcc/credentials.cs)"
