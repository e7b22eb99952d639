package nl.tafelgenoot.domain.deadlines;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules anyone may compute without a case, by the id DOMAIN.md gives them (the public
 * calculator and {@code GET /api/deadlines/{rule}}). Each takes one date, named by its trigger.
 * W1 means the investigation date (six weeks), the one members ask about; its personal-plan date
 * stays on the case screen. A7 and A8 are left out: they count from a notice of default, which a
 * member asking a calculator rarely has, and A7 yields two dates under one id.
 */
public enum CalculatorRule {
    W1(DeadlineRule.INVESTIGATION, Trigger.NOTIFICATION_RECEIVED),
    W3(DeadlineRule.INTERVIEW_REPORT, Trigger.INTERVIEW_HELD),
    W5(DeadlineRule.DECISION_ON_APPLICATION, Trigger.APPLICATION_RECEIVED),
    A1(DeadlineRule.OBJECTION, Trigger.DECISION_DISPATCHED),
    A2(DeadlineRule.POSTED_OBJECTION_RECEIPT, Trigger.DECISION_DISPATCHED),
    /** Counted from the end of the objection period; the only rule with options (committee, extension). */
    A5(DeadlineRule.DECISION_ON_OBJECTION, Trigger.OBJECTION_PERIOD_ENDED),
    A9(DeadlineRule.APPEAL, Trigger.DECISION_ON_OBJECTION_DISPATCHED);

    private final DeadlineRule rule;
    private final Trigger from;

    CalculatorRule(DeadlineRule rule, Trigger from) {
        this.rule = rule;
        this.from = from;
    }

    /** The rule's id as DOMAIN.md writes it ("A1"); the same as the constant's name. */
    public String id() {
        return name();
    }

    public DeadlineRule rule() {
        return rule;
    }

    /** What the one input date is. */
    public Trigger from() {
        return from;
    }

    /** Whether an announced advisory committee and a written extension change this rule's date. */
    public boolean takesProcedureOptions() {
        return this == A5;
    }

    /** The rule with this id, ignoring case ("a1" is A1); empty for any other text. */
    public static Optional<CalculatorRule> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(rule -> rule.id().equals(wanted)).findFirst();
    }
}
