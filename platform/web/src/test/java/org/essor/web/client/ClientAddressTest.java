package org.essor.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(Optional.of(List.of("10.42.0.0/16", "127.0.0.1")));
    private final ClientAddress direct = new ClientAddress(Optional.empty());

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(direct.resolve("127.0.0.1", List.of("192.0.2.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxyTellsTheClientItSaw() {
        assertThat(behindIngress.resolve("10.42.3.7", List.of("192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void whatTheClientWroteItselfIsNotBelieved() {
        // the client sent "X-Forwarded-For: 203.0.113.5"; the ingress appended the address it saw
        assertThat(behindIngress.resolve("10.42.3.7", List.of("203.0.113.5, 192.0.2.1"))).isEqualTo("192.0.2.1");
        assertThat(behindIngress.resolve("10.42.3.7", List.of("203.0.113.5", "192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void everyTrustedHopIsPassedToTheFirstUntrustedOne() {
        assertThat(behindIngress.resolve("127.0.0.1", List.of("192.0.2.1, 10.42.9.9"))).isEqualTo("192.0.2.1");
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWithAHeader() {
        assertThat(behindIngress.resolve("198.51.100.4", List.of("192.0.2.1"))).isEqualTo("198.51.100.4");
    }

    @Test
    void somethingThatIsNoAddressStopsTheWalkAtTheLastProxy() {
        assertThat(behindIngress.resolve("10.42.3.7", List.of("evil.example, 10.42.0.1"))).isEqualTo("10.42.0.1");
        assertThat(behindIngress.resolve("10.42.3.7", List.of("unknown"))).isEqualTo("10.42.3.7");
    }

    @Test
    void ipv6AddressesAreWrittenOneWay() {
        assertThat(behindIngress.resolve("10.42.3.7", List.of("2001:DB8:0:0:0:0:0:1"))).isEqualTo("2001:db8::1");
        assertThat(behindIngress.resolve("10.42.3.7", List.of("[2001:db8::1]"))).isEqualTo("2001:db8::1");
    }

    @Test
    void aMisconfiguredProxyListFailsAtStart() {
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("ingress.example"))))
                .hasMessageContaining("ingress.example");
        assertThatThrownBy(() -> new ClientAddress(Optional.of(List.of("10.0.0.0/40")))).hasMessageContaining("10.0.0.0/40");
    }
}
