package org.essor.financing;

import static io.restassured.RestAssured.given;
import java.util.UUID;

import javax.sql.DataSource;

import org.essor.testing.kafka.RegistryFeed;

import io.restassured.response.Response;

/** The financing API as the tests drive it: applications, their transitions (with the ETag they read), envelopes. */
public final class FinancingApi {

    public static final String APPLICATIONS = "/api/v1/financing-applications";
    public static final String INSTRUMENTS = "/api/v1/instruments";
    public static final String ENVELOPES = "/api/v1/budget-envelopes";

    private FinancingApi() {
    }

    /** Publishes the enterprise on the register's topic and waits until the service knows that version. */
    public static void known(DataSource dataSource, String bootstrapServers, RegistryFeed.Enterprise enterprise) {
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        RegistryFeed.awaitKnown(dataSource, enterprise.id(), enterprise.version(), enterprise.status());
    }

    /** The JSON of a new application; {@code more} adds members (e.g. {@code "guaranteedLoan":{...}}), or is null. */
    public static String applicationJson(UUID enterpriseId, String instrument, String amount, String more) {
        return "{\"enterpriseId\":\"" + enterpriseId + "\",\"instrumentCode\":\"" + instrument + "\","
                + (amount == null ? "" : "\"requestedAmount\":" + amount + ",")
                + "\"purpose\":\"Développer l'activité\",\"jobsToCreate\":2,\"jobsToConsolidate\":3"
                + (more == null ? "" : "," + more) + "}";
    }

    public static Response apply(UUID enterpriseId, String instrument, String amount, String more) {
        return given().contentType("application/json").body(applicationJson(enterpriseId, instrument, amount, more))
                .post(APPLICATIONS);
    }

    /** Creates a draft and answers its id (201 expected). */
    public static String draft(UUID enterpriseId, String instrument, String amount, String more) {
        return apply(enterpriseId, instrument, amount, more).then().statusCode(201).extract().path("id");
    }

    /** The application's current version, as its ETag says. */
    public static String etag(String id) {
        return given().get(APPLICATIONS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A transition ({@code submission}, {@code approval}...) at the current version, with a JSON body or none. */
    public static Response transition(String id, String action, String body) {
        var request = given().header("If-Match", etag(id));
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(APPLICATIONS + "/" + id + "/" + action);
    }

    /** Takes a draft to the committee: submitted, instructed, sent. */
    public static void toCommittee(String id) {
        transition(id, "submission", null).then().statusCode(200);
        transition(id, "instruction", "{\"instructor\":\"Claire Martin\"}").then().statusCode(200);
        transition(id, "committee", null).then().statusCode(200);
    }

    /** Opens the envelope of an instrument for a year (201), or answers the existing one's id. */
    public static String envelope(String instrument, int year, String amount) {
        Response created = given().contentType("application/json")
                .body("{\"instrumentCode\":\"" + instrument + "\",\"year\":" + year + ",\"amount\":" + amount + "}")
                .post(ENVELOPES);
        if (created.statusCode() == 201) {
            return created.path("id");
        }
        return given().queryParam("instrumentCode", instrument).queryParam("year", year).get(ENVELOPES)
                .then().statusCode(200).extract().path("items[0].id");
    }
}
