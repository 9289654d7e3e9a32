#!/usr/bin/env bash
# Starts the reference line on its embedded defaults: WildFly (unpacked from the central repository into
# gov-cc-reference-app/target) with the gov-cc WAR deployed, an H2 file database in the server's data directory,
# listening on 127.0.0.1.
# HTTP: http://127.0.0.1:8080/gov-cc/   Stop with Ctrl-C.
# Set GOVCC_BIND to listen elsewhere (e.g. GOVCC_BIND=0.0.0.0 for the LAN).
# --postgres URL [--db-user USER] [--db-password-file FILE]: use PostgreSQL instead (the password from the
#   owner-only FILE or from GOVCC_DB_PASSWORD; stored encrypted, see scripts/wildfly/govcc-postgres.sh). The choice
#   stays in the unpacked server until `mvn clean` unpacks a fresh one.
set -euo pipefail
cd "$(dirname "$0")/.."
postgres="" db_user="govcc" db_password_file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=${2:?--postgres needs a jdbc:postgresql:// URL}; shift 2 ;;
    --db-user) db_user=${2:?--db-user needs a value}; shift 2 ;;
    --db-password-file) db_password_file=${2:?--db-password-file needs a value}; shift 2 ;;
    *) echo "run-line: unknown option: $1" >&2; exit 2 ;;
  esac
done
mvn -B -ntp -q install -DskipTests
if [ -n "$postgres" ]; then
  scripts/wildfly/govcc-postgres.sh --url "$postgres" --user "$db_user" \
    ${db_password_file:+--password-file "$db_password_file"}
fi
exec mvn -B -ntp -pl gov-cc-reference-app wildfly:run -Dgovcc.bind="${GOVCC_BIND:-127.0.0.1}"
