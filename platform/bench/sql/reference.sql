-- The reference app's one table, filled with the same numbered enterprises as the register (the same ids, so one id
-- file serves both), and analysed.
--
--   psql -v first=1 -v last=2000 -f reference.sql essor_bench_reference
\set ON_ERROR_STOP on

CREATE TABLE IF NOT EXISTS reference_enterprise (
    id               uuid         PRIMARY KEY,
    version          bigint       NOT NULL,
    siren            text         UNIQUE,
    legal_name       text         NOT NULL,
    legal_category   text,
    naf_code         text,
    status           text,
    departement_code text,
    created_at       timestamptz,
    updated_at       timestamptz
);

INSERT INTO reference_enterprise
SELECT md5('essor-bench:' || n)::uuid, 0, '2' || lpad(n::text, 8, '0'), 'Association Toulouse ' || n, '9220', '88.99B',
       'REGISTERED', '31', now(), now()
FROM generate_series(:first::int, :last::int) AS n
ON CONFLICT DO NOTHING;

ANALYZE reference_enterprise;
