package org.essor.bench.reference;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** GET by id (one query) and a create (one insert), as the stack does them out of the box. */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @GET
    @Path("{id}")
    @WithSession
    public Uni<Response> get(@PathParam("id") UUID id) {
        return ReferenceEnterprise.<ReferenceEnterprise>findById(id)
                .map(found -> found == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(found).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> create(ReferenceEnterprise enterprise) {
        enterprise.id = UUID.randomUUID();
        enterprise.status = "REGISTERED";
        enterprise.createdAt = Instant.now();
        enterprise.updatedAt = enterprise.createdAt;
        return enterprise.persist()
                .replaceWith(() -> Response.created(URI.create("/enterprises/" + enterprise.id)).entity(enterprise).build());
    }
}
