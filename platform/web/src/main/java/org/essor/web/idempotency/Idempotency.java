package org.essor.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.essor.web.client.ClientAddress;
import org.essor.web.problem.Problem.FieldError;
import org.essor.web.problem.ProblemException;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Idempotency-Key} for creating POSTs: the first request with a key runs and its answer is stored in the
 * same transaction as the creation; a retry with the same key and the same body gets that answer again (with
 * {@code Idempotent-Replayed: true}) and creates nothing; the same key with another body is a 422.
 * Keys are scoped by caller (an anonymous caller by its network address), method and path, so that one caller's
 * key never replays another caller's answer, and kept for {@code essor.web.idempotency-retention}. When personal
 * data a stored answer shows is erased, {@link #forgetAnswersAbout(String)} drops the stored body: a retry then gets
 * the status, location and version only.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private static final String CLAIM = """
            INSERT INTO idempotency_key (scope, key, request_hash) VALUES (:scope, :key, :hash)
            ON CONFLICT DO NOTHING""";
    private static final String FIND = """
            SELECT request_hash, status, location, etag, body FROM idempotency_key WHERE scope = :scope AND key = :key""";
    private static final String FORGET = """
            UPDATE idempotency_key SET body = NULL
            WHERE right(location, char_length(:path)) = :path AND body IS NOT NULL""";
    private static final String STORE = """
            UPDATE idempotency_key SET status = :status, location = :location, etag = :etag, body = :body
            WHERE scope = :scope AND key = :key""";

    @Inject
    ObjectMapper json;

    @Inject
    RoutingContext http;

    @Inject
    ClientAddress clientAddress;

    /**
     * Runs {@code creation} once per key: {@code key} is the request's Idempotency-Key header (null: no
     * idempotency asked), {@code request} its deserialised body. The creation joins the transaction opened here.
     */
    public Uni<Response> create(String key, Object request, Supplier<Uni<Response>> creation) {
        if (key == null) {
            return creation.get();
        }
        requireUsable(key);
        String scope = scope();
        String hash = hash(request);
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(CLAIM)
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate()
                .flatMap(claimed -> claimed == 1
                        ? creation.get().flatMap(response -> store(session, scope, key, response))
                        : replay(session, scope, key, hash))));
    }

    /**
     * Drops the stored bodies of the answers that created the resource at {@code path} (e.g.
     * {@code /api/v1/enterprises/<id>}, the path of their Location header), because they show personal data that has
     * just been erased. Joins the open transaction.
     */
    public Uni<Void> forgetAnswersAbout(String path) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET)
                .setParameter("path", path)
                .executeUpdate()
                .replaceWithVoid());
    }

    private Uni<Response> store(Mutiny.Session session, String scope, String key, Response response) {
        return session.createNativeQuery(STORE)
                .setParameter("scope", scope).setParameter("key", key)
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter("body", response.hasEntity() ? write(response.getEntity()) : null)
                .executeUpdate()
                .replaceWith(response);
    }

    private Uni<Response> replay(Mutiny.Session session, String scope, String key, String hash) {
        return session.createNativeQuery(FIND, Object[].class)
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult()
                .map(row -> {
                    if (!hash.equals(row[0])) {
                        throw ProblemException.unprocessable("This Idempotency-Key was already used with another request body",
                                List.of(new FieldError(HEADER, "reused with a different request")));
                    }
                    Response.ResponseBuilder answer = Response.status((Integer) row[1]).header(REPLAYED, "true");
                    if (row[2] != null) {
                        answer.location(java.net.URI.create((String) row[2]));
                    }
                    if (row[3] != null) {
                        answer.tag(new EntityTag((String) row[3]));
                    }
                    if (row[4] != null) {
                        answer.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
                    }
                    return answer.build();
                });
    }

    private String scope() {
        String caller = http.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity().getPrincipal().getName()
                : "anonymous@" + clientAddress.of(http);
        return caller + " " + http.request().method().name() + " " + http.normalizedPath();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The request could not be fingerprinted", e);
        }
    }

    private String write(Object entity) {
        if (entity instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be stored", e);
        }
    }

    private static void requireUsable(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalidField(HEADER, "1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /** The header's bytes as stored, for tests and diagnostics. */
    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
