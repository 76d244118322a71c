-- GET /actuator/health/liveness: what the orchestrator's liveness probe costs (no database, no authentication).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")

function init(args)
  b.init_thread()
  wrk.path = "/actuator/health/liveness"
end
