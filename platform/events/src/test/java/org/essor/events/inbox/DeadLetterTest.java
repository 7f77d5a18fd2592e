package org.essor.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;


import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.kafka.TopicReader;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class DeadLetterTest extends LedgerTestSupport {

    static final String DEAD_LETTERS = "ledger.entry.v1.dlq.ledger";

    @Test
    void anEventWhoseEffectKeepsFailingGoesToTheDeadLettersAndTheNextOneIsProcessed() {
        String account = Ledger.newAccount();
        ledger.recordPoisoned(account, 1);
        ledger.record(account, 2);

        List<ConsumerRecord<String, byte[]>> dead = topic.readKey(DEAD_LETTERS, account, 1, Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(header(letter, "dead-letter-exception-class-name")).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(letter, "dead-letter-reason")).contains("poisoned entry 1");
        assertThat(header(letter, "dead-letter-topic")).isEqualTo(EntryRecorded.TOPIC);
        assertThat(header(letter, "dead-letter-partition")).isNotBlank();
        assertThat(header(letter, "dead-letter-offset")).isNotBlank();
        assertThat(header(letter, "ce_sequence")).isEqualTo("1");

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.projected(account).contains(2L));
        assertThat(ledger.projected(account)).containsExactly(2L);
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLettersWithoutRetries() {
        String key = Ledger.newAccount();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EntryRecorded.TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8)));
        }

        ConsumerRecord<String, byte[]> letter = topic.readKey(DEAD_LETTERS, key, 1, Duration.ofSeconds(60)).get(0);

        assertThat(header(letter, "dead-letter-exception-class-name")).endsWith("MalformedEventException");
        assertThat(header(letter, "dead-letter-reason")).contains("CloudEvents");
    }
}
