package org.essor.calendar.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventStatus;
import org.essor.persistence.Transactions;
import org.essor.security.Visibility;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The calendar's lists and feeds: published events by date range, territory, category, campaign, text, place. */
@ApplicationScoped
public class EventQueries {

    /** Mean radius of the Earth, for distances between a point and the venues (haversine). */
    private static final double EARTH_KM = 6371.0;

    @Inject
    Repositories.Events events;

    /** What a reader filters on; null: any. {@code near} with {@code radiusKm}: venues within that distance. */
    public record Filter(Instant from, Instant to, String departement, String category, String campaign, String axis,
                         String text, Instant updatedSince, BigDecimal latitude, BigDecimal longitude, Double radiusKm,
                         EventStatus status) {
    }

    /** Who reads: the public (published, postponed and cancelled events), an organiser its own too, officers all. */
    public record Reader(boolean officer, Visibility visibility) {

        public static final Reader PUBLIC = new Reader(false, null);
    }

    /**
     * A page of events: by first date (or by last change with {@code updatedSince}, for incremental sync), after the
     * position given by {@code afterInstant} and {@code afterId}.
     */
    public Uni<List<Event>> list(Filter filter, Reader reader, Instant afterInstant, UUID afterId, int limit) {
        boolean bySync = filter.updatedSince() != null;
        String order = bySync ? "e.updatedAt" : "e.firstBegin";
        StringBuilder query = new StringBuilder("from Event e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        narrowToReader(query, parameters, reader, filter.status());
        if (filter.from() != null) {
            query.append(" and exists (select 1 from e.timings t where t.endsAt >= :from)");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and exists (select 1 from e.timings t where t.startsAt <= :to)");
            parameters.put("to", filter.to());
        }
        equal(query, parameters, "e.venue.departement", "departement", filter.departement());
        equal(query, parameters, "e.category", "category", filter.category());
        equal(query, parameters, "e.campaign", "campaign", filter.campaign());
        equal(query, parameters, "e.axis", "axis", filter.axis());
        if (filter.text() != null) {
            query.append(" and (lower(e.title) like :text or lower(e.description) like :text or lower(e.keywords) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.updatedSince() != null) {
            query.append(" and e.updatedAt >= :since");
            parameters.put("since", filter.updatedSince());
        }
        if (filter.latitude() != null) {
            // the bounding box first (cheap), then the great-circle distance
            double lat = filter.latitude().doubleValue();
            double lon = filter.longitude().doubleValue();
            double dLat = Math.toDegrees(filter.radiusKm() / EARTH_KM);
            double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
            query.append(" and e.venue.latitude between :minLat and :maxLat and e.venue.longitude between :minLon and :maxLon"
                    + " and :earth * 2 * asin(sqrt(power(sin(radians(e.venue.latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(e.venue.latitude))"
                    + " * power(sin(radians(e.venue.longitude - :lon) / 2), 2))) <= :radius");
            parameters.put("minLat", BigDecimal.valueOf(lat - dLat));
            parameters.put("maxLat", BigDecimal.valueOf(lat + dLat));
            parameters.put("minLon", BigDecimal.valueOf(lon - dLon));
            parameters.put("maxLon", BigDecimal.valueOf(lon + dLon));
            parameters.put("earth", EARTH_KM);
            parameters.put("lat", lat);
            parameters.put("lon", lon);
            parameters.put("radius", filter.radiusKm());
        }
        if (afterId != null) {
            query.append(" and (").append(order).append(" > :afterInstant or (").append(order)
                    .append(" = :afterInstant and e.id > :afterId))");
            parameters.put("afterInstant", afterInstant);
            parameters.put("afterId", afterId);
        }
        query.append(" order by ").append(order).append(", e.id");
        return Transactions.inSession(() -> events.find(query.toString(), parameters).page(0, limit).list());
    }

    private static void narrowToReader(StringBuilder query, Map<String, Object> parameters, Reader reader, EventStatus status) {
        if (status != null) {
            query.append(" and e.status = :status");
            parameters.put("status", status);
        }
        if (reader.officer()) {
            return;
        }
        if (reader.visibility() == null) {
            query.append(" and e.status in :public");
            parameters.put("public", EventStatus.PUBLIC);
            return;
        }
        query.append(" and (e.status in :public");
        parameters.put("public", EventStatus.PUBLIC);
        if (reader.visibility().onlySiren() != null) {
            query.append(" or e.ownerSiren = :siren");
            parameters.put("siren", reader.visibility().onlySiren());
        }
        if (reader.visibility().onlyClient() != null) {
            query.append(" or e.partnerClient = :client");
            parameters.put("client", reader.visibility().onlyClient());
        }
        query.append(")");
    }

    private static void equal(StringBuilder query, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null) {
            query.append(" and ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    /** A campaign's reach: its public events and confirmed registrations per département and category. */
    public record Reach(String departement, String category, long events, long confirmed, long attended) {
    }

    public Uni<List<Reach>> reach(String campaign) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT coalesce(departement, 'ONLINE'), category, count(*), coalesce(sum(confirmed_count), 0),
                               coalesce(sum(attended_count), 0)
                        FROM event WHERE campaign = :campaign AND status IN ('PUBLISHED', 'POSTPONED')
                        GROUP BY 1, 2 ORDER BY 1, 2""", Object[].class)
                .setParameter("campaign", campaign).getResultList()))
                .map(rows -> rows.stream().map(row -> new Reach((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList());
    }
}
