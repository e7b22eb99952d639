package nl.tafelgenoot.domain.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes appointments as iCalendar (RFC 5545) text, so that a member's mail program shows the
 * confirmation as an invitation it can put in the agenda, later updates move that same agenda item
 * (same UID, higher SEQUENCE), a cancellation removes it, and an advisor's calendar program can
 * subscribe to a feed of their appointments. The iTIP methods are those of RFC 5546: REQUEST,
 * CANCEL and PUBLISH.
 *
 * <p>Times are written in Amsterdam local time ({@code TZID=Europe/Amsterdam}) with the zone's
 * VTIMEZONE included, so a calendar shows 09:00 whatever side of a daylight saving change the
 * appointment falls on, also one that does not know the zone by name. The VTIMEZONE comes from
 * ical4j's bundled zone data: the update from the internet is switched off in
 * {@code ical4j.properties} (a server of ours makes no outside calls for this).
 *
 * <p>DTSTAMP (when this version of the calendar object was made) is the {@code stamp} argument,
 * so output is the same for the same input and tests can compare it; callers pass their
 * {@code Clock}'s instant. It is written in UTC, to the second.
 *
 * <p>Writes no text of its own that a person reads: summary, location, description, names and
 * the feed's name come from the caller, in the reader's language. ical4j escapes commas,
 * semicolons, backslashes and line breaks, and folds long lines, with CRLF line ends.
 */
public final class AppointmentCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final String PRODUCT = "-//Tafelgenoot//Afspraken 1.0//NL";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private AppointmentCalendar() {
    }

    /**
     * The invitation, or its update (same UID, higher SEQUENCE): METHOD:REQUEST, STATUS:CONFIRMED.
     *
     * @param stamp the DTSTAMP, normally the caller's {@code clock.instant()}
     */
    public static String request(Invitation invitation, Instant stamp) {
        return write(ImmutableMethod.REQUEST, invitation(invitation, ImmutableStatus.VEVENT_CONFIRMED, stamp));
    }

    /**
     * The cancellation of an invitation sent before: METHOD:CANCEL, STATUS:CANCELLED, the same UID
     * and the entry's SEQUENCE, which the caller has raised above that of the last REQUEST.
     *
     * @param stamp the DTSTAMP, normally the caller's {@code clock.instant()}
     */
    public static String cancel(Invitation invitation, Instant stamp) {
        return write(ImmutableMethod.CANCEL, invitation(invitation, ImmutableStatus.VEVENT_CANCELLED, stamp));
    }

    /**
     * A feed to subscribe to (METHOD:PUBLISH): one VEVENT per entry, named {@code calendarName}
     * (X-WR-CALNAME) in Amsterdam time (X-WR-TIMEZONE), no organiser or attendees.
     *
     * @param stamp the DTSTAMP of every entry, normally the caller's {@code clock.instant()}
     */
    public static String feed(String calendarName, List<CalendarEntry> entries, Instant stamp) {
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("a feed needs a name");
        }
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName.strip()));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE.getId()));
        calendar.add(timeZone());
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, ImmutableStatus.VEVENT_CONFIRMED, stamp));
        }
        return output(calendar);
    }

    private static VEvent invitation(Invitation invitation, Status status, Instant stamp) {
        VEvent event = event(invitation.entry(), status, stamp);
        Organizer organizer = new Organizer(mailto(invitation.organiserAddress()));
        if (hasText(invitation.organiserName())) {
            organizer.add(new Cn(oneLine(invitation.organiserName())));
        }
        event.add(organizer);
        if (invitation.attendeeAddress() != null) {
            Attendee attendee = new Attendee(mailto(invitation.attendeeAddress()));
            attendee.add(CuType.INDIVIDUAL);
            attendee.add(Role.REQ_PARTICIPANT);
            // the member booked the appointment: it is accepted, and no reply is asked for
            attendee.add(PartStat.ACCEPTED);
            attendee.add(Rsvp.FALSE);
            if (hasText(invitation.attendeeName())) {
                attendee.add(new Cn(oneLine(invitation.attendeeName())));
            }
            event.add(attendee);
        }
        return event;
    }

    private static VEvent event(CalendarEntry entry, Status status, Instant stamp) {
        Objects.requireNonNull(stamp, "stamp");
        VEvent event = new VEvent(entry.start().atZone(ZONE), entry.end().atZone(ZONE), entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        // the constructor stamped it with the system clock: replaced, so output is reproducible
        event.replace(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        if (hasText(entry.location())) {
            event.add(new Location(entry.location()));
        }
        if (hasText(entry.description())) {
            event.add(new Description(entry.description()));
        }
        event.add(status);
        return event;
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private static String write(Method method, VEvent event) {
        Calendar calendar = calendar(method);
        calendar.add(timeZone());
        calendar.add(event);
        return output(calendar);
    }

    /**
     * The zone's definition from ical4j's bundled data, a copy per calendar, under the TZID the
     * events use. The tz database has made Europe/Amsterdam an alias of Europe/Brussels (the same
     * rules since 1977), so the bundled definition is Brussels': it is renamed, else a calendar
     * would find no VTIMEZONE for {@code TZID=Europe/Amsterdam} (RFC 5545 3.6.5 asks for one), and
     * its TZURL and location, which name Brussels, are left out.
     */
    private static VTimeZone timeZone() {
        VTimeZone zone = ZONES.getTimeZone(ZONE.getId()).getVTimeZone().copy();
        zone.replace(new TzId(ZONE.getId()));
        zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return zone;
    }

    private static String output(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("not a valid iCalendar object: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + address, e);
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Names go in a parameter, where a line break cannot be written. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
