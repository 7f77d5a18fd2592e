package org.essor.web.testapp;

import java.util.List;
import java.util.UUID;

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
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.patch.MergePatches;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/widgets")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatches patches;

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

    @GET
    @Path("{id}")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return Panache.withSession(() -> find(id))
                .map(widget -> Response.ok(WidgetView.of(widget)).tag(Versions.etag(widget.version)).build());
    }

    @GET
    public Uni<Response> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, 2);
        Uni<List<Widget>> rows = page.isFirst()
                ? Widget.<Widget>find("order by name, id").page(0, page.fetchSize()).list()
                : Widget.<Widget>find("name > ?1 or (name = ?1 and id > ?2) order by name, id",
                        page.after().key(0), UUID.fromString(page.after().key(1))).page(0, page.fetchSize()).list();
        return Panache.withSession(() -> rows)
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
