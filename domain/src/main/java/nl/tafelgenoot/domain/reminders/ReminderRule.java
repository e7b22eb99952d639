package nl.tafelgenoot.domain.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;

/**
 * Which deadlines the portal watches with a task and reminds by e-mail, and when. Watched are the
 * legal deadlines someone must act on or check: the interview term and the decision terms the
 * municipality must keep (W1, W5, J1, A5), and the terms the client must keep (A1, A4, A6, A9).
 * Not watched: the personal plan (optional), the week of grace for a posted objection (it only
 * says whether a posted objection was in time), dates that start a right, and the report (W3,
 * which has its own chase task).
 *
 * <p>Mails go out 7 and 2 days before the date and on the day after it when it was missed. The
 * daily run may have missed a morning (a restart, a holiday of the server), so each moment is a
 * window rather than one day: "7 days" from 7 down to 3 days left, "2 days" from 2 down to 0,
 * "missed" up to a week after; the outbox's key makes each moment go out once.
 */
public final class ReminderRule {

    public static final Set<DeadlineRule> WATCHED = EnumSet.of(DeadlineRule.INVESTIGATION,
            DeadlineRule.DECISION_ON_APPLICATION, DeadlineRule.YOUTH_CARE_DECISION, DeadlineRule.OBJECTION,
            DeadlineRule.GROUNDS_REPAIR, DeadlineRule.DECISION_ON_OBJECTION, DeadlineRule.HEARING_DOCUMENTS,
            DeadlineRule.APPEAL);

    static final int MISSED_WINDOW_DAYS = 7;

    private ReminderRule() {
    }

    /** Whether the portal keeps a task for this date now: a watched rule not met yet. */
    public static boolean needsTask(CaseDeadline deadline) {
        return WATCHED.contains(deadline.computed().rule()) && deadline.status() != DeadlineStatus.MET;
    }

    /** The reminder due today for this date, if any. */
    public static Optional<ReminderMoment> mailOn(CaseDeadline deadline, LocalDate today) {
        if (!needsTask(deadline)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline.computed().date());
        if (daysLeft > 2 && daysLeft <= 7) {
            return Optional.of(ReminderMoment.SEVEN_DAYS_BEFORE);
        }
        if (daysLeft >= 0 && daysLeft <= 2) {
            return Optional.of(ReminderMoment.TWO_DAYS_BEFORE);
        }
        if (daysLeft < 0 && daysLeft >= -MISSED_WINDOW_DAYS) {
            return Optional.of(ReminderMoment.MISSED);
        }
        return Optional.empty();
    }
}
