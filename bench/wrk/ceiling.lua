-- GET /api/me as an officer: the HTTP ceiling of the same server for an authenticated call (bearer token
-- checked and turned into a principal exactly as every API call has it), with no database work.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")

function init(args)
  b.init_thread()
  b.auth("OFFICER_TOKEN")
  wrk.path = "/api/me"
end
