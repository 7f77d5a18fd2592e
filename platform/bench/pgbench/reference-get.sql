-- The reference app's GET by id: one statement, as Hibernate Reactive sends it for findById.
\set n random(1, :enterprises)
select re1_0.id,re1_0.created_at,re1_0.departement_code,re1_0.legal_category,re1_0.legal_name,re1_0.naf_code,re1_0.siren,re1_0.status,re1_0.updated_at,re1_0.version from reference_enterprise re1_0 where re1_0.id=md5('essor-bench:' || :n)::uuid;
