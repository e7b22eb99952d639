package nl.tafelgenoot.persistence.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.booking.AdvisorAgenda;
import nl.tafelgenoot.domain.booking.BookingRules;
import nl.tafelgenoot.domain.booking.Busy;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;

/**
 * The booking page's slot search at the size of a large organisation: 50 advisors, each with 2–4
 * availability windows a week, a third of them with an absence, about three appointments a week
 * (40 % home visits), searched over the default four weeks for each meeting mode. The booking page
 * runs this search on every visit and the confirmation repeats part of it under a lock, so it must
 * stay well below a page's time budget. Pure domain code, no database: it lives here only because
 * this module has the {@code bench} profile.
 *
 * <p>"Now" is fixed at Monday 22 March 2027 so the four weeks hold the spring-forward Sunday, Good
 * Friday and Easter Monday, and every run sees the same agendas (seeded random). Warm-up, then
 * {@code -Dbench.slotRuns} measured searches per mode (default 2000); logs the median and p95 in
 * milliseconds with the machine. Runs with the query benchmark:
 * {@code ./mvnw -q -Pbench -pl domain,persistence verify -DskipTests}; alone (no database needed):
 * {@code ./mvnw -q -Pbench -pl domain,persistence verify -DskipTests -Dbench.only=slots}.
 */
public final class SlotSearchBenchmark {

    private static final Logger LOG = Logger.getLogger(SlotSearchBenchmark.class.getName());
    private static final int ADVISORS = 50;
    private static final int WEEKS = 4;
    private static final Instant NOW = LocalDateTime.of(2027, 3, 22, 10, 0).atZone(SlotSearch.ZONE).toInstant();
    private static final List<LocalTime[]> WINDOWS = List.of(
            times("09:00", "12:00"), times("13:00", "17:00"), times("09:00", "17:00"), times("09:30", "12:30"),
            times("14:00", "16:30"), times("18:00", "20:00"));
    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};

    private SlotSearchBenchmark() {
    }

    public static void main(String[] args) {
        String only = System.getProperty("bench.only");
        if (only != null && !only.isBlank() && !only.equals("slots")) {
            LOG.info(() -> "Slot search benchmark skipped: -Dbench.only=" + only);
            return;
        }
        int runs = Integer.getInteger("bench.slotRuns", 2000);
        SlotSearch search = new SlotSearch(HolidayCalendar.withDefaultDesignatedDays(), BookingRules.DEFAULT);
        List<AdvisorAgenda> agendas = agendas(new Random(20270322L));
        long busy = agendas.stream().mapToLong(agenda -> agenda.busy().size()).sum();
        long windows = agendas.stream().mapToLong(agenda -> agenda.availability().size()).sum();

        StringBuilder report = new StringBuilder(String.format(
                "Slot search, %d advisors (%d weekly windows, %d appointments), %d weeks from %s; %d runs per mode"
                        + " after warm-up; %d cores, Java %s (%s), %s %s",
                ADVISORS, windows, busy, WEEKS, LocalDate.ofInstant(NOW, SlotSearch.ZONE).plusDays(1), runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch")));
        long sink = 0;
        for (MeetingMode mode : MeetingMode.values()) {
            for (int i = 0; i < Math.max(500, runs / 2); i++) {
                sink += search.freeSlots(agendas, mode, NOW).size();
            }
        }
        for (MeetingMode mode : MeetingMode.values()) {
            double[] millis = new double[runs];
            List<FreeSlot> slots = List.of();
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                slots = search.freeSlots(agendas, mode, NOW);
                millis[i] = (System.nanoTime() - started) / 1e6;
                sink += slots.size();
            }
            Arrays.sort(millis);
            long offers = slots.stream().mapToLong(slot -> slot.advisorAccountIds().size()).sum();
            report.append(String.format("%n  %-10s median %.3f ms, p95 %.3f ms, max %.3f ms: %d slots, %d advisor-slots",
                    mode, percentile(millis, 50), percentile(millis, 95), millis[runs - 1], slots.size(), offers));
        }
        long checksum = sink;
        LOG.info(() -> report + String.format("%n  (checksum %d)", checksum));
    }

    /** Seeded agendas: 2–4 windows on distinct weekdays, a third absent for 1–7 days, ~3 appointments a week. */
    private static List<AdvisorAgenda> agendas(Random random) {
        LocalDate firstDay = LocalDate.ofInstant(NOW, SlotSearch.ZONE).plusDays(1);
        List<AdvisorAgenda> agendas = new ArrayList<>(ADVISORS);
        for (int a = 0; a < ADVISORS; a++) {
            List<DayOfWeek> days = new ArrayList<>(List.of(WEEKDAYS));
            Collections.shuffle(days, random);
            List<WeeklySlot> availability = new ArrayList<>();
            for (DayOfWeek day : days.subList(0, 2 + random.nextInt(3))) {
                LocalTime[] window = WINDOWS.get(random.nextInt(WINDOWS.size()));
                availability.add(new WeeklySlot(day, window[0], window[1]));
            }
            List<Absence> absences = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                LocalDate start = firstDay.plusDays(random.nextInt(WEEKS * 7));
                absences.add(new Absence(start, start.plusDays(random.nextInt(7)), "vakantie"));
            }
            List<Busy> busy = new ArrayList<>();
            for (int week = 0; week < WEEKS; week++) {
                for (int n = 0; n < 2 + random.nextInt(3); n++) {
                    WeeklySlot window = availability.get(random.nextInt(availability.size()));
                    LocalDate date = firstDay.plusWeeks(week).with(TemporalAdjusters.nextOrSame(window.day()));
                    long halfHours = Duration.between(window.from(), window.to()).toMinutes() / 30 - 1;
                    LocalTime from = window.from().plusMinutes(30L * random.nextInt((int) Math.max(1, halfHours)));
                    Instant start = date.atTime(from).atZone(SlotSearch.ZONE).toInstant();
                    MeetingMode mode = random.nextInt(5) < 2 ? MeetingMode.HOME_VISIT
                            : random.nextBoolean() ? MeetingMode.PHONE : MeetingMode.OFFICE;
                    busy.add(new Busy(start, start.plus(Duration.ofMinutes(60)), mode));
                }
            }
            agendas.add(new AdvisorAgenda(1_000L + a, availability, absences, busy));
        }
        return agendas;
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static LocalTime[] times(String from, String to) {
        return new LocalTime[] {LocalTime.parse(from), LocalTime.parse(to)};
    }
}
