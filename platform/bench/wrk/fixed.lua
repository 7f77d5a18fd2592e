-- The same request (wrk's URL and -H headers) every time; only counts the status codes.
dofile(os.getenv("ESSOR_BENCH_WRK") .. "/stats.lua")
