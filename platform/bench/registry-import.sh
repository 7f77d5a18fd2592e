#!/usr/bin/env bash
# Benchmark: the registry's bulk import of the region's ESS establishments (plan baseline: 23,056 employer
# establishments in 2014). Runs against a running platform (deploy/local/essor up), never as a unit test.
#
#   platform/bench/registry-import.sh [ENTERPRISES] [TARGET_SECONDS]
#
# Generates ENTERPRISES (default 17,700, about 23,000 establishments) with a seed of its own, imports them, and
# prints lines per second; exits 1 when the import takes longer than TARGET_SECONDS (default 600).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-17700}
target=${2:-600}
app="$ROOT/services/registry/target/quarkus-app"
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT

java -cp "$app/app/*:$app/lib/main/*" org.essor.registry.demo.DemoImportFile "$count" "$RANDOM$RANDOM" >"$file"
lines=$(($(wc -l <"$file") - 1))
token=$(curl -fs -d 'grant_type=password&client_id=essor-web&username=registry-officer&password=registry-officer-pw' \
    http://127.0.0.1:8180/realms/essor/protocol/openid-connect/token | jq -r .access_token)
echo "Importing $lines establishments of $count generated enterprises ($(du -h "$file" | cut -f1))"
start=$(date +%s)
location=$(curl -fs -D - -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$file" \
    http://127.0.0.1:8081/api/v1/enterprise-imports | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
while :; do
    status=$(curl -fs -H "Authorization: Bearer $token" "$location")
    case $(jq -r .status <<<"$status") in COMPLETED|FAILED) break ;; esac
    sleep 2
done
seconds=$(( $(date +%s) - start ))
jq -r '"  \(.status): \(.created) created, \(.updated) updated, \(.unchanged) unchanged, \(.rejected) rejected"' <<<"$status"
echo "  $lines lines in ${seconds} s: $(( lines / (seconds > 0 ? seconds : 1) )) lines/s (target: ${target} s)"
(( seconds <= target ))
