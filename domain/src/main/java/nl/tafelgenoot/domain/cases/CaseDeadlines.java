package nl.tafelgenoot.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DeadlineKind;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.Term;
import nl.tafelgenoot.domain.deadlines.WmoDeadlines;
import nl.tafelgenoot.domain.deadlines.YouthCareDeadlines;

/**
 * The dates the law sets for a case so far (W1–W5 for the Wmo, J1 for youth care), from the
 * dates recorded on it, each with how it stands today. Pure: the same case and day always give
 * the same answer, so the screens and the tests agree.
 */
public final class CaseDeadlines {

    static final int DUE_SOON_DAYS = 7;

    private final WmoDeadlines wmo;
    private final YouthCareDeadlines youthCare;

    public CaseDeadlines(HolidayCalendar calendar) {
        this.wmo = new WmoDeadlines(calendar);
        this.youthCare = new YouthCareDeadlines(calendar);
    }

    /** The case's computed dates in date order. */
    public List<CaseDeadline> of(SupportCase c, LocalDate today) {
        return of(c, false, today);
    }

    /**
     * The case's computed dates in date order.
     *
     * @param decisionTaken whether the decision on the application is known to be taken, which
     *                      meets W5 and J1 even while the case's phase still says otherwise
     */
    public List<CaseDeadline> of(SupportCase c, boolean decisionTaken, LocalDate today) {
        List<CaseDeadline> deadlines = new ArrayList<>();
        LocalDate notified = c.getNotifiedOn();
        boolean interviewed = c.getInterviewOn() != null;
        boolean decided = decisionTaken || c.getPhase().ordinal() > CasePhase.DECISION.ordinal();
        if (c.getLaw() == Law.JEUGDWET) {
            Optional<Term> term = Optional.ofNullable(c.getYouthCareTermWeeks()).map(Term::weeks);
            deadlines.add(judge(c, youthCare.decision(notified, term), decided, today));
        } else {
            deadlines.add(judge(c, wmo.personalPlan(notified), false, today));
            deadlines.add(judge(c, wmo.investigation(notified), interviewed, today));
            if (!interviewed) {
                deadlines.add(judge(c, wmo.applicationWithoutInvestigationFrom(notified), false, today));
            } else {
                deadlines.add(judge(c, wmo.interviewReportExpected(c.getInterviewOn()),
                        c.getReportReceivedOn() != null, today));
            }
            if (c.getApplicationOn() != null) {
                deadlines.add(judge(c, wmo.decisionOnApplication(c.getApplicationOn()), decided, today));
            }
        }
        deadlines.sort(Comparator.comparing(d -> d.computed().date()));
        return deadlines;
    }

    /** The first date of the case that is not met, if any: what the case waits for next. */
    public Optional<CaseDeadline> next(SupportCase c, LocalDate today) {
        return next(of(c, today));
    }

    /** The first of these dates (in date order) that still asks for something. */
    public static Optional<CaseDeadline> next(List<CaseDeadline> inDateOrder) {
        return inDateOrder.stream()
                .filter(d -> d.status() != DeadlineStatus.MET && d.status() != DeadlineStatus.PASSED
                        && d.status() != DeadlineStatus.REACHED)
                .findFirst();
    }

    private static CaseDeadline judge(SupportCase c, ComputedDate computed, boolean met, LocalDate today) {
        return judge(computed, met || c.getPhase() == CasePhase.CLOSED, today);
    }

    /**
     * How a computed date stands today: met when what it asks for happened (or nothing is asked
     * any more); a right that starts on the date is upcoming or reached; a deadline is upcoming,
     * due within a week, or overdue (an optional one, the personal plan, only passed).
     */
    public static CaseDeadline judge(ComputedDate computed, boolean met, LocalDate today) {
        LocalDate date = computed.date();
        if (met) {
            return new CaseDeadline(computed, DeadlineStatus.MET);
        }
        if (computed.kind() == DeadlineKind.STARTS_ON) {
            return new CaseDeadline(computed, date.isAfter(today) ? DeadlineStatus.UPCOMING : DeadlineStatus.REACHED);
        }
        if (date.isBefore(today)) {
            boolean optional = computed.rule() == DeadlineRule.PERSONAL_PLAN;
            return new CaseDeadline(computed, optional ? DeadlineStatus.PASSED : DeadlineStatus.OVERDUE);
        }
        return new CaseDeadline(computed,
                date.isAfter(today.plusDays(DUE_SOON_DAYS)) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE_SOON);
    }
}
