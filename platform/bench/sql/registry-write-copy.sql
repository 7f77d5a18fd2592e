-- A copy, in schema essor_bench of the registry's database, of the tables a registration writes (with their rows,
-- indexes, unique constraints and foreign keys), so that pgbench runs the registration's statements against tables of
-- the same size without publishing anything (the registry wakes its relay after the commit, outside the registration's
-- transaction). pgbench reaches it with PGOPTIONS='-c search_path=essor_bench'. Dropped by registry-write-drop.sql.
\set ON_ERROR_STOP on

DROP SCHEMA IF EXISTS essor_bench CASCADE;
CREATE SCHEMA essor_bench;

DO $$
DECLARE
    copied text;
    columns text;
BEGIN
    FOREACH copied IN ARRAY ARRAY['enterprise', 'establishment', 'enterprise_sector', 'enterprise_history', 'audit_entry', 'outbox'] LOOP
        EXECUTE format('CREATE TABLE essor_bench.%I (LIKE public.%I INCLUDING ALL)', copied, copied);
        -- analysed below; an autovacuum still at work when the copy is dropped would be cancelled with an ERROR line
        EXECUTE format('ALTER TABLE essor_bench.%I SET (autovacuum_enabled = false)', copied);
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
        FROM pg_attribute
        WHERE attrelid = format('public.%I', copied)::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
        EXECUTE format('INSERT INTO essor_bench.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM public.%I', copied, columns, columns, copied);
    END LOOP;
END
$$;

-- The outbox's own sequence (LIKE would share the register's), the audit trail's identity past the copied rows, the
-- foreign keys.
CREATE SEQUENCE essor_bench.outbox_id_seq OWNED BY essor_bench.outbox.id;
DO $$ BEGIN PERFORM setval('essor_bench.outbox_id_seq', coalesce((SELECT max(id) FROM essor_bench.outbox), 0) + 1, false); END $$;
ALTER TABLE essor_bench.outbox ALTER COLUMN id SET DEFAULT nextval('essor_bench.outbox_id_seq');
DO $$ BEGIN PERFORM setval(pg_get_serial_sequence('essor_bench.audit_entry', 'id'), coalesce((SELECT max(id) FROM essor_bench.audit_entry), 0) + 1, false); END $$;
ALTER TABLE essor_bench.establishment ADD FOREIGN KEY (enterprise_id) REFERENCES essor_bench.enterprise (id) ON DELETE CASCADE;
ALTER TABLE essor_bench.enterprise_sector ADD FOREIGN KEY (enterprise_id) REFERENCES essor_bench.enterprise (id) ON DELETE CASCADE;
ALTER TABLE essor_bench.enterprise_history ADD FOREIGN KEY (enterprise_id) REFERENCES essor_bench.enterprise (id) ON DELETE CASCADE;

ANALYZE essor_bench.enterprise;
ANALYZE essor_bench.establishment;
ANALYZE essor_bench.enterprise_sector;
ANALYZE essor_bench.enterprise_history;
ANALYZE essor_bench.audit_entry;
ANALYZE essor_bench.outbox;
