package org.essor.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Calls of the registry API used across tests (as whoever the test authenticates). */
public final class RegistryApi {

    public static final String ENTERPRISES = "/api/v1/enterprises";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private RegistryApi() {
    }

    public static Response register(EnterpriseJson enterprise) {
        return given().contentType(ContentType.JSON).body(enterprise.build()).post(ENTERPRISES);
    }

    /** Registers and returns the new enterprise's id. */
    public static String registered(EnterpriseJson enterprise) {
        Response response = register(enterprise);
        response.then().statusCode(201);
        return response.path("id");
    }

    public static Response get(String id) {
        return given().get(ENTERPRISES + "/{id}", id);
    }

    public static long version(String id) {
        return Long.parseLong(get(id).header("ETag").replace("\"", ""));
    }

    public static Response patch(String id, long version, String mergePatch) {
        return given().contentType(MERGE_PATCH).header("If-Match", "\"" + version + "\"").body(mergePatch)
                .patch(ENTERPRISES + "/{id}", id);
    }

    public static Response transition(String id, long version, String transition, String body) {
        var request = given().header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(ENTERPRISES + "/{id}/" + transition, id);
    }

    public static Response setEsus(String id, long version, String grantedOn, String validUntil) {
        return given().header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body("{\"grantedOn\":\"" + grantedOn + "\",\"validUntil\":\"" + validUntil + "\",\"departement\":\"31\"}")
                .put(ENTERPRISES + "/{id}/esus-agreement", id);
    }
}
