package org.essor.registry.security;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.essor.registry.EnterpriseJson;
import org.essor.registry.RegistryApi;
import org.essor.testing.quarkus.SharedKeycloak;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A caller of the registry with a real token of the test realm. */
final class Caller {

    /** The SIREN the realm gives the user "enterprise-2". */
    static final String ENTERPRISE_2_SIREN = "732829320";

    private final String token;

    private Caller(String token) {
        this.token = token;
    }

    static Caller user(String username) {
        return new Caller(SharedKeycloak.tokenOf(username));
    }

    static Caller withToken(String token) {
        return new Caller(token);
    }

    static Caller officer() {
        return user("registry-officer");
    }

    RequestSpecification request() {
        return given().auth().oauth2(token);
    }

    /** Registers and returns the new enterprise's id. */
    String register(EnterpriseJson enterprise) {
        return request().contentType(ContentType.JSON).body(enterprise.build()).post(RegistryApi.ENTERPRISES)
                .then().statusCode(201).extract().path("id");
    }

    Response get(String id) {
        return request().get(RegistryApi.ENTERPRISES + "/{id}", id);
    }

    long version(String id) {
        return Long.parseLong(get(id).then().statusCode(200).extract().header("ETag").replace("\"", ""));
    }

    /** Every version of the enterprise (the first 200). */
    List<Map<String, Object>> history(String id) {
        return request().queryParam("limit", 200).get(RegistryApi.ENTERPRISES + "/{id}/history", id)
                .then().statusCode(200).extract().path("items");
    }

    /** A merge patch with {@code ifMatch} as the If-Match header (null: none). */
    Response patch(String id, String ifMatch, String body) {
        // As bytes: RestAssured would encode a string of this media type in ISO-8859-1, not JSON's UTF-8.
        RequestSpecification request = request().contentType(RegistryApi.MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch(RegistryApi.ENTERPRISES + "/{id}", id);
    }

    /** A POST or PUT on a sub-resource of the enterprise, with If-Match (null: none) and a JSON body (null: none). */
    Response transition(String method, String id, String transition, String ifMatch, String body) {
        RequestSpecification request = request();
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, RegistryApi.ENTERPRISES + "/{id}/" + transition, id);
    }
}
