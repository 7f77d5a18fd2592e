package org.essor.programmes.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;


import org.essor.programmes.Applicants;
import org.essor.programmes.ApplicantsTestSupport;
import org.essor.programmes.ProgrammesApi;
import org.essor.testing.http.Racers;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Decisions and withdrawals on one call, released together: the call's lock makes them take turns. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "programme-officer", roles = "programme-officer")
class ConcurrentSelectionTest extends ApplicantsTestSupport {


    @Test
    void racingCommitteesOnTheSameViewDecideOnceAndEveryOtherIsToldTheCallChanged() {
        String call = ProgrammesApi.openCall("ALTER_VENTURE", 3, null);
        List<String> byScore = new ArrayList<>();
        for (int impact = 1; impact <= 8; impact++) {
            byScore.add(0, applicants.reviewed(call, "SCALING", impact, 5));
        }

        List<Integer> answers = Racers.race(Collections.nCopies(8, decision(call)));

        assertThat(answers).hasSize(8).containsOnly(200, 412);
        assertThat(answers).filteredOn(status -> status == 200).hasSize(1);
        Map<String, String> statuses = Applicants.statusesOf(call);
        assertThat(statuses).hasSize(8);
        assertThat(byScore.subList(0, 3)).allSatisfy(id -> assertThat(statuses.get(id)).isEqualTo("ADMITTED"));
        assertThat(byScore.subList(3, 8)).allSatisfy(id -> assertThat(statuses.get(id)).isEqualTo("WAITLISTED"));
    }

    @Test
    void withdrawalsRacingASecondDecisionLeaveEverySeatTakenAndNoneTwice() {
        String call = ProgrammesApi.openCall("ALTER_VENTURE", 6, null);
        List<String> seated = IntStream.range(0, 6).mapToObj(i -> applicants.reviewed(call, "SCALING", 5, 5)).toList();
        Applicants.decide(call);
        List<String> secondRound = IntStream.range(0, 6).mapToObj(i -> applicants.reviewed(call, "SCALING", 1 + i, 5)).toList();

        List<Supplier<Integer>> racers = new ArrayList<>();
        for (String id : seated) {
            long version = ProgrammesApi.version(id);
            racers.add(() -> given().header("If-Match", "\"" + version + "\"")
                    .post(ProgrammesApi.APPLICATIONS + "/{id}/withdrawal", id).statusCode());
        }
        racers.add(decision(call));
        racers.add(decision(call));
        List<Integer> answers = Racers.race(racers);

        assertThat(answers.subList(0, 6)).as("withdrawals").containsOnly(200);
        assertThat(answers.subList(6, 8)).as("decisions").containsExactlyInAnyOrder(200, 412);
        Map<String, String> statuses = Applicants.statusesOf(call);
        assertThat(statuses).hasSize(12);
        assertThat(seated).allSatisfy(id -> assertThat(statuses.get(id)).isEqualTo("WITHDRAWN"));
        assertThat(secondRound).allSatisfy(id -> assertThat(statuses.get(id)).isEqualTo("ADMITTED"));
        assertThat(statuses.values().stream().collect(Collectors.groupingBy(status -> status, Collectors.counting())))
                .containsOnly(Map.entry("WITHDRAWN", 6L), Map.entry("ADMITTED", 6L));
    }

    /** A decision on the call as it is now: racers made of it all send the same If-Match. */
    private static Supplier<Integer> decision(String call) {
        String read = ProgrammesApi.callVersion(call);
        return () -> given().header("If-Match", read).post(ProgrammesApi.CALLS + "/{id}/decision", call).statusCode();
    }
}
