package org.essor.web.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createContact;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createLicense;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityScheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.problem.Problem;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every Essor OpenAPI document shares, defined once: the problem and page schemas, the problem answers, the
 * headers of conditional and idempotent requests, the bearer scheme. Services annotate what is theirs (operation id,
 * success answer, the domain refusals 409/422/429 by {@code ref}); this filter adds what follows from the platform's
 * conventions:
 * <ul>
 * <li>400 on every operation that takes a parameter or a body, 413 on those with a body, 404 on those with a path
 * parameter, 401 and 403 on secured ones (in place of the bare ones Quarkus adds), 412 and 428 with {@code If-Match},
 * 422 with {@code Idempotency-Key};</li>
 * <li>{@code If-Match}, {@code Idempotency-Key}, {@code limit} and {@code cursor} as shared parameters;</li>
 * <li>a list answer declared as an array of {@code X} on an operation that takes {@code cursor} is the page
 * {@code XPage} ({@code {"items":[...],"nextCursor":...}}) with its {@code Link} header;</li>
 * <li>{@code ETag} on the success answers of operations that take {@code If-Match}, {@code Idempotent-Replayed} on the
 * 201 of those that take {@code Idempotency-Key};</li>
 * <li>operations without a security requirement are public ({@code security: [{}]});</li>
 * <li>a success answer's example is a real one, recorded by the service's tests in
 * {@code META-INF/openapi-examples/<operationId>.<status>.json}.</li>
 * </ul>
 */
public class EssorOpenApiFilter implements OASFilter {

    static final String SCHEMES = "#/components/schemas/";
    static final String RESPONSES = "#/components/responses/";
    static final String HEADERS = "#/components/headers/";
    static final String PARAMETERS = "#/components/parameters/";
    static final String BEARER = "bearer";
    static final String PAGE_SUFFIX = "Page";
    static final String EXAMPLES = "META-INF/openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The problem answers every service shares, by status. */
    private static final Map<String, ProblemAnswer> PROBLEMS = new LinkedHashMap<>();

    static {
        add("400", "BadRequest", "The request is not valid: a body, parameter or header that cannot be read or breaks a "
                + "field rule (each named in errors). Unknown JSON fields are refused.",
                problem(400, "validation", "The request is not valid", "1 field is not valid",
                        List.of(fieldError("legalName", "must not be blank"))));
        add("401", "Unauthorized", "No valid bearer token of the essor realm.",
                problem(401, "unauthorized", "Authentication required", "Send a valid bearer token from the essor realm", List.of()));
        add("403", "Forbidden", "The token is valid, but its roles do not allow this request.",
                problem(403, "forbidden", "Forbidden", "Your roles do not allow this request", List.of()));
        add("404", "NotFound", "No such resource, or one the caller may not see (the same answer, word for word).",
                problem(404, "not-found", "Not found", "No such enterprise", List.of()));
        add("409", "Conflict", "The request conflicts with the resource's current state (a transition that is not "
                + "allowed from it, or a duplicate).",
                problem(409, "conflict", "Conflict with the current state", "This enterprise is already verified", List.of()));
        add("412", "PreconditionFailed", "If-Match names a version that is no longer the current one: read again, retry "
                + "with the new ETag.",
                problem(412, "precondition-failed", "The resource has changed",
                        "The resource is at version 3, not 2; read it again and retry with its new ETag", List.of()));
        add("413", "ContentTooLarge", "The body is larger than this service accepts.",
                problem(413, "content-too-large", "Content too large", "The request body is larger than 1 MiB", List.of()));
        add("422", "UnprocessableContent", "The request is well formed but breaks a business rule (each named in errors), "
                + "or reuses an Idempotency-Key with another body.",
                problem(422, "unprocessable", "The request cannot be carried out",
                        "This Idempotency-Key was already used with another request body",
                        List.of(fieldError(Idempotency.HEADER, "reused with a different request"))));
        add("428", "PreconditionRequired", "A change needs the resource's current ETag in If-Match.",
                problem(428, "precondition-required", "Precondition required",
                        "Send the resource's current ETag in If-Match to change it", List.of()));
        add("429", "TooManyRequests", "Too many requests from this address; Retry-After says when to try again.",
                problem(429, "too-many-requests", "Too many requests", "Too many applications from this address", List.of()));
    }

    private static void add(String status, String name, String description, Map<String, Object> example) {
        PROBLEMS.put(status, new ProblemAnswer(name, description, example));
    }

    private record ProblemAnswer(String name, String description, Map<String, Object> example) {
    }

    /** In a fixed order: the document must be the same at every build. */
    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> problem(int status, String slug, String title, String detail,
                                               List<Map<String, String>> errors) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://essor.example/problems/" + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/enterprises");
        if (!errors.isEmpty()) {
            example.put("errors", errors);
        }
        example.put("correlationId", "6c0d8f5e-2b1a-4f7e-9c3d-8a4b5e6f7a80");
        return example;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describe(openAPI);
        Components components = openAPI.getComponents();
        if (components == null) {
            components = createComponents();
            openAPI.setComponents(components);
        }
        addSchemas(components);
        addHeaders(components);
        addParameters(components);
        addResponses(components);
        addSecurityScheme(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Operation operation : path.getValue().getOperations().values()) {
                    complete(path.getKey(), operation, components);
                }
            }
        }
        dropUnusedProblemAnswers(openAPI, components);
        sortComponents(components);
    }

    /** A service that never answers, say, 429 does not document it. */
    private static void dropUnusedProblemAnswers(OpenAPI openAPI, Components components) {
        List<Operation> operations = openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null ? List.of()
                : openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream())
                        .toList();
        Set<String> used = new HashSet<>();
        for (Operation operation : operations) {
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(response -> response.getRef() != null)
                    .forEach(response -> used.add(response.getRef().substring(RESPONSES.length())));
        }
        for (ProblemAnswer answer : PROBLEMS.values()) {
            if (!used.contains(answer.name())) {
                components.removeResponse(answer.name());
            }
        }
        Set<String> headers = new HashSet<>();
        Stream.concat(
                        operations.stream().flatMap(operation -> operation.getResponses().getAPIResponses().values().stream()),
                        components.getResponses() == null ? Stream.empty() : components.getResponses().values().stream())
                .filter(response -> response.getHeaders() != null)
                .flatMap(response -> response.getHeaders().values().stream())
                .filter(header -> header.getRef() != null)
                .forEach(header -> headers.add(header.getRef().substring(HEADERS.length())));
        for (String header : List.copyOf(components.getHeaders().keySet())) {
            if (!headers.contains(header)) {
                components.removeHeader(header);
            }
        }
    }

    private static void describe(OpenAPI openAPI) {
        Info info = openAPI.getInfo();
        if (info.getContact() == null) {
            info.setContact(createContact().name("Essor").url("https://essor.example/").email("api@essor.example"));
        }
        if (info.getLicense() == null) {
            info.setLicense(createLicense().name("Licence Ouverte / Open Licence 2.0").identifier("etalab-2.0"));
        }
    }

    // --- components -------------------------------------------------------------------------------------------

    private static void addSchemas(Components components) {
        Schema fieldError = object()
                .description("One invalid field of a request: its JSON path (or parameter or header name) and why.")
                .addProperty("field", string("JSON path of the field, or the name of the parameter or header")
                        .examples(List.of("establishments[0].communeCode")))
                .addProperty("message", string("Why it is not valid").examples(List.of("must not be blank")))
                .required(List.of("field", "message"));
        Schema problem = object()
                .description("An RFC 9457 problem: how every Essor API answers an error (application/problem+json). "
                        + "Extension members may add figures (e.g. remaining, requested).")
                .addProperty("type", string("URI of the kind of problem").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status").minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", createSchema().addType(SchemaType.ARRAY).items(ref(SCHEMES + "FieldError"))
                        .description("The fields a validation or rule problem is about"))
                .addProperty("correlationId", string("Quote it to support: it finds the request in the logs"))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .examples(List.of(PROBLEMS.get("400").example(), PROBLEMS.get("404").example()));
        components.addSchema("FieldError", fieldError);
        components.addSchema("Problem", problem);
    }

    private static void addHeaders(Components components) {
        components.addHeader("ETag", header("The resource's version, to send back in If-Match to change it.",
                string(null).examples(List.of("\"3\""))));
        components.addHeader("Location", header("The address of the created resource.",
                string(null).format("uri").examples(List.of("http://localhost:8081/api/v1/enterprises/3f1c2a9e-5b7d-4c1e-9a8f-2d6b0e4c7a15"))));
        components.addHeader("Link", header("The next page, as <...>; rel=\"next\", when there is one.",
                string(null).examples(List.of("<http://localhost:8081/api/v1/enterprises?cursor=eyJrIjpbIjEiXX0.c2ln>; rel=\"next\""))));
        components.addHeader("Idempotent-Replayed", header("true when this is the stored answer to an earlier request with "
                + "the same Idempotency-Key and body: nothing new was created.", createSchema().addType(SchemaType.BOOLEAN)));
        components.addHeader("Retry-After", header("Seconds to wait before trying again.",
                createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE).examples(List.of(30))));
    }

    private static void addParameters(Components components) {
        components.addParameter("IfMatch", createParameter().name("If-Match").in(Parameter.In.HEADER).required(true)
                .description("The resource's current ETag (e.g. \"3\"): 428 without it, 412 when it is not the current version.")
                .schema(string(null).pattern("^\"[0-9]+\"$").examples(List.of("\"3\""))));
        components.addParameter("IdempotencyKey", createParameter().name(Idempotency.HEADER).in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the creation safe to retry: the same key with the same body answers the first answer again "
                        + "(with Idempotent-Replayed: true) and creates nothing; with another body it is a 422.")
                .schema(string(null).minLength(1).maxLength(255).examples(List.of("a4d5c3e2-partner-order-1187"))));
        components.addParameter("Limit", createParameter().name("limit").in(Parameter.In.QUERY).required(false)
                .description("Items per page.")
                .schema(createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(200)).defaultValue(20)));
        components.addParameter("Cursor", createParameter().name("cursor").in(Parameter.In.QUERY).required(false)
                .description("The nextCursor of the previous page (opaque, bound to this list and its filters); absent for the first page.")
                .schema(string(null)));
    }

    private static void addResponses(Components components) {
        for (ProblemAnswer answer : PROBLEMS.values()) {
            APIResponse response = createAPIResponse().description(answer.description())
                    .content(createContent().addMediaType(Problem.MEDIA_TYPE,
                            createMediaType().schema(ref(SCHEMES + "Problem")).example(answer.example())));
            if (answer.name().equals("TooManyRequests")) {
                response.addHeader("Retry-After", createHeader().ref(HEADERS + "Retry-After"));
            }
            if (answer.name().equals("Unauthorized")) {
                response.addHeader("WWW-Authenticate", header("Bearer realm=\"essor\"", string(null)));
            }
            components.addResponse(answer.name(), response);
        }
    }

    private static void addSecurityScheme(Components components) {
        SecurityScheme bearer = createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Keycloak realm essor. Partner systems use the client-credentials grant "
                        + "(role partner); an operation lists the realm roles that may call it. A token with the role "
                        + "enterprise reaches only the records of the enterprise of its siren claim.");
        components.addSecurityScheme(BEARER, bearer);
    }

    // --- operations -------------------------------------------------------------------------------------------

    /** Marks an If-Match a released operation did not take: {@code @Parameter(..., extensions = @Extension(name = OPTIONAL_IF_MATCH, value = "true"))}. */
    public static final String OPTIONAL_IF_MATCH = "x-essor-optional-if-match";

    /** Only the documents that have such an operation get the parameter (an unused component is a lint error). */
    private static void addOptionalIfMatch(Components components) {
        if (components.getParameters() != null && components.getParameters().containsKey("OptionalIfMatch")) {
            return;
        }
        components.addParameter("OptionalIfMatch", createParameter().name("If-Match").in(Parameter.In.HEADER).required(false)
                .description("The resource's current ETag (e.g. \"3\"): 412 when it is not the current version. Send it: "
                        + "without it the change applies to whatever version is current (kept for the clients of this "
                        + "major version; the next one requires it).")
                .schema(string(null).pattern("^\"[0-9]+\"$").examples(List.of("\"3\""))));
    }

    private static boolean isOptionalIfMatch(Parameter parameter) {
        return parameter.getExtensions() != null && parameter.getExtensions().containsKey(OPTIONAL_IF_MATCH);
    }

    private static void complete(String path, Operation operation, Components components) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean ifMatch = false;
        boolean ifMatchRequired = false;
        boolean idempotent = false;
        boolean paged = false;
        List<Parameter> shared = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = parameter.getName();
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(name)) {
                ifMatch = true;
                ifMatchRequired = !isOptionalIfMatch(parameter);
                if (!ifMatchRequired) {
                    addOptionalIfMatch(components);
                }
                shared.add(createParameter().ref(PARAMETERS + (ifMatchRequired ? "IfMatch" : "OptionalIfMatch")));
            } else if (parameter.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equalsIgnoreCase(name)) {
                idempotent = true;
                shared.add(createParameter().ref(PARAMETERS + "IdempotencyKey"));
            } else if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(name)) {
                shared.add(createParameter().ref(PARAMETERS + "Limit"));
            } else if (parameter.getIn() == Parameter.In.QUERY && "cursor".equals(name)) {
                paged = true;
                shared.add(createParameter().ref(PARAMETERS + "Cursor"));
            } else {
                shared.add(parameter);
            }
        }
        if (!parameters.isEmpty()) {
            operation.setParameters(shared);
        }

        boolean secured = isSecured(operation);
        if (!secured) {
            operation.setSecurity(List.of(createSecurityRequirement()));
        }

        APIResponses responses = operation.getResponses();
        for (Map.Entry<String, APIResponse> entry : new TreeMap<>(responses.getAPIResponses()).entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (!status.startsWith("2")) {
                continue;
            }
            if (paged) {
                pageAnswer(response, components);
            }
            if (ifMatch && response.getContent() != null) {
                addHeaderRef(response, "ETag");
            }
            if (idempotent && status.equals("201")) {
                addHeaderRef(response, "Idempotent-Replayed");
            }
            addExample(operation.getOperationId(), status, response);
        }

        Set<String> problems = new TreeSet<>();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            problems.add("400");
        }
        if (operation.getRequestBody() != null) {
            problems.add("413");
        }
        if (path.contains("{")) {
            problems.add("404");
        }
        if (secured) {
            problems.add("401");
            problems.add("403");
        }
        if (ifMatch) {
            problems.add("412");
        }
        if (ifMatchRequired) {
            problems.add("428");
        }
        if (idempotent) {
            problems.add("422");
        }
        for (String status : problems) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getRef() == null) {
                responses.addAPIResponse(status, createAPIResponse().ref(RESPONSES + PROBLEMS.get(status).name()));
            }
        }
        // Answers declared by their status alone (e.g. @APIResponse(responseCode = "409", ref = "Conflict")) keep their ref.
        Map<String, APIResponse> ordered = new TreeMap<>(responses.getAPIResponses());
        for (String status : ordered.keySet()) {
            responses.removeAPIResponse(status);
        }
        ordered.forEach(responses::addAPIResponse);
    }

    private static boolean isSecured(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            return false;
        }
        return security.stream().anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    /** An array of X on a paged operation is the page of X: {@code {"items":[X...],"nextCursor":...}} and its Link header. */
    private static void pageAnswer(APIResponse response, Components components) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema == null || schema.getType() == null || !schema.getType().contains(SchemaType.ARRAY)
                    || schema.getItems() == null || schema.getItems().getRef() == null) {
                continue;
            }
            String itemRef = schema.getItems().getRef();
            String item = itemRef.substring(itemRef.lastIndexOf('/') + 1);
            String pageName = item + PAGE_SUFFIX;
            if (components.getSchemas() == null || !components.getSchemas().containsKey(pageName)) {
                components.addSchema(pageName, object()
                        .description("A page of " + item + ": follow nextCursor (or the Link header) for the next one.")
                        .addProperty("items", createSchema().addType(SchemaType.ARRAY).items(ref(itemRef)))
                        .addProperty("nextCursor", createSchema().addType(SchemaType.STRING).addType(SchemaType.NULL)
                                .description("The cursor of the next page; null on the last page"))
                        .required(List.of("items")));
            }
            media.setSchema(ref(SCHEMES + pageName));
            addHeaderRef(response, "Link");
        }
    }

    /**
     * A real answer of the operation, recorded by the service's tests in
     * {@code META-INF/openapi-examples/<operationId>.<status>.json} (see the contracts module's OpenApiExamples).
     */
    private static void addExample(String operationId, String status, APIResponse response) {
        if (operationId == null || response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        MediaType media = response.getContent().getMediaTypes().get("application/json");
        if (media == null || media.getExample() != null) {
            return;
        }
        String resource = EXAMPLES + operationId + "." + status + ".json";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream example = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (example != null) {
                media.setExample(JSON.readValue(example, Object.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable OpenAPI example " + resource, e);
        }
    }

    private static void addHeaderRef(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, createHeader().ref(HEADERS + name));
        }
    }

    private static void sortComponents(Components components) {
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(components.getSchemas()));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static Schema object() {
        return createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema string(String description) {
        Schema schema = createSchema().addType(SchemaType.STRING);
        return description == null ? schema : schema.description(description);
    }

    private static Schema ref(String ref) {
        return createSchema().ref(ref);
    }

    private static Header header(String description, Schema schema) {
        return createHeader().description(description).schema(schema);
    }
}
