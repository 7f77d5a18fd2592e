-- The register of ESS enterprises.
CREATE TABLE enterprise (
    id                       uuid          PRIMARY KEY,
    version                  bigint        NOT NULL,
    siren                    text       UNIQUE,
    rna                      text      UNIQUE,
    legal_name               text          NOT NULL,
    usual_name               text,
    name_search              text          NOT NULL,      -- legal and usual names, lower case without accents
    creation_date            date,
    legal_category           text       NOT NULL,
    legal_family             text          NOT NULL,
    cooperative_kind         text,
    ess_basis                text          NOT NULL,
    esus_granted_on          date,
    esus_valid_until         date,
    esus_departement         text,
    esus_expiry_published    boolean       NOT NULL DEFAULT false,
    naf_code                 text,
    naf_version              text,
    headcount_bracket        text       NOT NULL DEFAULT 'NN',
    declared_fte             numeric(10,2),
    representative_name      text,
    representative_email     text,
    representative_phone     text,
    representative_erased_at timestamptz,
    status                   text          NOT NULL,
    verified_at              timestamptz,
    struck_off_on            date,
    strike_off_reason        text,
    strike_off_comment       text,
    created_at               timestamptz   NOT NULL,
    created_by               text          NOT NULL,
    updated_at               timestamptz   NOT NULL,
    updated_by               text          NOT NULL
);

CREATE INDEX enterprise_by_name ON enterprise (name_search, id);
CREATE INDEX enterprise_by_update ON enterprise (updated_at, id);
CREATE INDEX enterprise_by_family ON enterprise (legal_family);
CREATE INDEX enterprise_esus_expiry ON enterprise (esus_valid_until) WHERE esus_expiry_published = false;

CREATE TABLE establishment (
    id                uuid     PRIMARY KEY,
    enterprise_id     uuid     NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    siret             text UNIQUE,
    head_office       boolean  NOT NULL,
    street            text,
    postcode          text,
    city              text,
    commune_code      text  NOT NULL,
    departement_code  text     NOT NULL
);

CREATE INDEX establishment_by_enterprise ON establishment (enterprise_id);
CREATE INDEX establishment_by_departement ON establishment (departement_code, enterprise_id);

CREATE TABLE enterprise_sector (
    enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    sector        text NOT NULL,
    PRIMARY KEY (enterprise_id, sector)
);

CREATE INDEX enterprise_sector_by_sector ON enterprise_sector (sector, enterprise_id);

-- Every version of every enterprise: what changed, who changed it, when, and the state after (no personal data).
CREATE TABLE enterprise_history (
    enterprise_id  uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    version        bigint       NOT NULL,
    change         text         NOT NULL,
    changed_fields text         NOT NULL DEFAULT '',
    changed_at     timestamptz  NOT NULL,
    changed_by     text         NOT NULL,
    state          text         NOT NULL,
    PRIMARY KEY (enterprise_id, version)
);
