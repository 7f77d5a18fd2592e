package org.essor.programmes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.essor.programmes.security.Dossiers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.essor.programmes.ProgrammesApi;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Erasing a person applicant also ends the secret link: it answers as a link that never existed. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class PersonErasureTest {

    @Test
    void afterErasureTheSecretLinkAnswersAsAnUnknownOne() {
        String call = Dossiers.openCall("YESS_ACADEMIE", 10);
        Response created = PublicFormTest.applyAsPerson(call, "erase." + UUID.randomUUID() + "@example.org",
                PublicFormTest.someAddress());
        created.then().statusCode(201);
        String follow = created.path("followUrl");
        String unknown = follow.substring(0, follow.lastIndexOf('/') + 1) + "an-unknown-secret";
        given().get(follow).then().statusCode(200);

        as(Tokens.officer()).post(ProgrammesApi.APPLICATIONS + "/{id}/person-erasure", created.path("id").toString())
                .then().statusCode(204);

        sameAsUnknown(link -> given().get(link), follow, unknown);
        sameAsUnknown(link -> given().header("If-Match", "\"0\"").post(link + "/submission"), follow, unknown);
        sameAsUnknown(link -> given().header("If-Match", "\"0\"").post(link + "/withdrawal"), follow, unknown);
        sameAsUnknown(link -> given().post(link + "/withdrawal"), follow, unknown);
        as(Tokens.officer()).get(ProgrammesApi.APPLICATIONS + "/{id}/history", created.path("id").toString())
                .then().statusCode(200).body("status", everyItem(equalTo("DRAFT")));
    }

    private static void sameAsUnknown(Function<String, Response> request, String erased, String unknown) {
        Map<String, Object> answer = Dossiers.notFound(request.apply(erased));
        assertThat(answer).isEqualTo(Dossiers.notFound(request.apply(unknown)));
    }
}
