package nl.tafelgenoot.domain.advisors;

/**
 * One advisor as matching sees them: the profile (with absences and availability), the name
 * shown and used to break ties, and how many open cases they have now (the caller counts them).
 */
public record MatchCandidate(AdvisorProfile profile, String name, int openCases) {
}
