#!/usr/bin/env bash
# Starts the reference line on its embedded defaults: WildFly (unpacked from the central repository into
# gov-cc-reference-app/target) with the gov-cc WAR deployed, H2 as the database, listening on 127.0.0.1.
# HTTP: http://127.0.0.1:8080/gov-cc/   Stop with Ctrl-C.
# Set GOVCC_BIND to listen elsewhere (e.g. GOVCC_BIND=0.0.0.0 for the LAN).
#   --config DIR   run the line configured in DIR (lines.json, topics.json, ...; see gov-cc-reference-app/README.md)
#                  instead of the WAR's default, the Ministry of Labour's line; e.g. --config examples/digital-governance
set -euo pipefail
config=""
while (($#)); do
  case "$1" in
    --config)
      [[ $# -ge 2 ]] || { echo "--config needs a directory" >&2; exit 2; }
      [[ -d "$2" ]] || { echo "--config: $2 is not a directory" >&2; exit 2; }
      config="$(cd "$2" && pwd)"
      shift 2 ;;
    *) echo "unknown option: $1 (known: --config DIR)" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
mvn -B -ntp -q install -DskipTests
exec mvn -B -ntp -pl gov-cc-reference-app wildfly:run -Dgovcc.bind="${GOVCC_BIND:-127.0.0.1}" -Dgovcc.config="$config"
