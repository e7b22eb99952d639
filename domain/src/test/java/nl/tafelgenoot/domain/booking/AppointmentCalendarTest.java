package nl.tafelgenoot.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/**
 * What a member's or advisor's calendar program reads: the output is parsed back with ical4j's
 * CalendarBuilder, as a calendar would, and checked for the method, identity, version and the
 * instants of the appointment, also on either side of a daylight saving change.
 */
class AppointmentCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-10-01T10:15:30.456Z");

    private static final String SUMMARY = "Gesprek met Eva; over de café-rekening, \"budget\"\nen de huur";
    private static final String LOCATION = "Dorpsstraat 1, 3701 AB Zeist; zaal 2";
    private static final String DESCRIPTION = "Neem mee: loonstrook, bankafschriften; huurcontract.\n"
            + "Bel bij verhindering: 030-123 45 67.\nTot ziens! — é ë ï";

    /** Monday 26 October 2026, 09:00-10:00 in Amsterdam: the day after summer time ends (UTC+1). */
    private static final Instant AUTUMN = Instant.parse("2026-10-26T08:00:00Z");

    @Test
    void theInvitationIsARequestForOneConfirmedEventAtTheRightInstants() throws Exception {
        String ics = AppointmentCalendar.request(invitation(entry("afspraak-17@delinde.example", 0, AUTUMN)), STAMP);
        Calendar calendar = parse(ics);

        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo("afspraak-17@delinde.example");
        assertThat(event.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo()).isZero();
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.getDateStamp().orElseThrow().getDate()).as("the given stamp, to the second")
                .isEqualTo(Instant.parse("2026-10-01T10:15:30Z"));
        assertThat(start(event)).isEqualTo(AUTUMN);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(AUTUMN.plusSeconds(3600));
        assertThat(localStart(event)).isEqualTo(LocalDateTime.parse("2026-10-26T09:00"));

        Organizer organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertThat(organizer.getCalAddress()).hasToString("mailto:noreply@delinde.example");
        assertThat(parameter(organizer, Parameter.CN)).isEqualTo("Stichting De Linde, Zeist");
        Attendee attendee = event.getRequiredProperty(Property.ATTENDEE);
        assertThat(attendee.getCalAddress()).hasToString("mailto:anna.visser@example.org");
        assertThat(parameter(attendee, Parameter.CN)).isEqualTo("Anna Visser");
        assertThat(parameter(attendee, Parameter.PARTSTAT)).isEqualTo("ACCEPTED");
    }

    @Test
    void theTimeZoneIsIncludedUnderTheTzidOfTheTimesAndHoldsAmsterdamsRules() throws Exception {
        Calendar calendar = parse(AppointmentCalendar.request(invitation(entry("a-1", 0, AUTUMN)), STAMP));

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        VTimeZone zone = zones.get(0);
        assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Amsterdam");
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        DtStart<?> start = event.getRequiredProperty(Property.DTSTART);
        assertThat(parameter(start, Parameter.TZID)).isEqualTo("Europe/Amsterdam");

        // what a calendar that does not know the zone by name makes of the VTIMEZONE alone
        TimeZone fromDefinition = new TimeZone(zone);
        assertThat(fromDefinition.getOffset(Instant.parse("2026-10-24T08:00:00Z").toEpochMilli())).as("summer time")
                .isEqualTo(2 * 3_600_000);
        assertThat(fromDefinition.getOffset(AUTUMN.toEpochMilli())).as("winter time").isEqualTo(3_600_000);
        assertThat(fromDefinition.getOffset(Instant.parse("2027-03-29T07:00:00Z").toEpochMilli())).isEqualTo(2 * 3_600_000);
    }

    @Test
    void nineOClockInAmsterdamIsTheRightInstantOnEitherSideOfADaylightSavingChange() throws Exception {
        Instant beforeSummerTime = Instant.parse("2026-03-23T08:00:00Z"); // Monday 23 March 2026 09:00, UTC+1
        Instant afterSummerTime = Instant.parse("2027-03-29T07:00:00Z"); // Monday 29 March 2027 09:00, UTC+2
        assertThat(beforeSummerTime.atZone(AppointmentCalendar.ZONE).getHour()).isEqualTo(9);
        assertThat(afterSummerTime.atZone(AppointmentCalendar.ZONE).getHour()).isEqualTo(9);

        for (Instant start : List.of(beforeSummerTime, afterSummerTime, AUTUMN)) {
            String ics = AppointmentCalendar.request(invitation(entry("a-" + start.getEpochSecond(), 0, start)), STAMP);
            VEvent event = parse(ics).getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
            assertThat(start(event)).as(ics).isEqualTo(start);
            assertThat(localStart(event).toLocalTime()).hasToString("09:00");
            assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:" + start.atZone(AppointmentCalendar.ZONE)
                    .toLocalDate().toString().replace("-", "") + "T090000\r\n");
        }
    }

    @Test
    void theCancellationNamesTheSameEventWithAHigherSequence() throws Exception {
        CalendarEntry booked = entry("afspraak-17@delinde.example", 0, AUTUMN);
        CalendarEntry cancelled = entry("afspraak-17@delinde.example", 1, AUTUMN);
        Calendar request = parse(AppointmentCalendar.request(invitation(booked), STAMP));
        Calendar cancel = parse(AppointmentCalendar.cancel(invitation(cancelled), STAMP.plusSeconds(60)));

        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        VEvent before = request.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        VEvent after = cancel.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(after.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo())
                .isGreaterThan(before.<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo());
        assertThat(after.getProperties(Property.ORGANIZER)).hasSize(1);
        assertThat(after.getProperties(Property.ATTENDEE)).hasSize(1);
    }

    @Test
    void theFeedPublishesEveryEntryWithOneTimeZone() throws Exception {
        List<CalendarEntry> entries = List.of(entry("a-1", 0, AUTUMN),
                entry("a-2", 3, Instant.parse("2026-03-23T08:00:00Z")),
                entry("a-3", 0, Instant.parse("2027-03-29T07:00:00Z")));
        String ics = AppointmentCalendar.feed("Afspraken van Eva de Vries, De Linde", entries, STAMP);
        Calendar feed = parse(ics);

        assertThat(value(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(feed, "X-WR-CALNAME")).isEqualTo("Afspraken van Eva de Vries, De Linde");
        assertThat(value(feed, "X-WR-TIMEZONE")).isEqualTo("Europe/Amsterdam");
        assertThat(feed.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, Property.UID)).containsExactly("a-1", "a-2", "a-3");
        assertThat(events).extracting(AppointmentCalendarTest::start)
                .containsExactlyElementsOf(entries.stream().map(CalendarEntry::start).toList());
        assertThat(events.get(1).<Sequence>getRequiredProperty(Property.SEQUENCE).getSequenceNo()).isEqualTo(3);
        assertThat(events).allSatisfy(event -> assertThat(event.getProperties(Property.ORGANIZER)).isEmpty());

        Calendar empty = parse(AppointmentCalendar.feed("Afspraken", List.of(), STAMP));
        assertThat(empty.getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void commasSemicolonsLineBreaksAndAccentsSurviveTheRoundTrip() throws Exception {
        String ics = AppointmentCalendar.request(invitation(entry("a-1", 0, AUTUMN)), STAMP);
        VEvent event = parse(ics).getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();

        assertThat(value(event, Property.SUMMARY)).isEqualTo(SUMMARY);
        assertThat(value(event, Property.LOCATION)).isEqualTo(LOCATION);
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(DESCRIPTION);
    }

    @Test
    void theOutputIsRfc5545TextWithCrlfAndFoldedLinesAndTheSameForTheSameInput() {
        String ics = AppointmentCalendar.request(invitation(entry("a-1", 0, AUTUMN)), STAMP);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).as("no bare line feed or carriage return").doesNotContain("\n", "\r");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ").as("the long description is folded");
        assertThat(AppointmentCalendar.request(invitation(entry("a-1", 0, AUTUMN)), STAMP)).isEqualTo(ics);
    }

    @Test
    void withoutAnAttendeeAddressThereIsNoAttendee() throws Exception {
        Invitation noAttendee = new Invitation(entry("a-1", 0, AUTUMN), null, "noreply@delinde.example", "Anna", " ");
        VEvent event = parse(AppointmentCalendar.request(noAttendee, STAMP))
                .getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(event.<Organizer>getRequiredProperty(Property.ORGANIZER).getParameter(Parameter.CN)).isEmpty();
    }

    @Test
    void anAppointmentThatEndsBeforeItStartsOrHasNoUidIsRefused() {
        assertThatThrownBy(() -> new CalendarEntry("a-1", 0, AUTUMN, AUTUMN, "Gesprek", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEntry(" ", 0, AUTUMN, AUTUMN.plusSeconds(60), "Gesprek", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEntry("a-1", -1, AUTUMN, AUTUMN.plusSeconds(60), "Gesprek", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Invitation(entry("a-1", 0, AUTUMN), "De Linde", " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeZonesComeFromTheBundledDataNotFromTheInternet() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl"))
                .contains("net.fortuna.ical4j.util.MapTimeZoneCache");
    }

    private static CalendarEntry entry(String uid, int sequence, Instant start) {
        return new CalendarEntry(uid, sequence, start, start.plusSeconds(3600), SUMMARY, LOCATION, DESCRIPTION);
    }

    private static Invitation invitation(CalendarEntry entry) {
        return new Invitation(entry, "Stichting De Linde, Zeist", "noreply@delinde.example", "Anna Visser",
                "anna.visser@example.org");
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyListAccessor container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getStartDate().orElseThrow().getDate());
    }

    private static LocalDateTime localStart(VEvent event) {
        Temporal date = event.getStartDate().orElseThrow().getDate();
        // the wall-clock time as written, in the zone the parser resolved the TZID to
        return ((ZonedDateTime) date).toLocalDateTime();
    }
}
