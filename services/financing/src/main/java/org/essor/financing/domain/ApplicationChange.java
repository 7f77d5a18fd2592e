package org.essor.financing.domain;

import java.util.List;

/**
 * What a transition did to a financing application: its status after, whether the status moved (published on
 * {@code financing.application.v1} when it moved to a published status), the money movements it recorded
 * (published on {@code financing.payment.v1}) and a note for the history (never published).
 */
public record ApplicationChange(ApplicationStatus status, String note, boolean statusMoved, List<Payment> payments) {

    public ApplicationChange {
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    public static ApplicationChange moved(ApplicationStatus status, String note) {
        return new ApplicationChange(status, note, true, List.of());
    }

    public static ApplicationChange noted(ApplicationStatus status, String note) {
        return new ApplicationChange(status, note, false, List.of());
    }

    public static ApplicationChange paid(ApplicationStatus status, boolean statusMoved, String note, List<Payment> payments) {
        return new ApplicationChange(status, note, statusMoved, payments);
    }
}
