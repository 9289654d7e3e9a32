# Shared by govcc-postgres.sh and govcc-oidc.sh (sourced, not run): an owner-only secret read, the offline jboss-cli
# runs, and the secret's encryption into a ${ENC::govcc:...} expression with Elytron's tool. The caller sets `home`
# (the WildFly), `base` (its base directory), `here` (this directory) and `die`.

# Prints the secret: the first line of owner-only FILE (mode 600 or stricter) if given, else VALUE (from the
# environment); OPTION and WHAT name them in the refusals.
read_secret() {
  local option=$1 file=$2 value=$3 what=$4 mode secret
  if [ -n "$file" ]; then
    [ -f "$file" ] || die "$option '$file' does not exist"
    mode=$(stat -c %a "$file")
    [[ "$mode" =~ ^[0-7]00$ ]] || die "$option '$file' is readable by others (mode $mode): chmod 600 it"
    secret=$(head -n 1 "$file")
  else
    secret=$value
  fi
  [ -n "$secret" ] || die "no $what"
  printf '%s' "$secret"
}

# A private working directory, removed at exit.
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs jboss-cli offline on FILE; NAME names it when it fails.
cli() {
  JBOSS_HOME="$home" java -Djboss.home.dir="$home" -Djboss.cli.config="$home/bin/jboss-cli.xml" \
    -Djboss.server.base.dir="$base" -jar "$home/jboss-modules.jar" -mp "$home/modules" org.jboss.as.cli \
    --file="$1" >"$work/cli.log" 2>&1 || { cat "$work/cli.log" >&2; die "jboss-cli failed on $(basename "$2")"; }
  if grep -q '"outcome" => "failed"' "$work/cli.log"; then cat "$work/cli.log" >&2; die "jboss-cli: $(basename "$2") failed"; fi
}

# Quotes a value for a CLI `set` (backslashes, quotes and dollars escaped).
quote() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\$/\\\$}; printf '"%s"' "$v"; }

# Prints the ${ENC::govcc:TOKEN} expression of SECRET, after making sure the key exists (govcc-credential-store.cli);
# WHAT names the secret if the tool refuses it.
encrypt_secret() {
  local secret=$1 what=$2 token
  cli "$here/govcc-credential-store.cli" govcc-credential-store.cli
  # Twice: the tool asks for the secret and then for its confirmation.
  token=$(printf '%s\n%s\n' "$secret" "$secret" | JBOSS_HOME="$home" "$home/bin/elytron-tool.sh" credential-store \
    --type=PropertiesCredentialStore --location="$base/data/govcc/credentials.cs" --encrypt=key 2>&1 \
    | sed -n "s/^Clear text encrypted to token '\([^']*\)'.*/\1/p")
  [ -n "$token" ] || die "elytron-tool did not encrypt the $what"
  printf '%s' "\${ENC::govcc:$token}"
}
