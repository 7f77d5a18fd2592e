package org.essor.web.client;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.util.NetUtil;
import io.vertx.ext.web.RoutingContext;

/**
 * The network address a request came from: the connection's peer, unless that peer is one of the configured trusted
 * proxies ({@code essor.web.trusted-proxies}), in which case {@code X-Forwarded-For} is read from the right, past every
 * trusted proxy, to the first address no trusted proxy vouches for. Entries to the left of it were written by the
 * client and are never believed, so that forging the header changes nothing.
 */
@Singleton
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    public static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    /**
     * @param trustedProxies addresses or CIDR ranges of the proxies in front of the service (the ingress controller's
     *                       pods), whose {@code X-Forwarded-For} is believed; none by default
     */
    @Inject
    ClientAddress(@ConfigProperty(name = "essor.web.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trustedProxies = trustedProxies.orElse(List.of()).stream()
                .filter(entry -> !entry.isBlank()).map(AddressRange::parse).toList();
    }

    public String of(RoutingContext http) {
        var peer = http.request().remoteAddress();
        return resolve(peer == null ? null : peer.hostAddress(), http.request().headers().getAll(FORWARDED_FOR));
    }

    /** The client of a connection from {@code peer} that carried these {@code X-Forwarded-For} headers. */
    String resolve(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return UNKNOWN;
        }
        if (!isTrusted(peer) || forwardedFor.isEmpty()) {
            return canonical(peer);
        }
        String address = peer;
        String[] hops = String.join(",", forwardedFor).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (AddressRange.literal(hop) == null) {
                break; // a hop that is no address: the last proxy that vouched is as far as anyone can tell
            }
            address = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return canonical(address);
    }

    private boolean isTrusted(String address) {
        byte[] bytes = AddressRange.literal(address);
        return bytes != null && trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    private static String canonical(String address) {
        byte[] bytes = AddressRange.literal(address);
        if (bytes == null) {
            return address;
        }
        try {
            return NetUtil.bytesToIpAddress(bytes);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
