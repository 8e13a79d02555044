-- wrk script: nine requests in ten read the public status of FAIRTRADE_TOWN; the tenth submits a coordinator's
-- declaration (JSON, no file) for the next of FAIRTRADE_TOWN_WRITES's participants outlet-1..FAIRTRADE_PARTICIPANTS.
local town = os.getenv("FAIRTRADE_TOWN")
local writes = os.getenv("FAIRTRADE_TOWN_WRITES")
local participants = tonumber(os.getenv("FAIRTRADE_PARTICIPANTS"))
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("FAIRTRADE_TOKEN") }
local count = 0

function setup(thread)
  thread:set("offset", math.random(participants))
end

function request()
  count = count + 1
  if count % 10 ~= 0 then
    return wrk.format("GET", "/api/towns/" .. town .. "/status")
  end
  local subject = "outlet-" .. (((count / 10) + offset) % participants + 1)
  local body = '{"subject":"' .. subject .. '","kind":"declaration","effectiveDate":"' .. os.date("!%Y-%m-%d") .. '","note":"bench"}'
  return wrk.format("POST", "/api/towns/" .. writes .. "/evidence", headers, body)
end

function response(status)
  if status ~= 200 and status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
