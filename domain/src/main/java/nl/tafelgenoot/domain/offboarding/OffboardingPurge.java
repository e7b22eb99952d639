package nl.tafelgenoot.domain.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Carries out one offboarding, in one transaction with the leaving organisation bound: deletes all
 * its rows ({@link TenantPurge}), records the counts and marks the organisation offboarded. Run by
 * the morning job as the system, so it asks for no permission; instead it refuses unless the
 * offboarding is due, its organisation is the one bound and is still being offboarded, so nothing
 * else can ever be deleted through it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OffboardingPurge {

    @Inject
    OffboardingRepository offboardings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantPurge purge;

    @Inject
    TenantContext tenant;

    /** The offboarding carried out, or empty when it is not (yet) due. */
    public Optional<Offboarding> carryOut(long offboardingId, Instant now) {
        Offboarding offboarding = offboardings.find(offboardingId).orElse(null);
        if (offboarding == null || !offboarding.isDue(now)) {
            return Optional.empty();
        }
        Organisation organisation = organisations.find(offboarding.getOrganisationId()).orElseThrow();
        if (organisation.getStatus() != OrganisationStatus.OFFBOARDING
                || !organisation.tenantId().equals(tenant.require())) {
            return Optional.empty();
        }
        List<TableCount> deleted = new ArrayList<>(purge.purgeCurrentTenant());
        deleted.add(new TableCount("offboarding_export_link", offboarding.getLinks().size()));
        offboarding.purged(now, deleted);
        organisation.markOffboarded();
        return Optional.of(offboarding);
    }
}
