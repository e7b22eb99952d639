package nl.tafelgenoot.domain.advisors;

import java.util.List;

/**
 * How well one advisor fits one request: the points, every factor with its points, and what
 * blocks the advisor from being assigned (empty when nothing does). Blocked advisors are still
 * listed, after the eligible ones, with their reasons.
 */
public record MatchingScore(long accountId, String name, int points, List<MatchFactor> factors,
                            List<MatchReason> blocks, int openCases, int maxOpenCases) {

    public MatchingScore {
        factors = List.copyOf(factors);
        blocks = List.copyOf(blocks);
    }

    public boolean isBlocked() {
        return !blocks.isEmpty();
    }
}
