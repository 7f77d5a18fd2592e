package org.essor.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void namesTypeTopicAndSourceAsTheConventionsSay() {
        EventType type = EventType.of("registry", "enterprise", "esus-agreement-granted", 1);

        assertThat(type.ceType()).isEqualTo("essor.registry.enterprise.esus-agreement-granted.v1");
        assertThat(type.topic()).isEqualTo("registry.enterprise.v1");
        assertThat(type.source()).isEqualTo("/essor/registry");
    }

    @Test
    void parsesWhatItWrites() {
        EventType type = EventType.parse("essor.programmes.application.submitted.v2");

        assertThat(type).isEqualTo(EventType.of("programmes", "application", "submitted", 2));
    }

    @Test
    void refusesNamesOutsideTheConvention() {
        assertThatThrownBy(() -> EventType.parse("org.essor.registry.EnterpriseRegistered")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.parse("essor.registry.enterprise.registered")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.parse("essor.registry.enterprise.registered.v0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("registry", "Enterprise", "registered", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("registry", "enterprise", "registered_now", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
