package org.essor.web.limits;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a request may be, by class of endpoint. */
@ConfigMapping(prefix = "essor.web.limits")
public interface RequestLimitsConfig {

    /** The largest request body, on every path but the bulk ones. */
    @WithDefault("1M")
    MemorySize body();

    /** Path prefixes of bulk uploads (e.g. {@code /api/v1/enterprise-imports}), which may send up to {@link #bulkBody()}. */
    Optional<List<String>> bulkPaths();

    /** The largest request body on a bulk path. */
    @WithDefault("32M")
    MemorySize bulkBody();

    /** The longest request target (path and query string). */
    @WithDefault("8K")
    MemorySize target();
}
