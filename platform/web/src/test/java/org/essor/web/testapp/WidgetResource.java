package org.essor.web.testapp;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.essor.kernel.InvalidValueException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.limits.PublicLimit;
import org.essor.web.limits.PublicLimiter;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.patch.MergePatches;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;

@Path("/api/v1/widgets")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {

    @Inject
    Idempotency idempotency;

    @Inject
    Pool database;

    @Inject
    PublicLimiter limiter;

    @Inject
    RoutingContext http;

    @Inject
    MergePatches patches;

    @Inject
    Paging paging;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid WidgetRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        if (request.name().contains("/")) {
            throw new InvalidValueException("name", "may not contain '/'");
        }
        return idempotency.create(key, request, () -> Panache.withTransaction(() -> {
            Widget widget = new Widget();
            widget.id = UUID.randomUUID();
            widget.name = request.name();
            widget.size = request.size();
            return widget.<Widget>persist().call(Panache::flush)
                    .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id.toString()).build())
                            .tag(Versions.etag(saved.version)).entity(WidgetView.of(saved)).build());
        }));
    }

    /** A public form: three suggestions a minute from one address. */
    @POST
    @Path("suggestions")
    @Consumes(MediaType.TEXT_PLAIN)
    public Uni<Response> suggest(String suggestion) {
        return limiter.admit(SUGGESTIONS, http).map(admitted -> Response.accepted().build());
    }

    public static final PublicLimit SUGGESTIONS = new PublicLimit("widgets/suggestions", 3, java.time.Duration.ofMinutes(1));

    /** Forgets the stored answers that created a widget, as an erasure of its personal data would. */
    @POST
    @Path("{id}/erasure")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        return Panache.withTransaction(() -> idempotency.forgetAnswersAbout("/api/v1/widgets/" + id))
                .map(forgotten -> Response.noContent().build());
    }

    @GET
    @Path("{id}")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return Panache.withSession(() -> find(id))
                .map(widget -> Response.ok(WidgetView.of(widget)).tag(Versions.etag(widget.version)).build());
    }

    @GET
    public Uni<Response> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                              @QueryParam("minSize") Integer minSize) {
        PageRequest page = paging.request(limit, cursor, 2);
        int smallest = minSize == null ? 0 : minSize;
        Supplier<Uni<List<Widget>>> rows = () -> page.isFirst()
                ? Widget.<Widget>find("size >= ?1 order by name, id", smallest).page(0, page.fetchSize()).list()
                : Widget.<Widget>find("size >= ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id",
                        smallest, page.after().text(0), page.after().uuid(1)).page(0, page.fetchSize()).list();
        return Panache.withSession(rows)
                .map(found -> Pages.ok(Page.of(found, page, w -> Cursor.of(w.name, w.id)).map(WidgetView::of), uri));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    public Uni<Response> patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        long expected = Versions.required(ifMatch);
        return Panache.withTransaction(() -> find(id).flatMap(widget -> {
            Versions.check(expected, widget.version);
            WidgetRequest changed = patches.apply(new WidgetRequest(widget.name, widget.size), patch, WidgetRequest.class);
            widget.name = changed.name();
            widget.size = changed.size();
            return Panache.flush().replaceWith(widget);
        })).map(widget -> Response.ok(WidgetView.of(widget)).tag(Versions.etag(widget.version)).build());
    }

    @POST
    @Path("{id}/archive")
    public Uni<Response> archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.required(ifMatch);
        return Panache.withTransaction(() -> find(id).flatMap(widget -> {
            Versions.check(expected, widget.version);
            if (widget.archived) {
                throw new StateConflictException("The widget is archived already");
            }
            if (widget.size > 500) {
                throw new RuleViolationException(new Violation("size", "a widget larger than 500 cannot be archived"));
            }
            widget.archived = true;
            return Panache.flush().replaceWith(widget);
        })).map(widget -> Response.ok(WidgetView.of(widget)).tag(Versions.etag(widget.version)).build());
    }

    /** A second list, whose keyset is a number: a cursor of the widget list must not be read here. */
    @GET
    @Path("sizes")
    public Uni<Response> sizes(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        Supplier<Uni<List<Widget>>> rows = () -> page.isFirst()
                ? Widget.<Widget>find("order by size, id").page(0, page.fetchSize()).list()
                : Widget.<Widget>find("size > ?1 or (size = ?1 and id > ?2) order by size, id",
                        (int) page.after().number(0), page.after().uuid(1)).page(0, page.fetchSize()).list();
        return Panache.withSession(rows)
                .map(found -> Pages.ok(Page.of(found, page, w -> Cursor.of(w.size, w.id)).map(WidgetView::of), uri));
    }

    /** Takes a body of any size its path allows, as text. */
    @POST
    @Path("notes")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String note(String text) {
        return Integer.toString(text.length());
    }

    /** The same, on a path configured as bulk (a larger limit). */
    @POST
    @Path("bulk")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String bulk(String text) {
        return note(text);
    }

    /** A unique violation met on the reactive SQL client, outside Hibernate (the registry's direct write path). */
    @POST
    @Path("duplicate-key")
    public Uni<String> duplicateKey() {
        return database.withTransaction(connection -> connection.query(
                        "CREATE TEMP TABLE widget_key (k int PRIMARY KEY) ON COMMIT DROP").execute()
                .flatMap(created -> connection.query("INSERT INTO widget_key VALUES (1), (1)").execute())
                .replaceWith("inserted"));
    }

    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException("secret internal detail");
    }

    private Uni<Widget> find(UUID id) {
        return Widget.<Widget>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No widget " + id));
    }
}
