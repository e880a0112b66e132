#!/bin/sh
# Writes the page's run-time configuration, then becomes nginx.
#
# The JSON has the shape runtimeConfigFromEnv() in @hearth/federation gives
# `vite preview`, from the same variables: HEARTH_GATEWAY_URL and one
# HEARTH_REMOTE_<NAME>_URL per remote. The same built files can then be
# deployed anywhere; only the container's environment says where the gateway
# and the other remotes are.
set -eu

config_file="${HEARTH_CONFIG_JSON:-/tmp/hearth/config.json}"

fail() {
  echo "hearth-frontend: $*" >&2
  exit 1
}

# Values go into JSON unescaped, so only plain http(s) URLs are accepted.
check_url() {
  case "$2" in
    http://* | https://*) ;;
    *) fail "$1 must be an http:// or https:// URL, not '$2'" ;;
  esac
  case "$2" in
    *'"'* | *\\* | *' '* | *"	"*) fail "$1 must not contain quotes, backslashes or whitespace" ;;
  esac
}

gateway_url="${HEARTH_GATEWAY_URL:-}"
[ -n "$gateway_url" ] || fail "HEARTH_GATEWAY_URL must say where browsers reach the gateway"
gateway_url=$(printf '%s' "$gateway_url" | sed 's:/*$::')
check_url HEARTH_GATEWAY_URL "$gateway_url"

remotes=''
for variable in $(env | sed -n 's/^\(HEARTH_REMOTE_[A-Z0-9]*_URL\)=.*/\1/p' | sort); do
  name=$(printf '%s' "$variable" | sed 's/^HEARTH_REMOTE_\(.*\)_URL$/\1/' | tr '[:upper:]' '[:lower:]')
  url=$(printenv "$variable" | sed 's:/*$::')
  check_url "$variable" "$url"
  remotes="$remotes${remotes:+,}\"$name\":\"$url\""
done

mkdir -p "$(dirname "$config_file")"
printf '{"gatewayUrl":"%s","remotes":{%s}}\n' "$gateway_url" "$remotes" > "$config_file.tmp"
mv "$config_file.tmp" "$config_file"

exec nginx -g 'daemon off;'
