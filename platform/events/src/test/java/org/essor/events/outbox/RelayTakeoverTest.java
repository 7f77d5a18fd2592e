package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.essor.testing.kafka.TopicReader.header;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.events.testapp.EntryRecorded;
import org.essor.events.testapp.Ledger;
import org.essor.events.testapp.LedgerTestSupport;
import org.essor.testing.quarkus.EssorTestServers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EssorTestServers.class)
class RelayTakeoverTest extends LedgerTestSupport {

    static final int ACCOUNTS = 20;
    static final int VERSIONS = 100;

    @Inject
    OutboxRelayService relays;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void aRelayKilledMidBatchLosesItsLeaseAndTheSurvivorSendsEverythingWithFirstOccurrencesInOrder() throws Exception {
        List<String> accounts = IntStream.range(0, ACCOUNTS).mapToObj(i -> Ledger.newAccount()).toList();
        relays.stop();
        Process killed = null;
        try {
            for (String account : accounts) {
                ledger.appendRaw(EntryRecorded.TOPIC, account, 1, VERSIONS);
            }
            killed = startRelayProcess();
            Process relayProcess = killed;
            await().atMost(Duration.ofSeconds(60)).until(() -> sent(accounts) >= 200 || !relayProcess.isAlive());
            assertThat(killed.isAlive()).as("the relay process runs").isTrue();
            killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown, the lease stays
            long sentWhenKilled = sent(accounts);
            assertThat(sentWhenKilled).as("killed mid-way").isLessThan((long) ACCOUNTS * VERSIONS);
        } finally {
            if (killed != null && killed.isAlive()) {
                killed.destroyForcibly();
            }
            relays.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> sent(accounts) == (long) ACCOUNTS * VERSIONS);
        Map<String, List<Long>> firstOccurrences = firstOccurrences(accounts);
        List<Long> expected = LongStream.rangeClosed(1, VERSIONS).boxed().toList();
        for (String account : accounts) {
            assertThat(firstOccurrences.get(account)).as(account).containsExactlyElementsOf(expected);
        }
    }

    private Process startRelayProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                RelayProcess.class.getName(), jdbcUrl, user, bootstrapServers)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/relay-process.log"))
                .start();
    }

    private long sent(List<String> accounts) {
        return accounts.stream().mapToLong(account -> ledger.outboxRows(account) - ledger.unsent(account)).sum();
    }

    /** Each account's sequences in the order they first appear on the topic (later duplicates left out). */
    private Map<String, List<Long>> firstOccurrences(List<String> accounts) {
        Set<String> wanted = new HashSet<>(accounts);
        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> records = topic.read(EntryRecorded.TOPIC, record -> wanted.contains(record.key()),
                read -> {
                    read.forEach(record -> seen.add(record.key() + "/" + header(record, "ce_sequence")));
                    return seen.size() >= ACCOUNTS * VERSIONS;
                }, Duration.ofSeconds(60));
        Map<String, List<Long>> sequences = new HashMap<>();
        Set<String> first = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String sequence = header(record, "ce_sequence");
            if (first.add(record.key() + "/" + sequence)) {
                sequences.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(Long.parseLong(sequence));
            }
        }
        return sequences;
    }
}
