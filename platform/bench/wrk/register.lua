-- POST /api/v1/enterprises: a SCOP with one establishment and two sectors, a new valid SIREN (Luhn check digit) and SIRET
-- on every request.
--   wrk ... -s register.lua URL -- FIRST_BODY [RATE]
-- FIRST_BODY: the first 8-digit SIREN body of this run's block (the harness gives each run a block of 100,000 unused
-- bodies, 25000000 and up); each thread takes its own half of the block. RATE (requests/s over all threads, optional):
-- paces the requests to that rate instead of sending as fast as the connections allow.
dofile(os.getenv("ESSOR_BENCH_WRK") .. "/stats.lua")

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } essor_bench_timespec;
int clock_gettime(int clock, essor_bench_timespec *now);
]]
local clock = ffi.new("essor_bench_timespec")
local function now_ms()
    ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
    return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local function luhn(body)
    local sum = 0
    for i = 0, #body - 1 do
        local digit = tonumber(body:sub(#body - i, #body - i))
        if i % 2 == 0 then
            digit = digit * 2
            if digit > 9 then
                digit = digit - 9
            end
        end
        sum = sum + digit
    end
    return tostring((10 - sum % 10) % 10)
end

local next_body, last_body, interval, next_at


function init(args)
    local first = tonumber(args[1])
    local per_thread = 50000
    next_body = first + (thread_number or 0) * per_thread
    last_body = next_body + per_thread - 1
    local rate = tonumber(args[2] or "0")
    if rate > 0 then
        interval = 1000 / (rate / 2) -- wrk -t2: each thread sends half
    else
        delay = nil
    end
end

-- Paced runs: each request waits for its slot in this thread's schedule (slots every `interval` ms); a late thread
-- catches up as fast as its connections allow, so the rate over the run stays the asked one.
function delay()
    local now = now_ms()
    if next_at == nil then
        next_at = now
    end
    local wait = next_at - now
    next_at = next_at + interval
    if wait < 0 then
        return 0
    end
    return math.floor(wait)
end

function request()
    if next_body > last_body then
        error("this run's block of SIRENs is used up")
    end
    local siren = string.format("%08d", next_body)
    next_body = next_body + 1
    siren = siren .. luhn(siren)
    local siret = siren .. "0001"
    siret = siret .. luhn(siret)
    local body = '{"siren":"' .. siren .. '","legalName":"SCOP Menuiserie Solidaire de l\'Hérault",'
        .. '"creationDate":"2009-06-15","legalCategory":"5458","nafCode":"16.23Z","headcountBracket":"11",'
        .. '"sectors":["CIRCULAR_ECONOMY","INTEGRATION_THROUGH_WORK"],'
        .. '"establishments":[{"siret":"' .. siret .. '","headOffice":true,"street":"12 rue des Coopérateurs",'
        .. '"postcode":"34000","city":"Montpellier","communeCode":"34172"}]}'
    return wrk.format("POST", wrk.path, nil, body)
end
