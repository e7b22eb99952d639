package nl.tafelgenoot.domain.clients;

import java.util.Set;

/** An existing client who may be the person being registered, and why. */
public record PossibleDuplicate(Client client, Set<DuplicateReason> reasons) {

    public PossibleDuplicate {
        reasons = Set.copyOf(reasons);
    }
}
