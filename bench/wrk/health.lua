-- GET /actuator/health/liveness: the HTTP ceiling of the same server (no database, no security work).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")

function init(args)
  b.init_thread()
  wrk.path = "/actuator/health/liveness"
end
