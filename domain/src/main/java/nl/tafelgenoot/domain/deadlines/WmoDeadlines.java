package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;

/**
 * The Wmo 2015 dates from notification to decision (W1, W2, W3, W5). The terms of W1 and W5 are
 * set by law and lengthened by the Algemene termijnenwet; W3 is a practice reminder and is not.
 */
public final class WmoDeadlines {

    static final Term PERSONAL_PLAN_TERM = Term.days(7);
    static final Term INVESTIGATION_TERM = Term.weeks(6);
    static final Term REPORT_EXPECTED_TERM = Term.weeks(2);
    static final Term DECISION_TERM = Term.weeks(2);

    private final GeneralTermsAct atw;

    public WmoDeadlines(HolidayCalendar calendar) {
        this.atw = new GeneralTermsAct(calendar);
    }

    /** W1: the client may hand in a personal plan until seven days after the notification. */
    public ComputedDate personalPlan(LocalDate notificationReceived) {
        return ComputedDate.of(DeadlineRule.PERSONAL_PLAN, atw.endOf(notificationReceived, PERSONAL_PLAN_TERM),
                Trigger.NOTIFICATION_RECEIVED, notificationReceived);
    }

    /** W1: the municipality must have done the investigation (the interview) six weeks after the notification. */
    public ComputedDate investigation(LocalDate notificationReceived) {
        return ComputedDate.of(DeadlineRule.INVESTIGATION, investigationEnd(notificationReceived),
                Trigger.NOTIFICATION_RECEIVED, notificationReceived);
    }

    /**
     * W2: when the investigation is not done within its term, the client may apply without it from
     * the day after the term's last day (the municipality may still investigate on that last day),
     * so from the day after the Atw-lengthened end of W1's six weeks.
     */
    public ComputedDate applicationWithoutInvestigationFrom(LocalDate notificationReceived) {
        return ComputedDate.of(DeadlineRule.APPLICATION_WITHOUT_INVESTIGATION,
                investigationEnd(notificationReceived).plusDays(1), Trigger.NOTIFICATION_RECEIVED, notificationReceived);
    }

    /**
     * W3: practice expects the interview report within two weeks; the law sets no term, so this
     * is a reminder to chase and the Atw does not move it, even onto a weekend.
     */
    public ComputedDate interviewReportExpected(LocalDate interviewHeld) {
        return ComputedDate.of(DeadlineRule.INTERVIEW_REPORT, TermEnd.unextended(REPORT_EXPECTED_TERM.endAfter(interviewHeld)),
                Trigger.INTERVIEW_HELD, interviewHeld);
    }

    /** W5: the municipality decides within two weeks after receiving the application. */
    public ComputedDate decisionOnApplication(LocalDate applicationReceived) {
        return ComputedDate.of(DeadlineRule.DECISION_ON_APPLICATION, atw.endOf(applicationReceived, DECISION_TERM),
                Trigger.APPLICATION_RECEIVED, applicationReceived);
    }

    private TermEnd investigationEnd(LocalDate notificationReceived) {
        return atw.endOf(notificationReceived, INVESTIGATION_TERM);
    }
}
