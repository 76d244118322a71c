-- POST /api/scans {"qr": …} as an officer, with a random consignment's token each time.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")
local tokens

function init(args)
  b.init_thread()
  tokens = b.lines(os.getenv("BENCH_DATA") .. "/tokens.txt")
  b.auth("OFFICER_TOKEN")
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  return wrk.format(nil, "/api/scans", nil, '{"qr":"' .. b.pick(tokens) .. '"}')
end
