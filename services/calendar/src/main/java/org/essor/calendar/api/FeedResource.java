package org.essor.calendar.api;

import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.calendar.app.EventQueries;
import org.essor.calendar.domain.Event;
import org.essor.kernel.ServiceTime;

import io.smallrye.mutiny.Uni;

/** The iCalendar feed (RFC 5545) of the published events, for any calendar application to subscribe to. */
@Path("/api/v1/calendar.ics")
@Tag(name = "Feeds", description = "iCalendar feeds of the published events")
public class FeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    /** How far back a feed reaches: events that ended more than this long ago drop out of it. */
    static final Duration PAST = Duration.ofDays(90);

    /** The most events a feed holds (the soonest first). */
    static final int MOST = 2000;

    @Inject
    EventQueries queries;

    @Inject
    ServiceTime time;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getCalendarFeed", summary = "The iCalendar feed of the published events",
            description = "Public, RFC 5545, with an ETag (If-None-Match answers 304 while nothing in it changed): one VEVENT per timing of each published, postponed (STATUS:TENTATIVE) or cancelled (STATUS:CANCELLED) event that ends after 90 days ago, the soonest first (at most 2000), with a VTIMEZONE for Europe/Paris; UIDs stay the same across updates and SEQUENCE grows with each change. Filters: departement, category, campaign, axis.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)),
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Uni<Response> feed(@Parameter(description = "A département code, e.g. 31") @QueryParam("departement") String departement,
                              @QueryParam("category") String category, @QueryParam("campaign") String campaign,
                              @QueryParam("axis") String axis, @Context HttpHeaders headers) {
        Instant now = time.now();
        var filter = new EventQueries.Filter(now.minus(PAST), null, blank(departement), blank(category), blank(campaign),
                blank(axis), null, null, null, null, null, null);
        String name = "Essor — agenda de l'ESS en Occitanie" + (campaign == null || campaign.isBlank() ? "" : " — " + campaign.strip());
        return queries.list(filter, EventQueries.Reader.PUBLIC, null, null, MOST).map(events -> {
            // calendar applications poll their subscriptions: an unchanged feed answers 304 without being written again
            EntityTag tag = tagOf(events);
            if (tag.equals(requested(headers))) {
                return Response.notModified(tag).build();
            }
            return Response.ok(ICalendarFeed.write(name, feedEvents(events, uri), now), TEXT_CALENDAR).tag(tag)
                    .header("Content-Disposition", "inline; filename=\"essor.ics\"").build();
        });
    }

    /** The feed's version: the events it holds, each at its version (a change, an addition or a removal changes it). */
    static EntityTag tagOf(List<Event> events) {
        CRC32 crc = new CRC32();
        for (Event event : events) {
            crc.update((event.id() + ":" + event.version() + ";").getBytes(StandardCharsets.US_ASCII));
        }
        return new EntityTag(events.size() + "-" + Long.toHexString(crc.getValue()));
    }

    private static EntityTag requested(HttpHeaders headers) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return null;
        }
        String value = ifNoneMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return new EntityTag(value.replace("\"", ""));
    }

    static List<FeedEvent> feedEvents(List<Event> events, UriInfo uri) {
        return events.stream().map(event -> feedEvent(event, uri)).toList();
    }

    static FeedEvent feedEvent(Event e, UriInfo uri) {
        var venue = e.venue();
        return new FeedEvent(e.id(), e.version(), e.title(), e.description(), e.status().name(), e.category(), e.campaign(),
                e.axis(), e.organiserName(), e.timings().stream().map(t -> new FeedTiming(t.id(), t.startsAt(), t.endsAt()))
                .toList(), venue == null ? null : venue.name(), venue == null ? null : venue.address(),
                venue == null ? null : venue.communeCode(), venue == null ? null : venue.departement(),
                venue == null || venue.latitude() == null ? null : venue.latitude().doubleValue(),
                venue == null || venue.longitude() == null ? null : venue.longitude().doubleValue(), e.onlineLink(),
                uri.getBaseUriBuilder().path(EventResource.PATH).path(e.id().toString()).build().toString(), e.updatedAt());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
