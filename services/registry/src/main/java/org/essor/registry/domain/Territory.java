package org.essor.registry.domain;

import java.util.Map;

/** The départements the register covers (Occitanie's thirteen), by code. */
public record Territory(Map<String, String> departementNames) {

    public Territory {
        departementNames = Map.copyOf(departementNames);
    }

    public boolean covers(String departementCode) {
        return departementNames.containsKey(departementCode);
    }
}
