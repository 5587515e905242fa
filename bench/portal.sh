#!/usr/bin/env bash
# Public portal: page sizes and server time under 100 concurrent readers on loopback.
# Usage: ./mvnw -q -DskipTests package && bench/portal.sh   (needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
port=18081
data=$(mktemp -d /tmp/tendik-portal-XXXX)
chmod 755 "$data"
(exec java -Xmx512m -jar target/tendik.jar --server.port=$port --tendik.embedded.data-dir="$data/pg" \
    --logging.level.root=WARN > "$data/app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/help?lang=kk" "/help/centres?region=KZ-75&need=SHELTER&lang=ru" "/help/pages/protective-order?lang=en"; do
  size=$(curl -s "http://127.0.0.1:$port$path" | wc -c)
  css=$(curl -s "http://127.0.0.1:$port/css/tendik.css" | wc -c)
  echo "--- $path: HTML $size bytes (+ stylesheet $css bytes, + portal.js)"
  wrk -t2 -c100 -d20s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|75%|90%|99%|Non-2xx"
done
