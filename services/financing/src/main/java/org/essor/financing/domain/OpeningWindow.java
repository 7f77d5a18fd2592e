package org.essor.financing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * When an instrument takes applications: ONGOING (from {@code opensOn} if set, until {@code closesOn} if set), ONE_OFF
 * (between {@code opensOn} and {@code closesOn}, both required), RECURRING (from {@code opensOn} if set, until the last
 * of its {@code deadlines}, each application counting for the next deadline).
 */
public record OpeningWindow(WindowKind kind, LocalDate opensOn, LocalDate closesOn, List<LocalDate> deadlines) {

    public static final OpeningWindow ALWAYS = new OpeningWindow(WindowKind.ONGOING, null, null, List.of());

    public OpeningWindow {
        kind = kind == null ? WindowKind.ONGOING : kind;
        deadlines = deadlines == null ? List.of() : deadlines.stream().sorted().distinct().toList();
        List<Violation> violations = new ArrayList<>();
        if (kind == WindowKind.ONE_OFF && (opensOn == null || closesOn == null)) {
            violations.add(new Violation("window", "a one-off window needs opensOn and closesOn"));
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            violations.add(new Violation("window.closesOn", "closes before it opens"));
        }
        if (kind == WindowKind.RECURRING && deadlines.isEmpty()) {
            violations.add(new Violation("window.deadlines", "a recurring window needs at least one deadline"));
        }
        if (kind != WindowKind.RECURRING && !deadlines.isEmpty()) {
            violations.add(new Violation("window.deadlines", "only a recurring window has deadlines"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The opening window is not valid", violations);
        }
    }

    public boolean isOpenOn(LocalDate day) {
        if (opensOn != null && day.isBefore(opensOn)) {
            return false;
        }
        if (kind == WindowKind.RECURRING) {
            return !day.isAfter(deadlines.get(deadlines.size() - 1));
        }
        return closesOn == null || !day.isAfter(closesOn);
    }

    /** Why it does not take an application on {@code day}; null when it does. */
    public String closedReason(LocalDate day) {
        if (isOpenOn(day)) {
            return null;
        }
        if (opensOn != null && day.isBefore(opensOn)) {
            return "the instrument takes applications from " + opensOn;
        }
        return "the instrument took applications until " + (kind == WindowKind.RECURRING ? deadlines.get(deadlines.size() - 1)
                : closesOn);
    }
}
