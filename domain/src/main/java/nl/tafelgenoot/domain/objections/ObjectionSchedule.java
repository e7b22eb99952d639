package nl.tafelgenoot.domain.objections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CaseDeadlines;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.LateDecisionDeadlines;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.deadlines.ObjectionProcedure;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import nl.tafelgenoot.domain.deadlines.RepairPeriod;

/**
 * Every date that follows a decision, computed afresh from what is stored, so that correcting
 * one input date moves everything after it: the objection term (A1) and, for a posted
 * objection, its week of grace (A2); the repair term of a pro-forma objection (A4) and the
 * decision term on the objection, with the clock stopped during the repair (A5); the last day
 * for documents before the hearing (A6); the penalty and the appeal against silence after a
 * notice of default (A7, A8), for the decision on the application and for the one on the
 * objection; and the appeal term (A9). Pure: the same facts and day give the same answer.
 *
 * <p>The objection term is not reminded when the decision granted everything and no objection
 * was started: nothing to object to.
 */
public final class ObjectionSchedule {

    private final ObjectionDeadlines objectionDeadlines;
    private final LateDecisionDeadlines lateDecisions;

    public ObjectionSchedule(HolidayCalendar calendar) {
        this.objectionDeadlines = new ObjectionDeadlines(calendar);
        this.lateDecisions = new LateDecisionDeadlines(calendar);
    }

    /** Everything computed for a case's decision and objection, as of today. */
    public record Result(List<CaseDeadline> deadlines, Optional<PenaltyStatus> decisionPenalty,
                         Optional<PenaltyStatus> objectionPenalty, Optional<ObjectionTimeliness> timeliness) {
    }

    public Result of(Decision decision, Objection objection, LocalDate today) {
        List<CaseDeadline> deadlines = new ArrayList<>();
        Optional<PenaltyStatus> decisionPenalty = Optional.empty();
        Optional<PenaltyStatus> objectionPenalty = Optional.empty();
        Optional<ObjectionTimeliness> timeliness = Optional.empty();
        if (decision == null) {
            return new Result(deadlines, decisionPenalty, objectionPenalty, timeliness);
        }
        boolean closed = objection != null && objection.getState() == ObjectionState.CLOSED;
        LocalDate noticeReceived = decision.getNoticeOfDefault().getReceivedOn();
        if (noticeReceived != null) {
            decisionPenalty = Optional.of(penalty(noticeReceived, decision.getDispatchedOn(), today));
            addPenaltyDates(deadlines, decisionPenalty.get(), today);
        }
        LocalDate dispatched = decision.getDispatchedOn();
        if (dispatched == null) {
            return sorted(deadlines, decisionPenalty, objectionPenalty, timeliness);
        }
        LocalDate received = objection == null ? null : objection.getReceivedOn();
        boolean objecting = objection != null;
        if (objecting || decision.getOutcome() != DecisionOutcome.GRANTED) {
            ComputedDate a1 = objectionDeadlines.objection(dispatched);
            deadlines.add(CaseDeadlines.judge(a1, closed || received != null, today));
        }
        if (!objecting) {
            return sorted(deadlines, decisionPenalty, objectionPenalty, timeliness);
        }
        if (objection.getPostedOn() != null) {
            deadlines.add(CaseDeadlines.judge(objectionDeadlines.postedObjectionReceipt(dispatched),
                    closed || received != null, today));
        }
        if (received == null) {
            return sorted(deadlines, decisionPenalty, objectionPenalty, timeliness);
        }
        timeliness = Optional.of(objectionDeadlines.timeliness(dispatched, objection.getPostedOn(), received));
        LocalDate decidedOnObjection = objection.getDecisionDispatchedOn();
        boolean decided = decidedOnObjection != null;
        if (objection.getRepairRequestedOn() != null && objection.getRepairDueOn() != null) {
            deadlines.add(CaseDeadlines.judge(objectionDeadlines.groundsRepair(objection.getRepairRequestedOn(),
                    objection.getRepairDueOn()), closed || decided || objection.getGroundsFiledOn() != null, today));
        }
        deadlines.add(CaseDeadlines.judge(objectionDeadlines.decisionOnObjection(
                objectionDeadlines.objection(dispatched).date(), procedure(objection)), closed || decided, today));
        if (objection.getHearingAt() != null) {
            boolean held = objection.getState().ordinal() >= ObjectionState.HEARING_HELD.ordinal();
            deadlines.add(CaseDeadlines.judge(objectionDeadlines.hearingDocuments(objection.getHearingAt().toLocalDate()),
                    closed || held, today));
        }
        LocalDate objectionNotice = objection.getNoticeOfDefault().getReceivedOn();
        if (objectionNotice != null) {
            objectionPenalty = Optional.of(penalty(objectionNotice, decidedOnObjection, today));
            addPenaltyDates(deadlines, objectionPenalty.get(), today);
        }
        if (decided) {
            deadlines.add(CaseDeadlines.judge(objectionDeadlines.appeal(decidedOnObjection),
                    closed || objection.getAppealFiledOn() != null, today));
        }
        return sorted(deadlines, decisionPenalty, objectionPenalty, timeliness);
    }

    /** Committee, extension and the repair period, the last counted until the grounds came or the term ran out. */
    static ObjectionProcedure procedure(Objection objection) {
        ObjectionProcedure procedure = ObjectionProcedure.STANDARD;
        if (objection.isAdvisoryCommittee()) {
            procedure = procedure.withAdvisoryCommittee();
        }
        if (objection.isExtended()) {
            procedure = procedure.withExtension();
        }
        LocalDate requested = objection.getRepairRequestedOn();
        LocalDate due = objection.getRepairDueOn();
        if (requested != null && due != null) {
            LocalDate grounds = objection.getGroundsFiledOn();
            LocalDate ended = grounds != null && grounds.isBefore(due) ? grounds : due;
            procedure = procedure.withRepairPeriod(new RepairPeriod(requested, ended.isBefore(requested) ? requested : ended));
        }
        return procedure;
    }

    private PenaltyStatus penalty(LocalDate noticeReceived, LocalDate decisionDispatched, LocalDate today) {
        LocalDate until = decisionDispatched != null ? decisionDispatched.minusDays(1) : today;
        return new PenaltyStatus(lateDecisions.penaltyFirstDay(noticeReceived),
                lateDecisions.penaltyMaximumReached(noticeReceived),
                lateDecisions.appealAgainstNotDecidingFrom(noticeReceived),
                lateDecisions.accruedPenaltyEuros(noticeReceived, until), until, decisionDispatched != null);
    }

    private static void addPenaltyDates(List<CaseDeadline> deadlines, PenaltyStatus penalty, LocalDate today) {
        deadlines.add(CaseDeadlines.judge(penalty.firstDay(), penalty.decided(), today));
        deadlines.add(CaseDeadlines.judge(penalty.appealAgainstSilenceFrom(), penalty.decided(), today));
    }

    private static Result sorted(List<CaseDeadline> deadlines, Optional<PenaltyStatus> decisionPenalty,
                                 Optional<PenaltyStatus> objectionPenalty, Optional<ObjectionTimeliness> timeliness) {
        deadlines.sort(Comparator.comparing(d -> d.computed().date()));
        return new Result(List.copyOf(deadlines), decisionPenalty, objectionPenalty, timeliness);
    }
}
