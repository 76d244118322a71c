-- Shared by every Karvon wrk script: bearer token, random picks from a file, optional constant rate
-- (BENCH_RATE requests/s over all threads, paced by wall clock), and a one-line RESULT summary.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } bench_ts; int clock_gettime(int clk, bench_ts *tp); ]]
local ts = ffi.new("bench_ts")

local M = {}

function M.now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

function M.lines(path)
  local list = {}
  for line in io.lines(path) do
    if #line > 0 then list[#list + 1] = line end
  end
  assert(#list > 0, "no lines in " .. path)
  return list
end

function M.pick(list)
  return list[math.random(#list)]
end

function M.auth(token_var)
  wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv(token_var), token_var .. " not set")
end

local hex = "0123456789abcdef"
function M.uuid()
  local t = {}
  for i = 1, 32 do
    local n = math.random(16)
    if i == 13 then n = 5 elseif i == 17 then n = 9 + (n % 4) end
    t[#t + 1] = hex:sub(n, n)
  end
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

-- call from each script's init(): seeds randomness per thread and sets up pacing
local interval, next_due
function M.init_thread()
  math.randomseed(os.time() + math.floor(M.now_ms() * 1000) % 1000003)
  local rate = tonumber(os.getenv("BENCH_RATE") or "")
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  if rate and rate > 0 then interval = threads * 1000 / rate end
end

-- constant rate: each request is due one interval after the previous one of this thread
-- (defined only when pacing, so closed-loop runs pay nothing for it)
if tonumber(os.getenv("BENCH_RATE") or "") then
  function delay()
    local now = M.now_ms()
    next_due = math.max((next_due or now) + interval, now - interval)
    return math.max(0, math.floor(next_due - now))
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d socket=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end

return M
