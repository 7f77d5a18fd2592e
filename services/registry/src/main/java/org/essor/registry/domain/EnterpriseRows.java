package org.essor.registry.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The rows a newly registered enterprise is stored as, for registration's direct write path (without a persistence
 * context): the columns the entity's mapping writes, with the same values. {@code EnterpriseRowsTest} registers through
 * this path and reads the enterprise back through Hibernate to keep the two in step. Only a new enterprise is written
 * this way: networks, inclusion agreements and figures are declared later, through the entity.
 */
public final class EnterpriseRows {

    public static final String INSERT_ENTERPRISE = """
            INSERT INTO enterprise (id, version, siren, rna, legal_name, usual_name, name_search, creation_date, legal_category,
                                    legal_family, cooperative_kind, ess_basis, esus_granted_on, esus_valid_until,
                                    esus_departement, esus_expiry_published, naf_code, naf_version, headcount_bracket,
                                    declared_fte, representative_name, representative_email, representative_phone,
                                    representative_erased_at, status, verified_at, struck_off_on, strike_off_reason,
                                    strike_off_comment, created_at, created_by, updated_at, updated_by,
                                    converted_into_scop_on, category_before_scop)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
                    $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35)""";
    public static final String INSERT_ESTABLISHMENT = """
            INSERT INTO establishment (id, enterprise_id, siret, head_office, street, postcode, city, commune_code,
                                       departement_code, headcount_bracket)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";
    public static final String INSERT_SECTOR = "INSERT INTO enterprise_sector (enterprise_id, sector) VALUES ($1, $2)";
    public static final String INSERT_ESS_CONDITION = """
            INSERT INTO enterprise_ess_condition (enterprise_id, condition, declared_on, evidence) VALUES ($1, $2, $3, $4)""";

    private EnterpriseRows() {
    }

    /** The enterprise's own row, in the order of {@link #INSERT_ENTERPRISE}'s columns. */
    public static Object[] enterprise(Enterprise e) {
        if (!e.networks.isEmpty() || !e.inclusionAgreements.isEmpty() || !e.figures.isEmpty()) {
            throw new IllegalStateException("Only a new enterprise is written as rows; networks, agreements and figures "
                    + "are declared through the entity");
        }
        EsusAgreementColumns esus = e.esus;
        return new Object[] {e.id, e.version, e.siren == null ? null : e.siren.value(), e.rna == null ? null : e.rna.value(), e.legalName, e.usualName, e.nameSearch,
                e.creationDate, e.legalCategory.code(), e.legalFamily.name(), name(e.cooperativeKind), e.essBasis.name(),
                esus == null ? null : esus.grantedOn, esus == null ? null : esus.validUntil,
                esus == null ? null : esus.departement, e.esusExpiryPublished, e.nafCode, name(e.nafVersion),
                e.headcountBracket == null ? null : e.headcountBracket.code(), e.declaredFte,
                e.representative == null ? null : e.representative.name(),
                e.representative == null ? null : e.representative.email(),
                e.representative == null ? null : e.representative.phone(), time(e.representativeErasedAt),
                e.status.name(), time(e.verifiedAt), e.struckOffOn, name(e.strikeOffReason), e.strikeOffComment,
                time(e.createdAt), e.createdBy, time(e.updatedAt), e.updatedBy, e.convertedIntoScopOn,
                e.categoryBeforeScop == null ? null : e.categoryBeforeScop.code()};
    }

    /** One row per establishment, in the order of {@link #INSERT_ESTABLISHMENT}'s columns. */
    public static List<Object[]> establishments(Enterprise e) {
        return e.establishments.stream().map(s -> new Object[] {s.id, e.id, s.siret == null ? null : s.siret.value(),
                s.headOffice, s.street, s.postcode, s.city, s.commune == null ? null : s.commune.value(), s.departementCode,
                s.headcountBracket == null ? null : s.headcountBracket.code()}).toList();
    }

    public static List<Object[]> sectors(Enterprise e) {
        return e.sectors.stream().map(sector -> new Object[] {e.id, sector.name()}).toList();
    }

    public static List<Object[]> essConditions(Enterprise e) {
        return e.essConditions.stream().map(c -> new Object[] {e.id, c.condition.name(), c.declaredOn, c.evidence}).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
