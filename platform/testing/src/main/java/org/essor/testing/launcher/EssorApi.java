package org.essor.testing.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The running platform as the launcher calls it: tokens from Keycloak and JSON calls to the services. */
final class EssorApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;

    EssorApi(String keycloak) {
        this.keycloak = keycloak;
    }

    /** An access token of a demo user of the realm (password {@code <user>-pw}). */
    String token(String user) {
        String form = "grant_type=password&client_id=essor-web&username=" + encode(user) + "&password=" + encode(user + "-pw");
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/essor/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer = send(request);
        if (answer.status != 200) {
            throw new LauncherException("Keycloak gave no token for " + user + " (" + answer.status + "): " + answer.body);
        }
        return answer.json().path("access_token").asText();
    }

    Answer get(String url, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token).GET().build());
    }

    JsonNode getJson(String url, String token) {
        return get(url, token).expectSuccess("GET " + url).json();
    }

    /** POST of a JSON body (or none); {@code version} is sent as If-Match when given. */
    Answer post(String url, String token, String json, Long version) {
        HttpRequest.Builder builder = authorised(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (version != null) {
            builder.header("If-Match", "\"" + version + "\"");
        }
        return send(builder.build());
    }

    Answer postFile(String url, String token, String contentType, Path file) throws IOException {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String token) {
        builder.timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new LauncherException(request.method() + " " + request.uri() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    record Answer(int status, String body, Optional<String> location) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Answer expectSuccess(String what) {
            if (!ok()) {
                throw new LauncherException(what + " answered " + status + ": " + body);
            }
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new LauncherException("Not JSON: " + body);
            }
        }
    }
}
