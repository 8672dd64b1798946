-- wrk script of bench/readings.sh (wrk 4.1, LuaJIT; each wrk thread runs its own copy). Three modes:
--   wrk … -s readings.lua <url> -- get <result json>
--       the URL as it is (GET), for wrk's -d seconds
--   wrk … -s readings.lua <url> -- post <result json> <plan file> <readings> <threads>
--       (besides, each thread writes "<answered> <sent>" to <result json>.progress-<thread> about once a second)
--       exactly <readings> POSTs of a reading to the URL (POST /api/v1/me/readings). The plan file has one line
--       per meter: "<personal token> <serial> <initial value>". Request g (0 … readings-1) goes to meter
--       g % meters with the value initial + 1.5 × (g // meters + 1): every meter gets its readings in rounds,
--       each above the last and above the initial value. wrk thread t sends the requests g ≡ t (mod threads)
--       in order; once it has sent its share, it answers wrk's request() with an empty string (nothing is
--       written, the connection just waits) and stops itself when the last of its answers is in. wrk's main
--       thread only sleeps its -d, so bench/src/readings_rest.py sends it SIGINT once no wrk thread is left.
--   wrk … -s readings.lua <url> -- cycle <result json> <tokens file> <path with {id}> [<password>]
--       (bench/run) the tokens file has a line per account "<session token> <account id> <e-mail>"; each thread goes
--       through the lines in turn, from an offset of its own. Without a password:
--       GET <path> with {id} replaced by the account id and the line's session token (REST reads); with one:
--       POST <path> {"email": <e-mail>, "password": <password>} (sign-ins), for wrk's -d seconds
-- All modes count the answers by status, keep up to 20 bodies of answers other than 200/201, count the
-- answers per second of the run, and write everything with wrk's figures to <result json> in done().

local plan_file, total, threads
local requests = {}          -- post: this thread's planned requests, built in init()
local get_request
local cycle_requests, cycle_next = {}, 0
-- globals, so that done() can read them with thread:get(); index is set by setup()
mode, result_file, index, sent, answered, share = nil, nil, 0, 0, 0, 0
statuses, samples, timeline = {}, {}, {}
local last_second = 0
-- wrk calls request() of its first thread once before the run to check the request (script_verify_request):
-- that call must not count as sent
checking = false

local created = {}
function setup(thread)
   thread:set("index", #created)
   table.insert(created, thread)
end

function init(args)
   mode, result_file = args[1], args[2]
   checking = index == 0
   if mode == "get" then
      get_request = wrk.format("GET", wrk.path, { ["Accept"] = "application/json" })
      return
   end
   if mode == "cycle" then
      local tokens_file, path, password = args[3], args[4], args[5]
      local count = 0
      for line in io.lines(tokens_file) do
         local token, id, email = line:match("^(%S+) (%S+) (%S+)$")
         if token then
            count = count + 1
            local request
            if password then
               request = wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" },
                  string.format('{"email":"%s","password":"%s"}', email, password))
            else
               request = wrk.format("GET", (path:gsub("{id}", id)), {
                  ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
            end
            table.insert(cycle_requests, request)
         end
      end
      assert(count > 0, "no lines in " .. tokens_file)
      cycle_next = (index * 7919) % count
      return
   end
   plan_file, total, threads = args[3], tonumber(args[4]), tonumber(args[5])
   local meters = {}
   for line in io.lines(plan_file) do
      local token, serial, initial = line:match("^(%S+) (%S+) (%S+)$")
      if token then
         table.insert(meters, { token = token, serial = serial, initial = tonumber(initial) })
      end
   end
   local m = #meters
   for g = index, total - 1, threads do
      local meter = meters[g % m + 1]
      local value = meter.initial + 1.5 * (math.floor(g / m) % 10000 + 1)
      local body = string.format('{"meter":"%s","values":[%.3f]}', meter.serial, value)
      table.insert(requests, wrk.format("POST", wrk.path, {
         ["Authorization"] = "Bearer " .. meter.token,
         ["Content-Type"] = "application/json",
         ["Accept"] = "application/json",
      }, body))
   end
   share = #requests
end

function request()
   if mode == "get" then
      return get_request
   end
   if mode == "cycle" then
      cycle_next = cycle_next % #cycle_requests + 1
      return cycle_requests[cycle_next]
   end
   if checking then
      checking = false
      return requests[1]
   end
   if sent >= share then
      return ""
   end
   sent = sent + 1
   return requests[sent]
end

local function write_progress()
   local out = io.open(result_file .. ".progress-" .. index, "w")
   if out then
      out:write(answered, " ", sent, "\n")
      out:close()
   end
end

function response(status, headers, body)
   answered = answered + 1
   statuses[status] = (statuses[status] or 0) + 1
   if status ~= 200 and status ~= 201 and #samples < 20 then
      table.insert(samples, status .. " " .. string.sub(body or "", 1, 300))
   end
   local second = os.time()
   timeline[second] = (timeline[second] or 0) + 1
   if mode == "post" then
      if second ~= last_second then
         last_second = second
         write_progress()
      end
      if answered >= share then
         write_progress()
         wrk.thread:stop()
      end
   end
end

-- JSON of Lua values (numbers, strings, tables with string or number keys)
local function json(value)
   local kind = type(value)
   if kind == "number" then
      return string.format("%.17g", value)
   elseif kind == "string" then
      return '"' .. value:gsub('[%c"\\]', function(ch)
         return string.format("\\u%04x", ch:byte())
      end) .. '"'
   elseif kind == "table" then
      local parts = {}
      if #value > 0 then
         for _, v in ipairs(value) do table.insert(parts, json(v)) end
         return "[" .. table.concat(parts, ",") .. "]"
      end
      for k, v in pairs(value) do table.insert(parts, json(tostring(k)) .. ":" .. json(v)) end
      return "{" .. table.concat(parts, ",") .. "}"
   end
   return "null"
end

function done(summary, latency, rate)
   -- done() runs in wrk's main Lua state, where init() never ran
   mode, result_file = created[1]:get("mode"), created[1]:get("result_file")
   local all_statuses, all_samples, all_timeline, shares = {}, {}, {}, {}
   for _, thread in ipairs(created) do
      for status, n in pairs(thread:get("statuses") or {}) do
         all_statuses[tostring(status)] = (all_statuses[tostring(status)] or 0) + n
      end
      for _, s in ipairs(thread:get("samples") or {}) do
         if #all_samples < 20 then table.insert(all_samples, s) end
      end
      for second, n in pairs(thread:get("timeline") or {}) do
         all_timeline[second] = (all_timeline[second] or 0) + n
      end
      table.insert(shares, { sent = thread:get("sent"), answered = thread:get("answered"), share = thread:get("share") })
   end
   local first = nil
   for second in pairs(all_timeline) do
      if not first or second < first then first = second end
   end
   local per_second = {}
   if first then
      local last = first
      for second in pairs(all_timeline) do
         if second > last then last = second end
      end
      for second = first, last do
         table.insert(per_second, all_timeline[second] or 0)
      end
   end
   local result = {
      mode = mode,
      durationSeconds = summary.duration / 1e6,
      requests = summary.requests,
      bytes = summary.bytes,
      requestsPerSecond = summary.requests / (summary.duration / 1e6),
      errors = summary.errors,
      latencyMs = {
         mean = latency.mean / 1000, stdev = latency.stdev / 1000, min = latency.min / 1000, max = latency.max / 1000,
         p50 = latency:percentile(50) / 1000, p75 = latency:percentile(75) / 1000, p90 = latency:percentile(90) / 1000,
         p99 = latency:percentile(99) / 1000, p999 = latency:percentile(99.9) / 1000,
      },
      statuses = all_statuses,
      samples = all_samples,
      answersPerSecond = per_second,
      perThread = shares,
   }
   local out = assert(io.open(result_file, "w"))
   out:write(json(result), "\n")
   out:close()
end
