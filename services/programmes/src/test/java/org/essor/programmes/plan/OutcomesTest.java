package org.essor.programmes.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.programmes.Applicants;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.events.ParticipationEvents;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The outcomes the plan measures: jobs, the next link of the support chain, growth; each evented and valid. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class OutcomesTest extends ApplicantsTestSupport {

    static final String PARTICIPATION = "essor.programmes.participation.";

    @Test
    void jobsReferralsAndGrowthMilestonesAreEventedAndValidAgainstTheirSchemas() {
        String call = ProgrammesApi.openCall("ALTER_VENTURE", 2, null);
        String application = applicants.reviewed(call, "SCALING", 9, 9);
        String abandoning = applicants.reviewed(call, "SCALING", 6, 6);
        Applicants.decide(call);
        String base = participations(call);
        String cohort = base.replace("/participations/", "");
        String participation = given().get(cohort).path("participations.find { it.applicationId == '" + application + "' }.id");
        String abandoned = given().get(cohort).path("participations.find { it.applicationId == '" + abandoning + "' }.id");
        String path = base + participation;

        long version = step(path + "/milestones", 0, "{\"kind\":\"NEW_TERRITORY\",\"reachedOn\":\"2026-05-02\"}");
        version = step(path + "/referrals", version, "{\"programme\":\"REALIS\",\"referredOn\":\"2026-06-01\"}");
        version = step(path + "/referrals", version, "{\"financingInstrument\":\"FRIS_MPDS\",\"referredOn\":\"2026-06-02\","
                + "\"note\":\"tour de table\"}");
        Response completed = post(path + "/completion", version,
                "{\"outcome\":\"PROJECT_CONTINUING\",\"jobsCreated\":4,\"jobsConsolidated\":11}");
        completed.then().statusCode(200).body("jobsCreated", equalTo(4)).body("jobsConsolidated", equalTo(11))
                .body("referrals.code", equalTo(List.of("REALIS", "FRIS_MPDS")));
        version = Long.parseLong(completed.header("ETag").replace("\"", ""));
        // after the end too: the move to the next link often comes then
        step(path + "/referrals", version, "{\"financingInstrument\":\"SIFA\",\"referredOn\":\"2026-12-20\"}");

        List<ConsumerRecord<String, byte[]>> events = readBack(participation, "enrolled", "milestone-reached", "referred",
                "referred", "completed", "referred");
        EventEnvelopes.assertPublishedBy("programmes", events);
        assertThat(TopicReader.value(events.get(1))).contains("\"milestone\":\"NEW_TERRITORY\"");
        assertThat(TopicReader.value(events.get(2))).contains("\"referredTo\":{\"kind\":\"PROGRAMME\",\"code\":\"REALIS\"}");
        assertThat(TopicReader.value(events.get(3)))
                .contains("\"referredTo\":{\"kind\":\"FINANCING_INSTRUMENT\",\"code\":\"FRIS_MPDS\"}")
                .doesNotContain("tour de table");
        assertThat(TopicReader.value(events.get(4))).contains("\"jobsCreated\":4").contains("\"jobsConsolidated\":11")
                .contains("\"referredTo\":null");

        step(base + abandoned + "/completion", 0, "{\"outcome\":\"ABANDONED\",\"jobsCreated\":0,\"jobsConsolidated\":0}");
        List<ConsumerRecord<String, byte[]>> ended = readBack(abandoned, "enrolled", "completed");
        EventEnvelopes.assertPublishedBy("programmes", ended);
        assertThat(TopicReader.value(ended.get(1))).contains("\"outcome\":\"ABANDONED\"").contains("\"jobsCreated\":0");
    }

    @Test
    void badReferralsAndMisplacedGrowthMilestonesAreRefusedAndChangeNothing() {
        String call = ProgrammesApi.openCall("REALIS", 1, null);
        applicants.reviewed(call, "DEVELOPMENT", 9, 9);
        Applicants.decide(call);
        String base = participations(call);
        String participation = given().get(base.replace("/participations/", "")).path("participations[0].id");
        String path = base + participation;

        post(path + "/milestones", 0, "{\"kind\":\"TURNOVER_DOUBLED\",\"reachedOn\":\"2026-05-02\"}").then().statusCode(422)
                .body("errors[0].message", containsString("SCALING"));
        post(path + "/referrals", 0, "{\"financingInstrument\":\"NO_SUCH_FUND\",\"referredOn\":\"2026-06-01\"}").then()
                .statusCode(422);
        post(path + "/referrals", 0, "{\"financingInstrument\":\"PASS_TSS\",\"referredOn\":\"2026-06-01\"}").then()
                .statusCode(422).body("errors[0].message", containsString("to-be-deployed"));
        post(path + "/referrals", 0, "{\"programme\":\"YESS_ACADEMIE_ENTREPRISES\",\"referredOn\":\"2026-06-01\"}").then()
                .statusCode(422);
        post(path + "/referrals", 0, "{\"programme\":\"REALIS\",\"referredOn\":\"2026-06-01\"}").then().statusCode(422);
        post(path + "/referrals", 0, "{\"programme\":\"ALTER_VENTURE\",\"financingInstrument\":\"SIFA\","
                + "\"referredOn\":\"2026-06-01\"}").then().statusCode(422);
        post(path + "/completion", 0, "{\"outcome\":\"PROJECT_CONTINUING\",\"jobsCreated\":-1}").then().statusCode(400);

        long version = step(path + "/referrals", 0, "{\"programme\":\"ALTER_VENTURE\",\"referredOn\":\"2026-06-01\"}");
        post(path + "/referrals", version, "{\"programme\":\"ALTER_VENTURE\",\"referredOn\":\"2026-06-03\"}").then()
                .statusCode(409);
        given().get(base.replace("/participations/", "")).then().statusCode(200)
                .body("participations[0].version", equalTo((int) version))
                .body("participations[0].referrals.size()", equalTo(1));
    }

    /** Forms a cohort of the call's admitted applicants; answers the participations' base path. */
    private static String participations(String call) {
        Response cohort = given().contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\",\"name\":\"promotion\","
                + "\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-12-15\"}").post("/api/v1/cohorts");
        cohort.then().statusCode(201);
        return "/api/v1/cohorts/" + cohort.path("id") + "/participations/";
    }

    private List<ConsumerRecord<String, byte[]>> readBack(String key, String... actions) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(new TopicReader(bootstrapServers)
                .readKey(ParticipationEvents.TOPIC, key, actions.length, Duration.ofSeconds(30)));
        assertThat(records).extracting(record -> TopicReader.header(record, "ce_type"))
                .containsExactly(Arrays.stream(actions).map(action -> PARTICIPATION + action + ".v1").toArray(String[]::new));
        return records;
    }

    private static Response post(String path, long version, String body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body).post(path);
    }

    private static long step(String path, long version, String body) {
        Response answer = post(path, version, body);
        answer.then().statusCode(200);
        return Long.parseLong(answer.header("ETag").replace("\"", ""));
    }
}
