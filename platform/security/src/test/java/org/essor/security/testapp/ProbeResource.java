package org.essor.security.testapp;

import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** Endpoints guarded the way services guard theirs. */
@Path("/api/v1/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("public")
    @PermitAll
    public Map<String, String> open() {
        return Map.of("open", "yes");
    }

    @GET
    @Path("register")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    public Map<String, String> register() {
        return Map.of("caller", identity.getPrincipal().getName());
    }

    @GET
    @Path("me")
    @Authenticated
    public Map<String, Object> me() {
        return Map.of("caller", identity.getPrincipal().getName(), "roles", new TreeSet<>(identity.getRoles()),
                "siren", EnterpriseScope.restriction(identity).orElse("none"));
    }

    @GET
    @Path("enterprises/{siren}")
    @RolesAllowed({Roles.ENTERPRISE, Roles.REGISTRY_OFFICER, Roles.EVALUATOR})
    public Map<String, String> enterprise(@PathParam("siren") String siren) {
        EnterpriseScope.requireAccess(identity, siren, "No enterprise with SIREN " + siren);
        return Map.of("siren", siren);
    }
}
