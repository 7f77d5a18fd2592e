package org.essor.web.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.essor.testing.http.ChunkedUpload;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The test application allows 2K bodies, 16K under /api/v1/widgets/bulk, and 2K request targets. */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
class RequestLimitsTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAsItArrivesWithoutWaitingForItsEnd() throws Exception {
        try (ChunkedUpload client = new ChunkedUpload(server)) {
            client.start("/api/v1/widgets/notes", "text/plain").chunk(1000).chunk(1000).chunk(1000);

            String answer = client.readUntilClosed(); // no last chunk sent: only a refusal can end this

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .containsIgnoringCase("connection: close").contains("\"status\":413")
                    .contains("payload-too-large").containsPattern("\"correlationId\":\"[0-9a-f]{32}\"");
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheResourceWhole() throws Exception {
        HttpResponse<String> answer = sendChunked("/api/v1/widgets/notes", 1500);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1500");
    }

    @Test
    void aBulkPathTakesLargerBodiesUpToItsOwnLimit() throws Exception {
        assertThat(sendChunked("/api/v1/widgets/bulk", 10_000).body()).isEqualTo("10000");
        given().contentType(ContentType.TEXT).body("x".repeat(10_000)).post("/api/v1/widgets/bulk")
                .then().statusCode(200).body(equalTo("10000"));
        given().contentType(ContentType.TEXT).body("x".repeat(17_000)).post("/api/v1/widgets/bulk")
                .then().statusCode(413).contentType("application/problem+json");
        try (ChunkedUpload client = new ChunkedUpload(server)) {
            client.start("/api/v1/widgets/bulk", "text/plain").chunk(9000).chunk(9000);
            assertThat(client.readUntilClosed()).startsWith("HTTP/1.1 413").contains("\"status\":413");
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() {
        given().contentType(ContentType.TEXT).body("x".repeat(3000)).post("/api/v1/widgets/notes")
                .then().statusCode(413).contentType("application/problem+json")
                .header("X-Correlation-Id", matchesPattern("[0-9a-f]{32}"))
                .body("correlationId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void aTooLongRequestTargetIsA414Problem() {
        given().queryParam("q", "x".repeat(3000)).get("/api/v1/widgets")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://essor.example/problems/uri-too-long"))
                .body("instance", equalTo("/api/v1/widgets"))
                .body("correlationId", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void http2RequestsReachTheResourcesWithAndWithoutADeclaredLength() throws Exception {
        // java.net.http asks for HTTP/2 by default (an h2c upgrade over plain HTTP), as many partners' clients do
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> read = http2.send(HttpRequest.newBuilder(uri("/api/v1/widgets?limit=1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(read.statusCode()).isEqualTo(200);

        HttpResponse<String> declared = http2.send(HttpRequest.newBuilder(uri("/api/v1/widgets/notes"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x".repeat(1500))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).isEqualTo("1500");

        HttpResponse<String> streamed = http2.send(HttpRequest.newBuilder(uri("/api/v1/widgets/notes"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("x".repeat(1500).getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body()).isEqualTo("1500");

        HttpResponse<String> tooLarge = http2.send(HttpRequest.newBuilder(uri("/api/v1/widgets/notes"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x".repeat(3000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private URI uri(String path) {
        return URI.create(server.toString().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> sendChunked(String path, int size) throws Exception {
        // a publisher of unknown length: the client sends Transfer-Encoding: chunked
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.toString().replaceAll("/$", "") + path))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("x".repeat(size).getBytes())))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
