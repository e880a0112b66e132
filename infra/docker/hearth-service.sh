#!/bin/sh
# Starts one Hearth service in the foreground: hearth-service <families|criteria|interventions|outcomes|gateway>.
# exec makes Node the container's main process, so the orchestrator's SIGTERM
# reaches the service's graceful shutdown rather than stopping at this shell.
set -eu

service="${1:-}"
case "$service" in
  '' | */* | .*) service_dir='' ;;
  *) service_dir="/app/services/$service" ;;
esac

if [ -z "$service_dir" ] || [ ! -f "$service_dir/src/main.ts" ]; then
  known=''
  for dir in /app/services/*/; do known="$known $(basename "$dir")"; done
  echo "hearth-service: say which service to run, one of:$known" >&2
  exit 64
fi

cd "$service_dir"
exec node --import tsx src/main.ts
