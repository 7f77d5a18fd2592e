package org.essor.registry.app;

import java.time.Instant;

import org.essor.registry.domain.EnterpriseStatus;
import org.essor.registry.domain.LegalFamily;
import org.essor.registry.domain.Sector;

/**
 * What a list of enterprises is narrowed to. {@code onlySiren} limits an enterprise representative to its own
 * enterprise; {@code updatedSince} switches the order to (last update, id) for incremental synchronisation.
 */
public record EnterpriseFilter(String departement, LegalFamily legalFamily, Boolean esusValid, Sector sector,
                               String nafPrefix, EnterpriseStatus status, String text, Instant updatedSince,
                               String onlySiren) {

    public boolean byUpdate() {
        return updatedSince != null;
    }
}
