-- POST /api/consignments/{n}/events: an INSPECTION with a fresh event id on a random in-transit
-- consignment (BENCH_HOT set: always that one consignment).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")
local numbers

function init(args)
  b.init_thread()
  local hot = os.getenv("BENCH_HOT")
  numbers = (hot and #hot > 0) and { hot } or b.lines(os.getenv("BENCH_DATA") .. "/transit.txt")
  b.auth("OFFICER_TOKEN")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = '{"id":"' .. b.uuid() .. '","type":"INSPECTION","occurredAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ")
    .. '","inspection":{"result":"NO_FINDINGS"}}'
  return wrk.format(nil, "/api/consignments/" .. b.pick(numbers) .. "/events", nil, body)
end
