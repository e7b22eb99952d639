package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateDecisionDeadlinesTest {

    private static final LocalDate NOTICE_RECEIVED = LocalDate.of(2026, 3, 2);

    private final LateDecisionDeadlines late = new LateDecisionDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    @Test
    void thePenaltyRunsFromTwoWeeksAfterTheNoticeWasReceived() {
        ComputedDate firstDay = late.penaltyFirstDay(NOTICE_RECEIVED);
        assertThat(firstDay.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(firstDay.ruleId()).isEqualTo("A7");
        assertThat(firstDay.articles()).isEqualTo("Awb 4:17–4:18");
        assertThat(firstDay.kind()).isEqualTo(DeadlineKind.STARTS_ON);
        assertThat(firstDay.computedFrom()).containsExactly(new TriggerDate(Trigger.NOTICE_OF_DEFAULT_RECEIVED, NOTICE_RECEIVED));
    }

    @Test
    void theMaximumIsReachedOnTheFortySecondPenaltyDay() {
        ComputedDate maximum = late.penaltyMaximumReached(NOTICE_RECEIVED);
        assertThat(maximum.date()).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(maximum.rule()).isEqualTo(DeadlineRule.PENALTY_MAXIMUM_REACHED);
        assertThat(late.accruedPenaltyEuros(NOTICE_RECEIVED, maximum.date())).isEqualTo(1442);
        assertThat(late.accruedPenaltyEuros(NOTICE_RECEIVED, maximum.date().minusDays(1))).isLessThan(1442);
    }

    @ParameterizedTest(name = "on {0} (penalty day {1}) EUR {2}")
    @CsvSource({
            "2026-03-15, 0, 0",
            "2026-03-16, 1, 23",
            "2026-03-29, 14, 322",
            "2026-03-30, 15, 357",
            "2026-04-12, 28, 812",
            "2026-04-13, 29, 857",
            "2026-04-26, 42, 1442",
            "2026-05-04, 50, 1442"})
    void thePenaltyAccruesByTierUpToItsMaximum(LocalDate on, int penaltyDay, int euros) {
        assertThat(late.accruedPenaltyEuros(NOTICE_RECEIVED, on)).as("penalty day %d", penaltyDay).isEqualTo(euros);
    }

    @Test
    void theAppealAgainstNotDecidingIsPossibleFromTwoWeeksAfterTheNotice() {
        ComputedDate from = late.appealAgainstNotDecidingFrom(NOTICE_RECEIVED);
        assertThat(from.date()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(from.ruleId()).isEqualTo("A8");
        assertThat(from.articles()).isEqualTo("Awb 6:12");
        assertThat(from.kind()).isEqualTo(DeadlineKind.STARTS_ON);
    }

    @Test
    void twoWeeksEndingOnTheBridgeDayBeforeLiberationDayStartPenaltyAndAppealOnWednesday() {
        LocalDate received = LocalDate.of(2026, 4, 20);
        ComputedDate firstDay = late.penaltyFirstDay(received);
        assertThat(firstDay.nominalDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(firstDay.date()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(firstDay.movedByAtw()).isTrue();
        assertThat(late.appealAgainstNotDecidingFrom(received).date()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(late.accruedPenaltyEuros(received, LocalDate.of(2026, 5, 5))).isZero();
        assertThat(late.penaltyMaximumReached(received).date()).isEqualTo(LocalDate.of(2026, 6, 16));
    }

    /*
     * Notice received Thursday 11 December 2025. Two weeks = Thursday 25 December (Christmas), Friday
     * Boxing Day, weekend: the penalty runs from Monday 29 December 2025. Penalty days count calendar
     * days, holidays included: 29, 30, 31 December are days 1-3, 1-11 January days 4-14, so Sunday
     * 11 January is day 14 (14 x 23 = 322) and Monday 12 January day 15 (322 + 35 = 357). Day 28 is
     * Sunday 25 January (812), day 41 Saturday 7 February (812 + 13 x 45 = 1397), day 42 Sunday
     * 8 February 2026 the cap (1442).
     */
    @ParameterizedTest(name = "on {0} (penalty day {1}) EUR {2}")
    @CsvSource({
            "2025-12-28, 0, 0",
            "2025-12-29, 1, 23",
            "2026-01-01, 4, 92",
            "2026-01-11, 14, 322",
            "2026-01-12, 15, 357",
            "2026-01-25, 28, 812",
            "2026-02-07, 41, 1397",
            "2026-02-08, 42, 1442",
            "2026-03-31, 93, 1442"})
    void aNoticeBeforeChristmasStartsThePenaltyAfterTheHolidaysAndItRunsOnAcrossNewYear(LocalDate on, int day, int euros) {
        LocalDate received = LocalDate.of(2025, 12, 11);
        assertThat(late.penaltyFirstDay(received).date()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(late.penaltyFirstDay(received).nominalDate()).isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(late.penaltyMaximumReached(received).date()).isEqualTo(LocalDate.of(2026, 2, 8));
        assertThat(late.accruedPenaltyEuros(received, on)).as("penalty day %d", day).isEqualTo(euros);
    }
}
