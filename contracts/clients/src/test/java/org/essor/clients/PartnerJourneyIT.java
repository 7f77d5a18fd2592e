package org.essor.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.essor.clients.programmes.api.ApplicationsApi;
import org.essor.clients.programmes.api.CallsApi;
import org.essor.clients.programmes.model.ApplicationStatus;
import org.essor.clients.programmes.model.ApplicationView;
import org.essor.clients.programmes.model.ApplicationViewPage;
import org.essor.clients.programmes.model.CallView;
import org.essor.clients.programmes.model.CriterionRequest;
import org.essor.clients.programmes.model.EnterpriseApplication;
import org.essor.clients.programmes.model.OpenCall;
import org.essor.clients.programmes.model.Stage;
import org.essor.clients.registry.ApiClient;
import org.essor.clients.registry.ApiException;
import org.essor.clients.registry.ApiResponse;
import org.essor.clients.registry.api.EnterprisesApi;
import org.essor.clients.registry.model.EnterpriseRequest;
import org.essor.clients.registry.model.EnterpriseView;
import org.essor.clients.registry.model.EnterpriseViewPage;
import org.essor.clients.registry.model.EstablishmentRequest;
import org.essor.clients.registry.model.Problem;
import org.essor.testing.identifiers.TestIdentifiers;
import org.essor.testing.quarkus.SharedKafkaBroker;
import org.essor.testing.quarkus.SharedKeycloak;
import org.essor.testing.servers.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner system's journey through the registry and programmes APIs, using only the Java clients generated from the
 * committed OpenAPI documents and real Keycloak tokens, against the services as they are packaged: registers an
 * enterprise, waits until programmes knows it (from the registry's events), applies to a call, submits and follows
 * the application, and pages through the lists with their cursors.
 */
class PartnerJourneyIT {

    static final Path PROJECT = Path.of(System.getProperty("essor.project.dir", "../.."));
    static PostgresServer postgres;
    static final List<String> databases = new ArrayList<>();
    static ServiceProcess registry;
    static ServiceProcess programmes;
    static String partnerToken;
    static String officerToken;

    @BeforeAll
    static void startServices() {
        postgres = PostgresServer.forTests();
        postgres.requireReachable();
        String kafka = SharedKafkaBroker.get().bootstrapServers();
        String issuer = SharedKeycloak.get().issuerUrl();
        registry = ServiceProcess.start(PROJECT, "registry", config("essor_e2e_registry", kafka, issuer));
        programmes = ServiceProcess.start(PROJECT, "programmes", config("essor_e2e_programmes", kafka, issuer));
        partnerToken = SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
        officerToken = SharedKeycloak.tokenOf("programme-officer");
    }

    private static Map<String, String> config(String databasePrefix, String kafka, String issuer) {
        String database = postgres.createUniqueDatabase(databasePrefix);
        databases.add(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka);
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("essor.outbox.poll-interval", "200ms");
        return config;
    }

    @AfterAll
    static void stopServices() {
        for (ServiceProcess service : new ServiceProcess[] {programmes, registry}) {
            if (service != null) {
                service.close();
            }
        }
        databases.forEach(postgres::dropDatabase);
    }

    @Test
    void aPartnerRegistersAnEnterpriseAppliesToACallAndFollowsTheApplication() throws Exception {
        EnterprisesApi enterprises = new EnterprisesApi(registryClient(partnerToken));
        String key = UUID.randomUUID().toString();
        EnterpriseRequest scop = scop();

        ApiResponse<EnterpriseView> registered = enterprises.registerEnterpriseWithHttpInfo(
                EnterprisesApi.APIRegisterEnterpriseRequest.newBuilder().enterpriseRequest(scop).idempotencyKey(key).build());
        assertThat(registered.getStatusCode()).isEqualTo(201);
        EnterpriseView enterprise = registered.getData();
        assertThat(enterprise.getSiren()).isEqualTo(scop.getSiren());
        assertThat(header(registered.getHeaders(), "Location")).endsWith("/api/v1/enterprises/" + enterprise.getId());
        assertThat(header(registered.getHeaders(), "ETag")).isEqualTo("\"" + enterprise.getVersion() + "\"");

        ApiResponse<EnterpriseView> replayed = enterprises.registerEnterpriseWithHttpInfo(
                EnterprisesApi.APIRegisterEnterpriseRequest.newBuilder().enterpriseRequest(scop).idempotencyKey(key).build());
        assertThat(replayed.getData().getId()).isEqualTo(enterprise.getId());
        assertThat(header(replayed.getHeaders(), "Idempotent-Replayed")).isEqualTo("true");

        ApiException duplicate = catchThrowableOfType(ApiException.class, () -> enterprises.registerEnterprise(
                EnterprisesApi.APIRegisterEnterpriseRequest.newBuilder().enterpriseRequest(scop).build()));
        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(header(duplicate.getResponseHeaders().map(), "Content-Type")).startsWith("application/problem+json");
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(duplicate.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getCorrelationId()).isNotBlank();

        CallView call = new CallsApi(programmesClient(officerToken)).openCall(CallsApi.APIOpenCallRequest.newBuilder()
                .openCall(realisCall()).idempotencyKey(UUID.randomUUID().toString()).build());

        // programmes learns of the enterprise from the registry's events; eligibility is asked with the partner's token
        CallsApi partnerCalls = new CallsApi(programmesClient(partnerToken));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            CallView seen = partnerCalls.listCalls(CallsApi.APIListCallsRequest.newBuilder().programme("REALIS")
                            .eligibleFor(enterprise.getId()).stage(Stage.DEVELOPMENT).limit(200).build())
                    .getItems().stream().filter(c -> c.getId().equals(call.getId())).findFirst().orElseThrow();
            assertThat(seen.getEligibleFor().getEligible()).as("eligible: %s", seen.getEligibleFor().getReasons()).isTrue();
        });

        ApplicationsApi applications = new ApplicationsApi(programmesClient(partnerToken));
        org.essor.clients.programmes.ApiResponse<ApplicationView> applied = applications.applyToCallWithHttpInfo(
                ApplicationsApi.APIApplyToCallRequest.newBuilder().idempotencyKey(UUID.randomUUID().toString())
                        .enterpriseApplication(new EnterpriseApplication().callId(call.getId()).enterpriseId(enterprise.getId())
                                .stage(Stage.DEVELOPMENT).projectTitle("Un atelier de menuiserie solidaire"))
                        .build());
        assertThat(applied.getStatusCode()).isEqualTo(201);
        ApplicationView draft = applied.getData();
        assertThat(draft.getStatus()).isEqualTo("DRAFT");

        org.essor.clients.programmes.ApiException stale = catchThrowableOfType(org.essor.clients.programmes.ApiException.class,
                () -> applications.submitApplication(ApplicationsApi.APISubmitApplicationRequest.newBuilder()
                        .id(draft.getId()).ifMatch("\"" + (draft.getVersion() + 7) + "\"").build()));
        assertThat(stale.getCode()).isEqualTo(412);

        ApplicationView submitted = applications.submitApplication(ApplicationsApi.APISubmitApplicationRequest.newBuilder()
                .id(draft.getId()).ifMatch(header(applied.getHeaders(), "ETag")).build());
        assertThat(submitted.getStatus()).isEqualTo("SUBMITTED");

        ApplicationView followed = applications.getApplication(ApplicationsApi.APIGetApplicationRequest.newBuilder()
                .id(draft.getId()).build());
        assertThat(followed.getStatus()).isEqualTo("SUBMITTED");
        assertThat(followed.getSubmittedAt()).isNotNull();
        ApplicationViewPage mine = applications.listApplications(ApplicationsApi.APIListApplicationsRequest.newBuilder()
                .callId(call.getId()).status(ApplicationStatus.SUBMITTED).build());
        assertThat(mine.getItems()).extracting(ApplicationView::getId).containsExactly(draft.getId());
    }

    @Test
    void aPartnerPagesThroughTheRegisterWithTheCursor() throws Exception {
        EnterprisesApi enterprises = new EnterprisesApi(registryClient(partnerToken));
        List<UUID> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(enterprises.registerEnterprise(EnterprisesApi.APIRegisterEnterpriseRequest.newBuilder()
                    .enterpriseRequest(scop()).idempotencyKey(UUID.randomUUID().toString()).build()).getId());
        }
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse<EnterpriseViewPage> page = enterprises.listEnterprisesWithHttpInfo(EnterprisesApi.APIListEnterprisesRequest
                    .newBuilder().departement("34").limit(2).cursor(cursor).build());
            List<EnterpriseView> items = page.getData().getItems();
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            items.forEach(item -> seen.add(item.getId()));
            cursor = page.getData().getNextCursor();
            if (cursor != null) {
                assertThat(header(page.getHeaders(), "Link")).contains("rel=\"next\"");
            }
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(seen).doesNotHaveDuplicates().containsAll(registered);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    // --- fixtures --------------------------------------------------------------------------------------------------

    // The generated clients as they come: java.net.http asks for HTTP/2 over cleartext (an h2c upgrade), as partners' would.
    private static ApiClient registryClient(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(registry.baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static org.essor.clients.programmes.ApiClient programmesClient(String token) {
        org.essor.clients.programmes.ApiClient client = new org.essor.clients.programmes.ApiClient();
        client.updateBaseUri(programmes.baseUri());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** A SCOP of Montpellier (34) with a random valid SIREN and the SIRET of its head office. */
    private static EnterpriseRequest scop() {
        String siren = TestIdentifiers.siren();
        return new EnterpriseRequest().siren(siren).legalName("SCOP Menuiserie Solidaire " + siren)
                .creationDate(LocalDate.of(2009, 6, 15)).legalCategory("5458").nafCode("16.23Z").headcountBracket("11")
                .establishments(List.of(new EstablishmentRequest().siret(TestIdentifiers.siret(siren, 1)).headOffice(true)
                        .communeCode("34172")));
    }

    private static OpenCall realisCall() {
        return new OpenCall().programme("REALIS").title("REALIS promotion " + System.nanoTime())
                .departements(Set.of("31", "34")).opensAt(OffsetDateTime.now().minusDays(1))
                .closesAt(OffsetDateTime.now().plusDays(30)).seats(10)
                .criteria(List.of(new CriterionRequest().code("impact").label("Utilité sociale").weight(3),
                        new CriterionRequest().code("viability").label("Viabilité économique").weight(1)));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
    }
}
