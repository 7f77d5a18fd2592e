-- The platform's tables are queues: rows arrive, change once or twice and go. PostgreSQL's default autovacuum waits
-- until a fifth of a table is dead, which for the outbox means hundreds of thousands of dead entries in the index of
-- unsent rows that the relay reads on every round (measured: the relay's latency grew tenfold on an outbox of 400,000
-- rows that was never vacuumed). These tables are vacuumed and analysed after a fixed number of changes instead.
ALTER TABLE outbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                        autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000,
                        autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
ALTER TABLE outbox_lease SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
ALTER TABLE consumer_position SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
ALTER TABLE processed_event SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                                 autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000);
