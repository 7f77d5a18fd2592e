package org.essor.registry.app;

import java.util.Objects;

import org.essor.kernel.NotFoundException;
import org.essor.registry.domain.Siren;

/**
 * The enterprises a request may reach: every one, or only the enterprise whose SIREN an enterprise representative's
 * token carries. Any other enterprise is answered exactly as one that does not exist, so that an enterprise cannot
 * learn that another one is registered, nor its id.
 */
public final class EnterpriseAccess {

    /** The one answer for an enterprise that does not exist or is not the caller's to reach; it names nothing. */
    public static final String NOT_FOUND = "No such enterprise";

    public static final EnterpriseAccess EVERY = new EnterpriseAccess(null);

    private final String onlySiren;

    private EnterpriseAccess(String onlySiren) {
        this.onlySiren = onlySiren;
    }

    /** Only the enterprise with this SIREN. */
    public static EnterpriseAccess onlyOf(String siren) {
        return new EnterpriseAccess(Objects.requireNonNull(siren, "siren"));
    }

    public boolean isRestricted() {
        return onlySiren != null;
    }

    /** The SIREN the request is limited to, or null when it reaches every enterprise. */
    public String onlySiren() {
        return onlySiren;
    }

    /** Whether the enterprise with this SIREN (null: one without a SIREN) may be reached. */
    public boolean reaches(String siren) {
        return onlySiren == null || onlySiren.equals(siren);
    }

    public boolean reaches(Siren siren) {
        return reaches(siren == null ? null : siren.value());
    }

    public static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }
}
