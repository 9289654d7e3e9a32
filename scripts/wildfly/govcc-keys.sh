#!/usr/bin/env bash
# Makes the reference line's keys in a WildFly's credential store, offline (the server stopped), owner-only:
#   govcc-keys.sh [--jboss-home DIR] [--base-dir DIR]
# Runs govcc-credential-store.cli (the store govcc-keys in DIR/data/govcc/credentials.cs, its expression resolver, and
# one key per purpose: caller-number-v1, complaint-content-v1, audit-chain-v1, callback-number-v1), then makes the store file readable by
# its owner only (mode 600) and prints its aliases (never a key). Running it again keeps every key. Defaults: the
# WildFly the build unpacked and its standalone/ base directory. The deployment refuses to start without these keys,
# naming this command.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../gov-cc-reference-app"
home=$(ls -d "$app"/target/wildfly/wildfly-* 2>/dev/null | head -1 || true)
base=""
die() { echo "govcc-keys: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --jboss-home) home=${2:?--jboss-home needs a value}; shift 2 ;;
    --base-dir) base=${2:?--base-dir needs a value}; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1" ;;
  esac
done
[ -n "$home" ] && [ -f "$home/jboss-modules.jar" ] || die "no WildFly at --jboss-home '${home}' (build first)"
base=${base:-$home/standalone}
[ -f "$base/configuration/standalone-microprofile.xml" ] || die "no configuration/standalone-microprofile.xml under --base-dir '$base'"
# shellcheck source=govcc-offline.lib.sh
. "$here/govcc-offline.lib.sh"
store="$base/data/govcc/credentials.cs"
cli "$here/govcc-credential-store.cli" govcc-credential-store.cli
[ -f "$store" ] || die "the CLI made no credential store at $store"
chmod 700 "$base/data/govcc"
chmod 600 "$store"
aliases=$(sed -n 's/^\([a-z0-9-]*\)=.*/\1/p' "$store" | sort | tr '\n' ' ')
echo "govcc-keys: $store (mode 600) holds ${aliases% }"
