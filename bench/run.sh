#!/usr/bin/env bash
# Start-up time, idle memory and sign-in throughput of target/tendik.jar on this machine.
# Usage: ./mvnw -q -DskipTests package && bench/run.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/tendik.jar
port=18080
data=$(mktemp -d /tmp/tendik-bench-XXXX)
chmod 755 "$data"

start() {
  local t0 t1
  t0=$(date +%s.%N)
  (exec java -Xmx512m -jar "$jar" --server.port=$port --tendik.embedded.data-dir="$data/pg" \
      --logging.level.root=WARN > "$data/app.log" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "server died"; cat "$data/app.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}

stop() { kill $pid; wait $pid 2>/dev/null || true; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
start; echo "start-up, first start (empty data directory: initdb, migrations, demo data): $elapsed s"
sleep 20
rss=$(ps -o rss= -p $pid | tr -d ' ')
heap=$(curl -s "http://127.0.0.1:$port/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')
echo "idle after 20 s: RSS $((rss / 1024)) MiB, heap used ${heap} MiB"
stop
for i in 1 2 3; do start; echo "start-up, restart $i (existing data): $elapsed s"; stop; done

start
token=$(curl -s -X POST -H 'Content-Type: application/json' \
  -d '{"username":"analyst","password":"tendik-demo-2026"}' "http://127.0.0.1:$port/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
echo "--- sign-in through POST /api/v1/auth/token (Argon2id check + token), wrk -t2 -c8 -d20s"
wrk -t2 -c8 -d20s --latency -s bench/token.lua "http://127.0.0.1:$port/api/v1/auth/token" | grep -E "Requests/sec|Latency|99%|50%|Non-2xx"
echo "--- token-authenticated call GET /api/v1/me (SHA-256 lookup), wrk -t2 -c32 -d20s"
wrk -t2 -c32 -d20s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me" | grep -E "Requests/sec|Latency|99%|50%|Non-2xx"
stop
rm -rf "$data"
