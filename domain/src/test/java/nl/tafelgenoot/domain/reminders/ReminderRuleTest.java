package nl.tafelgenoot.domain.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.deadlines.WmoDeadlines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    // Decision sent Mon 3 March 2025: objection due Mon 14 April 2025.
    private final ComputedDate objectionDue = new ObjectionDeadlines(HolidayCalendar.withDefaultDesignatedDays())
            .objection(LocalDate.of(2025, 3, 3));

    @ParameterizedTest
    @CsvSource({
            "2025-04-06, ",                   // 8 days left: nothing yet
            "2025-04-07, SEVEN_DAYS_BEFORE",  // 7 days left
            "2025-04-11, SEVEN_DAYS_BEFORE",  // 3 days left: a missed morning is caught up
            "2025-04-12, TWO_DAYS_BEFORE",    // 2 days left
            "2025-04-14, TWO_DAYS_BEFORE",    // the last day itself
            "2025-04-15, MISSED",             // the day after: the term was missed
            "2025-04-21, MISSED",             // still within the week to catch up
            "2025-04-22, "})                  // a week late: no more mail
    void remindsSevenAndTwoDaysBeforeAndWhenMissed(LocalDate today, ReminderMoment expected) {
        CaseDeadline open = CaseDeadlines.judge(objectionDue, false, today);
        assertThat(ReminderRule.mailOn(open, today)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aMetDeadlineAndAnUnwatchedRuleAreNeitherTaskedNorReminded() {
        LocalDate today = LocalDate.of(2025, 4, 12);
        assertThat(ReminderRule.mailOn(CaseDeadlines.judge(objectionDue, true, today), today)).isEmpty();
        ComputedDate plan = new WmoDeadlines(HolidayCalendar.withDefaultDesignatedDays()).personalPlan(LocalDate.of(2025, 4, 7));
        CaseDeadline personalPlan = CaseDeadlines.judge(plan, false, today);
        assertThat(ReminderRule.needsTask(personalPlan)).isFalse();
        assertThat(ReminderRule.mailOn(personalPlan, today)).isEmpty();
    }
}
