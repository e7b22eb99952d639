package nl.tafelgenoot.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** The next deadline a case carries for the overview: what it notes, when it is overdue, and that a closed case has none. */
class NextDeadlineTest {

    private static final LocalDate MELDING = LocalDate.of(2026, 3, 2);
    private final CaseDeadlines deadlines = new CaseDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    private static SupportCase newCase() {
        SupportCase c = new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist",
                "Ik kan niet meer zelf douchen.", Set.of(LifeDomain.PERSONAL_CARE), MELDING);
        c.open(2026, 42, Instant.parse("2026-03-02T09:00:00Z"));
        return c;
    }

    @Test
    void aNewCaseHasNone() {
        SupportCase c = newCase();
        assertThat(c.getNextDeadlineOn()).isNull();
        assertThat(c.getNextDeadlineRule()).isNull();
        assertThat(c.isNextDeadlineOverdue()).isFalse();
    }

    @Test
    void notesTheNextDeadlineNotYetDue() {
        SupportCase c = newCase();
        CaseDeadline next = deadlines.next(c, MELDING).orElseThrow();
        assertThat(c.noteNextDeadline(next)).isTrue();
        assertThat(c.getNextDeadlineOn()).isEqualTo(next.computed().date());
        assertThat(c.getNextDeadlineRule()).isEqualTo(next.computed().rule());
        assertThat(c.isNextDeadlineOverdue()).isFalse();
        assertThat(c.noteNextDeadline(next)).as("the same again changes nothing").isFalse();
    }

    @Test
    void overdueWhenTheNextDeadlineHasPassedUnmet() {
        SupportCase c = newCase();
        CaseDeadline next = deadlines.next(c, MELDING.plusDays(60)).orElseThrow();
        assertThat(next.status()).isEqualTo(DeadlineStatus.OVERDUE);
        c.noteNextDeadline(next);
        assertThat(c.getNextDeadlineRule()).isEqualTo(DeadlineRule.INVESTIGATION);
        assertThat(c.isNextDeadlineOverdue()).isTrue();
    }

    @Test
    void noneClearsIt() {
        SupportCase c = newCase();
        c.noteNextDeadline(deadlines.next(c, MELDING.plusDays(60)).orElseThrow());
        assertThat(c.noteNextDeadline(null)).isTrue();
        assertThat(c.getNextDeadlineOn()).isNull();
        assertThat(c.getNextDeadlineRule()).isNull();
        assertThat(c.isNextDeadlineOverdue()).isFalse();
    }

    @Test
    void aClosedCaseHasNoneWhateverIsPassed() {
        SupportCase c = newCase();
        CaseDeadline overdue = deadlines.next(c, MELDING.plusDays(60)).orElseThrow();
        c.noteNextDeadline(overdue);
        c.moveTo(CasePhase.CLOSED);
        c.noteNextDeadline(overdue);
        assertThat(c.getNextDeadlineOn()).isNull();
        assertThat(c.getNextDeadlineRule()).isNull();
        assertThat(c.isNextDeadlineOverdue()).isFalse();
    }
}
