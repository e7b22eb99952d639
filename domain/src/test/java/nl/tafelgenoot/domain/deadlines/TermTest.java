package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void sixWeeksAfterMonday3March2025EndOnMonday14April2025() {
        assertThat(Term.weeks(6).endAfter(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 4, 14));
    }

    @Test
    void weeksEndOnTheSameWeekdayAcrossAMonthAndYearEnd() {
        assertThat(Term.weeks(2).endAfter(LocalDate.of(2025, 12, 24))).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void sevenDaysAfterAnEventEndSevenCalendarDaysLater() {
        assertThat(Term.days(7).endAfter(LocalDate.of(2026, 2, 25))).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(Term.days(7).lengthInDays()).isEqualTo(7);
        assertThat(Term.weeks(12).lengthInDays()).isEqualTo(84);
    }

    @Test
    void aTermOfNothingIsRefused() {
        assertThatThrownBy(() -> Term.days(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.weeks(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
