package org.essor.enterprises;

import java.util.List;
import java.util.UUID;

/**
 * The answer to "may this enterprise apply?", the same in every service: the enterprise asked about, whether it may,
 * and, when it may not, every reason in words a partner can show to the enterprise.
 */
public record Eligibility(UUID enterpriseId, boolean eligible, List<String> reasons) {

    public Eligibility {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static Eligibility of(UUID enterpriseId, List<String> reasons) {
        return new Eligibility(enterpriseId, reasons.isEmpty(), reasons);
    }
}
