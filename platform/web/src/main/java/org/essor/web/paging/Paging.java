package org.essor.web.paging;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.web.problem.ProblemException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the {@code limit} and {@code cursor} of a list request. A cursor is accepted only by the list that issued
 * it, with the same filters: its signature covers the request path and every query parameter but {@code limit} and
 * {@code cursor}.
 */
@ApplicationScoped
public class Paging {

    private static final Logger LOG = Logger.getLogger(Paging.class);

    @Inject
    CursorConfig config;

    @Inject
    RoutingContext http;

    private CursorSigner signer;

    @PostConstruct
    void loadKeys() {
        signer = new CursorSigner(config.keys());
        if (LaunchMode.current() == LaunchMode.NORMAL && config.keys().contains(CursorConfig.DEVELOPMENT_KEY)) {
            LOG.warn("Cursors are signed with the development key: set ESSOR_WEB_CURSOR_KEYS to a secret of this deployment");
        }
    }

    /** {@code limit}: default 20, at most 200; {@code sortKeys}: the number of values in the list's keyset. */
    public PageRequest request(Integer limit, String cursor, int sortKeys) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        String list = listOf(http.normalizedPath(), http.queryParams());
        Cursor after = cursor == null || cursor.isBlank() ? null : signer.verify(cursor.trim(), list, sortKeys);
        return new PageRequest(size, after, list, signer);
    }

    /** {@code /api/v1/calls?programme=REALIS&stage=IDEA}: the path and the non-blank filters, sorted. */
    static String listOf(String path, MultiMap query) {
        return path + "?" + query.entries().stream()
                .filter(parameter -> !parameter.getKey().equals("cursor") && !parameter.getKey().equals("limit"))
                .filter(parameter -> !parameter.getValue().isBlank())
                .map(Map.Entry::getKey).distinct().sorted()
                .map(name -> name + "=" + query.getAll(name).stream().filter(value -> !value.isBlank()).sorted()
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
    }
}
