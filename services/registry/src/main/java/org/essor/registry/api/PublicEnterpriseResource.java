package org.essor.registry.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.kernel.InvalidValueException;
import org.essor.registry.app.PublicEnterpriseFilter;
import org.essor.registry.app.PublicEnterpriseQueries;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The public list of the ESS enterprises of the register, which the CRESS publishes: without a token, facts of the
 * legal persons only, limited per client address.
 */
@Path(PublicEnterpriseResource.PUBLIC)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public list", description = "The published list of the ESS enterprises of the register, without a token")
@PermitAll
public class PublicEnterpriseResource {

    static final String PUBLIC = "/api/v1/enterprises/public";

    @Inject
    PublicEnterpriseQueries queries;

    @Inject
    PublicListLimiter limiter;

    @Inject
    Paging paging;

    @Inject
    RoutingContext http;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listPublicEnterprises", summary = "The public list of ESS enterprises",
            description = "Enterprises of the register that are not struck off, by name, in pages (cursor): name, SIREN, "
                    + "RNA, legal category and family, NAF code, head office's commune, whether the ESUS agreement is valid "
                    + "today. No personal data. Without a token; limited per address (429 with Retry-After).")
    @APIResponse(responseCode = "200", description = "A page of the public list",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublicEnterpriseView.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<Response> list(@BeanParam PublicListQuery query,
                              @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, PublicEnterpriseQueries.SORT_KEYS);
        PublicEnterpriseFilter filter = query.filter();
        return limiter.page(http)
                .flatMap(admitted -> queries.page(filter, page.isFirst() ? null : page.after().key(0),
                        page.isFirst() ? null : page.after().key(1), page.fetchSize()))
                .map(rows -> Page.of(rows, page, e -> Cursor.of(e.nameSearch(), e.id().toString())))
                .map(found -> Pages.ok(found.map(PublicEnterpriseView::of), uri));
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces({PublicListCsv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportPublicEnterprises", summary = "Export the public list of ESS enterprises",
            description = "The whole public list with the same filters, as a CSV file (format=csv, the default; cells "
                    + "that a spreadsheet would run as a formula are prefixed with ') or a JSON array (format=json). "
                    + "Without a token; limited per address (429 with Retry-After).")
    @APIResponse(responseCode = "200", description = "The list",
            content = {@Content(mediaType = PublicListCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicEnterpriseView.class))})
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<Response> export(@BeanParam PublicListQuery query,
                                @Parameter(description = "csv (the default) or json",
                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "json"}))
                                @QueryParam("format") String format) {
        boolean csv = format == null || format.isBlank() || format.equals("csv");
        if (!csv && !format.equals("json")) {
            throw new InvalidValueException("format", "csv or json");
        }
        PublicEnterpriseFilter filter = query.filter();
        return limiter.export(http)
                .flatMap(admitted -> queries.all(filter))
                .map(rows -> rows.stream().map(PublicEnterpriseView::of).toList())
                .map(views -> csv
                        ? Response.ok(PublicListCsv.of(views), PublicListCsv.MEDIA_TYPE + ";charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entreprises-ess.csv\"").build()
                        : Response.ok(views, MediaType.APPLICATION_JSON).build());
    }
}
