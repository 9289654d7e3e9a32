#!/usr/bin/env bash
# Points a WildFly's reference line at an OpenID Connect provider, offline (the server stopped):
#   govcc-oidc.sh --provider-url https://IDP/realms/REALM --client-id gov-cc [--secret-file FILE]
#                 [--ssl-required external|all|none] [--jboss-home DIR] [--base-dir DIR]
# The client's secret comes from GOVCC_OIDC_CLIENT_SECRET or from an owner-only FILE (mode 600 or stricter; its first
# line), never from the command line. It is stored encrypted: govcc-credential-store.cli makes the key (in the
# server's data directory), Elytron's elytron-tool encrypts the secret read from its standard input, and
# standalone-microprofile.xml holds only the ${ENC::govcc:...} expression; then govcc-oidc.cli adds the secure
# deployment of gov-cc.war. --ssl-required defaults to "external". Defaults: the WildFly the build unpacked, its
# standalone/ base directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../gov-cc-reference-app"
provider="" client="" secret_file="" ssl="external"
home=$(ls -d "$app"/target/wildfly/wildfly-* 2>/dev/null | head -1 || true)
base=""
die() { echo "govcc-oidc: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --provider-url) provider=${2:?--provider-url needs a value}; shift 2 ;;
    --client-id) client=${2:?--client-id needs a value}; shift 2 ;;
    --secret-file) secret_file=${2:?--secret-file needs a value}; shift 2 ;;
    --ssl-required) ssl=${2:?--ssl-required needs a value}; shift 2 ;;
    --jboss-home) home=${2:?--jboss-home needs a value}; shift 2 ;;
    --base-dir) base=${2:?--base-dir needs a value}; shift 2 ;;
    *) die "unknown option: $1" ;;
  esac
done
[[ "$provider" =~ ^https?://[A-Za-z0-9.:-]+(/[A-Za-z0-9._~%/-]*)?$ ]] \
  || die "--provider-url must be the provider's http(s) issuer URL, got: '${provider}'"
[[ "$client" =~ ^[A-Za-z0-9_.-]+$ ]] || die "--client-id must be letters, digits, '_', '.' or '-', got: '${client}'"
[[ "$ssl" =~ ^(external|all|none)$ ]] || die "--ssl-required must be external, all or none, got: '${ssl}'"
[ -n "$home" ] && [ -f "$home/jboss-modules.jar" ] || die "no WildFly at --jboss-home '${home}' (build first)"
base=${base:-$home/standalone}
[ -f "$base/configuration/standalone-microprofile.xml" ] || die "no configuration/standalone-microprofile.xml under --base-dir '$base'"
# shellcheck source=govcc-offline.lib.sh
. "$here/govcc-offline.lib.sh"
secret=$(read_secret --secret-file "$secret_file" "${GOVCC_OIDC_CLIENT_SECRET:-}" \
  "client secret: set GOVCC_OIDC_CLIENT_SECRET or give --secret-file")
expression=$(encrypt_secret "$secret" "client secret")
{ echo "set govccOidcProviderUrl=$provider"; echo "set govccOidcClientId=$client"
  echo "set govccOidcSecret=$(quote "$expression")"; echo "set govccOidcSslRequired=$ssl"
  cat "$here/govcc-oidc.cli"; } > "$work/oidc.cli"
cli "$work/oidc.cli" govcc-oidc.cli
echo "govcc-oidc: gov-cc.war signs in through $provider as client $client (secret encrypted in" \
  "$base/configuration/standalone-microprofile.xml, key in $base/data/govcc/credentials.cs)"
