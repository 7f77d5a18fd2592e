-- What a service knows of the register's enterprises, from registry.enterprise.v1 (rebuildable from offset zero).
-- A service that kept this table before the platform did (programmes) already has it: then only the columns added
-- since are created.
CREATE TABLE IF NOT EXISTS known_enterprise (
    enterprise_id       uuid PRIMARY KEY,
    version             bigint NOT NULL,
    siren               text,
    legal_family        text NOT NULL,
    creation_date       date,
    departements        text NOT NULL,
    esus_valid_until    date,
    esus_granted_on     date,
    status              text NOT NULL
);

ALTER TABLE known_enterprise
    ADD COLUMN IF NOT EXISTS cooperative_kind text,
    ADD COLUMN IF NOT EXISTS head_office_departement text;

CREATE INDEX IF NOT EXISTS known_enterprise_siren ON known_enterprise (siren);
