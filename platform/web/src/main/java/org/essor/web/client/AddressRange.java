package org.essor.web.client;

import java.util.Arrays;

import io.netty.util.NetUtil;

/** An IPv4 or IPv6 address, or a CIDR range of them ({@code 10.0.0.0/8}, {@code fd00::/8}). */
record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: '" + text + "'");
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not a CIDR prefix length: '" + text + "'");
            }
        }
        return new AddressRange(address, prefix);
    }

    /** The bytes of an IP literal (never a host name: nothing is resolved), or null. */
    static byte[] literal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String bare = text.trim();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return NetUtil.createByteArrayFromIpAddressString(bare);
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        if (!Arrays.equals(network, 0, whole, address, 0, whole)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (network[whole] & mask) == (address[whole] & mask);
    }
}
