-- Shared by the harness's wrk scripts (loaded with dofile): counts the answers' status codes in every thread and, when
-- the run is over, prints one line the harness reads:
--   ESSOR_BENCH requests=N seconds=S rps=R p50_ms=A p99_ms=B non2xx3xx=N errors=connect/read/write/timeout codes=200:N,...
local threads = {}

function setup(thread)
    thread:set("thread_number", #threads)
    table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local codes, keys = {}, {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            if codes[status] == nil then
                table.insert(keys, status)
            end
            codes[status] = (codes[status] or 0) + count
        end
    end
    table.sort(keys)
    local listed = {}
    for _, status in ipairs(keys) do
        table.insert(listed, status .. ":" .. codes[status])
    end
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "ESSOR_BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx3xx=%d errors=%d/%d/%d/%d codes=%s\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        e.status, e.connect, e.read, e.write, e.timeout, #listed > 0 and table.concat(listed, ",") or "none"))
end
