#!/usr/bin/env bash
# Case management under load (issue 3): USERS caseworkers (default 50) on loopback, each on one connection, open
# their own cases through the API (GET /api/v1/cases/{id}) and as a page (GET /cases/{id}), load their home page
# (GET /) and save incidents (POST /api/v1/cases/{id}/incidents); p50/p95/p99 and throughput per scenario.
#
# Usage: ./mvnw -q -DskipTests package && bench/cases.sh [DATA_DIR]     (needs wrk and curl)
#   DATA_DIR (default /tmp/tendik-cases-bench) keeps the embedded database between runs: the first run loads the
#   demo data and generates CASES cases with INCIDENTS incidents (default 200,000 / 1,000,000; a few minutes) and
#   later runs reuse it (delete the folder to start again). Every run adds the incidents it saves.
#   Environment: USERS (50), DURATION (30s), WARMUP (60s per scenario, saturated, before any measurement),
#   SCENARIOS ("api-case page-case home incident"), PORT (18084),
#   CASES, INCIDENTS, THINK_MS (each user's pause between requests; 0 = saturate, see bench/cases.lua),
#   ROLE (CASEWORKER, or SUPERVISOR: the generated supervisors lt.c<centre>.sv<k>, each opening the cases of her
#   team of up to 8 caseworkers, decision 0026).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18084}
data=${1:-/tmp/tendik-cases-bench}
users=${USERS:-50}
role=${ROLE:-CASEWORKER}
duration=${DURATION:-30s}
scenarios=${SCENARIOS:-api-case page-case home incident}
cases=${CASES:-200000}
incidents=${INCIDENTS:-1000000}
password=${TENDIK_DEMO_PASSWORD:-tendik-demo-2026}
base="http://127.0.0.1:$port"
mkdir -p "$data"
chmod 755 "$data"

if [ ! -f "$data/generated" ]; then
  java -jar target/tendik.jar demo --tendik.embedded.data-dir="$data/pg"
  echo "load average before generating: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "generate: %e s wall, %U s user + %S s system CPU, max RSS %M KiB" \
    java -Xmx2g -jar target/tendik.jar generate --survivors "$cases" --cases "$cases" --incidents "$incidents" \
      --seed 2026 --tendik.embedded.data-dir="$data/pg" 2>&1 | tee "$data/generate.txt"
  echo "load average after generating: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$data/generate.txt"
  touch "$data/generated"
fi

(exec java -Xmx1g -jar target/tendik.jar --server.port="$port" --tendik.embedded.data-dir="$data/pg" \
    --logging.level.root=WARN > "$data/app.log" 2>&1) &
pid=$!
work=$(mktemp -d /tmp/tendik-cases-run-XXXX)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done

json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
token() {
  curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"$password\"}" | json 'd["token"]'
}
# a browser session: the sign-in form with its CSRF token, then the session cookie
session() {
  local jar="$work/jar-$1"
  local csrf
  csrf=$(curl -sf -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -sf -b "$jar" -c "$jar" -o /dev/null -X POST "$base/login" --data-urlencode "username=$1" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf"
  awk '$6 ~ /SESSION/ {print $6 "=" $7}' "$jar" | tail -1
}

admin=$(token admin)
# the generated caseworkers (lt.c<centre>.cw<n>) or supervisors (lt.c<centre>.sv<k>), every k-th so that the users
# spread over the centres
mapfile -t all < <(curl -sf "$base/api/v1/users?role=$role&q=lt." -H "Authorization: Bearer $admin" \
  | json '"\n".join(u["username"] for u in d)')
step=$(( ${#all[@]} / users )); [ "$step" -ge 1 ] || step=1
echo "return {" > "$work/users.lua"
for ((i = 0; i < users && i * step < ${#all[@]}; i++)); do
  name=${all[$((i * step))]}
  t=$(token "$name")
  ids=$(curl -sf "$base/api/v1/cases?page=0" -H "Authorization: Bearer $t" | json '",".join(str(c["id"]) for c in d["items"])')
  cookie=$(session "$name")
  echo "  {token = \"$t\", cookie = \"$cookie\", cases = {$ids}}," >> "$work/users.lua"
done
echo "}" >> "$work/users.lua"
first=$(sed -n 2p "$work/users.lua" | sed 's/.*cases = {\([0-9]*\).*/\1/')
cookie=$(sed -n 2p "$work/users.lua" | sed 's/.*cookie = "\([^"]*\)".*/\1/')
echo "check: case page $(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base/cases/$first"), home $(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base/")"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(grep -c . "$work/users.lua" | awk '{print $1 - 2}') users of role $role, think time ${THINK_MS:-0} ms"
echo "data: $(curl -sf "$base/actuator/health" >/dev/null && echo up); $(grep -h Generated "$data/generate.txt" 2>/dev/null || true)"
# CPU time (clock ticks) of the server and of its PostgreSQL (the postmaster and its children): the work a request
# costs, which the other processes on a shared machine do not change as much as they change the latency
postmaster=$(head -1 "$data/pg/postmaster.pid")
ticks() { local t=0 p; for p in $1; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
hz=$(getconf CLK_TCK)
# The JIT keeps compiling for minutes after a start, and its compiler threads' CPU counts as the server's: every
# scenario first runs saturated for WARMUP (default 60 s), so that the measured runs see the server as it runs for
# days in production rather than one just started (with 5 s of warm-up the case page cost 55 ms of CPU, warm 20 ms).
for scenario in $scenarios; do
  THINK_MS=0 wrk -t"$users" -c"$users" -d"${WARMUP:-60s}" -s bench/cases.lua "$base" -- "$scenario" "$work/users.lua" > /dev/null
done
for scenario in $scenarios; do
  # a short warm-up, then the measured run
  wrk -t"$users" -c"$users" -d5s -s bench/cases.lua "$base" -- "$scenario" "$work/users.lua" > /dev/null
  pg="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  j0=$(ticks $pid); p0=$(ticks "$pg")
  result=$(wrk -t"$users" -c"$users" -d"$duration" -s bench/cases.lua "$base" -- "$scenario" "$work/users.lua" | tail -1)
  pg="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  j1=$(ticks $pid); p1=$(ticks "$pg")
  echo "$result"
  requests=$(echo "$result" | awk '{print $2}')
  awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v n="$requests" -v hz="$hz" 'BEGIN { if (n > 0) printf \
    "  CPU per request: %.1f ms (server %.1f ms, PostgreSQL %.1f ms)", (j + p) * 1000 / hz / n, j * 1000 / hz / n, p * 1000 / hz / n }'
  echo "; load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
