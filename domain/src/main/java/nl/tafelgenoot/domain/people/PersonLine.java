package nl.tafelgenoot.domain.people;

import java.util.Set;
import nl.tafelgenoot.domain.accounts.Role;

/**
 * One line of the people list: a colleague ({@code accountId} set) or a pending invitation
 * ({@code invitationId} set).
 */
public record PersonLine(Long accountId, Long invitationId, String name, String email, Set<Role> roles,
                         PersonState state, boolean twoStep) {
}
