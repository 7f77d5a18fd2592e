-- The stack reference's migration: what Flyway costs at start (connect, lock, read its history), not a schema of use.
CREATE TABLE reference_stack_marker (started_once boolean PRIMARY KEY);
