package nl.tafelgenoot.domain.cases;

import nl.tafelgenoot.domain.deadlines.ComputedDate;

/** One computed date of a case (with its rule, articles and inputs) and how it stands today. */
public record CaseDeadline(ComputedDate computed, DeadlineStatus status) {

    public boolean needsAttention() {
        return status == DeadlineStatus.OVERDUE || status == DeadlineStatus.DUE_SOON;
    }
}
