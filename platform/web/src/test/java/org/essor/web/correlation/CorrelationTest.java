package org.essor.web.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CorrelationTest {

    @Test
    void aRequestWithoutTraceContextGetsANewTraceIdOf32HexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Correlation.forRequest(null);
            assertTrue(id.matches("[0-9a-f]{32}"), id);
            assertTrue(!id.equals("0".repeat(32)), "an all-zero trace id is invalid in W3C trace context");
            ids.add(id);
        }
        assertEquals(10_000, ids.size(), "every request gets an id of its own");
    }

    @Test
    void theTraceIdOfAValidTraceparentIsKept() {
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736",
                Correlation.forRequest("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }

    @Test
    void anAllZeroOrMalformedTraceparentGetsANewId() {
        String zero = Correlation.forRequest("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01");
        assertTrue(zero.matches("[0-9a-f]{32}") && !zero.equals("0".repeat(32)));
        String malformed = Correlation.forRequest("not a traceparent");
        assertTrue(malformed.matches("[0-9a-f]{32}"));
    }

    @Test
    void theTraceparentHandedOnIsBuiltFromANewId() {
        String id = Correlation.forRequest(null);
        assertEquals(32, id.length());
        assertEquals("00-" + id + "-" + id.substring(0, 16) + "-01", Correlation.traceparentFor(id, null));
    }
}
