package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Objection and appeal dates (A1, A2, A5, A9). All are terms set by the Awb and lengthened by the
 * Algemene termijnenwet.
 *
 * <p>Choices where the law leaves room: the objection term of A1 runs from the dispatch of the
 * decision, whether or not the letter arrived. A2's week for a posted objection to arrive counts
 * from the Atw-lengthened end of the objection term and is itself lengthened when it ends on a day
 * off (it is a term set by law, and the post does not deliver on Easter Monday); "posted before
 * the deadline" includes the term's last day. A5 counts from the end of the objection period the
 * caller passes, which should be A1's lengthened date (the later reading); the Atw is applied once,
 * to the whole decision term, also when committee plus extension make it 18 weeks (Atw art. 4 may
 * exclude terms over twelve weeks; a later date is the safe side for the client's notice of
 * default, which is premature when sent before the term has passed).
 */
public final class ObjectionDeadlines {

    static final Term OBJECTION_TERM = Term.weeks(6);
    static final Term POSTED_OBJECTION_GRACE = Term.weeks(1);
    static final Term DECISION_TERM = Term.weeks(6);
    static final Term DECISION_TERM_WITH_ADVISORY_COMMITTEE = Term.weeks(12);
    static final Term EXTENSION = Term.weeks(6);
    static final Term APPEAL_TERM = Term.weeks(6);
    static final int HEARING_DOCUMENTS_DAYS = 10;

    private final GeneralTermsAct atw;

    public ObjectionDeadlines(HolidayCalendar calendar) {
        this.atw = new GeneralTermsAct(calendar);
    }

    /** A1: the objection must be received within six weeks after the decision was dispatched. */
    public ComputedDate objection(LocalDate decisionDispatched) {
        return ComputedDate.of(DeadlineRule.OBJECTION, objectionEnd(decisionDispatched),
                Trigger.DECISION_DISPATCHED, decisionDispatched);
    }

    /** A2: the last day a posted objection may arrive, one week after the objection term. */
    public ComputedDate postedObjectionReceipt(LocalDate decisionDispatched) {
        TermEnd objectionEnd = objectionEnd(decisionDispatched);
        TermEnd receiptEnd = atw.endOf(objectionEnd.end(), POSTED_OBJECTION_GRACE);
        return ComputedDate.of(DeadlineRule.POSTED_OBJECTION_RECEIPT, objectionEnd.followedBy(receiptEnd),
                Trigger.DECISION_DISPATCHED, decisionDispatched);
    }

    /**
     * A1 and A2: received within the term, or posted within it and received within a week after it.
     *
     * @param posted the day the objection was posted, or null when it was handed in, faxed or sent digitally
     */
    public ObjectionTimeliness timeliness(LocalDate decisionDispatched, LocalDate posted, LocalDate received) {
        Objects.requireNonNull(received, "received");
        if (posted != null && posted.isAfter(received)) {
            throw new IllegalArgumentException("Objection received " + received + " before it was posted " + posted);
        }
        LocalDate lastDay = objection(decisionDispatched).date();
        if (!received.isAfter(lastDay)) {
            return ObjectionTimeliness.RECEIVED_IN_TIME;
        }
        boolean postedInTime = posted != null && !posted.isAfter(lastDay);
        if (postedInTime && !received.isAfter(postedObjectionReceipt(decisionDispatched).date())) {
            return ObjectionTimeliness.POSTED_IN_TIME;
        }
        return ObjectionTimeliness.LATE;
    }

    /** @param posted the day the objection was posted, or null when it was not sent by post */
    public boolean isObjectionOnTime(LocalDate decisionDispatched, LocalDate posted, LocalDate received) {
        return timeliness(decisionDispatched, posted, received).isOnTime();
    }

    /**
     * A5: the decision on the objection, six weeks after the end of the objection period (twelve
     * with an announced advisory committee), six weeks more when extended, plus the days the clock
     * stood still for repairs.
     *
     * @param objectionPeriodEnd the last day of the objection term, normally {@link #objection}'s date
     */
    public ComputedDate decisionOnObjection(LocalDate objectionPeriodEnd, ObjectionProcedure procedure) {
        Term term = procedure.advisoryCommitteeAnnounced() ? DECISION_TERM_WITH_ADVISORY_COMMITTEE : DECISION_TERM;
        LocalDate nominal = term.endAfter(objectionPeriodEnd);
        if (procedure.extended()) {
            nominal = EXTENSION.endAfter(nominal);
        }
        nominal = nominal.plusDays(procedure.suspendedDays());
        List<TriggerDate> from = new ArrayList<>();
        from.add(new TriggerDate(Trigger.OBJECTION_PERIOD_ENDED, objectionPeriodEnd));
        for (RepairPeriod repair : procedure.repairPeriods()) {
            from.add(new TriggerDate(Trigger.REPAIR_REQUESTED, repair.requested()));
            from.add(new TriggerDate(Trigger.REPAIR_ENDED, repair.ended()));
        }
        return ComputedDate.of(DeadlineRule.DECISION_ON_OBJECTION, atw.extend(objectionPeriodEnd, nominal), from);
    }

    /** A9: appeal at the district court within six weeks after the decision on the objection was dispatched. */
    public ComputedDate appeal(LocalDate decisionOnObjectionDispatched) {
        return ComputedDate.of(DeadlineRule.APPEAL, atw.endOf(decisionOnObjectionDispatched, APPEAL_TERM),
                Trigger.DECISION_ON_OBJECTION_DISPATCHED, decisionOnObjectionDispatched);
    }

    /**
     * A4: the repair term of a pro-forma objection is set by the municipality in its letter, not
     * by law; shown as a date with its rule so it can be reminded like the others. The Atw does
     * apply to a term an administrative body sets (art. 1 lid 1), so it is lengthened too.
     */
    public ComputedDate groundsRepair(LocalDate requested, LocalDate due) {
        if (due.isBefore(requested)) {
            throw new IllegalArgumentException("Repair due " + due + " before it was requested " + requested);
        }
        return ComputedDate.of(DeadlineRule.GROUNDS_REPAIR, atw.extend(requested, due), Trigger.REPAIR_REQUESTED, requested);
    }

    /**
     * A6: further documents may be handed in until ten days before the hearing (Awb 7:4 lid 1),
     * counted back from the hearing day. A term counted backwards is not lengthened by the Atw
     * (that would move it towards the hearing), so the date stands even on a day off.
     */
    public ComputedDate hearingDocuments(LocalDate hearing) {
        return ComputedDate.of(DeadlineRule.HEARING_DOCUMENTS, TermEnd.unextended(hearing.minusDays(HEARING_DOCUMENTS_DAYS)),
                Trigger.HEARING, hearing);
    }

    private TermEnd objectionEnd(LocalDate decisionDispatched) {
        return atw.endOf(decisionDispatched, OBJECTION_TERM);
    }
}
