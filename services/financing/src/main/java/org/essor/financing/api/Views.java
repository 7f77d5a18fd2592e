package org.essor.financing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.enterprises.Eligibility;
import org.essor.events.history.StatusHistory;
import org.essor.financing.app.InstrumentVersions;
import org.essor.financing.domain.ApplicationStatus;
import org.essor.financing.domain.BudgetEnvelope;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.InstrumentKind;
import org.essor.financing.domain.InstrumentScope;
import org.essor.financing.domain.InstrumentStatus;
import org.essor.financing.domain.Periodicity;
import org.essor.financing.domain.RepaymentPosition;
import org.essor.financing.domain.ScheduledInstalment;
import org.essor.financing.domain.Stage;
import org.essor.financing.domain.WindowKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Representations of the financing API. */
final class Views {

    private Views() {
    }

    record WindowView(WindowKind kind, LocalDate opensOn, LocalDate closesOn, List<LocalDate> deadlines, boolean openToday) {
    }

    record ConditionsView(Set<String> legalFamilies, Set<String> cooperativeKinds, boolean esusRequired,
                          @Schema(nullable = true) Integer minAgeYears, @Schema(nullable = true) Integer maxAgeYears,
                          boolean inRegionRequired, boolean socialInnovationRequired) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstrumentView(String code, long version, String name, String provider, InstrumentScope scope, InstrumentKind kind,
                          Set<Stage> stages, @Schema(description = "Floor in euros") BigDecimal minAmount,
                          @Schema(description = "Ceiling in euros") BigDecimal maxAmount,
                          @Schema(description = "A guarantee's maximum share of the loan, in percent") BigDecimal maxGuaranteeRate,
                          @Schema(description = "The plan's words on the amounts") String amountNote, InstrumentStatus status,
                          boolean takesApplications, ConditionsView eligibility, WindowView window, String sourceInPlan,
                          String note, Instant updatedAt,
                          @Schema(description = "With ?eligibleFor=: whether that enterprise may apply (for ?amount=), and why not")
                          Eligibility eligibleFor) {

        static InstrumentView of(Instrument i, LocalDate today, Eligibility eligibility) {
            var conditions = i.conditions();
            var window = i.window();
            return new InstrumentView(i.code(), i.version(), i.name(), i.provider(), i.scope(), i.kind(), i.stages(),
                    i.minAmount(), i.maxAmount(), i.maxGuaranteeRate(), i.amountNote(), i.status(),
                    i.status().takesApplications() && window.isOpenOn(today),
                    new ConditionsView(conditions.legalFamilies(), conditions.cooperativeKinds(), conditions.esusRequired(),
                            conditions.minAgeYears(), conditions.maxAgeYears(), conditions.inTerritoryRequired(),
                            i.socialInnovationRequired()),
                    new WindowView(window.kind(), window.opensOn(), window.closesOn(), window.deadlines(), window.isOpenOn(today)),
                    i.sourceInPlan(), i.note(), i.updatedAt(), eligibility);
        }
    }

    record InstrumentVersionView(long version, Object terms, Instant changedAt, String changedBy, String note) {

        static InstrumentVersionView of(InstrumentVersions.Line line) {
            return new InstrumentVersionView(line.version(), line.terms(), line.changedAt(), line.changedBy(), line.note());
        }
    }

    record EnvelopeView(UUID id, long version, String instrumentCode, int year, BigDecimal amount, BigDecimal committed,
                        BigDecimal paid, @Schema(description = "What remains to commit: amount less committed") BigDecimal remaining,
                        Instant updatedAt) {

        static EnvelopeView of(BudgetEnvelope e) {
            return new EnvelopeView(e.id(), e.version(), e.instrumentCode(), e.year(), e.amount(), e.committed(), e.paid(),
                    e.remaining(), e.updatedAt());
        }
    }

    record InstrumentRef(String code, InstrumentKind kind, String provider, InstrumentScope scope) {
    }

    record CoFinancingView(String funder, BigDecimal amount, boolean secured) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GuaranteedLoanView(BigDecimal amount, String lender, @Schema(description = "Percent of the loan") BigDecimal rate,
                              @Schema(description = "The loan's outstanding balance, once contracted") BigDecimal outstandingBalance) {
    }

    record DisbursementView(UUID id, BigDecimal amount, LocalDate paidOn) {
    }

    record RepaymentView(UUID id, BigDecimal amount, LocalDate receivedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClaimView(UUID id, LocalDate calledOn, BigDecimal outstandingBalance, BigDecimal claimedAmount,
                     BigDecimal paidAmount, LocalDate paidOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationView(UUID id, long version, UUID enterpriseId, InstrumentRef instrument, String departement,
                           ApplicationStatus status, BigDecimal requestedAmount, String purpose, BigDecimal projectBudget,
                           List<CoFinancingView> coFinancing, int jobsToCreate, int jobsToConsolidate, boolean socialInnovation,
                           GuaranteedLoanView guaranteedLoan,
                           @Schema(description = "Finance officers only") String instructor,
                           String correctionsAsked, BigDecimal grantedAmount, String conditions, String motivation,
                           UUID envelopeId, BigDecimal disbursedAmount, List<DisbursementView> disbursements,
                           List<RepaymentView> repayments, List<ClaimView> guaranteeClaims, boolean enterpriseStruckOff,
                           Instant createdAt, Instant submittedAt, Instant decidedAt, Instant updatedAt) {

        static ApplicationView of(FinancingApplication a, boolean officer) {
            return new ApplicationView(a.id(), a.version(), a.enterpriseId(),
                    new InstrumentRef(a.instrumentCode(), a.instrumentKind(), a.instrumentProvider(), a.instrumentScope()),
                    a.departement(), a.status(), a.requestedAmount(), a.purpose(), a.projectBudget(),
                    a.coFinancing().stream().map(c -> new CoFinancingView(c.funder(), c.amount(), c.secured())).toList(),
                    a.jobsToCreate(), a.jobsToConsolidate(), a.socialInnovation(),
                    a.bankLoanAmount() == null ? null
                            : new GuaranteedLoanView(a.bankLoanAmount(), a.lender(), a.guaranteeRate(), a.loanOutstanding()),
                    officer ? a.instructor() : null, a.correctionsAsked(), a.grantedAmount(), a.conditions(), a.motivation(),
                    a.envelopeId(), a.disbursedAmount(),
                    a.disbursements().stream().map(d -> new DisbursementView(d.id(), d.amount(), d.paidOn())).toList(),
                    a.repayments().stream().map(r -> new RepaymentView(r.id(), r.amount(), r.receivedOn())).toList(),
                    a.claims().stream().map(c -> new ClaimView(c.id(), c.calledOn(), c.outstandingBalance(), c.claimedAmount(),
                            c.paidAmount(), c.paidOn())).toList(),
                    a.enterpriseStruckOff(), a.createdAt(), a.submittedAt(), a.decidedAt(), a.updatedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstalmentView(int number, LocalDate dueOn, BigDecimal amount,
                          @Schema(description = "The day it was found missed") LocalDate missedOn) {

        static InstalmentView of(ScheduledInstalment i) {
            return new InstalmentView(i.number(), i.dueOn(), i.amount(), i.missedOn());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PositionView(LocalDate on, BigDecimal repaid, BigDecimal outstanding, BigDecimal dueSoFar, BigDecimal overdue,
                        int overdueInstalments, InstalmentView nextDue, boolean fullyRepaid) {

        static PositionView of(LocalDate on, RepaymentPosition p) {
            return new PositionView(on, p.repaid(), p.outstanding(), p.dueSoFar(), p.overdue(), p.overdueInstalments().size(),
                    p.nextDue().map(i -> new InstalmentView(i.number(), i.dueOn(), i.amount(), null)).orElse(null),
                    p.fullyRepaid());
        }
    }

    record ScheduleView(UUID applicationId, long version, BigDecimal principal, LocalDate startsOn, int durationMonths,
                        int deferralMonths, Periodicity periodicity, List<InstalmentView> instalments, PositionView position) {
    }

    record HistoryLine(long version, ApplicationStatus status, Instant changedAt,
                       @Schema(description = "Finance officers only") String changedBy, String note) {

        static HistoryLine of(StatusHistory.Line line, boolean officer) {
            return new HistoryLine(line.version(), ApplicationStatus.valueOf(line.status()), line.changedAt(),
                    officer ? line.changedBy() : null, line.note());
        }
    }
}
