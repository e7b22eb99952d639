package nl.tafelgenoot.domain.people;

import java.util.Collection;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Role;

/**
 * The rules of changing an organisation's people, apart from the database: an organisation always
 * keeps an admin, and nobody deactivates themselves or takes their own admin role (another admin
 * must, so nobody locks the organisation out by a slip).
 */
public final class PeopleRules {

    private PeopleRules() {
    }

    /**
     * Refuses a change of {@code target}'s roles to {@code newRoles} (empty: they leave) when it
     * would leave the organisation without an admin, or when the actor takes their own admin role
     * or deactivates themselves.
     *
     * @param admins the account ids holding the admin role in the organisation now
     */
    public static void requireAllowed(long actor, long target, Set<Role> newRoles, Collection<Long> admins) {
        if (actor == target && newRoles.isEmpty()) {
            throw new PeopleRefused("notYourself", null);
        }
        boolean losesAdmin = admins.contains(target) && !newRoles.contains(Role.ADMIN);
        if (losesAdmin && actor == target) {
            throw new PeopleRefused("notYourself", "roles");
        }
        if (losesAdmin && admins.stream().filter(id -> id != target).count() == 0) {
            throw new PeopleRefused("lastAdmin", newRoles.isEmpty() ? null : "roles");
        }
    }

    /** The roles asked for must be at least one. */
    public static void requireSomeRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new PeopleRefused("rolesRequired", "roles");
        }
    }
}
