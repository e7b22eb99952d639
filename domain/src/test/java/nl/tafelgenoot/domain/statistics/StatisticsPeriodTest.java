package nl.tafelgenoot.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The period: refusals, the quick choices, its months and its bounds in Amsterdam time. */
class StatisticsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> new StatisticsPeriod(TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(PeriodRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PeriodRefused.Reason.FROM_AFTER_TO));
    }

    @Test
    void oneDayIsAPeriod() {
        assertThat(new StatisticsPeriod(TODAY, TODAY).months()).containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void fiveYearsAtMostDayForDay() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        assertThat(new StatisticsPeriod(from, LocalDate.of(2025, 12, 31)).months()).hasSize(60);
        assertThatThrownBy(() -> new StatisticsPeriod(from, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(PeriodRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PeriodRefused.Reason.TOO_LONG));
    }

    @Test
    void aMissingDateIsRefused() {
        assertThatThrownBy(() -> new StatisticsPeriod(null, TODAY))
                .isInstanceOfSatisfying(PeriodRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PeriodRefused.Reason.MISSING));
    }

    @Test
    void quickChoices() {
        assertThat(StatisticsPeriod.thisYear(TODAY))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(StatisticsPeriod.lastYear(TODAY))
                .isEqualTo(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        StatisticsPeriod twelve = StatisticsPeriod.last12Months(TODAY);
        assertThat(twelve).isEqualTo(new StatisticsPeriod(LocalDate.of(2025, 4, 1), TODAY));
        assertThat(twelve.months()).hasSize(12).startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
    }

    @Test
    void theBoundsAreMidnightInAmsterdam() {
        StatisticsPeriod march = new StatisticsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march.start(AMSTERDAM)).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(march.end(AMSTERDAM)).as("summer time from 29 March").isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void endingByCutsOffTheFuture() {
        StatisticsPeriod year = StatisticsPeriod.thisYear(TODAY);
        assertThat(year.endingBy(TODAY)).isEqualTo(new StatisticsPeriod(LocalDate.of(2026, 1, 1), TODAY));
        StatisticsPeriod past = StatisticsPeriod.lastYear(TODAY);
        assertThat(past.endingBy(TODAY)).isSameAs(past);
    }
}
