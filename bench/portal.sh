#!/usr/bin/env bash
# Public portal: page sizes and server time under 100 concurrent readers on loopback, with the rendered-page cache
# (the default) and without it (tendik.portal.page-cache.enabled=false), one after the other in the same run.
# Usage: ./mvnw -q -DskipTests package && bench/portal.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
port=18081
seconds=${SECONDS_PER_RUN:-20}
pages=("/help" "/help/centres?region=KZ-75&need=SHELTER" "/help/pages/protective-order" "/help/centres/1")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for cache in true false; do
  data=$(mktemp -d /tmp/tendik-portal-XXXX)
  chmod 755 "$data"
  (exec java -Xmx512m -jar target/tendik.jar --server.port=$port --tendik.embedded.data-dir="$data/pg" \
      --tendik.portal.page-cache.enabled=$cache --logging.level.root=WARN > "$data/app.log" 2>&1) &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
  css=$(curl -s "http://127.0.0.1:$port/css/tendik.css" | wc -c)
  echo "=== page cache enabled: $cache (stylesheet $css bytes); 100 connections without pause, then 100 readers who each read a page a second"
  for path in "${pages[@]}"; do
    url="http://127.0.0.1:$port$path"
    size=$(curl -s -b TENDIK_LANG=kk "$url" | wc -c)
    wrk -t2 -c100 -d5s -s bench/percentiles.lua "$url" > /dev/null # warm-up
    printf '%-45s %6d bytes  ' "$path" "$size"
    LANG_CODE=kk wrk -t2 -c100 -d${seconds}s -s bench/percentiles.lua "$url" | tail -1
    printf '%-45s %6s        ' "  as 100 readers, 1 page/s each" ""
    THINK_MS=1000 LANG_CODE=kk wrk -t2 -c100 -d${seconds}s -s bench/percentiles.lua "$url" | tail -1
  done
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  trap - EXIT
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
