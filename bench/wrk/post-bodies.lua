-- wrk script for bench/write.ts: POSTs pre-built GraphQL bodies, one per line of a file,
-- each thread walking the list from its own offset, and counts bad responses (not 200, a
-- GraphQL `errors` entry, or `userErrors` not empty).
--   wrk -t T -c C -d 10s -s bench/wrk/post-bodies.lua http://host:port/graphql -- <bodies file> <start offset> <authorization header> <threads>
-- done() prints one line "WRKJSON {...}" (latencies in microseconds) for the harness.

local threads = {}
local created = 0

function setup(thread)
  thread:set("tid", created)
  created = created + 1
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  local nthreads = tonumber(args[4]) or 1
  index = (tonumber(args[2]) + tid * math.floor(#bodies / nthreads)) % #bodies
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = args[3]
  bad = 0
  sample = ""
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or not string.find(body, '"userErrors":[]', 1, true) then
    bad = bad + 1
    if sample == "" then sample = string.sub(body, 1, 400) end
  end
end

local function quote(s)
  return '"' .. string.gsub(s, '[%c"\\]', function(c) return string.format("\\u%04x", string.byte(c)) end) .. '"'
end

function done(summary, latency, requests)
  local total_bad = 0
  local first_sample = ""
  for _, t in ipairs(threads) do
    total_bad = total_bad + (t:get("bad") or 0)
    local s = t:get("sample") or ""
    if first_sample == "" then first_sample = s end
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bad":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f,"sample":%s}\n',
    summary.requests, summary.duration, total_bad, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, quote(first_sample)))
end
