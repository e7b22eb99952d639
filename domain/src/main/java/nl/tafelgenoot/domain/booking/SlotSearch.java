package nl.tafelgenoot.domain.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;

/**
 * The times a member can book an advisor. One search serves both the booking page (which slots to
 * show) and the confirmation ({@link #isFree}, repeated under a lock so two members cannot take the
 * same advisor at the same time), so what is shown and what is accepted cannot drift apart.
 *
 * <p>A slot {@code [s, s + length)} lies within one availability window of its weekday, starts on
 * the step grid counted from the window's start, and falls on a day that is neither an absence day
 * nor a public holiday. It overlaps no existing appointment; a home-visit slot also keeps the
 * travel buffer before and after it free of appointments, and an existing home visit blocks its
 * own buffer for every slot. So two home visits are at least one buffer apart.
 *
 * <p>Public holidays are those of {@link HolidayCalendar#isHoliday} (DOMAIN.md's list: Atw art. 3
 * lid 1 and 2). The days designated by royal decree (lid 3) do not block slots: they only move
 * legal terms, and offices are open on them. Easter Sunday and Whit Sunday are not on that list
 * (the Atw has no need of Sundays), so an advisor's Sunday window is bookable on them.
 *
 * <p>Times are Europe/Amsterdam local time: the grid is laid in local time, so a 09:00 slot is
 * 09:00 on both sides of a daylight-saving change. On the spring-forward day, grid times in the
 * skipped hour do not exist and are left out; a slot's end is its start plus the length in real
 * time. On the fall-back day every local grid time is offered once, at its first occurrence
 * (summer time), so no slot is offered twice.
 *
 * <p>Members book from the day after today (local) for {@link BookingRules#daysAhead()} days; a
 * search never reaches outside that horizon, whatever range it is asked for. Immutable and
 * thread-safe.
 */
public final class SlotSearch {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final ZoneRules ZONE_RULES = ZONE.getRules();
    /** How many days {@link #firstFreeAfter} searches at a time, so a near answer comes cheap. */
    private static final int FIRST_FREE_CHUNK_DAYS = 7;

    private final HolidayCalendar holidays;
    private final BookingRules rules;

    public SlotSearch(HolidayCalendar holidays, BookingRules rules) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Free slots from the first day after now (local) for rules.daysAhead days, sorted by start. */
    public List<FreeSlot> freeSlots(List<AdvisorAgenda> agendas, MeetingMode mode, Instant now) {
        return search(agendas, mode, firstBookableDate(now), lastBookableDate(now));
    }

    /**
     * Same, for the local dates from..toInclusive, cut to the bookable horizon: never before the day
     * after now, never after the last day members can book.
     */
    public List<FreeSlot> freeSlots(List<AdvisorAgenda> agendas, MeetingMode mode, Instant now,
                                    LocalDate from, LocalDate toInclusive) {
        LocalDate first = later(from, firstBookableDate(now));
        LocalDate last = earlier(toInclusive, lastBookableDate(now));
        return search(agendas, mode, first, last);
    }

    /**
     * Whether this advisor can take an appointment of this mode starting at start: the check
     * repeated under a lock when a member confirms (double-booking refusal). False for a start off
     * the grid, outside the horizon or on the second occurrence of a fall-back hour.
     */
    public boolean isFree(AdvisorAgenda agenda, MeetingMode mode, Instant start, Instant now) {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        LocalDate date = LocalDate.ofInstant(start, ZONE);
        if (start.getNano() != 0 || date.isBefore(firstBookableDate(now)) || date.isAfter(lastBookableDate(now))) {
            return false;
        }
        boolean[] open = {!holidays.isHoliday(date)};
        long wanted = start.getEpochSecond();
        boolean[] found = {false};
        forEachStart(agenda, mode, date, open, s -> found[0] |= s == wanted);
        return found[0];
    }

    /**
     * The first free slot starting strictly after {@code after}, within the horizon (for "that slot
     * was just taken, the next free one is ...").
     */
    public Optional<FreeSlot> firstFreeAfter(List<AdvisorAgenda> agendas, MeetingMode mode, Instant after, Instant now) {
        Objects.requireNonNull(after, "after");
        LocalDate last = lastBookableDate(now);
        LocalDate chunkStart = later(LocalDate.ofInstant(after, ZONE), firstBookableDate(now));
        while (!chunkStart.isAfter(last)) {
            LocalDate chunkEnd = earlier(chunkStart.plusDays(FIRST_FREE_CHUNK_DAYS - 1L), last);
            for (FreeSlot slot : search(agendas, mode, chunkStart, chunkEnd)) {
                if (slot.start().toInstant().isAfter(after)) {
                    return Optional.of(slot);
                }
            }
            chunkStart = chunkEnd.plusDays(1);
        }
        return Optional.empty();
    }

    private static LocalDate firstBookableDate(Instant now) {
        return LocalDate.ofInstant(Objects.requireNonNull(now, "now"), ZONE).plusDays(1);
    }

    private LocalDate lastBookableDate(Instant now) {
        return firstBookableDate(now).plusDays(rules.daysAhead() - 1L);
    }

    private List<FreeSlot> search(List<AdvisorAgenda> agendas, MeetingMode mode, LocalDate first, LocalDate last) {
        Objects.requireNonNull(agendas, "agendas");
        Objects.requireNonNull(mode, "mode");
        if (first.isAfter(last)) {
            return List.of();
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        boolean[] open = new boolean[days];
        for (int i = 0; i < days; i++) {
            open[i] = !holidays.isHoliday(first.plusDays(i));
        }
        Map<Long, List<Long>> advisorsByStart = new HashMap<>();
        for (AdvisorAgenda agenda : agendas) {
            long id = agenda.accountId();
            forEachStart(agenda, mode, first, open, start -> {
                List<Long> ids = advisorsByStart.computeIfAbsent(start, s -> new ArrayList<>(4));
                // One advisor's starts are all added before the next advisor's: overlapping windows
                // can give the same start twice, and then this advisor is the last one in the list.
                if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                    ids.add(id);
                }
            });
        }
        long[] starts = advisorsByStart.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long length = rules.length().getSeconds();
        List<FreeSlot> slots = new ArrayList<>(starts.length);
        for (long start : starts) {
            slots.add(new FreeSlot(Instant.ofEpochSecond(start).atZone(ZONE),
                    Instant.ofEpochSecond(start + length).atZone(ZONE), advisorsByStart.get(start)));
        }
        return slots;
    }

    /**
     * Calls the sink with the start (epoch second) of every free slot of this advisor on the dates
     * first.. first + open.length - 1 whose {@code open} flag is set, in increasing order per window.
     */
    private void forEachStart(AdvisorAgenda agenda, MeetingMode mode, LocalDate first, boolean[] open, LongConsumer sink) {
        int days = open.length;
        boolean[] absent = absentDays(agenda.absences(), first, days);
        List<List<WeeklySlot>> windowsByDay = windowsByDay(agenda.availability());
        long[] blocked = blocked(agenda.busy(), mode);
        long length = rules.length().getSeconds();
        long step = rules.step().getSeconds();
        for (int i = 0; i < days; i++) {
            if (!open[i] || absent[i]) {
                continue;
            }
            LocalDate date = first.plusDays(i);
            for (WeeklySlot window : windowsByDay.get(date.getDayOfWeek().ordinal())) {
                LocalDateTime windowEndLocal = date.atTime(window.to());
                long windowEnd = windowEndLocal.toEpochSecond(windowEndOffset(windowEndLocal));
                for (LocalDateTime t = date.atTime(window.from()); t.isBefore(windowEndLocal); t = t.plusSeconds(step)) {
                    ZoneOffset offset = startOffset(t);
                    if (offset == null) {
                        continue;
                    }
                    long start = t.toEpochSecond(offset);
                    long end = start + length;
                    if (end > windowEnd) {
                        break;
                    }
                    if (!overlaps(blocked, start, end)) {
                        sink.accept(start);
                    }
                }
            }
        }
    }

    /** The offset of a grid time: the earlier one in the fall-back overlap, none in the spring gap. */
    private static ZoneOffset startOffset(LocalDateTime local) {
        ZoneOffsetTransition transition = ZONE_RULES.getTransition(local);
        if (transition == null) {
            return ZONE_RULES.getOffset(local);
        }
        return transition.isGap() ? null : transition.getOffsetBefore();
    }

    /** The offset of a window's end: a window ends as late as its local end time allows. */
    private static ZoneOffset windowEndOffset(LocalDateTime local) {
        ZoneOffsetTransition transition = ZONE_RULES.getTransition(local);
        if (transition == null) {
            return ZONE_RULES.getOffset(local);
        }
        // In the gap, the offset before moves the end forward by the gap, as ZonedDateTime does.
        return transition.isGap() ? transition.getOffsetBefore() : transition.getOffsetAfter();
    }

    private static boolean[] absentDays(List<Absence> absences, LocalDate first, int days) {
        boolean[] absent = new boolean[days];
        LocalDate last = first.plusDays(days - 1L);
        for (Absence absence : absences) {
            LocalDate from = later(absence.startsOn(), first);
            LocalDate to = earlier(absence.endsOn(), last);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                absent[(int) ChronoUnit.DAYS.between(first, d)] = true;
            }
        }
        return absent;
    }

    private static List<List<WeeklySlot>> windowsByDay(List<WeeklySlot> availability) {
        List<List<WeeklySlot>> byDay = new ArrayList<>(7);
        for (int i = 0; i < DayOfWeek.values().length; i++) {
            byDay.add(new ArrayList<>(2));
        }
        for (WeeklySlot window : availability) {
            byDay.get(window.day().ordinal()).add(window);
        }
        return byDay;
    }

    /**
     * The periods a slot of this mode must not overlap, merged and sorted, as [start0, end0, start1,
     * end1, ...] in epoch seconds: each appointment widened by the travel buffer when either it or
     * the slot is a home visit.
     */
    private long[] blocked(List<Busy> busy, MeetingMode mode) {
        long buffer = rules.travelBuffer().getSeconds();
        long[][] periods = new long[busy.size()][];
        for (int i = 0; i < periods.length; i++) {
            Busy b = busy.get(i);
            long margin = mode == MeetingMode.HOME_VISIT || b.mode() == MeetingMode.HOME_VISIT ? buffer : 0;
            long end = b.end().getEpochSecond() + (b.end().getNano() > 0 ? 1 : 0);
            periods[i] = new long[] {b.start().getEpochSecond() - margin, end + margin};
        }
        Arrays.sort(periods, (a, b) -> Long.compare(a[0], b[0]));
        long[] merged = new long[periods.length * 2];
        int n = 0;
        for (long[] period : periods) {
            if (n > 0 && period[0] <= merged[n - 1]) {
                merged[n - 1] = Math.max(merged[n - 1], period[1]);
            } else {
                merged[n++] = period[0];
                merged[n++] = period[1];
            }
        }
        return Arrays.copyOf(merged, n);
    }

    /** Whether [start, end) overlaps a merged period: only the last period starting before end can. */
    private static boolean overlaps(long[] blocked, long start, long end) {
        int low = 0;
        int high = blocked.length / 2 - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (blocked[2 * mid] < end) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return last >= 0 && blocked[2 * last + 1] > start;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
