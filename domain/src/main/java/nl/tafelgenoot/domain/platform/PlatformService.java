package nl.tafelgenoot.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.people.PeopleService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * The platform operator's desk: organisations with their counts, a new organisation with the
 * invitation of its first admin, suspension and reactivation. Operators belong to no
 * organisation; work inside one runs with it bound ({@link TenantRunner}), through services that
 * return numbers only ({@link PlatformTenantWork}) or send the invitation ({@link PeopleService}).
 * Not transactional itself: global changes and each organisation's work have their own transactions.
 * Suspension and reactivation are recorded in the organisation's audit trail.
 */
@ApplicationScoped
public class PlatformService {

    @Inject
    PlatformOrganisations organisations;

    @Inject
    PlatformTenantWork inside;

    @Inject
    PeopleService people;

    @Inject
    TenantRunner runner;

    @Inject
    CurrentUser user;

    /** Every organisation, by name, with its counts. */
    public List<OrganisationLine> organisations() {
        user.require(Permission.PLATFORM_MANAGE);
        return organisations.all().stream().map(this::line).toList();
    }

    private OrganisationLine line(Organisation o) {
        PlatformTenantWork.Counts counts = runner.runAs(o.tenantId(), inside::counts);
        return new OrganisationLine(o.getId(), o.getName(), o.getSlug(), o.getKind(), o.getStatus(), o.getRegion(),
                o.getContactEmail(), o.getCreatedAt(), counts.people(), counts.openCases(), counts.storageBytes());
    }

    /**
     * Creates the organisation and mails its first admin an invitation.
     *
     * @throws PlatformRefused naming the field that is wrong (a slug in use included)
     */
    public Organisation create(NewOrganisation form) {
        user.require(Permission.PLATFORM_MANAGE);
        NewOrganisation clean = form.cleaned();
        Organisation organisation = organisations.create(clean);
        runner.runAs(organisation.tenantId(), () -> {
            people.inviteFirstAdmin(clean.adminName(), clean.adminEmail());
            inside.record(AuditAction.ORGANISATION_CREATED);
            return null;
        });
        return organisation;
    }

    /** Its people cannot log in (sessions end at their next request), its booking page is gone. */
    public void suspend(long organisationId) {
        changeStatus(organisationId, true);
    }

    /** Back to work: logins and bookings as before, every row still there. */
    public void reactivate(long organisationId) {
        changeStatus(organisationId, false);
    }

    private void changeStatus(long organisationId, boolean suspend) {
        user.require(Permission.PLATFORM_MANAGE);
        Organisation organisation = organisations.changeStatus(organisationId, suspend);
        runner.runAs(organisation.tenantId(), () -> {
            inside.record(suspend ? AuditAction.ORGANISATION_SUSPENDED : AuditAction.ORGANISATION_REACTIVATED);
            return null;
        });
    }
}
