-- What the public endpoints' limiter counts: requests per endpoint, client address and window, shared by every
-- replica of the service. Rows outlive their window by one window (the sliding estimate reads the previous one),
-- then are purged.
CREATE TABLE public_limit_hit (
    bucket        text         NOT NULL,   -- which public endpoint
    client        text         NOT NULL,   -- the client's address (IPv6: its /64 network)
    window_start  timestamptz  NOT NULL,
    hits          integer      NOT NULL,
    expires_at    timestamptz  NOT NULL,
    PRIMARY KEY (bucket, client, window_start)
);

CREATE INDEX public_limit_hit_expires_at ON public_limit_hit (expires_at);

ALTER TABLE public_limit_hit SET (autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_scale_factor = 0,
                                  autovacuum_analyze_threshold = 1000, autovacuum_analyze_scale_factor = 0);
