-- wrk: print requests/s and the 50th/95th/99th percentile latency in milliseconds on one line
-- (the language cookie is set so every request asks for the same page, as a returning reader does)
-- THINK_MS (environment, default 0): each reader's pause between two pages; 0 saturates the server (closed loop)
local think = tonumber(os.getenv("THINK_MS") or "0")
function delay()
  return think
end

wrk.headers["Cookie"] = "TENDIK_LANG=" .. (os.getenv("LANG_CODE") or "kk")

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("req/s %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
