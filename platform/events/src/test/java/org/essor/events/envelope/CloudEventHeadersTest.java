package org.essor.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static final EventType REGISTERED = EventType.of("registry", "enterprise", "registered", 1);

    @Test
    void readsWhatItWrites() {
        UUID id = UUID.randomUUID();
        Instant time = Instant.parse("2026-03-14T09:26:53.589793Z");
        Headers headers = CloudEventHeaders.write(id, REGISTERED, "enterprise-1", 42, time,
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        CloudEventHeaders.Envelope envelope = CloudEventHeaders.read(headers);

        assertThat(envelope).isEqualTo(new CloudEventHeaders.Envelope(id.toString(), "/essor/registry", REGISTERED,
                "enterprise-1", time, 42L, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    }

    @Test
    void theLastOfARepeatedHeaderWins() {
        Headers headers = CloudEventHeaders.write(UUID.randomUUID(), REGISTERED, "enterprise-1", 1, Instant.EPOCH, "tp");
        headers.add(CloudEventHeaders.SUBJECT, "enterprise-2".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventHeaders.read(headers).subject()).isEqualTo("enterprise-2");
    }

    @Test
    void readsTimesInEveryRfc3339FormAndRefusesTheRest() {
        assertThat(time("2026-03-14T09:26:53Z")).isEqualTo(Instant.parse("2026-03-14T09:26:53Z"));
        assertThat(time("2026-03-14T09:26:53.5Z")).isEqualTo(Instant.parse("2026-03-14T09:26:53.500Z"));
        assertThat(time("2026-03-14T09:26:53.123456789Z")).isEqualTo(Instant.parse("2026-03-14T09:26:53.123456789Z"));
        assertThat(time("2026-03-14T10:26:53+01:00")).isEqualTo(Instant.parse("2026-03-14T09:26:53Z"));
        assertThat(time("2026-03-14T09:26:53.25-00:30")).isEqualTo(Instant.parse("2026-03-14T09:56:53.250Z"));
        for (String wrong : new String[] {"2026-02-30T09:26:53Z", "2026-13-14T09:26:53Z", "2026-03-14T25:26:53Z",
                "2026-03-14T09:26:53.1234567890Z", "2026-03-14 09:26:53Z", "2026-3-14T09:26:53Z",
                "2026-03-14T09:26:53", "yesterday"}) {
            assertThatThrownBy(() -> time(wrong)).as(wrong).isInstanceOf(MalformedEventException.class);
        }
    }

    @Test
    void refusesRecordsThatAreNoCloudEvents() {
        Headers headers = CloudEventHeaders.write(UUID.randomUUID(), REGISTERED, "enterprise-1", 1, Instant.EPOCH, "tp");
        headers.remove(CloudEventHeaders.ID);
        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(CloudEventHeaders.ID);

        Headers noSpec = CloudEventHeaders.write(UUID.randomUUID(), REGISTERED, "enterprise-1", 1, Instant.EPOCH, "tp");
        noSpec.remove(CloudEventHeaders.SPECVERSION);
        assertThatThrownBy(() -> CloudEventHeaders.read(noSpec)).isInstanceOf(MalformedEventException.class);
    }

    private static Instant time(String text) {
        Headers headers = CloudEventHeaders.write(UUID.randomUUID(), REGISTERED, "enterprise-1", 1, Instant.EPOCH, "tp");
        headers.remove(CloudEventHeaders.TIME);
        headers.add(CloudEventHeaders.TIME, text.getBytes(StandardCharsets.UTF_8));
        return CloudEventHeaders.read(headers).time();
    }
}
