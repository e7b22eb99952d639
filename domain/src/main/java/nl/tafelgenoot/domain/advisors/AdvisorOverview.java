package nl.tafelgenoot.domain.advisors;

import java.time.LocalDate;

/**
 * One advisor as the coordinator's list shows them: name, profile, open cases now, and whether
 * their VOG still counts (the date until which it does, for a warning before it runs out).
 */
public record AdvisorOverview(long accountId, String name, String email, AdvisorProfile profile, int openCases,
                              boolean vogValid, LocalDate vogValidUntil) {
}
