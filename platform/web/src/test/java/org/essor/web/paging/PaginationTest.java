package org.essor.web.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.Widgets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class PaginationTest {

    static final String PREFIX = "page-";

    static boolean created;

    @Inject
    CursorConfig keys;

    @BeforeEach
    void createWidgetsOnce() {
        if (created) {
            return;
        }
        created = true;
        for (int i = 0; i < 5; i++) {
            Widgets.createdId(PREFIX + i, 1);
            Widgets.createdId(PREFIX + i, 2); // same name: the id breaks the tie
        }
    }

    @Test
    void walksEveryItemOnceFollowingNextCursorAndTheLinkHeader() {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("limit", 3).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/widgets");
            page.then().statusCode(200);
            names.addAll(page.path("items.name"));
            ids.addAll(page.path("items.id"));
            String next = page.path("nextCursor");
            if (next != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"").contains("cursor=" + next).contains("limit=3");
            } else {
                assertThat(page.header("Link")).isNull();
            }
            cursor = next;
            pages++;
        } while (cursor != null && pages < 50);

        List<String> ours = names.stream().filter(n -> n.startsWith(PREFIX)).toList();
        assertThat(ours).hasSize(10).isSorted();
        assertThat(names).isSorted();
        assertThat(ids).doesNotHaveDuplicates().hasSize(count());
    }

    @Test
    void theLastPageHasNoNextCursor() {
        Response all = given().queryParam("limit", 200).get("/api/v1/widgets");
        all.then().statusCode(200).body("nextCursor", nullValue()).header("Link", nullValue());
        int total = all.<List<?>>path("items").size();

        given().queryParam("limit", total).get("/api/v1/widgets")
                .then().statusCode(200).body("items.size()", equalTo(total)).body("nextCursor", nullValue());
    }

    @Test
    void aPageAfterTheLastItemIsEmpty() {
        String last = new CursorSigner(keys.keys()).sign("/api/v1/widgets?", Cursor.of("\uffff", "ffffffff-ffff-ffff-ffff-ffffffffffff"));
        given().queryParam("cursor", last).get("/api/v1/widgets")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void theDefaultLimitIsTwenty() {
        given().get("/api/v1/widgets").then().statusCode(200).body("items.size()", equalTo(Math.min(20, count())));
    }

    @Test
    void aLimitOutOfRangeIsA400() {
        for (int limit : new int[] {0, 201, -1}) {
            given().queryParam("limit", limit).get("/api/v1/widgets")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void aTamperedCursorIsA400() {
        String cursor = given().queryParam("limit", 1).get("/api/v1/widgets").path("nextCursor");
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        for (String bad : List.of(tampered, "not-a-cursor", cursor.substring(0, cursor.length() - 2), "%%%",
                new CursorSigner(keys.keys()).sign("/api/v1/widgets?", Cursor.of("only-one-key")))) {
            given().queryParam("cursor", bad).get("/api/v1/widgets")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
    }

    private int count() {
        return given().queryParam("limit", 200).get("/api/v1/widgets").<List<?>>path("items").size();
    }
}
