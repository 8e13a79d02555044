-- wrk script: each request reads the public status of a town picked at random among FAIRTRADE_PREFIX-1 ..
-- FAIRTRADE_PREFIX-FAIRTRADE_TOWNS.
local prefix = os.getenv("FAIRTRADE_PREFIX")
local towns = tonumber(os.getenv("FAIRTRADE_TOWNS"))

function setup(thread)
  thread:set("seed", math.random(1000000))
end

function init()
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", "/api/towns/" .. prefix .. "-" .. math.random(towns) .. "/status")
end

function response(status)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
