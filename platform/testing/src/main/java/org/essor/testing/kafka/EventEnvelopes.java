package org.essor.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.essor.testing.contracts.EventSchemas;

/** Checks the CloudEvents envelope of what a service really published. */
public final class EventEnvelopes {

    private EventEnvelopes() {
    }

    /**
     * The record's {@code ce_sequence}, which CONVENTIONS writes as the aggregate version zero-padded to 19 digits (so
     * that it orders as a string): fails on any other form.
     */
    public static long sequence(ConsumerRecord<String, byte[]> record) {
        String sequence = TopicReader.header(record, "ce_sequence");
        assertThat(sequence).as("ce_sequence of %s", TopicReader.header(record, "ce_type"))
                .isNotNull().hasSize(19).containsOnlyDigits();
        return Long.parseLong(sequence);
    }

    /**
     * Every record carries the envelope of {@code service} (source {@code /essor/<service>}, subject = key, id, time,
     * JSON content) and a payload valid against its schema, and each aggregate's sequence increases from one event to
     * the next.
     */
    public static void assertPublishedBy(String service, List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).as("records read back").isNotEmpty();
        Map<String, Long> lastSequence = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = TopicReader.header(record, "ce_type");
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(record, "ce_source")).as("ce_source of %s", type).isEqualTo("/essor/" + service);
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(record.key());
            assertThat(UUID.fromString(TopicReader.header(record, "ce_id"))).isNotNull();
            assertThat(OffsetDateTime.parse(TopicReader.header(record, "ce_time"))).isNotNull();
            assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
            EventSchemas.assertValid(type, TopicReader.value(record));
            long sequence = sequence(record);
            Long previous = lastSequence.put(record.key(), sequence);
            if (previous != null) {
                assertThat(sequence).as("ce_sequence of %s after %s", type, previous).isGreaterThan(previous);
            }
        }
    }

    /**
     * The events of one aggregate ({@code key}) on {@code topic}, once as many as {@code actions} arrived, checked to be
     * exactly those types ({@code typePrefix + action + ".v1"}) in that order.
     */
    public static List<ConsumerRecord<String, byte[]>> readBack(String bootstrapServers, String topic, String key,
                                                               String typePrefix, String... actions) {
        List<ConsumerRecord<String, byte[]>> records = new TopicReader(bootstrapServers)
                .readKey(topic, key, actions.length, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> TopicReader.header(record, "ce_type"))
                .containsExactly(Arrays.stream(actions).map(action -> typePrefix + action + ".v1").toArray(String[]::new));
        return records;
    }
}
