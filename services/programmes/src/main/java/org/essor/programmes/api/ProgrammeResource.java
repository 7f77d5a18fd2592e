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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.programmes.app.ProgrammeQueries;

import io.smallrye.mutiny.Uni;

/** The catalogue of the plan's support programmes: public. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Programmes", description = "The plan's support programmes")
public class ProgrammeResource {

    @Inject
    ProgrammeQueries catalogue;

    @GET
    @Operation(operationId = "listProgrammes", summary = "The catalogue of programmes",
            description = "Public. The whole catalogue in one answer: it is reference data of a few programmes.")
    @Extension(name = "x-essor-unpaged", value = "reference data: the whole catalogue of a few programmes")
    public Uni<List<Views.ProgrammeView>> list() {
        return catalogue.list().map(all -> all.stream().map(Views.ProgrammeView::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getProgramme", summary = "Read a programme",
            description = "Public.")
    public Uni<Views.ProgrammeView> get(@PathParam("code") String code) {
        return catalogue.find(code).map(Views.ProgrammeView::of);
    }
}
