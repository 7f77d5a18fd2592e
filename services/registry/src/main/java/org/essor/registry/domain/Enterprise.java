package org.essor.registry.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.hibernate.annotations.BatchSize;

/**
 * An enterprise of the ESS register. Its transitions check what the current state allows and return the
 * {@link EnterpriseChange} they made; the application layer stores it, its history line and its event together.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    Siren siren;
    Rna rna;

    @Column(name = "legal_name")
    String legalName;

    @Column(name = "usual_name")
    String usualName;

    @Column(name = "name_search")
    String nameSearch;

    @Column(name = "creation_date")
    LocalDate creationDate;

    @Column(name = "legal_category")
    LegalCategory legalCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_family")
    LegalFamily legalFamily;

    @Enumerated(EnumType.STRING)
    @Column(name = "cooperative_kind")
    CooperativeKind cooperativeKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "ess_basis")
    EssBasis essBasis;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "grantedOn", column = @Column(name = "esus_granted_on")),
            @AttributeOverride(name = "validUntil", column = @Column(name = "esus_valid_until")),
            @AttributeOverride(name = "departement", column = @Column(name = "esus_departement"))})
    EsusAgreementColumns esus;

    @Column(name = "esus_expiry_published")
    boolean esusExpiryPublished;

    @Column(name = "naf_code")
    String nafCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "naf_version")
    NafVersion nafVersion;

    @Column(name = "headcount_bracket")
    HeadcountBracket headcountBracket;

    @Column(name = "declared_fte")
    BigDecimal declaredFte;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_sector", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("headOffice desc, siret")
    @BatchSize(size = 100)
    // A set (ordered by @OrderBy), not a list: a list is a bag, which a query cannot fetch together with the sectors.
    Set<Establishment> establishments = new LinkedHashSet<>();

    @Embedded
    Representative representative;

    @Column(name = "representative_erased_at")
    Instant representativeErasedAt;

    @Enumerated(EnumType.STRING)
    EnterpriseStatus status;

    @Column(name = "verified_at")
    Instant verifiedAt;

    @Column(name = "struck_off_on")
    LocalDate struckOffOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "strike_off_reason")
    StrikeOffReason strikeOffReason;

    @Column(name = "strike_off_comment")
    String strikeOffComment;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;

    protected Enterprise() {
    }

    /** A new enterprise from details that passed {@link EnterpriseRules#check}. */
    public static Enterprise register(EnterpriseDetails checked, Actor actor, Instant now) {
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        enterprise.status = EnterpriseStatus.REGISTERED;
        enterprise.createdAt = now;
        enterprise.createdBy = actor.name();
        enterprise.apply(checked);
        enterprise.touch(actor, now);
        return enterprise;
    }

    /** Amends the details (already checked); empty when nothing changed. */
    public Optional<EnterpriseChange> amend(EnterpriseDetails checked, Actor actor, Instant now) {
        requireNotStruckOff("amended");
        List<String> changed = changedFields(details(), checked);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        apply(checked);
        touch(actor, now);
        List<String> published = changed.stream().filter(field -> !field.equals("representative")).toList();
        return Optional.of(published.isEmpty()
                ? EnterpriseChange.of(EnterpriseChange.Kind.REPRESENTATIVE_CHANGED)
                : new EnterpriseChange(EnterpriseChange.Kind.UPDATED, published));
    }

    public EnterpriseChange verify(Actor actor, Instant now) {
        requireNotStruckOff("verified");
        if (status == EnterpriseStatus.VERIFIED) {
            throw new StateConflictException("The enterprise is verified already");
        }
        status = EnterpriseStatus.VERIFIED;
        verifiedAt = now;
        touch(actor, now);
        return EnterpriseChange.of(EnterpriseChange.Kind.VERIFIED);
    }

    public EnterpriseChange strikeOff(LocalDate on, StrikeOffReason reason, String comment, Actor actor, Instant now) {
        requireNotStruckOff("struck off");
        status = EnterpriseStatus.STRUCK_OFF;
        struckOffOn = Objects.requireNonNull(on, "on");
        strikeOffReason = Objects.requireNonNull(reason, "reason");
        strikeOffComment = comment;
        touch(actor, now);
        return EnterpriseChange.of(EnterpriseChange.Kind.STRUCK_OFF);
    }

    /** Sets or renews the ESUS agreement. */
    public EnterpriseChange grantEsus(EsusAgreement agreement, Actor actor, Instant now) {
        requireNotStruckOff("given an ESUS agreement");
        esus = EsusAgreementColumns.of(agreement);
        esusExpiryPublished = false;
        touch(actor, now);
        return EnterpriseChange.of(EnterpriseChange.Kind.ESUS_AGREEMENT_GRANTED);
    }

    /** Records, once, that the ESUS agreement has expired; empty when it has not or was recorded already. */
    public Optional<EnterpriseChange> expireEsus(LocalDate today, Instant now) {
        if (esus == null || esusExpiryPublished || !esus.agreement().hasExpiredOn(today)) {
            return Optional.empty();
        }
        esusExpiryPublished = true;
        touch(Actor.SYSTEM, now);
        return Optional.of(EnterpriseChange.of(EnterpriseChange.Kind.ESUS_AGREEMENT_EXPIRED));
    }

    /** Erases the representative's personal data (right to erasure); the history never held it. */
    public EnterpriseChange eraseRepresentative(Actor actor, Instant now) {
        representative = null;
        representativeErasedAt = now;
        touch(actor, now);
        return EnterpriseChange.of(EnterpriseChange.Kind.REPRESENTATIVE_ERASED);
    }

    public EnterpriseDetails details() {
        return new EnterpriseDetails(siren, rna, legalName, usualName, creationDate, legalCategory,
                declaredCooperativeKind(), essBasis, naf(), headcountBracket, declaredFte, sectors,
                establishments.stream().map(Establishment::details).toList(), representative);
    }

    private CooperativeKind declaredCooperativeKind() {
        return cooperativeKind == CooperativeKind.SCIC || cooperativeKind == CooperativeKind.CAE ? cooperativeKind : null;
    }

    private void apply(EnterpriseDetails details) {
        siren = details.siren();
        rna = details.rna();
        legalName = details.legalName().trim();
        usualName = details.usualName() == null || details.usualName().isBlank() ? null : details.usualName().trim();
        nameSearch = searchable(legalName + " " + (usualName == null ? "" : usualName));
        creationDate = details.creationDate();
        legalCategory = details.legalCategory();
        legalFamily = details.legalFamily();
        cooperativeKind = details.declaredCooperativeKind() != null ? details.declaredCooperativeKind()
                : legalCategory.cooperativeKind().orElse(null);
        essBasis = details.essBasis();
        nafCode = details.naf() == null ? null : details.naf().code();
        nafVersion = details.naf() == null ? null : details.naf().version();
        headcountBracket = details.headcountBracket();
        declaredFte = details.declaredFte();
        sectors.clear();
        sectors.addAll(details.sectors());
        representative = details.representative() == null || details.representative().isEmpty() ? null : details.representative();
        applyEstablishments(details.establishments());
    }

    /** Keeps each establishment's row by its SIRET (or, without one, its position), so that identities stay stable. */
    private void applyEstablishments(List<EstablishmentDetails> wanted) {
        Map<Siret, Establishment> bySiret = new HashMap<>();
        List<Establishment> withoutSiret = new ArrayList<>();
        for (Establishment existing : establishments) {
            if (existing.siret() != null) {
                bySiret.put(existing.siret(), existing);
            } else {
                withoutSiret.add(existing);
            }
        }
        List<Establishment> kept = new ArrayList<>();
        for (EstablishmentDetails details : wanted) {
            Establishment establishment = details.siret() != null ? bySiret.remove(details.siret())
                    : withoutSiret.isEmpty() ? null : withoutSiret.remove(0);
            if (establishment == null) {
                establishment = new Establishment(this, details);
            } else {
                establishment.apply(details);
            }
            kept.add(establishment);
        }
        establishments.retainAll(kept);
        for (Establishment establishment : kept) {
            if (!establishments.contains(establishment)) {
                establishments.add(establishment);
            }
        }
    }

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.name();
    }

    private void requireNotStruckOff(String what) {
        if (status == EnterpriseStatus.STRUCK_OFF) {
            throw new StateConflictException("The enterprise was struck off on " + struckOffOn + "; it cannot be " + what);
        }
    }

    static List<String> changedFields(EnterpriseDetails before, EnterpriseDetails after) {
        Map<String, Function<EnterpriseDetails, Object>> fields = new LinkedHashMap<>();
        fields.put("siren", EnterpriseDetails::siren);
        fields.put("rna", EnterpriseDetails::rna);
        fields.put("legalName", EnterpriseDetails::legalName);
        fields.put("usualName", d -> d.usualName() == null || d.usualName().isBlank() ? null : d.usualName().trim());
        fields.put("creationDate", EnterpriseDetails::creationDate);
        fields.put("legalCategory", EnterpriseDetails::legalCategory);
        fields.put("cooperativeKind", EnterpriseDetails::declaredCooperativeKind);
        fields.put("essBasis", EnterpriseDetails::essBasis);
        fields.put("naf", EnterpriseDetails::naf);
        fields.put("headcountBracket", EnterpriseDetails::headcountBracket);
        fields.put("declaredFte", d -> d.declaredFte() == null ? null : d.declaredFte().stripTrailingZeros());
        fields.put("sectors", EnterpriseDetails::sectors);
        fields.put("establishments", d -> Set.copyOf(d.establishments()));
        fields.put("representative", d -> d.representative() == null || d.representative().isEmpty() ? null : d.representative());
        return fields.entrySet().stream()
                .filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Lower case, no accents, single spaces: how names are searched. */
    public static String searchable(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public Siren siren() {
        return siren;
    }

    public Rna rna() {
        return rna;
    }

    public String legalName() {
        return legalName;
    }

    public String usualName() {
        return usualName;
    }

    /** The names as searched and sorted: see {@link #searchable(String)}. */
    public String nameSearch() {
        return nameSearch;
    }

    public LocalDate creationDate() {
        return creationDate;
    }

    public LegalCategory legalCategory() {
        return legalCategory;
    }

    public LegalFamily legalFamily() {
        return legalFamily;
    }

    public CooperativeKind cooperativeKind() {
        return cooperativeKind;
    }

    public EssBasis essBasis() {
        return essBasis;
    }

    public Optional<EsusAgreement> esusAgreement() {
        return Optional.ofNullable(esus).map(EsusAgreementColumns::agreement);
    }

    public NafCode naf() {
        return nafCode == null ? null : NafCode.parse(nafCode, nafVersion);
    }

    public HeadcountBracket headcountBracket() {
        return headcountBracket;
    }

    public BigDecimal declaredFte() {
        return declaredFte;
    }

    public Set<Sector> sectors() {
        return Set.copyOf(sectors);
    }

    public List<Establishment> establishments() {
        return List.copyOf(establishments);
    }

    public Optional<Representative> representative() {
        return Optional.ofNullable(representative);
    }

    public Instant representativeErasedAt() {
        return representativeErasedAt;
    }

    public EnterpriseStatus status() {
        return status;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public LocalDate struckOffOn() {
        return struckOffOn;
    }

    public StrikeOffReason strikeOffReason() {
        return strikeOffReason;
    }

    public String strikeOffComment() {
        return strikeOffComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
