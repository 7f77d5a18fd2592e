package org.essor.testing.launcher;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The last events of a topic, with their CloudEvents headers, as a newcomer wants to see them. */
final class RecentEvents {

    private final String bootstrapServers;

    RecentEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void print(String topic, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                throw new LauncherException("No topic " + topic + " on " + bootstrapServers);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(0, ends.get(partition) - count));
            }
            Deque<ConsumerRecord<String, byte[]>> latest = new ArrayDeque<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (!reachedEnd(consumer, ends) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.addLast(record);
                }
            }
            latest.stream().sorted((a, b) -> Long.compare(a.timestamp(), b.timestamp()))
                    .skip(Math.max(0, latest.size() - count))
                    .forEach(RecentEvents::print);
            if (latest.isEmpty()) {
                System.out.println("(no event on " + topic + " yet)");
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static void print(ConsumerRecord<String, byte[]> record) {
        System.out.println("--- " + record.topic() + " partition " + record.partition() + " offset " + record.offset()
                + " key " + record.key());
        for (Header header : record.headers()) {
            System.out.println(header.key() + ": " + new String(header.value(), StandardCharsets.UTF_8));
        }
        System.out.println(record.value() == null ? "(no value)" : new String(record.value(), StandardCharsets.UTF_8));
    }
}
