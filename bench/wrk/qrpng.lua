-- GET /api/consignments/{n}/qr.png as the owner carrier, random consignment.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")
local numbers

function init(args)
  b.init_thread()
  numbers = b.lines(os.getenv("BENCH_DATA") .. "/numbers.txt")
  b.auth("CARRIER_TOKEN")
end

function request()
  return wrk.format("GET", "/api/consignments/" .. b.pick(numbers) .. "/qr.png")
end
