package org.essor.registry.api;

import java.util.List;
import java.util.UUID;

import org.essor.registry.domain.EssNetwork;

/** The ESS networks an enterprise belongs to. */
public record NetworksView(UUID enterpriseId, List<EssNetwork> networks) {
}
