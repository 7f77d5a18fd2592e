-- A partner acts on what its own client created: an application records the OAuth client of the partner system that
-- created it (or that an officer handed it over to). Applications created before were recorded by user name only;
-- Keycloak names a partner's service account 'service-account-<client id>', which gives its client back.
ALTER TABLE application ADD COLUMN partner_client text;
UPDATE application SET partner_client = substring(created_by FROM length('service-account-') + 1)
    WHERE created_by LIKE 'service-account-%';
CREATE INDEX application_by_partner_client ON application (partner_client, updated_at, id);

-- The public form answers the same whether or not the e-mail already applied (else anyone learns who applied):
-- a person's second open application on a call is taken and flagged for officers instead of refused.
ALTER TABLE application ADD COLUMN possible_duplicate_of uuid REFERENCES application (id);

-- A committee's decision moves the call's version, so that decisions take If-Match like the other transitions.
ALTER TABLE call_for_applications ADD COLUMN last_decided_at timestamptz;
