package nl.tafelgenoot.domain.people;

import java.util.List;
import java.util.Optional;

/** Invitations and reset links: global, every query names the organisation or the secret. */
public interface InvitationRepository {

    StaffInvitation add(StaffInvitation invitation);

    /** The link with this secret's SHA-256, whatever its organisation (the public page has none). */
    Optional<StaffInvitation> findByTokenHash(String tokenHash);

    /** One invitation of the organisation; empty for another organisation's. */
    Optional<StaffInvitation> find(long organisationId, long id);

    /** The organisation's links of this purpose not yet used nor withdrawn (expired ones included). */
    List<StaffInvitation> open(long organisationId, InvitationPurpose purpose);
}
