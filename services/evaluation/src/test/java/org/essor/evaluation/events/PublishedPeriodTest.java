package org.essor.evaluation.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.app.IndicatorCatalogue;
import org.essor.evaluation.app.Streams;
import org.essor.testing.kafka.EventEnvelopes;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.essor.testing.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Closing a period publishes its snapshot on evaluation.period.v1: read back from the real broker, with the evaluation
 * service's envelope, valid against essor.evaluation.period.closed.v1, and a figure for every indicator of the
 * catalogue.
 */
@QuarkusTest
@WithTestResource(EssorTestServers.class)
@WithTestResource(KeycloakTestResource.class)
@TestSecurity(user = "evaluator", roles = "evaluator")
class PublishedPeriodTest {

    static final String PERIODS = "/api/v1/indicators/periods";
    static final String TOPIC = "evaluation.period.v1";
    static final String PERIOD = "2024-Q2";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aClosedPeriodIsPublishedOnceWithTheEvaluationEnvelopeAndValidatesAgainstItsSchema() {
        JsonPath answered = close(PERIOD).then().statusCode(201)
                .header("Location", endsWith(PERIODS + "/" + PERIOD))
                .body("period", equalTo(PERIOD)).body("granularity", equalTo("QUARTER"))
                .extract().jsonPath();
        String periodId = answered.getString("periodId");
        assertThat(periodId).isEqualTo(UUID.nameUUIDFromBytes(("essor.evaluation.period:" + PERIOD)
                .getBytes(StandardCharsets.UTF_8)).toString());

        // closed once; a period that has not ended, and a label that names none, are refused
        close(PERIOD).then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        close("2099-01").then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
        close("2024-13").then().statusCode(anyOf(is(400), is(422))).contentType("application/problem+json")
                .body("status", anyOf(is(400), is(422)));

        List<ConsumerRecord<String, byte[]>> records = EventEnvelopes.readBack(bootstrapServers, TOPIC, periodId,
                "essor.evaluation.period.", "closed");
        EventEnvelopes.assertPublishedBy("evaluation", records);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(record.key()).isEqualTo(periodId);
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(periodId);
        assertThat(EventEnvelopes.sequence(record)).isEqualTo(1L);

        JsonPath published = JsonPath.from(TopicReader.value(record));
        assertThat(published.getString("period")).isEqualTo(PERIOD);
        assertThat(published.getString("granularity")).isEqualTo("QUARTER");
        assertThat(published.getString("startsOn")).isEqualTo("2024-04-01");
        assertThat(published.getString("endsOn")).isEqualTo("2024-06-30");
        assertThat(OffsetDateTime.parse(TopicReader.header(record, "ce_time")).toInstant())
                .isEqualTo(Instant.parse(published.getString("closedAt")));
        assertThat(published.getList("indicators.code", String.class)).containsExactlyElementsOf(
                IndicatorCatalogue.all().stream().map(definition -> definition.indicator().code()).toList());
        assertThat(published.getList("watermarks.topic", String.class))
                .containsExactlyElementsOf(Streams.TOPICS.stream().sorted().toList());
        // the event is the snapshot the evaluator was answered
        assertThat(published.<String, Object>getMap("$")).isEqualTo(answered.<String, Object>getMap("$"));
        assertThat(TopicReader.value(record)).doesNotContain("\"evaluator\"");

        // and it is kept as it was published
        assertThat(given().get(PERIODS + "/" + PERIOD).then().statusCode(200).extract().jsonPath().<String, Object>getMap("$"))
                .isEqualTo(answered.<String, Object>getMap("$"));
        assertThat(given().get(PERIODS).then().statusCode(200).extract().jsonPath().getList("period", String.class))
                .contains(PERIOD);
        given().get(PERIODS + "/2024-Q1").then().statusCode(404).contentType("application/problem+json");
    }

    private static Response close(String period) {
        return given().contentType("application/json").body("{\"period\":\"" + period + "\"}").post(PERIODS);
    }
}
