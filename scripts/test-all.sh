#!/usr/bin/env bash
# Runs every gov-cc test (unit and integration) on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-tools.sh
exec mvn -B -ntp verify "$@"
