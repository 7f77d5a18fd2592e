package org.essor.evaluation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.events.ScriptedStreams;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Open data, public: the datasets under statistical secrecy. In 2023, 7 associations and 2 cooperatives registered in
 * Haute-Garonne, 6 associations and 1 cooperative in Hérault: the cooperatives' cells are too small to show, and
 * neither may be worked out from the totals that are shown.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
class OpenDataTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static boolean loaded;

    /** Once for the class, when the application answers. */
    @BeforeEach
    void registerEnterprises() {
        if (loaded) {
            return;
        }
        loaded = true;
        try (ScriptedStreams streams = new ScriptedStreams(bootstrap)) {
            register(streams, 7, "ASSOCIATION", "31");
            register(streams, 2, "COOPERATIVE", "31");
            register(streams, 6, "ASSOCIATION", "34");
            register(streams, 1, "COOPERATIVE", "34");
            streams.send(streams.history());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> lines().stream().anyMatch(line -> "TOTAL".equals(line.get("departement"))
                        && "TOTAL".equals(line.get("category")) && Integer.valueOf(16).equals(line.get("value"))));
    }

    private static void register(ScriptedStreams streams, int count, String family, String departement) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            streams.add("registry.enterprise.v1", "registered", id, 1, "2023-0" + (i % 9 + 1) + "-12T09:00:00Z",
                    "{\"enterprise\":{\"enterpriseId\":\"" + id + "\",\"version\":1,\"legalFamily\":\"" + family
                            + "\",\"cooperativeKind\":null,\"headOfficeDepartement\":\"" + departement
                            + "\",\"status\":\"REGISTERED\",\"esus\":null,\"struckOffOn\":null}}");
        }
    }

    private static List<Map<String, Object>> lines() {
        List<Map<String, Object>> lines = given().get("/api/v1/open-data/enterprises-registered.json").then().statusCode(200)
                .extract().jsonPath().getList("lines");
        return lines.stream().filter(line -> Integer.valueOf(2023).equals(line.get("year"))).toList();
    }

    @Test
    void theDatasetsAreListedForAnyone() {
        given().get("/api/v1/open-data").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItem("enterprises-registered"))
                .body("find { it.code == 'enterprises-registered' }.csv",
                        org.hamcrest.Matchers.equalTo("/api/v1/open-data/enterprises-registered.csv"));
        given().get("/api/v1/open-data/no-such-dataset.json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void smallCellsAreSuppressedAndCannotBeWorkedOutFromTheTotals() {
        Map<String, Map<String, Object>> cells = new HashMap<>();
        for (Map<String, Object> line : lines()) {
            cells.put(line.get("departement") + "/" + line.get("category"), line);
        }
        assertThat(cells).containsKeys("31/ASSOCIATION", "31/COOPERATIVE", "34/ASSOCIATION", "34/COOPERATIVE",
                "31/TOTAL", "34/TOTAL", "TOTAL/ASSOCIATION", "TOTAL/COOPERATIVE", "TOTAL/TOTAL");
        for (String small : List.of("31/COOPERATIVE", "34/COOPERATIVE", "TOTAL/COOPERATIVE")) {
            assertThat(cells.get(small).get("suppressed")).as(small).isEqualTo(true);
            assertThat(cells.get(small).get("value")).as(small).isNull();
        }
        // Every line of the table whose total is shown has no suppressed cell, or at least two.
        for (String departement : List.of("31", "34", "TOTAL")) {
            assertNotAlone(cells, List.of(departement + "/ASSOCIATION", departement + "/COOPERATIVE"), departement + "/TOTAL");
        }
        for (String family : List.of("ASSOCIATION", "COOPERATIVE", "TOTAL")) {
            assertNotAlone(cells, List.of("31/" + family, "34/" + family), "TOTAL/" + family);
        }
        assertThat(cells.get("TOTAL/TOTAL").get("value")).isEqualTo(16);
    }

    private static void assertNotAlone(Map<String, Map<String, Object>> cells, List<String> line, String total) {
        List<String> keys = new ArrayList<>(line);
        keys.add(total);
        long hidden = keys.stream().filter(key -> Boolean.TRUE.equals(cells.get(key).get("suppressed"))).count();
        assertThat(hidden).as("suppressed cells of " + keys).isNotEqualTo(1L);
    }

    @Test
    void theCsvIsTheSameDatasetWithTheSeparatorAsked() throws Exception {
        String csv = given().queryParam("separator", "semicolon").get("/api/v1/open-data/enterprises-registered.csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("enterprises-registered.csv"))
                .extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly("year", "departement", "legal-family", "value", "suppressed");
        CSVRecord cooperatives = records.stream().filter(record -> record.get("year").equals("2023")
                && record.get("departement").equals("34") && record.get("legal-family").equals("COOPERATIVE")).findFirst().orElseThrow();
        assertThat(cooperatives.get("value")).isEmpty();
        assertThat(cooperatives.get("suppressed")).isEqualTo("true");
        given().queryParam("separator", "tab").get("/api/v1/open-data/enterprises-registered.csv").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aChartOfAnOpenIndicatorIsPublicAndShowsOnlyWhatSecrecyAllows() throws Exception {
        String svg = given().queryParam("from", "2023-01-01").queryParam("to", "2023-12-31").queryParam("groupBy", "departement")
                .get("/api/v1/indicators/enterprises-registered/chart.svg").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("image/svg+xml")).extract().asString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = document.getDocumentElement().getTextContent();
        assertThat(text).contains("Entreprises de l'ESS inscrites au registre").contains("9").contains("7");
    }

    @Test
    void aPublicChartShowsNoCellThatTheTotalsWouldReveal() throws Exception {
        // The cooperatives' 2 and 1 are too small; the associations' 7 and 6 would then give them away.
        List<String> texts = texts(publicChart(Map.of("from", "2023-01-01", "to", "2023-12-31",
                "groupBy", "departement,legal-family")));
        assertThat(texts).contains(IndicatorChart.NO_DATA);

        assertThat(texts(publicChart(Map.of("from", "2023-01-01", "to", "2023-12-31")))).contains("16");
    }

    @Test
    @TestSecurity(user = "evaluator", roles = "evaluator")
    void anEvaluatorsChartShowsEveryCell() throws Exception {
        String svg = given().queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .queryParam("groupBy", "departement,legal-family")
                .get("/api/v1/indicators/enterprises-registered/chart.svg").then().statusCode(200).extract().asString();
        assertThat(texts(svg)).doesNotContain(IndicatorChart.NO_DATA).contains("ASSOCIATION", "COOPERATIVE");
        given().queryParam("from", "2023-02-01").queryParam("groupBy", "month").queryParam("departement", "31")
                .get("/api/v1/indicators/enterprises-registered/chart.svg").then().statusCode(200);
    }

    @Test
    void aPublicChartRefusesWhatIsFinerThanTheOpenData() {
        List<Map<String, String>> finer = List.of(
                Map.of("from", "2023-01-01", "to", "2023-12-31", "groupBy", "month"),
                Map.of("from", "2023-01-01", "to", "2023-12-31", "groupBy", "programme"),
                Map.of("from", "2023-02-01", "to", "2023-12-31"),
                Map.of("from", "2023-01-01", "to", "2023-06-30"),
                Map.of("from", "2023-01-01", "to", "2023-12-31", "departement", "31"),
                Map.of("from", "2022-01-01", "to", "2023-12-31", "groupBy", "departement"));
        for (Map<String, String> query : finer) {
            given().queryParams(query).get("/api/v1/indicators/enterprises-registered/chart.svg").then()
                    .statusCode(400).contentType("application/problem+json");
        }
    }

    private static String publicChart(Map<String, String> query) {
        return given().queryParams(query).get("/api/v1/indicators/enterprises-registered/chart.svg").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/svg+xml")).extract().asString();
    }

    /** The content of each text element of the SVG, one entry per drawn string. */
    private static List<String> texts(String svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var nodes = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(svg)))
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
