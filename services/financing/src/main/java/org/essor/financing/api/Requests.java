package org.essor.financing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.enterprises.EnterpriseConditions;
import org.essor.financing.domain.CoFinancing;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.InstrumentKind;
import org.essor.financing.domain.InstrumentScope;
import org.essor.financing.domain.InstrumentStatus;
import org.essor.financing.domain.OpeningWindow;
import org.essor.financing.domain.Periodicity;
import org.essor.financing.domain.Project;
import org.essor.financing.domain.Stage;
import org.essor.financing.domain.WindowKind;

/** Request bodies of the financing API. */
final class Requests {

    private static final String FAMILIES = "ASSOCIATION|COOPERATIVE|MUTUAL|FOUNDATION|COMMERCIAL_COMPANY";

    private Requests() {
    }

    /** An instrument's terms, whole (creating) or as the base a merge patch applies to (changing). */
    record InstrumentTerms(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 300) String provider,
                           @NotNull InstrumentScope scope, @NotNull InstrumentKind kind, Set<@NotNull Stage> stages,
                           @Schema(description = "Floor in euros; null: none") BigDecimal minAmount,
                           @Schema(description = "Ceiling in euros; null: none") BigDecimal maxAmount,
                           @Schema(description = "A guarantee's maximum share of the loan, in percent") BigDecimal maxGuaranteeRate,
                           @Size(max = 500) String amountNote, @NotNull InstrumentStatus status,
                           Set<@Pattern(regexp = FAMILIES) String> legalFamilies,
                           @Schema(description = "Cooperative kinds served (e.g. SCOP); empty: any")
                           Set<@Pattern(regexp = "[A-Z_]{2,30}") String> cooperativeKinds,
                           boolean esusRequired, @Min(0) @Max(200) Integer minAgeYears, @Min(1) @Max(200) Integer maxAgeYears,
                           boolean inRegionRequired, boolean socialInnovationRequired, @Valid Window window,
                           @Size(max = 300) String sourceInPlan, @Size(max = 2000) String note,
                           @Schema(description = "Why it changed, kept with the version (changes only)") @Size(max = 2000)
                           String changeNote) {

        static InstrumentTerms of(Instrument.Terms terms) {
            var conditions = terms.conditions();
            var window = terms.window();
            return new InstrumentTerms(terms.name(), terms.provider(), terms.scope(), terms.kind(), terms.stages(),
                    terms.minAmount(), terms.maxAmount(), terms.maxGuaranteeRate(), terms.amountNote(), terms.status(),
                    conditions.legalFamilies(), conditions.cooperativeKinds(), conditions.esusRequired(),
                    conditions.minAgeYears(), conditions.maxAgeYears(), conditions.inTerritoryRequired(),
                    terms.socialInnovationRequired(), new Window(window.kind(), window.opensOn(), window.closesOn(),
                    window.deadlines()), terms.sourceInPlan(), terms.note(), null);
        }

        Instrument.Terms terms() {
            OpeningWindow opening = window == null ? OpeningWindow.ALWAYS
                    : new OpeningWindow(window.kind(), window.opensOn(), window.closesOn(), window.deadlines());
            return new Instrument.Terms(name, provider, scope, kind, stages == null ? Set.of() : stages, minAmount, maxAmount,
                    maxGuaranteeRate, amountNote, status, new EnterpriseConditions(legalFamilies, cooperativeKinds, minAgeYears,
                    maxAgeYears, esusRequired, inRegionRequired), socialInnovationRequired, opening, sourceInPlan, note);
        }
    }

    record NewInstrument(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") String code, @NotNull @Valid InstrumentTerms terms) {
    }

    record Window(@Schema(description = "ONGOING by default") WindowKind kind, LocalDate opensOn, LocalDate closesOn,
                  @Size(max = 50) List<@NotNull LocalDate> deadlines) {
    }

    record NewEnvelope(@NotBlank String instrumentCode, @Min(2000) @Max(2100) int year, @NotNull BigDecimal amount) {
    }

    record EnvelopeChange(@NotNull BigDecimal amount) {
    }

    record CoFunder(@NotBlank @Size(max = 300) String funder, @NotNull BigDecimal amount, boolean secured) {
    }

    record GuaranteedLoan(@NotNull BigDecimal amount, @NotBlank @Size(max = 300) String lender, @NotNull BigDecimal rate) {
    }

    /** The project of an application, as created or revised. */
    record ProjectRequest(@Schema(description = "Euros; for a guarantee, optional (the loan times the rate)") BigDecimal requestedAmount,
                          @NotBlank @Size(max = 4000) String purpose,
                          @Schema(description = "The project's whole budget in euros") BigDecimal projectBudget,
                          @Size(max = 50) List<@Valid @NotNull CoFunder> coFinancing,
                          @Min(0) @Max(100_000) int jobsToCreate, @Min(0) @Max(100_000) int jobsToConsolidate,
                          @Schema(description = "The project is a social innovation (required by some instruments, e.g. FISO)")
                          boolean socialInnovation,
                          @Schema(description = "For a guarantee: the bank loan it covers") @Valid GuaranteedLoan guaranteedLoan) {

        Project project() {
            return new Project(requestedAmount, purpose, projectBudget, coFinancing == null ? List.of()
                    : coFinancing.stream().map(c -> new CoFinancing(c.funder(), c.amount(), c.secured())).toList(),
                    jobsToCreate, jobsToConsolidate, socialInnovation, guaranteedLoan == null ? null
                    : new Project.GuaranteedLoan(guaranteedLoan.amount(), guaranteedLoan.lender(), guaranteedLoan.rate()));
        }

        static ProjectRequest of(FinancingApplication a) {
            return new ProjectRequest(a.instrumentKind().guarantee() ? null : a.requestedAmount(), a.purpose(), a.projectBudget(),
                    a.coFinancing().stream().map(c -> new CoFunder(c.funder(), c.amount(), c.secured())).toList(),
                    a.jobsToCreate(), a.jobsToConsolidate(), a.socialInnovation(), a.bankLoanAmount() == null ? null
                    : new GuaranteedLoan(a.bankLoanAmount(), a.lender(), a.guaranteeRate()));
        }
    }

    record NewApplication(@NotNull UUID enterpriseId, @NotBlank String instrumentCode,
                          BigDecimal requestedAmount, @NotBlank @Size(max = 4000) String purpose, BigDecimal projectBudget,
                          @Size(max = 50) List<@Valid @NotNull CoFunder> coFinancing,
                          @Min(0) @Max(100_000) int jobsToCreate, @Min(0) @Max(100_000) int jobsToConsolidate,
                          boolean socialInnovation, @Valid GuaranteedLoan guaranteedLoan) {

        ProjectRequest project() {
            return new ProjectRequest(requestedAmount, purpose, projectBudget, coFinancing, jobsToCreate, jobsToConsolidate,
                    socialInnovation, guaranteedLoan);
        }
    }

    record Instruction(@NotBlank @Size(max = 200) String instructor) {
    }

    record Reason(@NotBlank @Size(max = 4000) String reason) {
    }

    record Approval(@NotNull BigDecimal grantedAmount, @Size(max = 4000) String conditions) {
    }

    record Rejection(@NotBlank @Size(max = 4000) String motivation) {
    }

    record Contract(@Schema(description = "For a loan or repayable advance: its repayment terms") @Valid RepaymentTermsRequest repayment) {
    }

    record RepaymentTermsRequest(@NotNull LocalDate startsOn, @Min(1) @Max(360) int durationMonths,
                                 @Min(0) @Max(359) int deferralMonths, @NotNull Periodicity periodicity) {

        FinancingApplication.RepaymentTermsAsked asked() {
            return new FinancingApplication.RepaymentTermsAsked(startsOn, durationMonths, deferralMonths, periodicity);
        }
    }

    record DisbursementRequest(@NotNull BigDecimal amount, @NotNull LocalDate paidOn) {
    }

    record RepaymentRequest(@NotNull BigDecimal amount, @NotNull LocalDate receivedOn) {
    }

    record LoanBalance(@NotNull BigDecimal outstandingBalance) {
    }

    record GuaranteeCall(@NotNull BigDecimal outstandingBalance, @NotNull LocalDate calledOn) {
    }

    record ClaimPayment(@NotNull BigDecimal amount, @NotNull LocalDate paidOn) {
    }
}
