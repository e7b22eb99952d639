package nl.tafelgenoot.domain.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskSource;

/**
 * When the portal chases a missing interview report (W3). Pure: the same case, day and calendar
 * always give the same answer, so the daily job, the immediate check after a date is entered and
 * the tests agree.
 *
 * <p>A chase is needed exactly when the case's deadlines ({@link CaseDeadlines}) show the W3 date
 * as {@link DeadlineStatus#OVERDUE}: the interview was held, no report date is recorded, the case
 * is not closed, and the date the report was expected (two weeks after the interview) lies before
 * today. W3 is practice, not law, and {@code WmoDeadlines} deliberately does not move it with the
 * Algemene termijnenwet; the chase follows the same date, so the screen's "verlopen" and the
 * task never disagree. Youth-care cases have no W3 and are never chased.
 *
 * <p>At most one chase task is open per case. A chase task a person ticked off (they chased) is
 * not opened again for the same date; one the portal closed (the report came in) is reopened when
 * the report date is taken away again; a corrected interview date moves the open task's date.
 */
public final class ReportChaseRule {

    private final CaseDeadlines deadlines;

    public ReportChaseRule(HolidayCalendar calendar) {
        this.deadlines = new CaseDeadlines(calendar);
    }

    /** The date the report was expected by, when it is missing and that date has passed; else empty. */
    public Optional<LocalDate> overdueSince(SupportCase supportCase, LocalDate today) {
        return deadlines.of(supportCase, today).stream()
                .filter(d -> d.computed().rule() == DeadlineRule.INTERVIEW_REPORT)
                .filter(d -> d.status() == DeadlineStatus.OVERDUE)
                .map(CaseDeadline::computed)
                .map(c -> c.date())
                .findFirst();
    }

    /** What to do on the case today, given all its tasks (or just its chase tasks). */
    public ChaseStep next(SupportCase supportCase, LocalDate today, List<CaseTask> tasksOfCase) {
        List<CaseTask> chases = tasksOfCase.stream().filter(t -> t.getSource() == TaskSource.REPORT_CHASE).toList();
        Optional<CaseTask> open = chases.stream().filter(t -> !t.isDone()).findFirst();
        Optional<LocalDate> due = overdueSince(supportCase, today);
        if (due.isEmpty()) {
            return open.map(t -> new ChaseStep(ChaseStep.Action.CLOSE, t, null)).orElse(ChaseStep.none());
        }
        LocalDate dueOn = due.get();
        if (open.isPresent()) {
            return open.get().getDueOn().equals(dueOn) ? ChaseStep.none()
                    : new ChaseStep(ChaseStep.Action.RESCHEDULE, open.get(), dueOn);
        }
        List<CaseTask> sameDate = chases.stream().filter(t -> dueOn.equals(t.getDueOn())).toList();
        if (sameDate.isEmpty()) {
            return new ChaseStep(ChaseStep.Action.OPEN, null, dueOn);
        }
        if (sameDate.stream().anyMatch(t -> !t.isClosedBySystem())) {
            return ChaseStep.none();
        }
        return new ChaseStep(ChaseStep.Action.REOPEN, sameDate.get(0), dueOn);
    }
}
