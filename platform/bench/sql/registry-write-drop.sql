-- Drops the copy made by registry-write-copy.sql.
DROP SCHEMA IF EXISTS essor_bench CASCADE;
