package org.essor.programmes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;


import org.essor.programmes.Applicants;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.programmes.ProgrammesApi;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The committee decides a call in several rounds: each fills only the seats still free. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class CommitteeSeatsTest extends ApplicantsTestSupport {


    @Test
    void aSecondDecisionFillsOnlyTheSeatsLeftByTheFirst() {
        String call = ProgrammesApi.openCall("REALIS", 3, null);
        String first = applicants.reviewed(call, "DEVELOPMENT", 5, 5);
        String second = applicants.reviewed(call, "DEVELOPMENT", 4, 4);
        Applicants.decide(call);
        assertThat(Applicants.statusesOf(call)).containsOnly(Map.entry(first, "ADMITTED"), Map.entry(second, "ADMITTED"));

        // a later round, all better scored than the first: one seat is left, and only one of them gets it
        String best = applicants.reviewed(call, "DEVELOPMENT", 9, 9);
        String good = applicants.reviewed(call, "DEVELOPMENT", 8, 8);
        String fair = applicants.reviewed(call, "DEVELOPMENT", 7, 7);
        Applicants.decide(call);

        assertThat(Applicants.statusesOf(call)).containsOnly(Map.entry(first, "ADMITTED"), Map.entry(second, "ADMITTED"),
                Map.entry(best, "ADMITTED"), Map.entry(good, "WAITLISTED"), Map.entry(fair, "WAITLISTED"));
    }

    @Test
    void aSeatFreedAfterASecondRoundGoesToTheBestWaitlistedNotTheFirstSubmitted() {
        String call = ProgrammesApi.openCall("REALIS", 2, null);
        String leaving = applicants.reviewed(call, "DEVELOPMENT", 6, 6);
        String staying = applicants.reviewed(call, "DEVELOPMENT", 5, 5);
        Applicants.decide(call);
        String earlier = applicants.reviewed(call, "DEVELOPMENT", 7, 7);
        String better = applicants.reviewed(call, "DEVELOPMENT", 9, 9);
        Applicants.decide(call);
        assertThat(Applicants.statusesOf(call)).containsOnly(Map.entry(leaving, "ADMITTED"), Map.entry(staying, "ADMITTED"),
                Map.entry(earlier, "WAITLISTED"), Map.entry(better, "WAITLISTED"));

        ProgrammesApi.transition(leaving, "withdrawal", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        assertThat(Applicants.statusesOf(call)).containsOnly(Map.entry(leaving, "WITHDRAWN"), Map.entry(staying, "ADMITTED"),
                Map.entry(earlier, "WAITLISTED"), Map.entry(better, "ADMITTED"));
        assertThat(new TopicReader(bootstrapServers).readKey(ProgrammeEvents.APPLICATION_TOPIC, better, 3, Duration.ofSeconds(30)))
                .extracting(record -> TopicReader.header(record, "ce_type")).containsExactly(
                        "essor.programmes.application.submitted.v1", "essor.programmes.application.waitlisted.v1",
                        "essor.programmes.application.admitted.v1");

        ProgrammesApi.transition(staying, "withdrawal", null).then().statusCode(200);
        assertThat(Applicants.status(earlier)).isEqualTo("ADMITTED");
    }
}
