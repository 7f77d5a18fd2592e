package org.essor.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxConfigTest {

    @Test
    void theDefaultsHoldTogether() {
        assertThat(new Settings().problems()).isEmpty();
    }

    @Test
    void noSlotsZeroIntervalsAndASendLongerThanTheLeaseAreRefused() {
        Settings settings = new Settings() {
            @Override public int slots() { return 0; }
            @Override public Duration pollInterval() { return Duration.ZERO; }
            @Override public Duration leaseDuration() { return Duration.ofSeconds(2); }
            @Override public Duration deliveryTimeout() { return Duration.ofSeconds(5); }
            @Override public String compression() { return "brotli"; }
        };

        assertThat(settings.problems()).hasSize(4).anySatisfy(problem -> assertThat(problem).contains("slots"))
                .anySatisfy(problem -> assertThat(problem).contains("poll-interval"))
                .anySatisfy(problem -> assertThat(problem).contains("delivery-timeout"))
                .anySatisfy(problem -> assertThat(problem).contains("compression"));
    }

    /** The defaults of {@link OutboxConfig}. */
    static class Settings extends RelayProcess.Settings {
        @Override public Duration leaseDuration() { return Duration.ofSeconds(10); }
        @Override public Duration deliveryTimeout() { return Duration.ofSeconds(5); }
        @Override public int batchSize() { return 500; }
    }
}
