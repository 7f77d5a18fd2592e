package org.essor.events.envelope;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of an event, named as CONVENTIONS says: {@code ce_type = essor.<service>.<aggregate>.<past-tense-verb>.v<major>},
 * published on topic {@code <service>.<aggregate>.v<major>}.
 */
public record EventType(String service, String aggregate, String action, int major) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CE_TYPE = Pattern.compile(
            "essor\\.([a-z][a-z0-9-]*)\\.([a-z][a-z0-9-]*)\\.([a-z][a-z0-9-]*)\\.v([1-9][0-9]*)");

    public EventType {
        requireName("service", service);
        requireName("aggregate", aggregate);
        requireName("action", action);
        if (major < 1) {
            throw new IllegalArgumentException("An event's major version starts at 1, got " + major);
        }
    }

    public static EventType of(String service, String aggregate, String action, int major) {
        return new EventType(service, aggregate, action, major);
    }

    /** Types already parsed: a service meets a few dozen, again and again. Bounded, since the text comes from outside. */
    private static final Map<String, EventType> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_AT_MOST = 512;

    /** Parses a {@code ce_type}; rejects any name that departs from the convention. */
    public static EventType parse(String ceType) {
        EventType parsed = ceType == null ? null : PARSED.get(ceType);
        if (parsed == null) {
            parsed = parseName(ceType);
            if (PARSED.size() < PARSED_AT_MOST) {
                PARSED.put(ceType, parsed);
            }
        }
        return parsed;
    }

    private static EventType parseName(String ceType) {
        Matcher matcher = CE_TYPE.matcher(ceType == null ? "" : ceType);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an Essor event type (essor.<service>.<aggregate>.<verb>.v<major>): " + ceType);
        }
        return new EventType(matcher.group(1), matcher.group(2), matcher.group(3), Integer.parseInt(matcher.group(4)));
    }

    public String ceType() {
        return "essor." + service + "." + aggregate + "." + action + ".v" + major;
    }

    public String topic() {
        return service + "." + aggregate + ".v" + major;
    }

    public String source() {
        return "/essor/" + service;
    }

    private static void requireName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("An event " + what + " is lower-case words joined by hyphens, got: " + value);
        }
    }
}
