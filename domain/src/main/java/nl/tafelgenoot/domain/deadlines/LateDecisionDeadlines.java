package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What follows a written notice of default (ingebrekestelling) after a missed decision term: the
 * penalty (A7, Awb 4:17–4:18) and the appeal against not deciding (A8, Awb 6:12). Both start
 * "2 weeks after the notice was received", counted as DOMAIN.md counts every term: the same
 * weekday two weeks later, which is also the first penalty day.
 *
 * <p>Debatable: whether the Atw lengthens those two weeks. We apply it, because the two weeks are
 * a legal term the municipality gets to decide in. For A8 that is the safe side (an appeal filed a
 * day late costs nothing, one filed too early may be inadmissible); for A7 it gives the lower,
 * uncontested amount, which the advisor may argue up. Either way the screen shows the shift.
 */
public final class LateDecisionDeadlines {

    static final Term GRACE_TERM = Term.weeks(2);

    private final GeneralTermsAct atw;

    public LateDecisionDeadlines(HolidayCalendar calendar) {
        this.atw = new GeneralTermsAct(calendar);
    }

    /** A7: the first day the penalty is owed. */
    public ComputedDate penaltyFirstDay(LocalDate noticeReceived) {
        return ComputedDate.of(DeadlineRule.PENALTY_FIRST_DAY, graceEnd(noticeReceived),
                Trigger.NOTICE_OF_DEFAULT_RECEIVED, noticeReceived);
    }

    /** A7: the 42nd penalty day, on which the maximum of EUR 1,442 is reached. */
    public ComputedDate penaltyMaximumReached(LocalDate noticeReceived) {
        return ComputedDate.of(DeadlineRule.PENALTY_MAXIMUM_REACHED,
                graceEnd(noticeReceived).plusDays(PenaltyForLateDecision.MAXIMUM_DAYS - 1L),
                Trigger.NOTICE_OF_DEFAULT_RECEIVED, noticeReceived);
    }

    /**
     * A7: the penalty owed up to and including the given day, in whole euros; 0 before the first
     * penalty day. Pass the last day the decision was still missing; the portal does not know when
     * the municipality decided.
     */
    public int accruedPenaltyEuros(LocalDate noticeReceived, LocalDate on) {
        LocalDate firstDay = graceEnd(noticeReceived).end();
        if (on.isBefore(firstDay)) {
            return 0;
        }
        return PenaltyForLateDecision.eurosForDays(ChronoUnit.DAYS.between(firstDay, on) + 1);
    }

    /** A8: from this day the client may appeal to the court against the municipality not deciding. */
    public ComputedDate appealAgainstNotDecidingFrom(LocalDate noticeReceived) {
        return ComputedDate.of(DeadlineRule.APPEAL_AGAINST_NOT_DECIDING, graceEnd(noticeReceived),
                Trigger.NOTICE_OF_DEFAULT_RECEIVED, noticeReceived);
    }

    private TermEnd graceEnd(LocalDate noticeReceived) {
        return atw.endOf(noticeReceived, GRACE_TERM);
    }
}
