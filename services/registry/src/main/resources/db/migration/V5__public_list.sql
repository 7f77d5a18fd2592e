-- The public list filters on the communes of the establishments and on the start of the NAF code.
CREATE INDEX establishment_by_commune ON establishment (commune_code, enterprise_id);
CREATE INDEX enterprise_by_naf ON enterprise (naf_code text_pattern_ops);
