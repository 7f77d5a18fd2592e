package org.essor.registry.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_ess_condition", joinColumns = @JoinColumn(name = "enterprise_id"))
    @BatchSize(size = 100)
    Set<EssConditionDeclaration> essConditions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_network", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Column(name = "network")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    Set<EssNetwork> networks = EnumSet.noneOf(EssNetwork.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_inclusion_agreement", joinColumns = @JoinColumn(name = "enterprise_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @BatchSize(size = 100)
    Map<InclusionAgreementKind, AgreementPeriod> inclusionAgreements = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enterprise_figures", joinColumns = @JoinColumn(name = "enterprise_id"))
    @BatchSize(size = 100)
    Set<FiguresColumns> figures = new HashSet<>();

    /** The reference date of the figures this change declared, for its event. */
    @jakarta.persistence.Transient
    LocalDate lastDeclaredFigures;

    @Column(name = "converted_into_scop_on")
    LocalDate convertedIntoScopOn;

    @Column(name = "category_before_scop")
    LegalCategory categoryBeforeScop;

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
        enterprise.apply(checked, now);
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
        apply(checked, now);
        touch(actor, now);
        List<String> published = changed.stream().filter(field -> !field.equals("representative")).toList();
        return Optional.of(published.isEmpty()
                ? EnterpriseChange.of(EnterpriseChange.Kind.REPRESENTATIVE_CHANGED)
                : new EnterpriseChange(EnterpriseChange.Kind.UPDATED, published));
    }

    /**
     * Gives the enterprise the family and cooperative kind its legal category has in INSEE's nomenclature as the
     * register now reads it ({@link LegalCategories}), when it was registered under an older reading (cooperative banks
     * and HLM, consumer, craft or transport cooperatives were once filed as commercial companies); empty when nothing
     * changes. A commercial company that turns out to be a cooperative or a mutual belongs to the ESS by its statutes,
     * and its declared conditions no longer apply. A declared SCIC or CAE stays what it declared.
     */
    public Optional<EnterpriseChange> reclassify(Actor actor, Instant now) {
        LegalFamily family = legalCategory.family();
        CooperativeKind kind = declaredCooperativeKind() != null ? declaredCooperativeKind()
                : legalCategory.cooperativeKind().orElse(null);
        List<String> changed = new ArrayList<>();
        if (family != legalFamily) {
            changed.add("legalFamily");
        }
        if (kind != cooperativeKind) {
            changed.add("cooperativeKind");
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        legalFamily = family;
        cooperativeKind = kind;
        if (family.statutoryEss() && essBasis != EssBasis.STATUTORY_FAMILY) {
            essBasis = EssBasis.STATUTORY_FAMILY;
            changed.add("essBasis");
        }
        applyEssConditions(LocalDate.ofInstant(now, ServiceTime.ZONE));
        touch(actor, now);
        return Optional.of(new EnterpriseChange(EnterpriseChange.Kind.UPDATED, changed));
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

    /**
     * Records the conditions of a société commerciale de l'ESS the company declares (law of 31 July 2014, art. 1), each
     * with its date and evidence, all of them (checked by {@link EssConditionRules}); empty when they are those recorded.
     */
    public Optional<EnterpriseChange> declareEssConditions(List<EssConditionDeclaration> declarations, LocalDate today,
                                                           Actor actor, Instant now) {
        requireNotStruckOff("given ESS conditions");
        EssConditionRules.check(legalFamily, declarations, today);
        if (essConditions.equals(Set.copyOf(declarations))) {
            return Optional.empty();
        }
        essConditions.clear();
        essConditions.addAll(declarations);
        essBasis = EssBasis.COMMERCIAL_ESS_COMPANY;
        touch(actor, now);
        return Optional.of(EnterpriseChange.of(EnterpriseChange.Kind.ESS_CONDITIONS_DECLARED));
    }

    /**
     * A commercial company becomes a SCOP (plan C.2: transmissions of companies to their employees): its legal category
     * becomes a SCOP's, it is a cooperative by its statutes from then on, and the conditions of a société commerciale de
     * l'ESS no longer apply.
     */
    public EnterpriseChange convertIntoScop(LegalCategory scopCategory, LocalDate on, LocalDate today, Actor actor,
                                            Instant now) {
        requireNotStruckOff("converted into a SCOP");
        List<Violation> violations = new ArrayList<>();
        if (legalFamily != LegalFamily.COMMERCIAL_COMPANY) {
            violations.add(new Violation("legalCategory", "only a commercial company converts into a SCOP; this enterprise "
                    + "is a " + legalFamily.name().toLowerCase().replace('_', ' ') + " (" + legalCategory + ")"));
        }
        if (scopCategory.cooperativeKind().filter(CooperativeKind.SCOP::equals).isEmpty()) {
            violations.add(new Violation("legalCategory", scopCategory + " is not a SCOP's legal category (5458, 5558, 5658)"));
        }
        if (on.isAfter(today)) {
            violations.add(new Violation("on", "is in the future"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The enterprise cannot be converted into a SCOP: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        categoryBeforeScop = legalCategory;
        convertedIntoScopOn = on;
        legalCategory = scopCategory;
        legalFamily = scopCategory.family();
        cooperativeKind = CooperativeKind.SCOP;
        essBasis = EssBasis.STATUTORY_FAMILY;
        essConditions.clear();
        touch(actor, now);
        return EnterpriseChange.of(EnterpriseChange.Kind.CONVERTED_INTO_SCOP);
    }

    /** Sets the ESS networks the enterprise belongs to; empty when they are those recorded. */
    public Optional<EnterpriseChange> setNetworks(Set<EssNetwork> wanted, Actor actor, Instant now) {
        requireNotStruckOff("given networks");
        if (networks.equals(wanted)) {
            return Optional.empty();
        }
        networks.clear();
        networks.addAll(wanted);
        touch(actor, now);
        return Optional.of(EnterpriseChange.of(EnterpriseChange.Kind.NETWORKS_CHANGED));
    }

    /**
     * Sets the enterprise's IAE and EA agreements (one per kind, none granted in the future, none ending before it
     * starts); empty when they are those recorded.
     */
    public Optional<EnterpriseChange> setInclusionAgreements(List<InclusionAgreement> wanted, LocalDate today, Actor actor,
                                                             Instant now) {
        requireNotStruckOff("given agreements");
        List<Violation> violations = new ArrayList<>();
        Set<InclusionAgreementKind> kinds = EnumSet.noneOf(InclusionAgreementKind.class);
        for (int i = 0; i < wanted.size(); i++) {
            InclusionAgreement agreement = wanted.get(i);
            if (!kinds.add(agreement.kind())) {
                violations.add(new Violation("agreements[" + i + "].kind", agreement.kind() + " appears twice"));
            }
            if (agreement.grantedOn().isAfter(today)) {
                violations.add(new Violation("agreements[" + i + "].grantedOn", "is in the future"));
            }
            if (agreement.validUntil() != null && agreement.validUntil().isBefore(agreement.grantedOn())) {
                violations.add(new Violation("agreements[" + i + "].validUntil", "is before grantedOn"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The agreements cannot be recorded as given: " + violations.get(0).field()
                    + " " + violations.get(0).message(), violations);
        }
        Map<InclusionAgreementKind, AgreementPeriod> periods = new HashMap<>();
        wanted.forEach(agreement -> periods.put(agreement.kind(),
                new AgreementPeriod(agreement.grantedOn(), agreement.validUntil())));
        if (inclusionAgreements.equals(periods)) {
            return Optional.empty();
        }
        inclusionAgreements.keySet().retainAll(periods.keySet());
        inclusionAgreements.putAll(periods);
        touch(actor, now);
        return Optional.of(EnterpriseChange.of(EnterpriseChange.Kind.INCLUSION_AGREEMENTS_CHANGED));
    }

    /**
     * Records the figures of {@code referenceDate}, replacing those declared for that date before: at most one line for
     * the whole enterprise and one per establishment of its own, none negative, the payroll in euros and cents; empty
     * when they are those recorded.
     */
    public Optional<EnterpriseChange> declareFigures(LocalDate referenceDate, List<Figures> declared, LocalDate today,
                                                     Actor actor, Instant now) {
        requireNotStruckOff("given figures");
        List<Violation> violations = new ArrayList<>();
        if (referenceDate.isAfter(today)) {
            violations.add(new Violation("referenceDate", "is in the future"));
        }
        if (declared.isEmpty()) {
            violations.add(new Violation("figures", "at least one line, for the enterprise or one of its establishments"));
        }
        Set<Siret> own = new HashSet<>();
        establishments.forEach(establishment -> own.add(establishment.siret()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            Figures line = declared.get(i);
            String field = "figures[" + i + "]";
            if (!seen.add(line.siret() == null ? "" : line.siret().value())) {
                violations.add(new Violation(field + ".siret", line.siret() == null
                        ? "the enterprise's own figures appear twice" : line.siret() + " appears twice"));
            }
            if (line.siret() != null && !own.contains(line.siret())) {
                violations.add(new Violation(field + ".siret", line.siret() + " is not an establishment of this enterprise"));
            }
            if (line.headcount() < 0 || line.employeesAtYearEnd() < 0 || line.grossPayroll().signum() < 0) {
                violations.add(new Violation(field, "figures are zero or more"));
            }
            if (line.grossPayroll().scale() > 2) {
                violations.add(new Violation(field + ".grossPayroll", "has at most two decimals"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The figures cannot be recorded as given: " + violations.get(0).field() + " "
                    + violations.get(0).message(), violations);
        }
        Set<FiguresColumns> wanted = new HashSet<>();
        declared.forEach(line -> wanted.add(FiguresColumns.of(line)));
        Set<FiguresColumns> current = new HashSet<>();
        figures.stream().filter(line -> line.referenceDate.equals(referenceDate)).forEach(current::add);
        if (current.equals(wanted)) {
            return Optional.empty();
        }
        figures.removeIf(line -> line.referenceDate.equals(referenceDate));
        figures.addAll(wanted);
        lastDeclaredFigures = referenceDate;
        touch(actor, now);
        return Optional.of(new EnterpriseChange(EnterpriseChange.Kind.FIGURES_DECLARED, List.of("figures")));
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

    private void apply(EnterpriseDetails details, Instant now) {
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
        applyEssConditions(LocalDate.ofInstant(now, ServiceTime.ZONE));
        nafCode = details.naf() == null ? null : details.naf().code();
        nafVersion = details.naf() == null ? null : details.naf().version();
        headcountBracket = details.headcountBracket();
        declaredFte = details.declaredFte();
        sectors.clear();
        sectors.addAll(details.sectors());
        representative = details.representative() == null || details.representative().isEmpty() ? null : details.representative();
        applyEstablishments(details.establishments());
    }

    /**
     * A statutory family has no conditions to meet; a commercial company declared a société commerciale de l'ESS as a
     * whole (the essBasis of registrations, amendments and imports) is recorded as having declared every condition that
     * day, until it declares them one by one.
     */
    private void applyEssConditions(LocalDate today) {
        if (legalFamily.statutoryEss()) {
            essConditions.clear();
        } else if (essBasis == EssBasis.COMMERCIAL_ESS_COMPANY && essConditions.isEmpty()) {
            for (EssCondition condition : EssCondition.values()) {
                essConditions.add(new EssConditionDeclaration(condition, today, EssConditionDeclaration.DECLARED_AS_A_WHOLE));
            }
        }
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

    /** The conditions of a société commerciale de l'ESS as declared, in the law's order; empty for a statutory family. */
    public List<EssConditionDeclaration> essConditions() {
        return essConditions.stream().sorted(java.util.Comparator.comparing(EssConditionDeclaration::condition)).toList();
    }

    public Set<EssNetwork> networks() {
        return Set.copyOf(networks);
    }

    /** The IAE and EA agreements, by kind. */
    public List<InclusionAgreement> inclusionAgreements() {
        return inclusionAgreements.entrySet().stream()
                .map(entry -> new InclusionAgreement(entry.getKey(), entry.getValue().grantedOn, entry.getValue().validUntil))
                .sorted(java.util.Comparator.comparing(InclusionAgreement::kind)).toList();
    }

    /** The figures declared for {@code referenceDate}: the enterprise's line first, then by SIRET. */
    public List<Figures> figuresOf(LocalDate referenceDate) {
        return figures.stream().filter(line -> line.referenceDate.equals(referenceDate)).map(FiguresColumns::figures)
                .sorted(java.util.Comparator.comparing((Figures f) -> f.siret() == null ? "" : f.siret().value()))
                .toList();
    }

    /** Every declared figure, newest reference date first, then the enterprise's line and by SIRET. */
    public List<Figures> figuresOfEveryDate() {
        return figures.stream().map(FiguresColumns::figures)
                .sorted(java.util.Comparator.comparing(Figures::referenceDate).reversed()
                        .thenComparing((Figures f) -> f.siret() == null ? "" : f.siret().value()))
                .toList();
    }

    /** The reference date of the figures the last declareFigures of this instance declared. */
    public LocalDate lastDeclaredFigures() {
        return lastDeclaredFigures;
    }

    public LocalDate convertedIntoScopOn() {
        return convertedIntoScopOn;
    }

    public LegalCategory categoryBeforeScop() {
        return categoryBeforeScop;
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
