#!/usr/bin/env bash
# Starts the reference line on its embedded defaults: WildFly (unpacked from the central repository into
# gov-cc-reference-app/target) with the gov-cc WAR deployed, H2 as the database, listening on 127.0.0.1.
# HTTP: http://127.0.0.1:8080/gov-cc/   Stop with Ctrl-C.
# Set GOVCC_BIND to listen elsewhere (e.g. GOVCC_BIND=0.0.0.0 for the LAN).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q install -DskipTests
exec mvn -B -ntp -pl gov-cc-reference-app wildfly:run -Dgovcc.bind="${GOVCC_BIND:-127.0.0.1}"
