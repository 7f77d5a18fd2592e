package org.essor.web.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.essor.testing.quarkus.EssorTestServers;
import org.essor.web.testapp.Widgets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class IdempotencyKeyTest {

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        String name = "idem-" + key;
        Response first = post(key, Widgets.json(name, 3));
        Response second = post(key, "{ \"size\": 3, \"name\": \"" + name + "\" }");

        first.then().statusCode(201);
        second.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        post(key, Widgets.json("idem-a-" + key, 3)).then().statusCode(201);
        post(key, Widgets.json("idem-b-" + key, 3)).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(countNamed("idem-b-" + key)).isZero();
    }

    @Test
    void withoutAKeyEachPostCreates() {
        String name = "no-key-" + UUID.randomUUID();
        Widgets.create(name, 1).statusCode(201);
        Widgets.create(name, 1).statusCode(201);
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void aRejectedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        post(key, Widgets.json("", 3)).then().statusCode(400);
        post(key, Widgets.json("fixed-" + key, 3)).then().statusCode(201);
    }

    @Test
    void anUnusableKeyIsA400() {
        post("x".repeat(256), Widgets.json("long-key", 1)).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneResource() {
        String key = UUID.randomUUID().toString();
        String name = "idem-race-" + key;
        List<CompletableFuture<Response>> retries = List.of(1, 2, 3, 4).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> post(key, Widgets.json(name, 4)))).toList();

        List<String> ids = retries.stream().map(CompletableFuture::join)
                .peek(response -> response.then().statusCode(201))
                .map(response -> response.<String>path("id")).distinct().toList();

        assertThat(ids).hasSize(1);
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void oneAnonymousCallersKeyNeverReplaysAnotherCallersAnswer() {
        String key = UUID.randomUUID().toString();
        String name = "anonymous-" + key;
        Response mine = given().contentType(ContentType.JSON).header("Idempotency-Key", key).header("X-Forwarded-For", "198.51.100.7")
                .body(Widgets.json(name, 3)).post("/api/v1/widgets");
        Response theirs = given().contentType(ContentType.JSON).header("Idempotency-Key", key).header("X-Forwarded-For", "203.0.113.9")
                .body(Widgets.json(name, 3)).post("/api/v1/widgets");

        mine.then().statusCode(201);
        theirs.then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        assertThat(theirs.<String>path("id")).isNotEqualTo(mine.path("id"));
        assertThat(countNamed(name)).isEqualTo(2);
    }

    @Test
    void anAnswerWhoseDataWasErasedReplaysItsStatusLocationAndVersionOnly() {
        String key = UUID.randomUUID().toString();
        String name = "erased-" + key;
        Response first = post(key, Widgets.json(name, 3));
        String id = first.path("id");
        given().post("/api/v1/widgets/{id}/erasure", id).then().statusCode(204);

        Response replay = post(key, Widgets.json(name, 3));
        replay.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.asString()).doesNotContain(name).isEmpty();
        assertThat(countNamed(name)).isEqualTo(1);
    }

    private static Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/widgets");
    }

    private static long countNamed(String name) {
        return given().queryParam("limit", 200).get("/api/v1/widgets").<List<String>>path("items.name").stream()
                .filter(name::equals).count();
    }
}
