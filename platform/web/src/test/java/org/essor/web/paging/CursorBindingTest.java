package org.essor.web.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.inject.Inject;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.MultiMap;

/** A cursor is signed with the service's key for one list with its filters, and accepted there only. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
class CursorBindingTest {

    static final String WIDGETS = "/api/v1/widgets";
    static final String SIZES = "/api/v1/widgets/sizes";

    static boolean created;

    @Inject
    CursorConfig config;

    @BeforeEach
    void createWidgetsOnce() {
        if (created) {
            return;
        }
        created = true;
        for (int size = 1; size <= 4; size++) {
            Widgets.createdId("binding-" + size, size);
        }
    }

    @Test
    void aCursorOfAnotherListIsA400() {
        String ofWidgets = given().queryParam("limit", 1).get(WIDGETS).path("nextCursor");
        String ofSizes = given().queryParam("limit", 1).get(SIZES).path("nextCursor");

        refused(given().queryParam("cursor", ofWidgets).get(SIZES));
        refused(given().queryParam("cursor", ofSizes).get(WIDGETS));
        given().queryParam("cursor", ofSizes).get(SIZES).then().statusCode(200);
    }

    @Test
    void aCursorIsBoundToTheFiltersOfItsListButNotToThePageSize() {
        String cursor = given().queryParam("minSize", 2).queryParam("limit", 1).get(WIDGETS).path("nextCursor");

        refused(given().queryParam("minSize", 3).queryParam("cursor", cursor).get(WIDGETS));
        refused(given().queryParam("cursor", cursor).get(WIDGETS));
        refused(given().queryParam("minSize", 2).queryParam("colour", "red").queryParam("cursor", cursor).get(WIDGETS));
        given().queryParam("minSize", 2).queryParam("limit", 5).queryParam("cursor", cursor).get(WIDGETS)
                .then().statusCode(200);
    }

    @Test
    void aCursorSignedWithThePreviousKeyIsStillAcceptedAndOneWithAnUnknownKeyIsNot() {
        String list = WIDGETS + "?";
        Cursor start = Cursor.of("", "00000000-0000-0000-0000-000000000000");
        String current = new CursorSigner(List.of(config.keys().get(0))).sign(list, start);
        String previous = new CursorSigner(List.of(config.keys().get(1))).sign(list, start);
        String unknown = new CursorSigner(List.of("a-key-this-service-never-had-0123456789")).sign(list, start);

        given().queryParam("cursor", current).get(WIDGETS).then().statusCode(200);
        given().queryParam("cursor", previous).get(WIDGETS).then().statusCode(200);
        refused(given().queryParam("cursor", unknown).get(WIDGETS));
        assertThat(current).isNotEqualTo(previous);
    }

    @Test
    void theListIdentityIgnoresParameterOrderAndBlankFilters() {
        MultiMap one = MultiMap.caseInsensitiveMultiMap().add("b", "2").add("a", "1").add("cursor", "x").add("q", "");
        MultiMap other = MultiMap.caseInsensitiveMultiMap().add("limit", "5").add("a", "1").add("b", "2");

        assertThat(Paging.listOf("/l", one)).isEqualTo(Paging.listOf("/l", other)).isEqualTo("/l?a=1&b=2");
    }

    private static void refused(io.restassured.response.Response answer) {
        answer.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }
}
