package nl.tafelgenoot.domain.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Organisations are global: this repository needs no tenant. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findBySlug(String slug);

    /** The organisations with these ids, sorted by name. */
    List<Organisation> findAll(Collection<Long> ids);

    long count();

    /** Every organisation, active or not, sorted by name (the platform operator's list). */
    List<Organisation> all();

    /** Every active organisation, for background work that runs once per organisation. */
    List<Organisation> active();

    Organisation add(Organisation organisation);
}
