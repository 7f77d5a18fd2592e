package org.essor.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.enterprises.EnterpriseFacts;
import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A financing application (dossier) of an enterprise of the register to one instrument, from draft to decision, then
 * its contract and money: tranches disbursed (never more than granted), for a loan or repayable advance its repayment
 * schedule and repayments, for a guarantee the loan it covers and the lender's claims. Each transition checks what
 * the current status allows (409 with the reason otherwise) and returns the change it made.
 */
@Entity
@Table(name = "financing_application")
public class FinancingApplication implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "enterprise_id")
    UUID enterpriseId;

    @Column(name = "instrument_code")
    String instrumentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument_kind")
    InstrumentKind instrumentKind;

    @Column(name = "instrument_provider")
    String instrumentProvider;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument_scope")
    InstrumentScope instrumentScope;

    String departement;

    @Column(name = "requested_amount")
    BigDecimal requestedAmount;

    String purpose;

    @Column(name = "project_budget")
    BigDecimal projectBudget;

    @Column(name = "jobs_to_create")
    int jobsToCreate;

    @Column(name = "jobs_to_consolidate")
    int jobsToConsolidate;

    @Column(name = "social_innovation")
    boolean socialInnovation;

    @Column(name = "bank_loan_amount")
    BigDecimal bankLoanAmount;

    String lender;

    @Column(name = "guarantee_rate")
    BigDecimal guaranteeRate;

    @Enumerated(EnumType.STRING)
    ApplicationStatus status;

    String instructor;

    @Column(name = "corrections_asked")
    String correctionsAsked;

    @Column(name = "granted_amount")
    BigDecimal grantedAmount;

    String conditions;

    String motivation;

    @Column(name = "envelope_id")
    UUID envelopeId;

    @Column(name = "disbursed_amount")
    BigDecimal disbursedAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "repayment_starts_on")
    LocalDate repaymentStartsOn;

    @Column(name = "repayment_duration_months")
    Integer repaymentDurationMonths;

    @Column(name = "repayment_deferral_months")
    Integer repaymentDeferralMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_periodicity")
    Periodicity repaymentPeriodicity;

    @Column(name = "loan_outstanding")
    BigDecimal loanOutstanding;

    @Column(name = "enterprise_struck_off")
    boolean enterpriseStruckOff;

    @Column(name = "partner_client")
    String partnerClient;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "co_financing", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<CoFinancing> coFinancing = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "disbursement", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<Disbursement> disbursements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "instalment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<ScheduledInstalment> instalments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "repayment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<ReceivedRepayment> repayments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "guarantee_claim", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    List<GuaranteeClaim> claims = new ArrayList<>();

    protected FinancingApplication() {
    }

    /**
     * A draft of an enterprise known from the register (whose eligibility was checked) to an instrument that takes
     * applications; {@code partnerClient} is the partner system in charge (null when not a partner created it).
     */
    public static FinancingApplication draft(Instrument instrument, EnterpriseFacts enterprise, Project project,
                                             String partnerClient, Actor actor, Instant now) {
        FinancingApplication application = new FinancingApplication();
        application.id = UUID.randomUUID();
        application.enterpriseId = enterprise.enterpriseId();
        application.instrumentCode = instrument.code();
        application.instrumentKind = instrument.kind();
        application.instrumentProvider = instrument.provider();
        application.instrumentScope = instrument.scope();
        application.departement = enterprise.mainDepartement();
        application.status = ApplicationStatus.DRAFT;
        application.partnerClient = partnerClient;
        application.createdAt = now;
        application.createdBy = actor.name();
        application.updatedAt = now;
        application.describe(project.checkedFor(instrument));
        return application;
    }

    /** The applicant revises its draft, or its file after corrections were asked. */
    public ApplicationChange revise(Instrument instrument, Project project, Instant now) {
        require("revised", Set.of(ApplicationStatus.DRAFT, ApplicationStatus.CORRECTIONS_REQUESTED),
                "only a draft, or a file whose corrections were asked, can be revised");
        describe(project.checkedFor(instrument));
        updatedAt = now;
        return ApplicationChange.noted(status, "revised");
    }

    private void describe(Project project) {
        requestedAmount = project.requestedAmount();
        purpose = project.purpose();
        projectBudget = project.projectBudget();
        coFinancing.clear();
        coFinancing.addAll(project.coFinancing());
        jobsToCreate = project.jobsToCreate();
        jobsToConsolidate = project.jobsToConsolidate();
        socialInnovation = project.socialInnovation();
        Project.GuaranteedLoan loan = project.guaranteedLoan();
        bankLoanAmount = loan == null ? null : loan.amount();
        lender = loan == null ? null : loan.lender();
        guaranteeRate = loan == null ? null : loan.rate();
    }

    public ApplicationChange submit(Instant now) {
        require("submitted", Set.of(ApplicationStatus.DRAFT, ApplicationStatus.CORRECTIONS_REQUESTED),
                "only a draft, or a file whose corrections were asked, can be submitted");
        requireRegistered("submitted");
        boolean resubmitted = status == ApplicationStatus.CORRECTIONS_REQUESTED;
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        return ApplicationChange.moved(status, resubmitted ? "resubmitted after corrections" : null);
    }

    /** An instructor takes the submitted file into review. */
    public ApplicationChange assignInstructor(String instructorName, Instant now) {
        require("taken into review", Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW),
                "only a submitted file, or one in review (to hand it to another instructor), can be given an instructor");
        if (instructorName == null || instructorName.isBlank()) {
            throw new RuleViolationException(new Violation("instructor", "required: who instructs the file"));
        }
        boolean moved = status != ApplicationStatus.IN_REVIEW;
        status = ApplicationStatus.IN_REVIEW;
        instructor = instructorName.strip();
        updatedAt = now;
        return moved ? ApplicationChange.moved(status, "instructed by " + instructor)
                : ApplicationChange.noted(status, "handed to " + instructor);
    }

    public ApplicationChange askCorrections(String what, Instant now) {
        require("sent back for corrections", Set.of(ApplicationStatus.IN_REVIEW),
                "only a file in review can be sent back for corrections");
        requireText("corrections", what);
        status = ApplicationStatus.CORRECTIONS_REQUESTED;
        correctionsAsked = what.strip();
        updatedAt = now;
        return ApplicationChange.moved(status, correctionsAsked);
    }

    public ApplicationChange sendToCommittee(Instant now) {
        require("sent to the committee", Set.of(ApplicationStatus.IN_REVIEW), "only a file in review goes to the committee");
        status = ApplicationStatus.COMMITTEE;
        updatedAt = now;
        return ApplicationChange.moved(status, null);
    }

    /**
     * The committee grants {@code amount} (at most the amount asked) with its conditions; the caller commits it
     * against the instrument's budget envelope where there is one ({@code envelope}, null otherwise).
     */
    public ApplicationChange approve(BigDecimal amount, String withConditions, UUID envelope, Instant now) {
        require("approved", Set.of(ApplicationStatus.COMMITTEE), "only a file before the committee can be approved");
        requireRegistered("approved");
        if (amount == null || !Money.valid(amount)) {
            throw new RuleViolationException(new Violation("grantedAmount", "an amount in euros above 0, two decimals"));
        }
        if (amount.compareTo(requestedAmount) > 0) {
            throw new RuleViolationException(new Violation("grantedAmount", "the committee grants at most the amount asked ("
                    + Money.euros(requestedAmount) + "), not " + Money.euros(amount)));
        }
        status = ApplicationStatus.APPROVED;
        grantedAmount = Money.cents(amount);
        conditions = withConditions == null || withConditions.isBlank() ? null : withConditions.strip();
        envelopeId = envelope;
        decidedAt = now;
        updatedAt = now;
        return ApplicationChange.moved(status, conditions);
    }

    public ApplicationChange reject(String why, Instant now) {
        require("rejected", Set.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.COMMITTEE),
                "only a file in review or before the committee can be rejected");
        requireText("motivation", why);
        status = ApplicationStatus.REJECTED;
        motivation = why.strip();
        decidedAt = now;
        updatedAt = now;
        return ApplicationChange.moved(status, motivation);
    }

    /**
     * Closed without follow-up: the applicant gave up, or never answered, before the decision; or renounced an
     * approved financing before its contract (the caller releases the commitment: see {@link #committed()}).
     */
    public ApplicationChange close(String why, Instant now) {
        Set<ApplicationStatus> closable = new java.util.HashSet<>(ApplicationStatus.UNDECIDED);
        closable.add(ApplicationStatus.APPROVED);
        require("closed", closable, "only a file not yet decided, or approved and not yet contracted, can be closed");
        requireText("reason", why);
        status = ApplicationStatus.CLOSED;
        motivation = why.strip();
        updatedAt = now;
        return ApplicationChange.moved(status, motivation);
    }

    /**
     * The contract is signed. A loan or repayable advance gets its repayment schedule (the granted amount, repaid
     * from {@code terms}' start); a guarantee starts covering the loan's whole amount.
     */
    public ApplicationChange contract(RepaymentTermsAsked terms, Instant now) {
        require("contracted", Set.of(ApplicationStatus.APPROVED), "only an approved file can be contracted");
        if (instrumentKind.repayable()) {
            if (terms == null) {
                throw new RuleViolationException(new Violation("repayment", "a " + instrumentKind
                        + " is repaid: give its repayment terms (startsOn, durationMonths, deferralMonths, periodicity)"));
            }
            RepaymentSchedule schedule = RepaymentSchedule.of(new RepaymentTerms(grantedAmount, terms.startsOn(),
                    terms.durationMonths(), terms.deferralMonths(), terms.periodicity()));
            repaymentStartsOn = terms.startsOn();
            repaymentDurationMonths = terms.durationMonths();
            repaymentDeferralMonths = terms.deferralMonths();
            repaymentPeriodicity = terms.periodicity();
            instalments.clear();
            schedule.instalments().forEach(instalment -> instalments.add(ScheduledInstalment.of(instalment)));
        } else if (terms != null) {
            throw new RuleViolationException(new Violation("repayment", "a " + instrumentKind + " is not repaid"));
        }
        if (instrumentKind.guarantee()) {
            loanOutstanding = bankLoanAmount;
        }
        status = ApplicationStatus.CONTRACTED;
        updatedAt = now;
        return ApplicationChange.moved(status, null);
    }

    /** The repayment terms an officer gives at the contract; the principal is the granted amount. */
    public record RepaymentTermsAsked(LocalDate startsOn, int durationMonths, int deferralMonths, Periodicity periodicity) {
    }

    /** A tranche paid to the enterprise: never more, in all, than the granted amount. */
    public ApplicationChange disburse(BigDecimal amount, LocalDate paidOn, Actor actor, Instant now) {
        require("disbursed", Set.of(ApplicationStatus.CONTRACTED), "only a contracted financing not yet fully paid is disbursed");
        if (instrumentKind.guarantee()) {
            throw new StateConflictException("A guarantee pays nothing to the enterprise: it pays the lender's claim when called");
        }
        checkPayment("amount", amount, "paidOn", paidOn);
        BigDecimal remaining = grantedAmount.subtract(disbursedAmount);
        if (amount.compareTo(remaining) > 0) {
            throw new StateConflictException("The tranche of " + Money.euros(amount) + " exceeds what remains to disburse of the "
                    + Money.euros(grantedAmount) + " granted (" + Money.euros(remaining) + ")",
                    java.util.Map.of("granted", grantedAmount, "disbursed", disbursedAmount, "remaining", remaining,
                            "requested", Money.cents(amount)));
        }
        Disbursement tranche = new Disbursement(UUID.randomUUID(), Money.cents(amount), paidOn, now, actor.name());
        disbursements.add(tranche);
        disbursedAmount = disbursedAmount.add(tranche.amount());
        boolean complete = disbursedAmount.compareTo(grantedAmount) == 0;
        if (complete) {
            status = ApplicationStatus.DISBURSED;
        }
        updatedAt = now;
        return ApplicationChange.paid(status, complete, "tranche " + disbursements.size() + " of " + Money.euros(tranche.amount()),
                List.of(new Payment(PaymentKind.DISBURSED, tranche.id(), tranche.amount(), paidOn, null)));
    }

    /** A repayment received, never more than what remains to repay. */
    public ApplicationChange receiveRepayment(BigDecimal amount, LocalDate receivedOn, Actor actor, Instant now) {
        requireRepaying();
        checkPayment("amount", amount, "receivedOn", receivedOn);
        RepaymentSchedule schedule = schedule();
        List<Repayment> received = received();
        schedule.checkRepayment(Money.cents(amount), received);
        ReceivedRepayment repayment = new ReceivedRepayment(UUID.randomUUID(), Money.cents(amount), receivedOn, now, actor.name());
        repayments.add(repayment);
        updatedAt = now;
        return ApplicationChange.paid(status, false, "repayment of " + Money.euros(repayment.amount()),
                List.of(new Payment(PaymentKind.REPAYMENT_RECEIVED, repayment.id(), repayment.amount(), receivedOn, null)));
    }

    /**
     * The first instalment due before {@code today} that the repayments received (allocated in due order) do not
     * cover and that was not found missed before: it is marked missed today. Null when there is none. One at a time,
     * so that each missed instalment is a change of its own (and an event with its own sequence).
     */
    public ApplicationChange findMissedInstalment(LocalDate today, Instant now) {
        BigDecimal repaid = received().stream().map(Repayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal dueSoFar = BigDecimal.ZERO;
        for (int i = 0; i < instalments.size(); i++) {
            ScheduledInstalment instalment = instalments.get(i);
            dueSoFar = dueSoFar.add(instalment.amount());
            if (!instalment.dueOn().isBefore(today)) {
                return null;
            }
            if (instalment.missedOn() == null && dueSoFar.compareTo(repaid) > 0) {
                BigDecimal unpaid = dueSoFar.subtract(repaid).min(instalment.amount());
                instalments.set(i, instalment.missed(today));
                updatedAt = now;
                return ApplicationChange.paid(status, false, "instalment " + instalment.number() + " due on "
                        + instalment.dueOn() + " missed: " + Money.euros(unpaid) + " unpaid", List.of(new Payment(
                        PaymentKind.REPAYMENT_MISSED, null, unpaid, instalment.dueOn(), instalment.number())));
            }
        }
        return null;
    }

    /** Where the repayments stand on {@code day}. */
    public RepaymentPosition repaymentPosition(LocalDate day) {
        requireRepayable();
        return schedule().positionOn(day, received());
    }

    public RepaymentSchedule schedule() {
        requireRepayable();
        if (instalments.isEmpty()) {
            throw new StateConflictException("The repayment schedule is drawn up at the contract; this file is " + status);
        }
        return RepaymentSchedule.restore(new RepaymentTerms(grantedAmount, repaymentStartsOn, repaymentDurationMonths,
                repaymentDeferralMonths, repaymentPeriodicity), instalments.stream().map(ScheduledInstalment::instalment).toList());
    }

    /** The guaranteed loan's outstanding balance, as the lender reports it. */
    public ApplicationChange reportLoanBalance(BigDecimal balance, Instant now) {
        requireGuaranteeInForce();
        if (balance == null || balance.signum() < 0 || balance.stripTrailingZeros().scale() > 2
                || balance.compareTo(bankLoanAmount) > 0) {
            throw new RuleViolationException(new Violation("outstandingBalance",
                    "between 0 and the loan's amount (" + Money.euros(bankLoanAmount) + "), two decimals"));
        }
        loanOutstanding = balance.setScale(2, RoundingMode.UNNECESSARY);
        updatedAt = now;
        return ApplicationChange.noted(status, "loan balance " + Money.euros(loanOutstanding));
    }

    /**
     * The lender calls the guarantee: the claim is the loan's outstanding balance times the guaranteed share
     * (granted over loan), half-even to the cent, never more than the guaranteed amount less what was paid already.
     */
    public ApplicationChange callGuarantee(BigDecimal outstandingBalance, LocalDate calledOn, Instant now) {
        requireGuaranteeInForce();
        checkPayment("outstandingBalance", outstandingBalance, "calledOn", calledOn);
        if (outstandingBalance.compareTo(bankLoanAmount) > 0) {
            throw new RuleViolationException(new Violation("outstandingBalance", "cannot exceed the loan's amount ("
                    + Money.euros(bankLoanAmount) + ")"));
        }
        if (claims.stream().anyMatch(claim -> !claim.paid())) {
            throw new StateConflictException("The guarantee has a claim not yet paid: pay it before another call");
        }
        BigDecimal left = grantedAmount.subtract(paidOnClaims());
        BigDecimal claimed = outstandingBalance.multiply(grantedAmount).divide(bankLoanAmount, 2, RoundingMode.HALF_EVEN).min(left);
        if (claimed.signum() <= 0) {
            throw new StateConflictException("The guarantee is exhausted: its " + Money.euros(grantedAmount) + " were paid");
        }
        GuaranteeClaim claim = new GuaranteeClaim(UUID.randomUUID(), calledOn, Money.cents(outstandingBalance), claimed, null, null);
        claims.add(claim);
        loanOutstanding = claim.outstandingBalance();
        updatedAt = now;
        return ApplicationChange.paid(status, false, "guarantee called for " + Money.euros(claimed),
                List.of(new Payment(PaymentKind.GUARANTEE_CALLED, claim.id(), claimed, calledOn, null)));
    }

    /** The guarantor pays a claim: at most the amount claimed. */
    public ApplicationChange payClaim(UUID claimId, BigDecimal amount, LocalDate paidOn, Instant now) {
        requireGuaranteeInForce();
        checkPayment("amount", amount, "paidOn", paidOn);
        for (int i = 0; i < claims.size(); i++) {
            GuaranteeClaim claim = claims.get(i);
            if (claim.id().equals(claimId)) {
                if (claim.paid()) {
                    throw new StateConflictException("This claim was paid on " + claim.paidOn());
                }
                if (amount.compareTo(claim.claimedAmount()) > 0) {
                    throw new StateConflictException("The payment of " + Money.euros(amount) + " exceeds the claim ("
                            + Money.euros(claim.claimedAmount()) + ")", java.util.Map.of("claimed", claim.claimedAmount(),
                            "requested", Money.cents(amount)));
                }
                GuaranteeClaim paid = claim.paid(Money.cents(amount), paidOn);
                claims.set(i, paid);
                updatedAt = now;
                return ApplicationChange.paid(status, false, "claim paid " + Money.euros(paid.paidAmount()),
                        List.of(new Payment(PaymentKind.GUARANTEE_PAID, claim.id(), paid.paidAmount(), paidOn, null)));
            }
        }
        throw new org.essor.kernel.NotFoundException("No claim " + claimId + " on application " + id);
    }

    /** The register struck the enterprise off: an open file is flagged, and no longer submitted nor approved. */
    public ApplicationChange flagStruckOff(Instant now) {
        if (enterpriseStruckOff || !ApplicationStatus.OPEN.contains(status)) {
            return null;
        }
        enterpriseStruckOff = true;
        updatedAt = now;
        return ApplicationChange.noted(status, "the enterprise was struck off the register");
    }

    /** What this file commits against its envelope: the granted amount once approved, until closed. */
    public BigDecimal committed() {
        return status == ApplicationStatus.APPROVED || status == ApplicationStatus.CONTRACTED
                || status == ApplicationStatus.DISBURSED ? grantedAmount : BigDecimal.ZERO;
    }

    public BigDecimal paidOnClaims() {
        return claims.stream().filter(GuaranteeClaim::paid).map(GuaranteeClaim::paidAmount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
    }

    private List<Repayment> received() {
        return repayments.stream().map(ReceivedRepayment::repayment).toList();
    }

    private void requireRepayable() {
        if (!instrumentKind.repayable()) {
            throw new StateConflictException("A " + instrumentKind + " is not repaid: it has no repayment schedule");
        }
    }

    private void requireRepaying() {
        requireRepayable();
        require("repaid", Set.of(ApplicationStatus.CONTRACTED, ApplicationStatus.DISBURSED),
                "repayments are received on a contracted financing");
    }

    private void requireGuaranteeInForce() {
        if (!instrumentKind.guarantee()) {
            throw new StateConflictException("A " + instrumentKind + " is not a guarantee");
        }
        require("called", Set.of(ApplicationStatus.CONTRACTED), "a guarantee is in force once contracted");
    }

    private void requireRegistered(String what) {
        if (enterpriseStruckOff) {
            throw new StateConflictException("The enterprise has been struck off the register: the file cannot be " + what);
        }
    }

    private void require(String what, Set<ApplicationStatus> allowed, String rule) {
        if (!allowed.contains(status)) {
            throw new StateConflictException("A " + status + " application cannot be " + what + ": " + rule);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(new Violation(field, "required"));
        }
        if (value.length() > 4000) {
            throw new RuleViolationException(new Violation(field, "at most 4000 characters"));
        }
    }

    private static void checkPayment(String amountField, BigDecimal amount, String dateField, LocalDate on) {
        List<Violation> violations = new ArrayList<>();
        if (amount == null) {
            violations.add(new Violation(amountField, "required"));
        } else {
            Money.check(violations, amountField, amount);
        }
        if (on == null) {
            violations.add(new Violation(dateField, "required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The payment cannot be recorded as given", violations);
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public InstrumentKind instrumentKind() {
        return instrumentKind;
    }

    public String instrumentProvider() {
        return instrumentProvider;
    }

    public InstrumentScope instrumentScope() {
        return instrumentScope;
    }

    public String departement() {
        return departement;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public String purpose() {
        return purpose;
    }

    public BigDecimal projectBudget() {
        return projectBudget;
    }

    public List<CoFinancing> coFinancing() {
        return List.copyOf(coFinancing);
    }

    public int jobsToCreate() {
        return jobsToCreate;
    }

    public int jobsToConsolidate() {
        return jobsToConsolidate;
    }

    public boolean socialInnovation() {
        return socialInnovation;
    }

    public BigDecimal bankLoanAmount() {
        return bankLoanAmount;
    }

    public String lender() {
        return lender;
    }

    public BigDecimal guaranteeRate() {
        return guaranteeRate;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String instructor() {
        return instructor;
    }

    public String correctionsAsked() {
        return correctionsAsked;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public String conditions() {
        return conditions;
    }

    public String motivation() {
        return motivation;
    }

    public UUID envelopeId() {
        return envelopeId;
    }

    public BigDecimal disbursedAmount() {
        return disbursedAmount;
    }

    public BigDecimal loanOutstanding() {
        return loanOutstanding;
    }

    public boolean enterpriseStruckOff() {
        return enterpriseStruckOff;
    }

    public String partnerClient() {
        return partnerClient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Disbursement> disbursements() {
        return List.copyOf(disbursements);
    }

    public List<ReceivedRepayment> repayments() {
        return List.copyOf(repayments);
    }

    public List<ScheduledInstalment> instalments() {
        return List.copyOf(instalments);
    }

    public List<GuaranteeClaim> claims() {
        return List.copyOf(claims);
    }
}
