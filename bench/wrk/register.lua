-- POST /api/consignments as a carrier: a five-line declaration UZTAS -> KZALA.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")

function init(args)
  b.init_thread()
  b.auth("CARRIER_TOKEN")
  wrk.method = "POST"
  wrk.path = "/api/consignments"
  wrk.headers["Content-Type"] = "application/json"
  local file = assert(io.open(os.getenv("BENCH_DATA") .. "/register.json", "rb"))
  wrk.body = file:read("*a")
  file:close()
end
