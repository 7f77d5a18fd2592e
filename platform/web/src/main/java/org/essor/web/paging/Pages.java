package org.essor.web.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers a list request: the page as JSON and, when there is one, a {@code Link: <...>; rel="next"} header. */
public final class Pages {

    private Pages() {
    }

    public static <T> Response ok(Page<T> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return response.build();
    }
}
