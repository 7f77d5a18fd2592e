package org.essor.registry.domain;

import java.util.List;

/**
 * What a transition did to an enterprise: recorded in its history, and published unless it touched only the
 * representative's personal data ({@link Kind#published()}).
 */
public record EnterpriseChange(Kind kind, List<String> changedFields) {

    public EnterpriseChange {
        changedFields = List.copyOf(changedFields);
    }

    public static EnterpriseChange of(Kind kind) {
        return new EnterpriseChange(kind, List.of());
    }

    public enum Kind {
        REGISTERED(true),
        UPDATED(true),
        VERIFIED(true),
        ESUS_AGREEMENT_GRANTED(true),
        ESUS_AGREEMENT_EXPIRED(true),
        STRUCK_OFF(true),
        ESS_CONDITIONS_DECLARED(true),
        CONVERTED_INTO_SCOP(true),
        NETWORKS_CHANGED(true),
        INCLUSION_AGREEMENTS_CHANGED(true),
        FIGURES_DECLARED(true),
        REPRESENTATIVE_CHANGED(false),
        REPRESENTATIVE_ERASED(false);

        private final boolean published;

        Kind(boolean published) {
            this.published = published;
        }

        public boolean published() {
            return published;
        }
    }
}
