-- POST /api/scans multipart with part "image": the same 1280x720 JPEG photo of a printed code.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local b = require("common")

function init(args)
  b.init_thread()
  b.auth("OFFICER_TOKEN")
  local file = assert(io.open(os.getenv("BENCH_DATA") .. "/photo.jpg", "rb"))
  local jpeg = file:read("*a")
  file:close()
  local boundary = "karvonbench7f3a"
  wrk.method = "POST"
  wrk.path = "/api/scans"
  wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
  wrk.body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"code.jpg\"\r\n"
    .. "Content-Type: image/jpeg\r\n\r\n" .. jpeg .. "\r\n--" .. boundary .. "--\r\n"
end
