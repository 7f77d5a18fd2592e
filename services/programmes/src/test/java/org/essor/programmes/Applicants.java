package org.essor.programmes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import org.essor.testing.kafka.RegistryFeed;

/**
 * Builds applications at the stage a test needs, through the API as the authenticated officer, each from a fresh
 * association of the register (published on the real broker and awaited in the projection).
 */
public final class Applicants {

    private final String bootstrapServers;
    private final DataSource dataSource;

    public Applicants(String bootstrapServers, DataSource dataSource) {
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
    }

    /** An association of the register, known to the service, with an establishment in {@code departement}. */
    public RegistryFeed.Enterprise registered(String departement) {
        RegistryFeed.Enterprise enterprise = RegistryFeed.Enterprise.association(LocalDate.of(2020, 5, 4), departement);
        try (RegistryFeed feed = new RegistryFeed(bootstrapServers)) {
            feed.publish(enterprise);
        }
        ProgrammesApi.awaitKnown(dataSource, enterprise.id(), 0, "REGISTERED");
        return enterprise;
    }

    public String draft(String call, String stage) {
        return ProgrammesApi.apply(call, registered("31").id(), stage).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
    }

    public String submitted(String call, String stage) {
        String id = draft(call, stage);
        ProgrammesApi.transition(id, "submission", null).then().statusCode(200);
        return id;
    }

    public String underReview(String call, String stage) {
        String id = submitted(call, stage);
        ProgrammesApi.transition(id, "review-start", null).then().statusCode(200);
        return id;
    }

    /** Under review with one review; its score is (3 × impact + viability) / 4 on the calls of {@link ProgrammesApi}. */
    public String reviewed(String call, String stage, int impact, int viability) {
        String id = underReview(call, stage);
        ProgrammesApi.review(id, impact, viability).then().statusCode(200);
        return id;
    }

    /** The committee's decision on the call, answered 200. */
    public static void decide(String call) {
        ProgrammesApi.decide(call).then().statusCode(200);
    }

    public static String status(String application) {
        return given().get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(200).extract().path("status");
    }

    /** Every application of the call with its status, read through the list (at most 200). */
    public static Map<String, String> statusesOf(String call) {
        List<Map<String, Object>> items = given().queryParam("callId", call).queryParam("limit", 200)
                .get(ProgrammesApi.APPLICATIONS).then().statusCode(200).extract().path("items");
        Map<String, String> statuses = new HashMap<>();
        items.forEach(item -> statuses.put((String) item.get("id"), (String) item.get("status")));
        return statuses;
    }
}
