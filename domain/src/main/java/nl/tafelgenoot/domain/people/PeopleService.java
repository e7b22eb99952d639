package nl.tafelgenoot.domain.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Passwords;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * An organisation's admin keeps its people: lists them, invites new ones by e-mail, gives and
 * takes roles, deactivates those who leave and resets someone's access. Every method needs
 * {@link Permission#PEOPLE_MANAGE} and reaches only people who work for the current organisation
 * (or its own invitations): anyone else is "not found", as if they did not exist.
 *
 * <p>An access reset replaces the password by an unknown random one (the old one stops at once),
 * turns two-step login off and mails a single-use link to choose a new password. Roles are read
 * by the login realm at every request, so a role taken away (or a membership ended) counts at the
 * person's next request. After an access reset, or when a leaver's account is deactivated, their
 * open sessions end at their next request ({@link Account#endSessions}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PeopleService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    AccountRepository accounts;

    @Inject
    InvitationRepository invitations;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    IntakeService intake;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** The organisation's people, by name, then its pending invitations. */
    public List<PersonLine> people() {
        TenantId here = here();
        List<PersonLine> lines = new ArrayList<>();
        accounts.members(here).stream()
                .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(a -> lines.add(new PersonLine(a.getId(), null, a.getDisplayName(), a.getEmail(),
                        a.rolesIn(here), PersonState.ACTIVE, a.usesTwoFactor())));
        invitations.open(here.value(), InvitationPurpose.INVITE).stream()
                .sorted(Comparator.comparing(StaffInvitation::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(i -> lines.add(new PersonLine(null, i.getId(), i.getDisplayName(), i.getEmail(), i.roles(),
                        PersonState.INVITED, false)));
        return lines;
    }

    /**
     * Invites someone by e-mail into the roles. A pending invitation of the same address is
     * withdrawn (its link stops). Refused for someone who works here already.
     */
    public StaffInvitation invite(String name, String email, Set<Role> roles) {
        TenantId here = here();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = Account.normaliseEmail(email);
        if (cleanName.isEmpty()) {
            throw new PeopleRefused("nameRequired", "name");
        }
        if (cleanName.length() > 200) {
            throw new PeopleRefused("nameTooLong", "name");
        }
        if (cleanEmail.isEmpty()) {
            throw new PeopleRefused("emailRequired", "email");
        }
        if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
            throw new PeopleRefused("emailInvalid", "email");
        }
        PeopleRules.requireSomeRole(roles);
        if (accounts.findByEmail(cleanEmail).filter(Account::isActive).filter(a -> a.worksFor(here)).isPresent()) {
            throw new PeopleRefused("alreadyMember", "email");
        }
        invitations.open(here.value(), InvitationPurpose.INVITE).stream()
                .filter(i -> i.getEmail().equals(cleanEmail))
                .forEach(i -> i.withdraw(clock.instant()));
        return sendInvitation(here, cleanName, cleanEmail, roles);
    }

    /**
     * The platform operator's invitation of a new organisation's first admin, with that
     * organisation bound (the operator is not one of its people: {@code platform:manage}, not
     * {@code people:manage}). The mail goes through that organisation's outbox like any invitation.
     */
    public StaffInvitation inviteFirstAdmin(String name, String email) {
        user.require(Permission.PLATFORM_MANAGE);
        TenantId here = tenant.require();
        return sendInvitation(here, name.strip(), Account.normaliseEmail(email), Set.of(Role.ADMIN));
    }

    /** Sends a pending invitation again: a new link, the old one stops. */
    public StaffInvitation resend(long invitationId) {
        TenantId here = here();
        StaffInvitation old = pendingInvitation(here, invitationId);
        old.withdraw(clock.instant());
        return sendInvitation(here, old.getDisplayName(), old.getEmail(), old.roles());
    }

    /** Withdraws a pending invitation: its link stops. */
    public void withdraw(long invitationId) {
        TenantId here = here();
        pendingInvitation(here, invitationId).withdraw(clock.instant());
        audit.record(AuditAction.INVITATION_WITHDRAWN, null);
    }

    /** Gives the colleague exactly these roles here (at least one); an admin must remain. */
    public void changeRoles(long accountId, Set<Role> roles) {
        TenantId here = here();
        PeopleRules.requireSomeRole(roles);
        Account person = colleague(here, accountId);
        PeopleRules.requireAllowed(user.accountId(), accountId, roles, adminIds(here));
        person.replaceRoles(here, EnumSet.copyOf(roles));
        audit.record(AuditAction.PERSON_ROLES_CHANGED, null);
    }

    /**
     * Someone leaves: their open cases here go back to the coordinator's queue, their advisor
     * profile becomes inactive (left), their membership here ends and with it their login here.
     * The account stays for other organisations; without any, it is deactivated. Not oneself,
     * not the last admin. Returns the number of cases handed back.
     */
    public int deactivate(long accountId) {
        TenantId here = here();
        Account person = colleague(here, accountId);
        PeopleRules.requireAllowed(user.accountId(), accountId, Set.of(), adminIds(here));
        int handedBack = intake.returnCasesOfLeaver(accountId);
        profiles.forAccount(accountId).ifPresent(profile -> profile.markLeft());
        invitations.open(here.value(), InvitationPurpose.RESET).stream()
                .filter(i -> Long.valueOf(accountId).equals(i.getAccountId()))
                .forEach(i -> i.withdraw(clock.instant()));
        person.replaceRoles(here, Set.of());
        if (person.organisationIds().isEmpty()) {
            person.deactivate();
            person.endSessions(clock.instant());
        }
        audit.record(AuditAction.PERSON_DEACTIVATED, null);
        return handedBack;
    }

    /**
     * Resets a colleague's access: their password is replaced by an unknown one (the old one
     * stops at once), two-step login is off, and a link to choose a new password (24 hours, once)
     * is mailed. Earlier reset links stop. Not for oneself (use "Inloggen en beveiliging").
     */
    public void resetAccess(long accountId) {
        TenantId here = here();
        Account person = colleague(here, accountId);
        if (person.getId() == user.accountId()) {
            throw new PeopleRefused("notYourself", null);
        }
        invitations.open(here.value(), InvitationPurpose.RESET).stream()
                .filter(i -> Long.valueOf(accountId).equals(i.getAccountId()))
                .forEach(i -> i.withdraw(clock.instant()));
        person.replacePassword(passwords.hash(ManageTokens.next()));
        person.stopTwoFactor();
        person.endSessions(clock.instant());
        String token = ManageTokens.next();
        StaffInvitation reset = invitations.add(StaffInvitation.reset(here.value(), person, ManageTokens.hash(token),
                user.accountId(), clock.instant()));
        PeopleMails.Mail mail = PeopleMails.reset(person.getDisplayName(), organisationName(here), token, reset);
        outbox.queueConfidential("people:reset:" + reset.getId(),
                Recipient.account(person.getId(), person.getEmail(), person.getDisplayName()), mail.subject(),
                mail.body());
        audit.record(AuditAction.PERSON_ACCESS_RESET, null);
    }

    private StaffInvitation sendInvitation(TenantId here, String name, String email, Set<Role> roles) {
        String token = ManageTokens.next();
        StaffInvitation invitation = invitations.add(StaffInvitation.invite(here.value(), email, name, roles,
                ManageTokens.hash(token), user.accountId(), clock.instant()));
        PeopleMails.Mail mail = PeopleMails.invitation(name, organisationName(here), token, invitation);
        outbox.queueConfidential("people:invitation:" + invitation.getId(), Recipient.of(email, name), mail.subject(),
                mail.body());
        audit.record(AuditAction.PERSON_INVITED, null);
        return invitation;
    }

    private StaffInvitation pendingInvitation(TenantId here, long invitationId) {
        return invitations.find(here.value(), invitationId)
                .filter(i -> i.getPurpose() == InvitationPurpose.INVITE)
                .filter(StaffInvitation::isPending)
                .orElseThrow(() -> new NotFoundException("invitation"));
    }

    private Account colleague(TenantId here, long accountId) {
        return accounts.find(accountId).filter(Account::isActive).filter(a -> a.worksFor(here))
                .orElseThrow(() -> new NotFoundException("person"));
    }

    private List<Long> adminIds(TenantId here) {
        return accounts.withRole(here, Role.ADMIN).stream().map(Account::getId).toList();
    }

    private String organisationName(TenantId here) {
        return organisations.find(here.value()).map(o -> o.getName()).orElse("Tafelgenoot");
    }

    private TenantId here() {
        user.require(Permission.PEOPLE_MANAGE);
        return tenant.require();
    }
}
