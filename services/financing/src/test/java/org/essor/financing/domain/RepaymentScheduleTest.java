package org.essor.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

    private static final LocalDate JANUARY_15 = LocalDate.of(2025, 1, 15);

    @Nested
    class Amounts {

        @Test
        void tenThousandEurosOverThirtySixMonthsLoseNoCent() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("10000.00", JANUARY_15, 36, 0, Periodicity.MONTHLY));

            // 10,000 / 36 = 277.777...: the cumulative rounding takes a cent off instalments 3, 7, 12, 16, ... so that
            // every nine instalments repay exactly 2,500.00.
            List<Integer> shortOfACent = List.of(3, 7, 12, 16, 21, 25, 30, 34);
            List<BigDecimal> expected = IntStream.rangeClosed(1, 36)
                    .mapToObj(k -> shortOfACent.contains(k) ? euros("277.77") : euros("277.78")).toList();
            assertThat(amounts(schedule)).containsExactlyElementsOf(expected);
            assertThat(schedule.total()).isEqualTo(euros("10000.00"));
            assertThat(schedule.instalments()).extracting(Instalment::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 36).boxed().toList());
        }

        @Test
        void aThousandEurosInThreeInstalmentsPutTheOddCentInTheMiddle() {
            // 333.333... -> 333.33, 666.666... -> 666.67, 1000.00
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("1000", JANUARY_15, 3, 0, Periodicity.MONTHLY));

            assertThat(amounts(schedule)).containsExactly(euros("333.33"), euros("333.34"), euros("333.33"));
            assertThat(schedule.total()).isEqualTo(euros("1000.00"));
        }

        @Test
        void fiveCentsInFiveInstalmentsAreOneCentEach() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("0.05", JANUARY_15, 5, 0, Periodicity.MONTHLY));

            assertThat(amounts(schedule)).containsExactly(euros("0.01"), euros("0.01"), euros("0.01"), euros("0.01"),
                    euros("0.01"));
        }

        @Test
        void halfCentTiesRoundToTheEvenCent() {
            // Cumulative shares 0.025, 0.05, 0.075, 0.10 round half-even to 0.02, 0.05, 0.08, 0.10 (half-up would give
            // 0.03, 0.05, 0.08, 0.10).
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("0.10", JANUARY_15, 4, 0, Periodicity.MONTHLY));

            assertThat(amounts(schedule)).containsExactly(euros("0.02"), euros("0.03"), euros("0.03"), euros("0.02"));
            assertThat(schedule.total()).isEqualTo(euros("0.10"));
        }

        @Test
        void theLargestPrincipalIsSplitToTheCent() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("999999999999.99", JANUARY_15, 360, 0,
                    Periodicity.MONTHLY));

            assertThat(schedule.instalments()).hasSize(360);
            assertThat(schedule.total()).isEqualTo(euros("999999999999.99"));
        }
    }

    @Nested
    class DueDates {

        @Test
        void aTermStartingOnTheThirtyFirstFallsDueOnTheLastDayOfShorterMonths() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("1200.00", LocalDate.of(2024, 1, 31), 12, 0,
                    Periodicity.MONTHLY));

            assertThat(schedule.instalments()).extracting(Instalment::dueOn).containsExactly(
                    LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30),
                    LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 31),
                    LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 31),
                    LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 31));
        }

        @Test
        void februaryOfACommonYearEndsOnThe28th() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("200.00", LocalDate.of(2023, 1, 31), 2, 0,
                    Periodicity.MONTHLY));

            assertThat(schedule.instalments()).extracting(Instalment::dueOn)
                    .containsExactly(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 31));
        }

        @Test
        void aYearOfDeferralThenQuarterlyInstalments() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("12000.00", JANUARY_15, 60, 12, Periodicity.QUARTERLY));

            assertThat(schedule.terms().instalmentCount()).isEqualTo(16);
            assertThat(schedule.instalments()).hasSize(16).allSatisfy(instalment -> {
                assertThat(instalment.amount()).isEqualTo(euros("750.00"));
                assertThat(instalment.dueOn().getDayOfMonth()).isEqualTo(15);
            });
            assertThat(schedule.instalments().get(0).dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(schedule.instalments().get(1).dueOn()).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(schedule.instalments().get(15).dueOn()).isEqualTo(LocalDate.of(2030, 1, 15));
        }

        @Test
        void aDeferralNeedNotBeAWholeNumberOfPeriods() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("2500.00", JANUARY_15, 38, 2, Periodicity.SEMI_ANNUAL));

            assertThat(amounts(schedule)).containsExactly(euros("416.67"), euros("416.66"), euros("416.67"),
                    euros("416.67"), euros("416.66"), euros("416.67"));
            assertThat(schedule.instalments()).extracting(Instalment::dueOn).containsExactly(
                    LocalDate.of(2025, 9, 15), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 9, 15),
                    LocalDate.of(2027, 3, 15), LocalDate.of(2027, 9, 15), LocalDate.of(2028, 3, 15));
        }

        @Test
        void annualInstalments() {
            RepaymentSchedule schedule = RepaymentSchedule.of(terms("3000.00", JANUARY_15, 36, 0, Periodicity.ANNUAL));

            assertThat(schedule.instalments()).extracting(Instalment::dueOn).containsExactly(
                    LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 15), LocalDate.of(2028, 1, 15));
        }
    }

    @Nested
    class Terms {

        @Test
        void everyMissingValueIsReportedAtOnce() {
            assertThat(violatedFields(() -> new RepaymentTerms(null, null, 0, -1, null))).containsExactlyInAnyOrder(
                    "repaymentTerms.principal", "repaymentTerms.startsOn", "repaymentTerms.durationMonths",
                    "repaymentTerms.deferralMonths", "repaymentTerms.periodicity");
        }

        @Test
        void thePrincipalIsAPositiveAmountInEurosAndCents() {
            assertThat(violatedFields(() -> terms("0.00", JANUARY_15, 12, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.principal");
            assertThat(violatedFields(() -> terms("-100.00", JANUARY_15, 12, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.principal");
            assertThat(violatedFields(() -> terms("100.001", JANUARY_15, 12, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.principal");
            assertThat(violatedFields(() -> terms("1000000000000.00", JANUARY_15, 12, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.principal");
        }

        @Test
        void trailingZerosAreNotDecimals() {
            assertThat(terms("100.000", JANUARY_15, 12, 0, Periodicity.MONTHLY).principal()).isEqualTo(euros("100.00"));
            assertThat(terms("100", JANUARY_15, 12, 0, Periodicity.MONTHLY))
                    .isEqualTo(terms("100.00", JANUARY_15, 12, 0, Periodicity.MONTHLY));
        }

        @Test
        void theDurationIsOneMonthToThirtyYears() {
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 0, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.durationMonths");
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 361, 0, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.durationMonths");
            assertThat(terms("100.00", JANUARY_15, 1, 0, Periodicity.MONTHLY).instalmentCount()).isEqualTo(1);
            assertThat(terms("100.00", JANUARY_15, 360, 0, Periodicity.MONTHLY).instalmentCount()).isEqualTo(360);
        }

        @Test
        void theDurationHoldsAtLeastOnePeriod() {
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 2, 0, Periodicity.QUARTERLY)))
                    .containsExactly("repaymentTerms.durationMonths");
        }

        @Test
        void theDeferralLeavesAtLeastOnePeriodToRepay() {
            assertThat(terms("100.00", JANUARY_15, 36, 35, Periodicity.MONTHLY).instalmentCount()).isEqualTo(1);
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 36, 36, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.deferralMonths");
            assertThat(terms("100.00", JANUARY_15, 36, 33, Periodicity.QUARTERLY).instalmentCount()).isEqualTo(1);
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 36, 34, Periodicity.QUARTERLY)))
                    .containsExactly("repaymentTerms.deferralMonths");
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 36, -1, Periodicity.MONTHLY)))
                    .containsExactly("repaymentTerms.deferralMonths");
        }

        @Test
        void theMonthsAfterTheDeferralAreWholePeriods() {
            assertThatThrownBy(() -> terms("100.00", JANUARY_15, 36, 1, Periodicity.QUARTERLY))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.violations())
                            .containsExactly(new Violation("repaymentTerms.durationMonths",
                                    "the 35 months after the deferral are not a whole number of 3-month periods")));
            assertThat(violatedFields(() -> terms("100.00", JANUARY_15, 30, 0, Periodicity.ANNUAL)))
                    .containsExactly("repaymentTerms.durationMonths");
        }

        @Test
        void eachInstalmentRepaysAtLeastACent() {
            assertThat(terms("0.36", JANUARY_15, 36, 0, Periodicity.MONTHLY).instalmentCount()).isEqualTo(36);
            assertThatThrownBy(() -> terms("0.35", JANUARY_15, 36, 0, Periodicity.MONTHLY))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.violations()).extracting(Violation::field)
                                .containsExactly("repaymentTerms.principal");
                        assertThat(refused.violations().get(0).message()).contains("0.36", "36 instalments");
                    });
        }

        @Test
        void theMessageNamesTheFirstViolation() {
            assertThatThrownBy(() -> terms("100.00", null, 400, 0, Periodicity.MONTHLY))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageStartingWith("The repayment terms are not valid: repaymentTerms.startsOn");
        }
    }

    @Nested
    class Restoring {

        private final RepaymentSchedule computed = RepaymentSchedule.of(terms("1000.00", JANUARY_15, 3, 0,
                Periodicity.MONTHLY));

        @Test
        void aStoredScheduleIsRestoredAsItWas() {
            List<Instalment> stored = computed.instalments().stream()
                    .map(instalment -> new Instalment(instalment.number(), instalment.dueOn(),
                            instalment.amount().setScale(4)))
                    .toList();

            RepaymentSchedule restored = RepaymentSchedule.restore(computed.terms(), stored);

            assertThat(restored).isEqualTo(computed).hasSameHashCodeAs(computed);
            assertThat(restored.total()).isEqualTo(euros("1000.00"));
        }

        @Test
        void instalmentsThatDoNotAddUpToThePrincipalAreRefused() {
            List<Instalment> stored = new ArrayList<>(computed.instalments());
            stored.set(2, new Instalment(3, stored.get(2).dueOn(), euros("333.34")));

            assertThatThrownBy(() -> RepaymentSchedule.restore(computed.terms(), stored))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000.01");
        }

        @Test
        void instalmentsThatAreNotThoseOfTheTermsAreRefused() {
            assertThatThrownBy(() -> RepaymentSchedule.restore(computed.terms(), computed.instalments().subList(0, 2)))
                    .isInstanceOf(IllegalStateException.class);
            List<Instalment> reversed = new ArrayList<>(computed.instalments());
            Collections.reverse(reversed);
            assertThatThrownBy(() -> RepaymentSchedule.restore(computed.terms(), reversed))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /** 1,000.00 repaid monthly from 15 January 2025: 333.33 on 15 February, 333.34 on 15 March, 333.33 on 15 April. */
    @Nested
    class Position {

        private final RepaymentSchedule schedule = RepaymentSchedule.of(terms("1000.00", JANUARY_15, 3, 0,
                Periodicity.MONTHLY));
        private final Instalment first = schedule.instalments().get(0);
        private final Instalment second = schedule.instalments().get(1);
        private final Instalment third = schedule.instalments().get(2);

        @Test
        void beforeTheFirstInstalmentNothingIsDue() {
            RepaymentPosition position = schedule.positionOn(LocalDate.of(2025, 2, 14), List.of());

            assertThat(position.repaid()).isEqualTo(euros("0.00"));
            assertThat(position.outstanding()).isEqualTo(euros("1000.00"));
            assertThat(position.dueSoFar()).isEqualTo(euros("0.00"));
            assertThat(position.overdue()).isEqualTo(euros("0.00"));
            assertThat(position.overdueInstalments()).isEmpty();
            assertThat(position.nextDue()).contains(first);
            assertThat(position.fullyRepaid()).isFalse();
        }

        @Test
        void anInstalmentNotRepaidIsOverdueFromTheDayItFallsDue() {
            RepaymentPosition position = schedule.positionOn(LocalDate.of(2025, 3, 15), List.of());

            assertThat(position.dueSoFar()).isEqualTo(euros("666.67"));
            assertThat(position.overdue()).isEqualTo(euros("666.67"));
            assertThat(position.overdueInstalments()).containsExactly(first, second);
            assertThat(position.nextDue()).contains(first);
        }

        @Test
        void aPartialRepaymentLeavesTheRestOfItsInstalmentOverdue() {
            List<Repayment> received = List.of(new Repayment(LocalDate.of(2025, 2, 15), euros("333.33")),
                    new Repayment(LocalDate.of(2025, 3, 15), euros("100.00")));

            RepaymentPosition position = schedule.positionOn(LocalDate.of(2025, 3, 20), received);

            assertThat(position.repaid()).isEqualTo(euros("433.33"));
            assertThat(position.outstanding()).isEqualTo(euros("566.67"));
            assertThat(position.dueSoFar()).isEqualTo(euros("666.67"));
            assertThat(position.overdue()).isEqualTo(euros("233.34"));
            assertThat(position.overdueInstalments()).containsExactly(second);
            assertThat(position.nextDue()).contains(second);
            assertThat(position.fullyRepaid()).isFalse();
        }

        @Test
        void repayingEachInstalmentOnTimeLeavesNothingOverdue() {
            List<Repayment> received = schedule.instalments().stream()
                    .map(instalment -> new Repayment(instalment.dueOn(), instalment.amount())).toList();

            RepaymentPosition midway = schedule.positionOn(LocalDate.of(2025, 3, 15), received);
            assertThat(midway.overdue()).isEqualTo(euros("0.00"));
            assertThat(midway.nextDue()).contains(third);

            RepaymentPosition atTheEnd = schedule.positionOn(LocalDate.of(2025, 4, 15), received);
            assertThat(atTheEnd.repaid()).isEqualTo(euros("1000.00"));
            assertThat(atTheEnd.outstanding()).isEqualTo(euros("0.00"));
            assertThat(atTheEnd.dueSoFar()).isEqualTo(euros("1000.00"));
            assertThat(atTheEnd.overdue()).isEqualTo(euros("0.00"));
            assertThat(atTheEnd.overdueInstalments()).isEmpty();
            assertThat(atTheEnd.nextDue()).isEmpty();
            assertThat(atTheEnd.fullyRepaid()).isTrue();
        }

        @Test
        void aLateRepaymentClearsTheArrearsFromTheDayItIsReceived() {
            List<Repayment> received = List.of(new Repayment(LocalDate.of(2025, 3, 1), euros("333.33")));

            RepaymentPosition beforeIt = schedule.positionOn(LocalDate.of(2025, 2, 28), received);
            assertThat(beforeIt.repaid()).isEqualTo(euros("0.00"));
            assertThat(beforeIt.overdue()).isEqualTo(euros("333.33"));
            assertThat(beforeIt.overdueInstalments()).containsExactly(first);

            RepaymentPosition afterIt = schedule.positionOn(LocalDate.of(2025, 3, 1), received);
            assertThat(afterIt.repaid()).isEqualTo(euros("333.33"));
            assertThat(afterIt.overdue()).isEqualTo(euros("0.00"));
            assertThat(afterIt.overdueInstalments()).isEmpty();
            assertThat(afterIt.nextDue()).contains(second);
        }

        @Test
        void repayingAheadCoversTheNextInstalmentsInTheOrderTheyFallDue() {
            List<Repayment> received = List.of(new Repayment(LocalDate.of(2025, 2, 1), euros("700.00")));

            RepaymentPosition position = schedule.positionOn(LocalDate.of(2025, 4, 15), received);

            assertThat(position.dueSoFar()).isEqualTo(euros("1000.00"));
            assertThat(position.overdue()).isEqualTo(euros("300.00"));
            assertThat(position.overdueInstalments()).containsExactly(third);
            assertThat(position.nextDue()).contains(third);
        }

        @Test
        void aRepaymentBeyondWhatRemainsIsRefused() {
            List<Repayment> received = List.of(new Repayment(LocalDate.of(2025, 2, 15), euros("900.00")));

            assertThat(schedule.remainingToRepay(received)).isEqualTo(euros("100.00"));
            assertThatCode(() -> schedule.checkRepayment(euros("100.00"), received)).doesNotThrowAnyException();
            assertThatThrownBy(() -> schedule.checkRepayment(euros("100.01"), received))
                    .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("amount");
                        assertThat(refused.violations().get(0).message()).contains("100.00 euros that remain to repay");
                    });
        }

        @Test
        void nothingMoreIsRepaidOnceTheLoanIsRepaid() {
            List<Repayment> received = List.of(new Repayment(LocalDate.of(2025, 2, 15), euros("1000.00")));

            assertThat(schedule.remainingToRepay(received)).isEqualTo(euros("0.00"));
            assertThatThrownBy(() -> schedule.checkRepayment(euros("0.01"), received))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("0.00 euros that remain");
        }
    }

    @Nested
    class Repayments {

        @Test
        void aRepaymentIsAPositiveAmountInEurosAndCentsReceivedOnADay() {
            assertThat(violatedFields(() -> new Repayment(null, null))).containsExactly("receivedOn", "amount");
            assertThat(violatedFields(() -> new Repayment(JANUARY_15, euros("0.00")))).containsExactly("amount");
            assertThat(violatedFields(() -> new Repayment(JANUARY_15, euros("-5.00")))).containsExactly("amount");
            assertThat(violatedFields(() -> new Repayment(JANUARY_15, new BigDecimal("5.001")))).containsExactly("amount");
            assertThat(new Repayment(JANUARY_15, new BigDecimal("5")).amount()).isEqualTo(euros("5.00"));
        }
    }

    static RepaymentTerms terms(String principal, LocalDate startsOn, int durationMonths, int deferralMonths,
                                Periodicity periodicity) {
        return new RepaymentTerms(new BigDecimal(principal), startsOn, durationMonths, deferralMonths, periodicity);
    }

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> amounts(RepaymentSchedule schedule) {
        return schedule.instalments().stream().map(Instalment::amount).toList();
    }

    private static List<String> violatedFields(ThrowingCallable call) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                refused -> refused.violations().forEach(violation -> fields.add(violation.field())));
        return fields;
    }
}
