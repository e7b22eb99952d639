package nl.tafelgenoot.domain.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.MatchReason;
import nl.tafelgenoot.domain.advisors.MatchingScore;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.clients.DuplicateCheck;
import nl.tafelgenoot.domain.clients.PossibleDuplicate;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The coordinator's intake: requests enter the queue, get a client (found or registered, with a
 * warning on a possible duplicate), and are offered to one or two advisors ranked by the
 * matching score; the advisor accepts (the request becomes a case of theirs) or declines with a
 * reason (back to the queue). Coordinators ({@code case:assign}) see and change every request;
 * an advisor sees only the requests offered to them and answers only their own offer; anyone
 * else gets "not found". Offers are mailed through the outbox; every step is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class IntakeService {

    @Inject
    IntakeRequestRepository requests;

    @Inject
    ClientService clients;

    @Inject
    CaseService caseService;

    @Inject
    SupportCaseRepository cases;

    @Inject
    AdvisorProfileService profiles;

    @Inject
    AccountRepository accounts;

    @Inject
    Municipalities municipalities;

    @Inject
    Outbox outbox;

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

    /** Takes a request (from a phone call, an e-mail, a visit) into the queue. */
    public IntakeRequest enter(IntakeRequest draft) {
        user.require(Permission.CASE_ASSIGN);
        draft.setMunicipality(municipalities.require(draft.getMunicipality()));
        Validity.require(validator, draft);
        if (draft.getPhone() == null && draft.getEmail() == null) {
            throw new IntakeRefused("contactRequired", "phone");
        }
        draft.receive(user.accountId(), clock.instant());
        IntakeRequest added = requests.add(draft);
        audit.record(AuditAction.INTAKE_RECEIVED, null);
        return added;
    }

    /** The queue: waiting and offered requests, urgent first, then the oldest. */
    public List<IntakeRequest> queue(PageRequest page) {
        user.require(Permission.CASE_ASSIGN);
        return requests.queue(page);
    }

    public long queueCount() {
        user.require(Permission.CASE_ASSIGN);
        return requests.queueCount();
    }

    /** The request if the caller may see it: coordinators every one, an advisor the ones offered to them. */
    public Optional<IntakeRequest> find(String publicId) {
        user.require(Permission.CASE_READ);
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        boolean coordinator = user.isPermitted(Permission.CASE_ASSIGN);
        return requests.findByPublicId(publicId).filter(r -> coordinator || r.isOfferedTo(user.accountId()));
    }

    /** The requests offered to the calling advisor and not yet answered, oldest first. */
    public List<IntakeRequest> offeredToMe() {
        user.require(Permission.CASE_READ);
        return requests.offeredTo(user.accountId());
    }

    /** Clients who may be the person of the request (same name and birth date, or same phone). */
    public List<PossibleDuplicate> possibleClients(String publicId) {
        IntakeRequest request = managed(publicId);
        return clients.possibleDuplicates(new DuplicateCheck(request.getGivenName(), request.getSurname(),
                request.getDateOfBirth(), request.getPhone()));
    }

    /** Links an existing client of the organisation to the request. */
    public IntakeRequest linkClient(String publicId, String clientPublicId) {
        IntakeRequest request = managed(publicId);
        Client client = clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client"));
        request.linkClient(client);
        audit.record(AuditAction.INTAKE_CHANGED, client.getPublicId());
        return request;
    }

    /**
     * Registers the request's person as a new client and links them. With possible duplicates the
     * coordinator must confirm they are someone else ({@code despiteDuplicates}); otherwise refused.
     */
    public IntakeRequest registerClient(String publicId, boolean despiteDuplicates) {
        IntakeRequest request = managed(publicId);
        IntakeRefused.check(request.getClient() == null, "clientLinked");
        if (!despiteDuplicates && !possibleClients(publicId).isEmpty()) {
            throw new IntakeRefused("possibleDuplicate");
        }
        Client registered = clients.register(request.newClient());
        request.linkClient(registered);
        audit.record(AuditAction.INTAKE_CHANGED, registered.getPublicId());
        return request;
    }

    /** The advisors ranked for this request, each reason shown; blocked ones last. */
    public List<MatchingScore> proposals(String publicId) {
        IntakeRequest request = managed(publicId);
        return profiles.proposals(request.getMunicipality(), request.getPostcode(), request.getExpertise(),
                request.getLanguage());
    }

    /**
     * Offers the request to one or two advisors of the organisation, each mailed through the
     * outbox. An advisor who cannot take a new case is refused with the reasons.
     */
    public IntakeRequest offer(String publicId, List<Long> advisorAccountIds) {
        IntakeRequest request = managed(publicId);
        IntakeRefused.check(!advisorAccountIds.isEmpty(), "noAdvisorChosen");
        IntakeRefused.check(advisorAccountIds.size() <= IntakeRequest.MAX_ADVISORS, "tooManyAdvisors");
        for (long accountId : advisorAccountIds) {
            Account advisor = advisor(accountId);
            List<MatchReason> blocks = profiles.assignmentBlocks(accountId);
            if (!blocks.isEmpty()) {
                throw new AdvisorBlocked(blocks);
            }
            offerAndMail(request, advisor, user.accountId());
        }
        audit.record(AuditAction.INTAKE_CHANGED, request.getClient().getPublicId());
        return request;
    }

    /**
     * An online booking of an organisation where the advisor gets it directly: the new request
     * (with its new client) is offered, by the system, to the advisor of the appointment, who
     * accepts or declines it like any other. Bookings only go to advisors who can take a case
     * ({@code AdvisorProfileService.bookable}).
     */
    public void offerFromBooking(IntakeRequest request, long advisorAccountId) {
        offerAndMail(request, advisor(advisorAccountId), SystemActor.ACCOUNT_ID);
        audit.recordBySystem(AuditAction.INTAKE_CHANGED, request.getClient().getPublicId());
    }

    private void offerAndMail(IntakeRequest request, Account advisor, long offeredBy) {
        AssignmentOffer offer = request.offer(advisor.getId(), offeredBy, clock.instant());
        requests.add(request);
        IntakeMails.Mail mail = IntakeMails.offer(request);
        outbox.queue("intake-offer:" + offer.getId(), Recipient.account(advisor.getId(), advisor.getEmail(),
                advisor.getDisplayName()), mail.subject(), mail.body());
    }

    /** Takes an unanswered offer back (to ask someone else). */
    public IntakeRequest withdraw(String publicId, long advisorAccountId) {
        IntakeRequest request = managed(publicId);
        request.withdraw(advisorAccountId, clock.instant());
        audit.record(AuditAction.INTAKE_CHANGED, clientRef(request));
        return request;
    }

    /** Closes a request without a case, with the reason. */
    public IntakeRequest close(String publicId, String reason) {
        IntakeRequest request = managed(publicId);
        request.close(reason, clock.instant());
        audit.record(AuditAction.INTAKE_CHANGED, clientRef(request));
        return request;
    }

    /**
     * The calling advisor takes the request on: a new request becomes a case of theirs (notified
     * on the day the client made the melding, else the day the request came in, which the advisor
     * corrects), a handed-over case gets them as its advisor.
     */
    public SupportCase accept(String publicId) {
        IntakeRequest request = offeredToCaller(publicId);
        request.accept(user.accountId(), clock.instant());
        SupportCase supportCase = request.getSupportCase();
        if (supportCase == null) {
            LocalDate notified = request.getNotifiedOn() != null ? request.getNotifiedOn()
                    : request.getReceivedAt().atZone(Clocks.AMSTERDAM).toLocalDate();
            SupportCase draft = new SupportCase(request.getClient(), request.getLaw(), request.getMunicipality(),
                    request.getQuestion(), java.util.Set.of(), notified);
            draft.setUrgent(request.isUrgent());
            supportCase = caseService.openAccepted(request.getClient(), draft, user.accountId());
            request.becameCase(supportCase);
        } else if (!cases.isAssigned(supportCase, user.accountId())) {
            cases.addAssignment(new CaseAssignment(supportCase, user.accountId(), user.accountId(), clock.instant()));
        }
        audit.record(AuditAction.INTAKE_ANSWERED, clientRef(request));
        return supportCase;
    }

    /** The calling advisor declines, with a reason the coordinator reads in the queue. */
    public IntakeRequest decline(String publicId, String reason) {
        IntakeRequest request = offeredToCaller(publicId);
        request.decline(user.accountId(), reason, clock.instant());
        audit.record(AuditAction.INTAKE_ANSWERED, clientRef(request));
        return request;
    }

    /**
     * Hands every open case of an advisor (who is leaving) to another advisor, or back to the
     * queue when {@code toAccountId} is null; requests still offered to them go back too. Ended
     * assignments stay as the cases' history. Returns the number of cases handed over.
     */
    public int handOver(long fromAccountId, Long toAccountId) {
        user.require(Permission.CASE_ASSIGN);
        Account from = accounts.find(fromAccountId)
                .filter(a -> a.rolesIn(tenant.require()).contains(Role.ADVISOR))
                .orElseThrow(() -> new NotFoundException("advisor"));
        return handOver(from, toAccountId);
    }

    /**
     * An admin deactivates someone who leaves: all their open cases in this organisation go back
     * to the coordinator's queue exactly as {@link #handOver(long, Long) a hand-over to the queue}
     * (a request per case that has no advisor left), and requests offered to them are taken back.
     * Called before their membership ends. Returns the number of cases handed back.
     */
    public int returnCasesOfLeaver(long leaverAccountId) {
        user.require(Permission.PEOPLE_MANAGE);
        Account from = accounts.find(leaverAccountId)
                .filter(a -> a.worksFor(tenant.require()))
                .orElseThrow(() -> new NotFoundException("person"));
        return handOver(from, null);
    }

    private int handOver(Account from, Long toAccountId) {
        Account to = toAccountId == null ? null : advisor(toAccountId);
        IntakeRefused.check(to == null || to.getId() != from.getId(), "sameAdvisor");
        if (to != null) {
            List<MatchReason> blocks = profiles.assignmentBlocks(to.getId()).stream()
                    .filter(r -> r != MatchReason.CAPACITY_FULL).toList();
            if (!blocks.isEmpty()) {
                throw new AdvisorBlocked(blocks);
            }
        }
        List<String> references = new ArrayList<>();
        for (CaseAssignment assignment : cases.openAssignmentsOf(from.getId())) {
            SupportCase supportCase = assignment.getSupportCase();
            assignment.end(clock.instant());
            if (to != null) {
                if (!cases.isAssigned(supportCase, to.getId())) {
                    cases.addAssignment(new CaseAssignment(supportCase, to.getId(), user.accountId(), clock.instant()));
                }
            } else if (cases.openAssignments(supportCase).isEmpty()) {
                IntakeRequest back = IntakeRequest.handover(supportCase,
                        IntakeMails.handoverNote(supportCase.getReference(), from.getDisplayName()), clock.instant());
                requests.add(back);
            }
            references.add(supportCase.getReference());
            audit.record(AuditAction.CASE_HANDED_OVER, supportCase.getClient().getPublicId());
        }
        for (IntakeRequest offered : requests.offeredTo(from.getId())) {
            offered.withdraw(from.getId(), clock.instant());
        }
        if (to != null && !references.isEmpty()) {
            IntakeMails.Mail mail = IntakeMails.handover(references);
            outbox.queue("handover:" + from.getId() + ":" + to.getId() + ":" + clock.instant().toEpochMilli(),
                    Recipient.account(to.getId(), to.getEmail(), to.getDisplayName()), mail.subject(), mail.body());
        }
        return references.size();
    }

    private IntakeRequest managed(String publicId) {
        user.require(Permission.CASE_ASSIGN);
        return find(publicId).orElseThrow(() -> new NotFoundException("request"));
    }

    private IntakeRequest offeredToCaller(String publicId) {
        user.require(Permission.CASE_WRITE);
        return requests.findByPublicId(PublicIds.isWellFormed(publicId) ? publicId : "")
                .filter(r -> r.isOfferedTo(user.accountId()))
                .orElseThrow(() -> new NotFoundException("request"));
    }

    private Account advisor(long accountId) {
        return accounts.find(accountId)
                .filter(a -> a.isActive() && a.rolesIn(tenant.require()).contains(Role.ADVISOR))
                .orElseThrow(() -> new NotFoundException("advisor"));
    }

    private static String clientRef(IntakeRequest request) {
        return request.getClient() == null ? null : request.getClient().getPublicId();
    }
}
