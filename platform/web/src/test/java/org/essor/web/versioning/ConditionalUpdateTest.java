package org.essor.web.versioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.Widgets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class ConditionalUpdateTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void readingGivesTheVersionAsETag() {
        String id = Widgets.createdId("tagged", 1);
        given().get("/api/v1/widgets/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aPatchWithTheCurrentETagAppliesAndMovesTheVersion() {
        String id = Widgets.createdId("patched", 1);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":5}")
                .patch("/api/v1/widgets/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("size", equalTo(5)).body("name", equalTo("patched"));
    }

    @Test
    void aPatchWithoutIfMatchIsA428() {
        String id = Widgets.createdId("unconditional", 1);
        given().contentType(MERGE_PATCH).body("{\"size\":5}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(MERGE_PATCH).header("If-Match", "*").body("{\"size\":5}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(428);
        given().get("/api/v1/widgets/{id}", id).then().body("size", equalTo(1));
    }

    @Test
    void aPatchWithAStaleETagIsA412AndChangesNothing() {
        String id = Widgets.createdId("stale", 1);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":2}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":3}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(MERGE_PATCH).header("If-Match", "W/\"1\"").body("{\"size\":3}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(412);
        given().get("/api/v1/widgets/{id}", id).then().body("size", equalTo(2)).header("ETag", equalTo("\"1\""));
    }

    @Test
    void anInvalidOrUnknownFieldInAPatchIsA400() {
        String id = Widgets.createdId("patch-validated", 1);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":-4}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"colour\":\"red\"}").patch("/api/v1/widgets/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().get("/api/v1/widgets/{id}", id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void twoConcurrentUpdatesOfOneVersionGiveOne200AndOne412() throws Exception {
        String id = Widgets.createdId("raced", 1);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> racers = List.of(7, 8).stream().map(size -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"size\":" + size + "}")
                    .patch("/api/v1/widgets/{id}", id).statusCode();
        })).toList();

        List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 412);
        given().get("/api/v1/widgets/{id}", id).then().header("ETag", equalTo("\"1\""));
    }
}
