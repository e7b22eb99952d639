package nl.tafelgenoot.domain.organisations;

import java.util.Optional;

/** Letterheads: one per organisation, found by the organisation's id only. */
public interface LetterheadRepository {

    Optional<OrganisationLetterhead> find(long organisationId);

    OrganisationLetterhead add(OrganisationLetterhead letterhead);
}
