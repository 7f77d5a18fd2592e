-- GET <prefix><id> with a random id of a file of ids (one per line) on every request.
--   wrk ... -s get-by-id.lua URL -- IDS_FILE PATH_PREFIX
dofile(os.getenv("ESSOR_BENCH_WRK") .. "/stats.lua")

local ids = {}
local prefix

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            ids[#ids + 1] = line
        end
    end
    if #ids == 0 then
        error("no ids in " .. args[1])
    end
    prefix = args[2]
    math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
    return wrk.format("GET", prefix .. ids[math.random(#ids)])
end
