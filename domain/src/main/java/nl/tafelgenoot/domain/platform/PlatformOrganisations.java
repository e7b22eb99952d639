package nl.tafelgenoot.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.security.Permission;

/**
 * The platform operator's changes of the global organisation table, each in its own transaction
 * (the work inside an organisation runs in that organisation's, see {@link PlatformService}).
 */
@ApplicationScoped
@Transactional
public class PlatformOrganisations {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public List<Organisation> all() {
        user.require(Permission.PLATFORM_MANAGE);
        return organisations.all();
    }

    /** Creates the organisation; a slug in use is refused at its field. */
    public Organisation create(NewOrganisation form) {
        user.require(Permission.PLATFORM_MANAGE);
        if (organisations.findBySlug(form.slug()).isPresent()) {
            throw new PlatformRefused("slugTaken", "slug");
        }
        Organisation organisation = new Organisation(form.slug(), form.name(), form.kind(), clock.instant());
        organisation.changePlatformDetails(form.contactEmail(), form.region());
        return organisations.add(organisation);
    }

    /** Suspends (or reactivates) the organisation; returns it. */
    public Organisation changeStatus(long id, boolean suspend) {
        user.require(Permission.PLATFORM_MANAGE);
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation"));
        if (organisation.getStatus() != OrganisationStatus.ACTIVE
                && organisation.getStatus() != OrganisationStatus.SUSPENDED) {
            // Leaving or gone: an offboarding is called off first, and only then reactivated.
            throw new PlatformRefused("leaving", null);
        }
        if (suspend) {
            organisation.suspend();
        } else {
            organisation.reactivate();
        }
        return organisation;
    }
}
