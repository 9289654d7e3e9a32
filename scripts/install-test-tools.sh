#!/usr/bin/env bash
# Installs the outside tools gov-cc's tests drive, when they are missing: sipp (Debian's sip-tester) and the
# baresip softphone (baresip-core) as real SIP peers, Graphviz for the IVR diagram tests, PostgreSQL for the
# database tests, Chromium and chromedriver (chromium-driver) for the web pages' tests, which Selenium drives.
# Tests never skip because a tool is missing: this script is what makes them present, and it fails loudly if it
# cannot. Keycloak 26 (OidcSignInIT's OpenID Connect provider, from the central repository) supports Java 21 or later:
# Debian 12 packages none, so a JDK 21+ must already be under /usr/lib/jvm (this machine kind has Temurin 25 there).
set -euo pipefail

jdk21=""
for release in /usr/lib/jvm/*/release; do
  [ -f "$release" ] || continue
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$(dirname "$release")/bin/java" ]; then
    jdk21=$(dirname "$release")
  fi
done
[ -n "$jdk21" ] || { echo "install-test-tools: no JDK 21 or later under /usr/lib/jvm, which Keycloak needs for" \
  "OidcSignInIT: install one there" >&2; exit 1; }

missing=()
command -v sipp >/dev/null 2>&1 || missing+=(sip-tester)
command -v baresip >/dev/null 2>&1 || missing+=(baresip-core)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-tools: sipp, baresip, dot, PostgreSQL, Chromium, chromedriver and a JDK 21+ ($jdk21) are present"
  exit 0
fi

echo "install-test-tools: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-test-tools: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
command -v sipp >/dev/null 2>&1 || { echo "install-test-tools: sipp still missing after install" >&2; exit 1; }
command -v baresip >/dev/null 2>&1 || { echo "install-test-tools: baresip still missing after install" >&2; exit 1; }
command -v dot >/dev/null 2>&1 || { echo "install-test-tools: dot still missing after install" >&2; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "install-test-tools: PostgreSQL still missing after install" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "install-test-tools: Chromium still missing after install" >&2; exit 1; }
[ -x /usr/bin/chromedriver ] || { echo "install-test-tools: chromedriver still missing after install" >&2; exit 1; }
