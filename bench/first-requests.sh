#!/usr/bin/env bash
# First requests after start (issue 16, item 11): starts Loopdesk with the demo data on a fresh data folder, waits
# for "Loopdesk is ready", then times the first and second GET /v3/api-docs and the first and second screenshot
# upload (a PNG, POST /api/v1/tickets/{n}/attachments as the demo customer) with curl. Stops the node at the end.
#   bench/first-requests.sh            port 18080, data in target/bench-first-requests
#   BENCH_PORT=9090 bench/first-requests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-18080}
data="$PWD/target/bench-first-requests"
rm -rf "$data" && mkdir -p "$data"
./loopdesk run --server.port="$port" --loopdesk.data-dir="$data" > "$data/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; pkill -f "$data" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q "Loopdesk is ready" "$data/node.log" && break; sleep 1; done
grep -q "Loopdesk is ready" "$data/node.log" || { echo "Loopdesk did not start; see $data/node.log" >&2; exit 1; }
base="http://localhost:$port"
time_of() { curl -s -o /dev/null -w "%{http_code} %{time_total}s" "$@"; }
echo "first GET /v3/api-docs:   $(time_of "$base/v3/api-docs")"
echo "second GET /v3/api-docs:  $(time_of "$base/v3/api-docs")"
number=$(curl -s -u customer:customer "$base/api/v1/tickets?limit=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["number"])')
shot=docs/screenshots/ticket-page.png
echo "first screenshot upload:  $(time_of -u customer:customer -F "files=@$shot;type=image/png" "$base/api/v1/tickets/$number/attachments")"
echo "second screenshot upload: $(time_of -u customer:customer -F "files=@$shot;type=image/png" "$base/api/v1/tickets/$number/attachments")"
