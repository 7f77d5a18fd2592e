package org.essor.programmes.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.programmes.app.Repositories;
import org.essor.web.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The catalogue of the plan's support programmes: public. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Programmes", description = "The plan's support programmes")
public class ProgrammeResource {

    @Inject
    Repositories.Programmes programmes;

    @GET
    @Operation(summary = "The catalogue of programmes")
    public Uni<List<Views.ProgrammeView>> list() {
        return Panache.withSession(() -> programmes.listAll(io.quarkus.panache.common.Sort.by("code")))
                .map(all -> all.stream().map(Views.ProgrammeView::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One programme")
    public Uni<Views.ProgrammeView> get(@PathParam("code") String code) {
        return Panache.withSession(() -> programmes.findById(code)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No programme " + code)).map(Views.ProgrammeView::of);
    }
}
