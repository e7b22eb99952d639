package nl.tafelgenoot.domain.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.MatchReason;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Opening support cases, moving them along their route, recording their dates and giving them
 * to advisors. Coordinators see every case of the organisation; an advisor only the cases with an
 * open assignment of theirs, and anything else is "not found". Every read and change is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CaseService {

    @Inject
    SupportCaseRepository cases;

    @Inject
    ClientService clients;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    Municipalities municipalities;

    @Inject
    Event<CaseRouteChanged> routeChanged;

    @Inject
    AdvisorProfileService profiles;

    /** The computed dates of the case (W-rules or J1) and how each stands today. */
    public List<CaseDeadline> deadlines(SupportCase supportCase) {
        return new CaseDeadlines(calendars.current()).of(supportCase, LocalDate.now(clock));
    }

    public List<SupportCase> search(PageRequest page) {
        return cases.search(scope(), page);
    }

    public long count() {
        return cases.count(scope());
    }

    /** The case if the caller may see it; never one of another organisation or not assigned to an advisor. */
    public Optional<SupportCase> find(String publicId) {
        Optional<SupportCase> found = visible(publicId);
        found.ifPresent(c -> audit.record(AuditAction.CASE_VIEWED, c.getClient().getPublicId()));
        return found;
    }

    /** The cases of a client the caller may see, newest first. */
    public List<SupportCase> forClient(Client client) {
        Long scope = scope();
        return cases.forClient(client.getId()).stream()
                .filter(c -> scope == null || cases.isAssigned(c, scope))
                .toList();
    }

    /**
     * Opens a case for a client the caller may see. An advisor who opens a case works on it from
     * then on; a coordinator assigns it.
     */
    public SupportCase open(String clientPublicId, SupportCase draft) {
        user.require(Permission.CASE_WRITE);
        Client client = clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client"));
        return create(client, draft, user.isPermitted(Permission.CASE_READ_ALL) ? null : user.accountId());
    }

    /**
     * Opens the case an accepted intake request becomes, worked on by the advisor who accepted
     * it. Only for the intake, which has checked that this advisor holds the request's offer: the
     * client is not visible to the advisor until this case is theirs.
     */
    public SupportCase openAccepted(Client client, SupportCase draft, long advisorAccountId) {
        user.require(Permission.CASE_WRITE);
        return create(client, draft, advisorAccountId);
    }

    private SupportCase create(Client client, SupportCase draft, Long advisorAccountId) {
        SupportCase opened = new SupportCase(client, draft.getLaw(), municipalities.require(draft.getMunicipality()),
                draft.getRequest(),
                draft.getLifeDomains(), draft.getNotifiedOn());
        opened.setUrgent(draft.isUrgent());
        opened.setYouthCareTermWeeks(draft.getYouthCareTermWeeks());
        Validity.require(validator, opened);
        int year = LocalDate.now(clock).getYear();
        opened.open(year, cases.highestNumber(year) + 1, clock.instant());
        cases.add(opened);
        if (advisorAccountId != null) {
            cases.addAssignment(new CaseAssignment(opened, advisorAccountId, user.accountId(), clock.instant()));
        }
        audit.record(AuditAction.CASE_OPENED, client.getPublicId());
        routeChanged.fire(new CaseRouteChanged(opened));
        return opened;
    }

    public SupportCase moveTo(String publicId, CasePhase phase) {
        SupportCase supportCase = writable(publicId);
        supportCase.moveTo(phase, clock.instant());
        audit.record(AuditAction.CASE_CHANGED, supportCase.getClient().getPublicId());
        routeChanged.fire(new CaseRouteChanged(supportCase));
        return supportCase;
    }

    public SupportCase recordDates(String publicId, long version, LocalDate notifiedOn, LocalDate interviewOn,
                                   LocalDate reportReceivedOn, LocalDate applicationOn) {
        SupportCase supportCase = writable(publicId);
        if (supportCase.getVersion() != version) {
            throw new jakarta.persistence.OptimisticLockException("case changed since it was read");
        }
        supportCase.recordDates(notifiedOn, interviewOn, reportReceivedOn, applicationOn);
        audit.record(AuditAction.CASE_CHANGED, supportCase.getClient().getPublicId());
        routeChanged.fire(new CaseRouteChanged(supportCase));
        return supportCase;
    }

    /** The advisors who may be given cases: those with the advisor role in this organisation. */
    public List<Account> advisors() {
        user.require(Permission.CASE_ASSIGN);
        return accounts.withRole(tenant.require(), Role.ADVISOR);
    }

    /**
     * Gives the case to one more advisor. Refused with the reasons when the advisor cannot take a
     * new case now (not active, VOG, list full): see {@link AdvisorProfileService#assignmentBlocks}.
     */
    public void assign(String publicId, long advisorAccountId) {
        user.require(Permission.CASE_ASSIGN);
        SupportCase supportCase = visible(publicId).orElseThrow(() -> new NotFoundException("case"));
        requireAdvisorHere(advisorAccountId);
        if (!cases.isAssigned(supportCase, advisorAccountId)) {
            List<MatchReason> blocks = profiles.assignmentBlocks(advisorAccountId);
            if (!blocks.isEmpty()) {
                throw new AdvisorBlocked(blocks);
            }
            cases.addAssignment(new CaseAssignment(supportCase, advisorAccountId, user.accountId(), clock.instant()));
            audit.record(AuditAction.CASE_ASSIGNED, supportCase.getClient().getPublicId());
        }
    }

    /** Takes an advisor off the case; the ended assignment stays as history. */
    public void release(String publicId, long advisorAccountId) {
        user.require(Permission.CASE_ASSIGN);
        SupportCase supportCase = visible(publicId).orElseThrow(() -> new NotFoundException("case"));
        cases.openAssignments(supportCase).stream().filter(a -> a.getAccountId() == advisorAccountId)
                .forEach(a -> a.end(clock.instant()));
        audit.record(AuditAction.CASE_RELEASED, supportCase.getClient().getPublicId());
    }

    /** Who worked on the case and when, oldest first; for coordinators and the case's advisors. */
    public List<AssignmentHistory> assignmentHistory(SupportCase supportCase) {
        visible(supportCase.getPublicId()).orElseThrow(() -> new NotFoundException("case"));
        return cases.assignments(supportCase).stream()
                .map(a -> new AssignmentHistory(accounts.find(a.getAccountId()).map(Account::getDisplayName).orElse("?"),
                        a.getAssignedAt(), a.getEndedAt()))
                .toList();
    }

    private void requireAdvisorHere(long advisorAccountId) {
        boolean isAdvisorHere = accounts.find(advisorAccountId)
                .filter(Account::isActive)
                .map(a -> a.rolesIn(tenant.require()).contains(Role.ADVISOR))
                .orElse(false);
        if (!isAdvisorHere) {
            throw new NotFoundException("advisor");
        }
    }

    /** The advisors working on the case now. */
    public List<Account> advisorsOf(SupportCase supportCase) {
        return cases.openAssignments(supportCase).stream()
                .map(a -> accounts.find(a.getAccountId()))
                .flatMap(Optional::stream)
                .toList();
    }

    private SupportCase writable(String publicId) {
        user.require(Permission.CASE_WRITE);
        return visible(publicId).orElseThrow(() -> new NotFoundException("case"));
    }

    private Optional<SupportCase> visible(String publicId) {
        Long scope = scope();
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return cases.findByPublicId(publicId).filter(c -> scope == null || cases.isAssigned(c, scope));
    }

    /**
     * Whose cases the caller sees: null for every case of the organisation (coordinators), else
     * the caller's account id (an advisor: the cases with an open assignment of theirs). For
     * overviews that query many cases at once with the same scope as {@link #find(String)}.
     */
    public Long advisorScope() {
        return scope();
    }

    /** The cases the caller sees that are not closed, with their clients; for the start page. */
    public List<SupportCase> activeCases() {
        return cases.active(scope());
    }

    /** Null when the caller may read every case; else the caller's account id (advisors). */
    private Long scope() {
        user.require(Permission.CASE_READ);
        return user.isPermitted(Permission.CASE_READ_ALL) ? null : user.accountId();
    }

}
