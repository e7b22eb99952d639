package nl.tafelgenoot.domain.advisors;

import java.util.List;

/**
 * Refusal to give an advisor a new case: not active, VOG missing or too old, list full. Carries
 * the reasons so the coordinator sees exactly why.
 */
public class AdvisorBlocked extends RuntimeException {

    private final List<MatchReason> reasons;

    public AdvisorBlocked(List<MatchReason> reasons) {
        super("Advisor cannot take a new case: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<MatchReason> reasons() {
        return reasons;
    }
}
