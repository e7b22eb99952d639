package nl.tafelgenoot.domain.overview;

import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;

/**
 * One line of the coordinator's overview, and of its CSV export: just what the screen shows,
 * no other client data. The next deadline is the one noted on the case (null when it has none).
 */
public record CaseOverviewRow(String publicId, String reference, String clientName, String municipality,
                              CasePhase phase, List<String> advisors, LocalDate nextDeadlineOn,
                              DeadlineRule nextDeadlineRule, boolean overdue) {

    public CaseOverviewRow {
        advisors = List.copyOf(advisors);
    }

    /** The rule id shown beside the date (W1, A1, …), empty without a deadline. */
    public String nextDeadlineRuleId() {
        return nextDeadlineRule == null ? "" : nextDeadlineRule.ruleId();
    }
}
