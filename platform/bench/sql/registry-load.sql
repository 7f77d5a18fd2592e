-- Bulk-loads generated enterprises straight into the registry's tables (enterprise, establishment, enterprise_sector),
-- then analyses them at once rather than waiting for autovacuum (off on some servers): unanalysed tables are seq-scanned.
--
--   psql -v first=1 -v last=2000 -f registry-load.sql essor_registry
--
-- Enterprise number n (first..last) gets the id md5('essor-bench:' || n)::uuid, which the pgbench scripts and the wrk
-- scripts' id files recompute, and the SIREN 2nnnnnnn + Luhn check digit (first digit 2: never drawn by the demo data,
-- 3 to 9, nor by the registration runs, whose SIRENs start at 25000000). 1.25 establishments and 1.5 sectors per
-- enterprise on average, a quarter of them in Haute-Garonne (31), the rest spread over Occitanie; names put the number
-- before the town, so that towns (and départements) are spread over the list's name order. No history line and no
-- outbox row: nothing is published for them.
\set ON_ERROR_STOP on

CREATE FUNCTION pg_temp.luhn(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT ((10 - sum(CASE WHEN i % 2 = 0 THEN d * 2 - CASE WHEN d * 2 > 9 THEN 9 ELSE 0 END ELSE d END) % 10) % 10)::text
    FROM (SELECT i, substr(reverse(body), i + 1, 1)::int AS d FROM generate_series(0, length(body) - 1) AS i) AS digits
$$;

CREATE TEMP TABLE bench_form (k int PRIMARY KEY, category text, family text, cooperative text, naf text, prefix text);
INSERT INTO bench_form VALUES
    (0, '9220', 'ASSOCIATION', NULL, '88.99B', 'Association'),
    (1, '9220', 'ASSOCIATION', NULL, '94.99Z', 'Association culturelle'),
    (2, '9220', 'ASSOCIATION', NULL, '93.12Z', 'Club sportif'),
    (3, '9221', 'ASSOCIATION', NULL, '88.10B', 'Association d''aide'),
    (4, '5458', 'COOPERATIVE', 'SCOP', '16.23Z', 'SCOP'),
    (5, '6316', 'COOPERATIVE', 'CUMA', '01.61Z', 'CUMA'),
    (6, '6317', 'COOPERATIVE', 'AGRICULTURAL', '01.50Z', 'Coopérative agricole'),
    (7, '8210', 'MUTUAL', NULL, '65.12Z', 'Mutuelle'),
    (8, '9300', 'FOUNDATION', NULL, '88.99B', 'Fondation'),
    (9, '9220', 'ASSOCIATION', NULL, '85.59A', 'Association d''éducation populaire');

CREATE TEMP TABLE bench_place (k int PRIMARY KEY, commune text, departement text, postcode text, city text);
INSERT INTO bench_place VALUES
    (0, '31555', '31', '31000', 'Toulouse'), (1, '31555', '31', '31000', 'Toulouse'), (2, '31069', '31', '31700', 'Blagnac'),
    (3, '31395', '31', '31600', 'Muret'), (4, '34172', '34', '34000', 'Montpellier'), (5, '34032', '34', '34500', 'Béziers'),
    (6, '30189', '30', '30000', 'Nîmes'), (7, '30007', '30', '30100', 'Alès'), (8, '66136', '66', '66000', 'Perpignan'),
    (9, '11069', '11', '11000', 'Carcassonne'), (10, '12202', '12', '12000', 'Rodez'), (11, '81004', '81', '81000', 'Albi'),
    (12, '46042', '46', '46000', 'Cahors'), (13, '65440', '65', '65000', 'Tarbes'), (14, '82121', '82', '82000', 'Montauban'),
    (15, '32013', '32', '32000', 'Auch'), (16, '48095', '48', '48000', 'Mende'), (17, '09122', '09', '09000', 'Foix'),
    (18, '34172', '34', '34000', 'Montpellier'), (19, '31555', '31', '31000', 'Toulouse');

CREATE TEMP TABLE bench_sector (k int PRIMARY KEY, sector text);
INSERT INTO bench_sector VALUES (0, 'CIRCULAR_ECONOMY'), (1, 'ENERGY_TRANSITION'), (2, 'SOCIAL_TOURISM'), (3, 'CULTURE'),
    (4, 'HEALTH'), (5, 'SPORT'), (6, 'AGRICULTURE'), (7, 'SERVICES_TO_PERSONS'), (8, 'INTEGRATION_THROUGH_WORK'),
    (9, 'DISABILITY'), (10, 'HOUSING');

CREATE TEMP TABLE bench_new AS
SELECT n, md5('essor-bench:' || n)::uuid AS id, siren || pg_temp.luhn(siren) AS siren
FROM (SELECT n, '2' || lpad(n::text, 7, '0') AS siren FROM generate_series(:first::int, :last::int) AS n) AS numbered;

INSERT INTO enterprise (id, version, siren, rna, legal_name, usual_name, name_search, creation_date, legal_category,
                        legal_family, cooperative_kind, ess_basis, esus_expiry_published, naf_code, naf_version,
                        headcount_bracket, status, created_at, created_by, updated_at, updated_by)
SELECT b.id, 0, b.siren, NULL, f.prefix || ' n° ' || b.n || ' de ' || p.city, NULL,
       lower(translate(f.prefix || ' n° ' || b.n || ' de ' || p.city, 'éèêàâîôûçÉ''°', 'eeeaaiouce  ')),
       date '1990-01-01' + (b.n % 10000), f.category, f.family, f.cooperative, 'STATUTORY_FAMILY', false, f.naf, 'NAF_REV2',
       (ARRAY['NN', '00', '01', '02', '03', '11', '12', '21'])[1 + b.n % 8], 'REGISTERED',
       now(), 'essor-bench', now(), 'essor-bench'
FROM bench_new b
JOIN bench_form f ON f.k = b.n % 10
JOIN bench_place p ON p.k = (b.n * 7) % 20
ON CONFLICT DO NOTHING;

INSERT INTO establishment (id, enterprise_id, siret, head_office, street, postcode, city, commune_code, departement_code)
SELECT md5('essor-bench:' || b.n || ':' || e.nic)::uuid, b.id,
       b.siren || e.nic || pg_temp.luhn(b.siren || e.nic), e.nic = '0001', e.nic || ' rue de la Coopération',
       p.postcode, p.city, p.commune, p.departement
FROM bench_new b
CROSS JOIN LATERAL (SELECT '0001' AS nic, (b.n * 7) % 20 AS place UNION ALL
                    SELECT '0002', (b.n * 11) % 20 WHERE b.n % 4 = 0) AS e
JOIN bench_place p ON p.k = e.place
ON CONFLICT DO NOTHING;

INSERT INTO enterprise_sector (enterprise_id, sector)
SELECT b.id, s.sector
FROM bench_new b
CROSS JOIN LATERAL (SELECT b.n % 11 AS k UNION SELECT (b.n / 2) % 11 WHERE b.n % 2 = 0) AS picked
JOIN bench_sector s ON s.k = picked.k
ON CONFLICT DO NOTHING;

ANALYZE enterprise;
ANALYZE establishment;
ANALYZE enterprise_sector;
