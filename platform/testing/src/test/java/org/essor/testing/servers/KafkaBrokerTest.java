package org.essor.testing.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.SharedKafkaBroker;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void theBrokerAcceptsAndReturnsRecordsWithTheirHeaders() throws Exception {
        KafkaBroker broker = SharedKafkaBroker.get();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>("harness.check.v1", "key-1", "{\"hello\":1}".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", "abc".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }

        var records = new TopicReader(broker.bootstrapServers()).readKey("harness.check.v1", "key-1", 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        assertThat(TopicReader.value(records.get(0))).isEqualTo("{\"hello\":1}");
        assertThat(TopicReader.header(records.get(0), "ce_id")).isEqualTo("abc");
    }

    @Test
    void aStoppedBrokerComesBackWithItsData() throws Exception {
        try (KafkaBroker broker = KafkaBroker.startTemporary();
             var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("harness.restart.v1", "k", new byte[] {1})).get();
            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            var records = new TopicReader(broker.bootstrapServers()).readKey("harness.restart.v1", "k", 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
        }
    }

    @Test
    void aClusterIdStartingWithAHyphenIsNotTakenForAnOption() {
        try (KafkaBroker broker = KafkaBroker.startTemporary("-" + KafkaBroker.newClusterId().substring(1))) {
            assertThat(broker.isRunning()).isTrue();
        }
    }

    @Test
    void clusterIdsAreKafkasFormat() {
        assertThat(KafkaBroker.newClusterId()).matches("[A-Za-z0-9_-]{22}");
    }
}
