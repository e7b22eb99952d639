package nl.tafelgenoot.domain.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a support case stands on the route of DOMAIN.md: notification (melding), preparation,
 * interview, report, application and decision, then closed. Objection and appeal follow a
 * decision; their rules arrive with the objections feature. A phase may move one step forward,
 * one step back (to correct a mistake), or to closed; a closed case may be reopened into the
 * phase it was closed from, which the case itself remembers.
 */
public enum CasePhase {
    NOTIFICATION,
    PREPARATION,
    INTERVIEW,
    REPORT,
    DECISION,
    OBJECTION,
    APPEAL,
    CLOSED;

    /** The phases this one may move to directly. */
    public Set<CasePhase> next() {
        Set<CasePhase> next = EnumSet.noneOf(CasePhase.class);
        switch (this) {
            case NOTIFICATION -> next.add(PREPARATION);
            case PREPARATION -> next.addAll(Set.of(NOTIFICATION, INTERVIEW));
            case INTERVIEW -> next.addAll(Set.of(PREPARATION, REPORT));
            case REPORT -> next.addAll(Set.of(INTERVIEW, DECISION));
            case DECISION -> next.addAll(Set.of(REPORT, OBJECTION));
            case OBJECTION -> next.addAll(Set.of(DECISION, APPEAL));
            case APPEAL -> next.add(OBJECTION);
            case CLOSED -> {
                return next;
            }
        }
        next.add(CLOSED);
        return next;
    }

    public boolean canMoveTo(CasePhase target) {
        return next().contains(target);
    }
}
