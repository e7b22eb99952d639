package nl.tafelgenoot.domain.advisors;

/**
 * One line of a matching score: the reason, the points it gave, and for expertise which one.
 *
 * @param expertise the expertise the reason is about, {@code null} for other reasons
 */
public record MatchFactor(MatchReason reason, int points, Expertise expertise) {

    public static MatchFactor of(MatchReason reason, int points) {
        return new MatchFactor(reason, points, null);
    }
}
