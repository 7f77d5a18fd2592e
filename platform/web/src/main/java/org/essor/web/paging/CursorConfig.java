package org.essor.web.paging;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The keys cursors are signed with. */
@ConfigMapping(prefix = "essor.web.cursor")
public interface CursorConfig {

    /** Known to anyone who reads this code: good for development and tests only. */
    String DEVELOPMENT_KEY = "essor-development-cursor-key-never-use-in-production";

    /**
     * Secret keys of at least 32 characters, comma separated: the first signs, every one verifies. To rotate, put the
     * new key first and drop the old one a day later. Production sets them through {@code ESSOR_WEB_CURSOR_KEYS}.
     */
    @WithDefault(DEVELOPMENT_KEY)
    List<String> keys();
}
