-- wrk script: each request submits a coordinator's declaration (JSON, no file) for the next of the shops named in
-- FAIRTRADE_SUBJECTS ("town/participant,town/participant,..."), as the admin (FAIRTRADE_TOKEN).
local subjects = {}
for pair in string.gmatch(os.getenv("FAIRTRADE_SUBJECTS"), "[^,]+") do
  local town, participant = string.match(pair, "([^/]+)/(.+)")
  table.insert(subjects, { town = town, participant = participant })
end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("FAIRTRADE_TOKEN") }
local next = 0

function setup(thread)
  thread:set("offset", math.random(#subjects))
end

function request()
  next = next + 1
  local subject = subjects[((next + offset) % #subjects) + 1]
  local body = '{"subject":"' .. subject.participant .. '","kind":"declaration","effectiveDate":"2026-11-20","note":"bench"}'
  return wrk.format("POST", "/api/towns/" .. subject.town .. "/evidence", headers, body)
end

function response(status)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
