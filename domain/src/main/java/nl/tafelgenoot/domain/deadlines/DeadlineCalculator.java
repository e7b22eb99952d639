package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date from one rule id and one input date, for people without a case: the public page
 * "Termijnen berekenen" and the JSON API. It only maps onto the rule classes ({@link WmoDeadlines},
 * {@link ObjectionDeadlines}), so the calculator can never disagree with the case screens.
 *
 * <p>Options the rule does not take are refused rather than ignored: someone asking for A1 "with
 * an advisory committee" has misunderstood which term the committee changes, and a silent answer
 * would confirm the mistake. Input dates are accepted from {@value PublicHolidays#FIRST_SUPPORTED_YEAR}
 * (the first year with King's Day) through {@value #LAST_SUPPORTED_YEAR}.
 */
public final class DeadlineCalculator {

    public static final int LAST_SUPPORTED_YEAR = 2100;
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(PublicHolidays.FIRST_SUPPORTED_YEAR, 1, 1);
    public static final LocalDate LAST_SUPPORTED_DATE = LocalDate.of(LAST_SUPPORTED_YEAR, 12, 31);

    private final WmoDeadlines wmo;
    private final ObjectionDeadlines objections;

    public DeadlineCalculator(HolidayCalendar calendar) {
        this.wmo = new WmoDeadlines(calendar);
        this.objections = new ObjectionDeadlines(calendar);
    }

    /**
     * @param ruleId    the rule's id as DOMAIN.md writes it, ignoring case
     * @param committee an advisory committee was announced (A5 only)
     * @param extended  the decision term was extended in writing (A5 only)
     * @throws Refused  for an unknown rule, an option the rule does not take, or a date outside the supported years
     */
    public ComputedDate compute(String ruleId, LocalDate from, boolean committee, boolean extended) {
        CalculatorRule rule = CalculatorRule.byId(ruleId).orElseThrow(() -> new Refused(Refused.Reason.UNKNOWN_RULE));
        return compute(rule, from, committee, extended);
    }

    public ComputedDate compute(CalculatorRule rule, LocalDate from, boolean committee, boolean extended) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(from, "from");
        if ((committee || extended) && !rule.takesProcedureOptions()) {
            throw new Refused(Refused.Reason.OPTION_NOT_TAKEN);
        }
        if (from.isBefore(FIRST_SUPPORTED_DATE) || from.isAfter(LAST_SUPPORTED_DATE)) {
            throw new Refused(Refused.Reason.DATE_OUT_OF_RANGE);
        }
        return switch (rule) {
            case W1 -> wmo.investigation(from);
            case W3 -> wmo.interviewReportExpected(from);
            case W5 -> wmo.decisionOnApplication(from);
            case A1 -> objections.objection(from);
            case A2 -> objections.postedObjectionReceipt(from);
            case A5 -> objections.decisionOnObjection(from, procedure(committee, extended));
            case A9 -> objections.appeal(from);
        };
    }

    private static ObjectionProcedure procedure(boolean committee, boolean extended) {
        ObjectionProcedure procedure = ObjectionProcedure.STANDARD;
        if (committee) {
            procedure = procedure.withAdvisoryCommittee();
        }
        return extended ? procedure.withExtension() : procedure;
    }

    /** Why the calculator gives no date; screens and the API translate the reason. */
    public static final class Refused extends RuntimeException {

        public enum Reason {
            UNKNOWN_RULE,
            /** committee or extended asked for a rule other than A5. */
            OPTION_NOT_TAKEN,
            /** Before 2014 (no King's Day rule) or after {@value DeadlineCalculator#LAST_SUPPORTED_YEAR}. */
            DATE_OUT_OF_RANGE
        }

        private final Reason reason;

        public Refused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
