-- wrk script for bench/load/run.py: counts non-2xx answers (wrk counts only >= 400 itself,
-- and a redirect to a sign-in page would pass for a fast page) and prints one JSON line.
non2xx = 0  -- global: done() reads it from each thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status >= 300 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'JSON {"rps": %.3f, "requests": %d, "p50": %.3f, "p90": %.3f, "p99": %.3f, '
      .. '"mean": %.3f, "non2xx": %d, "errors": %d, "seconds": %.3f}\n',
    summary.requests / seconds, summary.requests,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.mean / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout,
    seconds))
end
