package nl.tafelgenoot.domain.booking;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static nl.tafelgenoot.domain.booking.MeetingMode.HOME_VISIT;
import static nl.tafelgenoot.domain.booking.MeetingMode.OFFICE;
import static nl.tafelgenoot.domain.booking.MeetingMode.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import org.junit.jupiter.api.Test;

/**
 * Every expectation is computed by hand with the default rules: appointments of 60 minutes on a
 * 30-minute grid, 30 minutes of travel around a home visit, 28 days ahead. "Now" is Monday 8 June
 * 2026 10:00 unless a test says otherwise, so the first bookable day is Tuesday 9 June.
 */
class SlotSearchTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.withDefaultDesignatedDays();
    private static final Instant NOW = instant("2026-06-08T10:00");
    private static final LocalDate TUESDAY_9_JUNE = LocalDate.of(2026, 6, 9);

    private final SlotSearch search = new SlotSearch(CALENDAR, BookingRules.DEFAULT);

    @Test
    void slotsStartOnTheGridOfEachWindowAndEndWithinIt() {
        AdvisorAgenda agenda = agenda(7, window(TUESDAY, "09:00", "12:00"), window(TUESDAY, "13:15", "15:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        assertThat(localStarts(slots)).containsExactly(times("2026-06-09T09:00", "2026-06-09T09:30",
                "2026-06-09T10:00", "2026-06-09T10:30", "2026-06-09T11:00", "2026-06-09T13:15", "2026-06-09T13:45"));
        assertThat(slots.get(0).end()).isEqualTo(at("2026-06-09T10:00"));
        assertThat(slots.get(6).end()).isEqualTo(at("2026-06-09T14:45"));
        assertThat(slots).allSatisfy(slot -> assertThat(slot.advisorAccountIds()).containsExactly(7L));
    }

    @Test
    void aWindowShorterThanAnAppointmentGivesNoSlot() {
        AdvisorAgenda agenda = agenda(7, window(TUESDAY, "09:00", "09:45"));

        assertThat(search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE)).isEmpty();
    }

    @Test
    void absencesRemoveWholeDaysIncludingTheirLastDay() {
        AdvisorAgenda agenda = new AdvisorAgenda(7,
                List.of(window(TUESDAY, "09:00", "10:00"), window(WEDNESDAY, "09:00", "10:00")),
                List.of(new Absence(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 16), "vakantie")),
                List.of());

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, LocalDate.of(2026, 6, 24));

        assertThat(localStarts(slots))
                .containsExactly(times("2026-06-17T09:00", "2026-06-23T09:00", "2026-06-24T09:00"));
    }

    @Test
    void anAppointmentRemovesTheSlotsItOverlapsButNotThoseTouchingIt() {
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-09T10:00", "2026-06-09T11:00", PHONE)),
                window(TUESDAY, "09:00", "12:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        assertThat(localStarts(slots)).containsExactly(times("2026-06-09T09:00", "2026-06-09T11:00"));
    }

    @Test
    void aHomeVisitKeepsItsTravelBufferFreeOfAppointmentsBeforeAndAfter() {
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-09T10:00", "2026-06-09T11:00", PHONE)),
                window(TUESDAY, "08:00", "13:00"));

        List<FreeSlot> homeVisits = search.freeSlots(List.of(agenda), HOME_VISIT, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);
        List<FreeSlot> calls = search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        // a visit must end by 09:30 (travel until the call at 10:00) or start at 11:30 (travel after it)
        assertThat(localStarts(homeVisits)).containsExactly(times("2026-06-09T08:00", "2026-06-09T08:30",
                "2026-06-09T11:30", "2026-06-09T12:00"));
        assertThat(localStarts(calls)).containsExactly(times("2026-06-09T08:00", "2026-06-09T08:30",
                "2026-06-09T09:00", "2026-06-09T11:00", "2026-06-09T11:30", "2026-06-09T12:00"));
    }

    @Test
    void anExistingHomeVisitBlocksItsTravelBufferForEveryMode() {
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-09T10:00", "2026-06-09T11:00", HOME_VISIT)),
                window(TUESDAY, "08:00", "13:00"));
        LocalDateTime[] expected = times("2026-06-09T08:00", "2026-06-09T08:30", "2026-06-09T11:30", "2026-06-09T12:00");

        for (MeetingMode mode : MeetingMode.values()) {
            assertThat(localStarts(search.freeSlots(List.of(agenda), mode, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE)))
                    .as(mode.name()).containsExactly(expected);
        }
    }

    @Test
    void publicHolidaysGiveNoSlots() {
        AdvisorAgenda weekdays = agenda(7, window(MONDAY, "09:00", "10:00"), window(TUESDAY, "09:00", "10:00"),
                window(WEDNESDAY, "09:00", "10:00"));
        List<FreeSlot> kingsDayWeek = search.freeSlots(List.of(weekdays), OFFICE, instant("2027-04-20T10:00"),
                LocalDate.of(2027, 4, 26), LocalDate.of(2027, 4, 28));
        assertThat(localStarts(kingsDayWeek)).as("King's Day, Tuesday 27 April 2027")
                .containsExactly(times("2027-04-26T09:00", "2027-04-28T09:00"));

        AdvisorAgenda everyDay = agenda(7, Arrays.stream(DayOfWeek.values())
                .map(day -> window(day, "09:00", "10:00")).toArray(WeeklySlot[]::new));
        List<FreeSlot> christmas = search.freeSlots(List.of(everyDay), OFFICE, instant("2026-12-20T10:00"),
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28));
        assertThat(localStarts(christmas)).as("Christmas and Boxing Day 2026")
                .containsExactly(times("2026-12-24T09:00", "2026-12-27T09:00", "2026-12-28T09:00"));
    }

    @Test
    void aDayDesignatedByRoyalDecreeIsBookableButAscensionDayIsNot() {
        LocalDate fridayAfterAscension = LocalDate.of(2026, 5, 15);
        assertThat(CALENDAR.isDesignatedDay(fridayAfterAscension)).isTrue();
        AdvisorAgenda agenda = agenda(7, window(THURSDAY, "09:00", "10:00"), window(FRIDAY, "09:00", "10:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), OFFICE, instant("2026-05-10T10:00"),
                LocalDate.of(2026, 5, 14), fridayAfterAscension);

        assertThat(localStarts(slots)).containsExactly(times("2026-05-15T09:00"));
    }

    @Test
    void aNineOClockSlotStaysNineOClockAcrossSpringForward() {
        AdvisorAgenda agenda = agenda(7, window(THURSDAY, "09:00", "10:00"), window(FRIDAY, "09:00", "10:00"),
                window(MONDAY, "09:00", "10:00"), window(TUESDAY, "09:00", "10:00"));

        List<FreeSlot> slots2026 = search.freeSlots(List.of(agenda), PHONE, instant("2026-03-25T10:00"),
                LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30));
        // 29 March 2026 is the last Sunday of March
        assertThat(starts(slots2026)).containsExactly(
                ZonedDateTime.of(2026, 3, 27, 9, 0, 0, 0, SlotSearch.ZONE),
                ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, SlotSearch.ZONE));
        assertThat(slots2026.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(slots2026.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(slots2026.get(1).start().toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));

        // 28 March 2027 is the last Sunday of March and Easter Sunday: Good Friday and Easter Monday give nothing
        List<FreeSlot> slots2027 = search.freeSlots(List.of(agenda), PHONE, instant("2027-03-23T10:00"),
                LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 30));
        assertThat(slots2027).extracting(slot -> slot.start().toInstant()).containsExactly(
                Instant.parse("2027-03-25T08:00:00Z"), Instant.parse("2027-03-30T07:00:00Z"));
        assertThat(localStarts(slots2027)).containsExactly(times("2027-03-25T09:00", "2027-03-30T09:00"));
    }

    @Test
    void aWindowAcrossTheSpringForwardGapSkipsTheTimesThatDoNotExist() {
        // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST. Grid 01:00, 01:30, [02:00, 02:30 missing], 03:00.
        AdvisorAgenda agenda = agenda(7, window(SUNDAY, "01:00", "04:00"));
        LocalDate sunday = LocalDate.of(2026, 3, 29);

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, instant("2026-03-25T10:00"), sunday, sunday);

        assertThat(slots).extracting(slot -> slot.start().toInstant()).containsExactly(
                Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(localStarts(slots)).containsExactly(times("2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T03:00"));
        // an hour from 01:30 CET ends at 03:30 CEST; the last slot ends at the window's end
        assertThat(slots.get(1).end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
        assertThat(slots.get(2).end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T04:00"));
    }

    @Test
    void fallBackKeepsNineOClockAndOffersEachLocalTimeOnce() {
        // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice
        AdvisorAgenda agenda = agenda(7, window(FRIDAY, "09:00", "10:00"), window(SUNDAY, "01:00", "04:00"),
                window(MONDAY, "09:00", "10:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, instant("2026-10-20T10:00"),
                LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 26));

        assertThat(localStarts(slots)).containsExactly(times("2026-10-23T09:00", "2026-10-25T01:00",
                "2026-10-25T01:30", "2026-10-25T02:00", "2026-10-25T02:30", "2026-10-25T03:00", "2026-10-26T09:00"));
        assertThat(slots).extracting(slot -> slot.start().toInstant()).containsExactly(
                Instant.parse("2026-10-23T07:00:00Z"), Instant.parse("2026-10-24T23:00:00Z"),
                Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T02:00:00Z"),
                Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(slots.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(slots.get(6).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void advisorsFreeAtTheSameTimeShareOneSlotInTheOrderTheyWereGiven() {
        AdvisorAgenda seven = agenda(7, window(TUESDAY, "09:00", "11:00"));
        AdvisorAgenda three = agenda(3, window(TUESDAY, "10:00", "12:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(seven, three), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        assertThat(slots).containsExactly(
                slot("2026-06-09T09:00", 7L), slot("2026-06-09T09:30", 7L), slot("2026-06-09T10:00", 7L, 3L),
                slot("2026-06-09T10:30", 3L), slot("2026-06-09T11:00", 3L));
        assertThat(search.freeSlots(List.of(three, seven), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE).get(2))
                .isEqualTo(slot("2026-06-09T10:00", 3L, 7L));
    }

    @Test
    void overlappingWindowsOfOneAdvisorOfferEachTimeOnce() {
        AdvisorAgenda agenda = agenda(7, window(TUESDAY, "09:00", "11:00"), window(TUESDAY, "10:00", "12:00"));

        List<FreeSlot> slots = search.freeSlots(List.of(agenda), PHONE, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        assertThat(slots).containsExactly(slot("2026-06-09T09:00", 7L), slot("2026-06-09T09:30", 7L),
                slot("2026-06-09T10:00", 7L), slot("2026-06-09T10:30", 7L), slot("2026-06-09T11:00", 7L));
    }

    @Test
    void isFreeRefusesATakenTimeAndAcceptsAFreeOne() {
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-09T10:00", "2026-06-09T11:00", PHONE)),
                window(TUESDAY, "09:00", "12:00"));

        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T09:00"), NOW)).isTrue();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T11:00"), NOW)).isTrue();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T10:00"), NOW)).as("taken").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T09:30"), NOW)).as("overlaps").isFalse();
        assertThat(search.isFree(agenda, HOME_VISIT, instant("2026-06-09T09:00"), NOW)).as("no travel time").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T09:15"), NOW)).as("off the grid").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T12:00"), NOW)).as("outside the window").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-16T09:00"), NOW)).as("next week").isTrue();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T09:00"), instant("2026-06-09T08:00")))
                .as("today").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-07-07T09:00"), NOW)).as("beyond 28 days").isFalse();
        assertThat(search.isFree(agenda, PHONE, instant("2026-06-09T09:00").plusMillis(1), NOW)).isFalse();
    }

    @Test
    void isFreeAgreesWithTheSlotsOffered() {
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-10T10:00", "2026-06-10T11:00", HOME_VISIT)),
                window(TUESDAY, "09:00", "12:00"), window(WEDNESDAY, "08:00", "13:00"));
        List<Instant> offered = search.freeSlots(List.of(agenda), HOME_VISIT, NOW).stream()
                .map(slot -> slot.start().toInstant()).toList();

        assertThat(offered).isNotEmpty().allSatisfy(start ->
                assertThat(search.isFree(agenda, HOME_VISIT, start, NOW)).as(start.toString()).isTrue());
        for (Instant t = instant("2026-06-09T00:00"); t.isBefore(instant("2026-06-11T00:00")); t = t.plusSeconds(1800)) {
            assertThat(search.isFree(agenda, HOME_VISIT, t, NOW)).as(t.toString()).isEqualTo(offered.contains(t));
        }
    }

    @Test
    void firstFreeAfterGivesTheNextSlotStartingLater() {
        AdvisorAgenda seven = agenda(7, window(TUESDAY, "09:00", "10:00"));
        AdvisorAgenda three = agenda(3, window(THURSDAY, "09:00", "10:00"));
        List<AdvisorAgenda> both = List.of(seven, three);

        assertThat(search.firstFreeAfter(both, PHONE, NOW, NOW)).contains(slot("2026-06-09T09:00", 7L));
        assertThat(search.firstFreeAfter(both, PHONE, instant("2026-06-09T09:00"), NOW))
                .contains(slot("2026-06-11T09:00", 3L));
        assertThat(search.firstFreeAfter(List.of(three), PHONE, instant("2026-06-19T12:00"), NOW))
                .as("a week later").contains(slot("2026-06-25T09:00", 3L));
        assertThat(search.firstFreeAfter(both, PHONE, instant("2026-07-02T09:00"), NOW))
                .as("the last Thursday within 28 days was 2 July").isEmpty();
    }

    @Test
    void nothingIsOfferedBeforeTomorrow() {
        AdvisorAgenda agenda = agenda(7, window(MONDAY, "09:00", "10:00"), window(TUESDAY, "09:00", "10:00"),
                window(WEDNESDAY, "09:00", "10:00"));
        Instant earlyMonday = instant("2026-06-08T07:00");

        assertThat(search.freeSlots(List.of(agenda), PHONE, earlyMonday, LocalDate.of(2026, 6, 1), TUESDAY_9_JUNE))
                .extracting(slot -> slot.start().toLocalDateTime()).containsExactly(times("2026-06-09T09:00"));
        assertThat(search.freeSlots(List.of(agenda), PHONE, earlyMonday).get(0).start())
                .isEqualTo(at("2026-06-09T09:00"));
        // 22:30 UTC on Monday is already Tuesday 00:30 in Amsterdam: tomorrow is Wednesday
        assertThat(search.freeSlots(List.of(agenda), PHONE, Instant.parse("2026-06-08T22:30:00Z")).get(0).start())
                .isEqualTo(at("2026-06-10T09:00"));
    }

    @Test
    void membersBookUpToDaysAheadDaysFromTomorrow() {
        // from Tuesday 9 June, 28 days: up to and including Monday 6 July
        AdvisorAgenda mondays = agenda(7, window(MONDAY, "09:00", "10:00"));
        AdvisorAgenda tuesdays = agenda(3, window(TUESDAY, "09:00", "10:00"));

        assertThat(localStarts(search.freeSlots(List.of(mondays), PHONE, NOW))).containsExactly(
                times("2026-06-15T09:00", "2026-06-22T09:00", "2026-06-29T09:00", "2026-07-06T09:00"));
        assertThat(localStarts(search.freeSlots(List.of(tuesdays), PHONE, NOW))).containsExactly(
                times("2026-06-09T09:00", "2026-06-16T09:00", "2026-06-23T09:00", "2026-06-30T09:00"));
        assertThat(localStarts(search.freeSlots(List.of(mondays), PHONE, NOW, TUESDAY_9_JUNE, LocalDate.of(2026, 7, 31))))
                .as("a longer range is cut to the horizon").hasSize(4).last().isEqualTo(LocalDateTime.parse("2026-07-06T09:00"));

        SlotSearch oneDay = new SlotSearch(CALENDAR, new BookingRules(Duration.ofMinutes(60), Duration.ofMinutes(30),
                Duration.ofMinutes(30), 1));
        assertThat(localStarts(oneDay.freeSlots(List.of(mondays, tuesdays), PHONE, NOW)))
                .containsExactly(times("2026-06-09T09:00"));
    }

    @Test
    void theRulesDecideLengthGridAndBuffer() {
        // 45 minutes on a quarter-hour grid, no travel buffer: a home visit only blocks itself
        SlotSearch quarterHours = new SlotSearch(CALENDAR, new BookingRules(Duration.ofMinutes(45), Duration.ZERO,
                Duration.ofMinutes(15), 28));
        AdvisorAgenda agenda = agenda(7, List.of(busy("2026-06-09T10:00", "2026-06-09T10:30", HOME_VISIT)),
                window(TUESDAY, "09:00", "11:15"));

        List<FreeSlot> slots = quarterHours.freeSlots(List.of(agenda), HOME_VISIT, NOW, TUESDAY_9_JUNE, TUESDAY_9_JUNE);

        assertThat(localStarts(slots)).containsExactly(times("2026-06-09T09:00", "2026-06-09T09:15", "2026-06-09T10:30"));
        assertThat(slots.get(1).end()).isEqualTo(at("2026-06-09T10:00"));
    }

    private static FreeSlot slot(String localStart, Long... advisors) {
        return new FreeSlot(at(localStart), at(localStart).plusHours(1), List.of(advisors));
    }

    private static AdvisorAgenda agenda(long id, WeeklySlot... windows) {
        return agenda(id, List.of(), windows);
    }

    private static AdvisorAgenda agenda(long id, List<Busy> busy, WeeklySlot... windows) {
        return new AdvisorAgenda(id, List.of(windows), List.of(), busy);
    }

    private static WeeklySlot window(DayOfWeek day, String from, String to) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Busy busy(String localStart, String localEnd, MeetingMode mode) {
        return new Busy(instant(localStart), instant(localEnd), mode);
    }

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SlotSearch.ZONE);
    }

    private static Instant instant(String localDateTime) {
        return at(localDateTime).toInstant();
    }

    private static LocalDateTime[] times(String... localDateTimes) {
        return Arrays.stream(localDateTimes).map(LocalDateTime::parse).toArray(LocalDateTime[]::new);
    }

    private static List<ZonedDateTime> starts(List<FreeSlot> slots) {
        return slots.stream().map(FreeSlot::start).toList();
    }

    private static List<LocalDateTime> localStarts(List<FreeSlot> slots) {
        return slots.stream().map(slot -> slot.start().toLocalDateTime()).toList();
    }
}
