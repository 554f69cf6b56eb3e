-- wrk script of `make bench` (bench/run.sh sets the environment):
--   BENCH_TOKENS  file with one access token per line (seeded applicants, logged in by run.sh)
--   BENCH_METHOD  GET (default) or POST (creates a story, with a unique Idempotency-Key)
--   BENCH_PATH    the request path;  BENCH_LABEL  a JSON fragment naming the run, copied into the result
-- wrk hands requests to its threads, not to single connections, so each thread walks its own share of the
-- tokens round-robin: every applicant is spread over several connections, every connection over several applicants.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  method = os.getenv("BENCH_METHOD") or "GET"
  path = os.getenv("BENCH_PATH")
  run = tostring(os.time())
  n = 0
end

function request()
  n = n + 1
  -- thread `id` of 2 takes tokens id, id+2, id+4, ...
  local token = tokens[((n * 2 + id) % #tokens) + 1]
  local headers = { ["Authorization"] = "Bearer " .. token }
  if method == "POST" then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = "wrk-" .. run .. "-" .. id .. "-" .. n
    local body = '{"title":"wrk load story ' .. n .. '","summary":"Presented a patient in their sixties at morning report; '
      .. 'the attending asked me to teach the students the next day."}'
    return wrk.format("POST", path, headers, body)
  end
  return wrk.format("GET", path, headers)
end

-- One JSON line for run.sh: req/s, latency percentiles (ms) and errors (non-2xx/3xx + socket errors).
function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format('BENCH {%s, "requests": %d, "seconds": %.2f, "rps": %.1f, "p50_ms": %.2f, "p99_ms": %.2f, '
    .. '"non2xx": %d, "socket_errors": %d}\n', os.getenv("BENCH_LABEL"), summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
