-- Each ESUS agreement an enterprise has held (an enterprise's state names only its current one), so that the stock of
-- agreements valid at the end of a past period counts the earlier ones too.
CREATE TABLE esus_agreement_fact (
    generation      integer NOT NULL,
    agreement_key   text    NOT NULL,  -- <enterprise id>/<granted on>
    version         bigint  NOT NULL,
    enterprise_id   uuid    NOT NULL,
    granted_on      date    NOT NULL,
    valid_until     date    NOT NULL,
    PRIMARY KEY (generation, agreement_key)
);

CREATE INDEX esus_agreement_fact_enterprise ON esus_agreement_fact (generation, enterprise_id, granted_on);

-- The agreements the generations already know: each enterprise's current one. Earlier ones come back with a replay
-- (POST /api/v1/indicators/generations).
INSERT INTO esus_agreement_fact (generation, agreement_key, version, enterprise_id, granted_on, valid_until)
SELECT generation, enterprise_id::text || '/' || to_char(esus_granted_on, 'YYYY-MM-DD'), version, enterprise_id,
       esus_granted_on, esus_valid_until
FROM enterprise_fact
WHERE esus_granted_on IS NOT NULL AND esus_valid_until IS NOT NULL;
