package org.essor.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.essor.programmes.security.Dossiers.notFound;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A partner acts on what its own client created: another partner's applications answer as unknown ones. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PartnerScopeTest extends SecurityTestSupport {

    @Test
    void aPartnerReachesOnlyTheApplicationsItsOwnClientCreated() {
        String call = Dossiers.openCall("REALIS", 5);
        String partner = Tokens.partner();
        String theirs = Dossiers.draft(partner, call, dossiers.enterprise(Tokens.OTHER_SIREN));
        String before = Dossiers.stateOf(theirs);
        String other = Tokens.otherPartner();
        UUID unknown = UUID.randomUUID();
        String current = "\"" + Dossiers.version(theirs) + "\"";

        sameAsUnknown(id -> as(other).get(ProgrammesApi.APPLICATIONS + "/{id}", id), theirs, unknown);
        sameAsUnknown(id -> as(other).get(ProgrammesApi.APPLICATIONS + "/{id}/history", id), theirs, unknown);
        for (String transition : new String[] {"submission", "withdrawal"}) {
            String path = ProgrammesApi.APPLICATIONS + "/{id}/" + transition;
            sameAsUnknown(id -> as(other).post(path, id), theirs, unknown);
            sameAsUnknown(id -> as(other).header("If-Match", current).post(path, id), theirs, unknown);
            sameAsUnknown(id -> as(other).header("If-Match", "\"99\"").post(path, id), theirs, unknown);
        }
        as(other).queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200).body("items", empty());
        assertThat(Dossiers.stateOf(theirs)).isEqualTo(before);

        as(partner).queryParam("callId", call).get(ProgrammesApi.APPLICATIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of(theirs)));
        Dossiers.transition(partner, theirs, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(partner).get(ProgrammesApi.APPLICATIONS + "/{id}/history", theirs).then().statusCode(200)
                .body("status", equalTo(List.of("DRAFT", "SUBMITTED")));
    }

    @Test
    void anOfficerHandsAnApplicationOverToAnotherPartner() {
        String call = Dossiers.openCall("REALIS", 5);
        String partner = Tokens.partner();
        String other = Tokens.otherPartner();
        String officer = Tokens.officer();
        String application = Dossiers.draft(partner, call, dossiers.enterprise(Tokens.OTHER_SIREN));
        String handover = ProgrammesApi.APPLICATIONS + "/{id}/handover";
        String body = "{\"client\":\"essor-partner-2\"}";

        as(officer).contentType(ContentType.JSON).body(body).post(handover, application).then().statusCode(428);
        as(officer).contentType(ContentType.JSON).body("{\"client\":\"\"}").header("If-Match", "\"0\"")
                .post(handover, application).then().statusCode(400).contentType("application/problem+json");
        as(partner).contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").post(handover, application)
                .then().statusCode(403);
        as(other).get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(404);

        Dossiers.transition(officer, application, "handover", body).then().statusCode(200)
                .body("partnerClient", equalTo("essor-partner-2"));

        as(other).get(ProgrammesApi.APPLICATIONS + "/{id}", application).then().statusCode(200);
        Dossiers.transition(other, application, "submission", null).then().statusCode(200);
        UUID unknown = UUID.randomUUID();
        sameAsUnknown(id -> as(partner).get(ProgrammesApi.APPLICATIONS + "/{id}", id), application, unknown);
        List<Map<String, Object>> lines = as(officer).get(ProgrammesApi.APPLICATIONS + "/{id}/history", application)
                .then().statusCode(200).extract().path("");
        assertThat(lines).extracting(line -> line.get("note"))
                .contains("handed over from essor-partner to essor-partner-2");
        as(other).get(ProgrammesApi.APPLICATIONS + "/{id}/history", application).then().statusCode(200)
                .body("status", hasItem("SUBMITTED")).body("findAll { it.note != null }", empty());
    }

    private static void sameAsUnknown(Function<Object, Response> request, Object theirs, Object unknown) {
        assertThat(notFound(request.apply(theirs), theirs)).isEqualTo(notFound(request.apply(unknown), unknown));
    }
}
