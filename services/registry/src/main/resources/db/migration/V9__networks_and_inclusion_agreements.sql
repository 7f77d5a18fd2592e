-- The ESS networks an enterprise belongs to, and its IAE (EI, ETTI, ACI, AI) and EA agreements (plan B.3, D.2).
CREATE TABLE enterprise_network (
    enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    network       text NOT NULL,
    PRIMARY KEY (enterprise_id, network)
);

CREATE INDEX enterprise_network_by_network ON enterprise_network (network, enterprise_id);

CREATE TABLE enterprise_inclusion_agreement (
    enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    kind          text NOT NULL,     -- EI, ETTI, ACI, AI, EA
    granted_on    date NOT NULL,
    valid_until   date,
    PRIMARY KEY (enterprise_id, kind)
);

CREATE INDEX enterprise_inclusion_agreement_by_kind ON enterprise_inclusion_agreement (kind, enterprise_id);
