-- wrk: each thread is one caseworker on one connection (run with -t N -c N), opening her own cases.
-- Arguments after "--": SCENARIO USERS_FILE, where SCENARIO is api-case | page-case | home | incident and
-- USERS_FILE a Lua file returning { {token = "tdk_...", cookie = "SESSION=...", cases = {1, 2, ...}}, ... }
-- (bench/cases.sh writes it). done() prints p50/p95/p99, which wrk's --latency does not give (no p95).
-- THINK_MS (environment, default 0) is each caseworker's mean pause between two requests: 0 saturates the server (a
-- closed loop, latency = users / throughput); a few seconds is a person reading the page she opened. The pause is
-- drawn uniformly from 0 to twice the mean, so that the caseworkers act independently: with one fixed pause for
-- all, the 50 of them fired together every second and each measured the queue behind the other 49.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local incident = [[{"incidentDate": "%s", "reportDate": "%s", "timeOfDay": "EVENING_OR_NIGHT",
 "regionCode": "KZ-71", "locationType": "SHARED_HOME",
 "answers": {"RAPE": false, "SEXUAL_ASSAULT": false, "PHYSICAL_ASSAULT": true},
 "reportedElsewhere": "OTHER_ORGANISATION", "priorGbv": true, "referredFrom": "POLICE",
 "narrative": "Со слов пострадавшей, муж ударил её во время ссоры; дети были дома. Нагрузочный тест.",
 "perpetrators": [{"primary": true, "relationship": "SPOUSE", "sex": "MALE", "ageGroup": "AGE_26_40",
                   "occupation": "EMPLOYED", "priorViolence": true, "name": "Ерлан", "notes": "Злоупотребляет алкоголем"}]}]]

function init(args)
  scenario = args[1]
  local users = dofile(args[2])
  me = users[(id % #users) + 1]
  n = 0
  bad = 0
  math.randomseed(id * 7919 + os.time())
  local day = os.date("!%Y-%m-%d", os.time() - 3 * 86400)
  body = string.format(incident, day, os.date("!%Y-%m-%d"))
end

local think = tonumber(os.getenv("THINK_MS") or "0")

function delay()
  if think == 0 then
    return 0
  end
  return math.random(0, 2 * think)
end

function request()
  n = n + 1
  local case = me.cases[(n % #me.cases) + 1]
  if scenario == "api-case" then
    return wrk.format("GET", "/api/v1/cases/" .. case, { Authorization = "Bearer " .. me.token })
  elseif scenario == "page-case" then
    return wrk.format("GET", "/cases/" .. case, { Cookie = me.cookie })
  elseif scenario == "home" then
    return wrk.format("GET", "/", { Cookie = me.cookie })
  elseif scenario == "incident" then
    return wrk.format("POST", "/api/v1/cases/" .. case .. "/incidents",
      { Authorization = "Bearer " .. me.token, ["Content-Type"] = "application/json" }, body)
  end
  error("unknown scenario " .. tostring(scenario))
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local unexpected = 0
  for _, thread in ipairs(threads) do
    unexpected = unexpected + (thread:get("bad") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("%-9s %7d requests %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms"
      .. "  not 200/201: %d  socket errors: %d\n", threads[1]:get("scenario"), summary.requests,
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, unexpected,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
