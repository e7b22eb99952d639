package nl.tafelgenoot.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.PasswordRefused;
import nl.tafelgenoot.domain.accounts.Passwords;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.people.InvitationRepository;
import nl.tafelgenoot.domain.people.InvitationService;
import nl.tafelgenoot.domain.people.LinkNotUsable;
import nl.tafelgenoot.domain.people.PeopleRefused;
import nl.tafelgenoot.domain.people.PeopleService;
import nl.tafelgenoot.domain.people.PersonLine;
import nl.tafelgenoot.domain.people.StaffInvitation;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: an organisation's admin manages only its own people (never Samen Verder's,
 * by account id or invitation id), a coordinator manages nobody; invitation links work once, not
 * after expiry or withdrawal; the invitation mail is queued but its link is not in what the outbox
 * shows; a leaver's open cases go back to the coordinator's queue; a role taken away counts at the
 * person's next request; an access reset stops the old password and two-step login.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleServiceIT extends InContainerTest {

    private static final String LINDE_ADMIN_EMAIL = LINDE_ADMIN;
    private static final String GOOD_PASSWORD = "paarse olifant danst op zolder 42";

    @Inject
    PeopleService people;

    @Inject
    InvitationService links;

    @Inject
    InvitationRepository invitations;

    @Inject
    IntakeService intake;

    @Inject
    CaseService cases;

    @Inject
    CurrentUser user;

    @Inject
    Passwords passwords;

    @Inject
    DemoTransactions transactions;

    @Inject
    Clock clock;

    /** A new person of the organisation in the role, with a password hash nobody knows. */
    private long newPerson(String email, TenantId tenant, Role role) {
        return newPerson(email, "Test " + role, tenant, role);
    }

    private void refusedAsNotFound(Callable<?> work) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> work.call());
        assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());
    }

    private void refusedAsDenied(Callable<?> work) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> work.call());
        assertTrue(Failures.causedBy(refused, AccessDeniedException.class), refused.toString());
    }

    /** The link's secret from the newest mail to the address, as it was queued (not as the outbox shows it). */
    private String tokenMailedTo(String email) {
        return linkTokenIn(mailsTo(LINDE_ADMIN_EMAIL, linde, email).get(0));
    }

    @Test
    void deLindesAdminCannotTouchSamenVerdersPeople() {
        String email = freshEmail("samen");
        long samens = newPerson(email, samen, Role.ADVISOR);
        List<PersonLine> lindes = as(LINDE_ADMIN_EMAIL, linde, () -> people.people());
        assertFalse(lindes.stream().anyMatch(l -> email.equals(l.email())), "not in De Linde's list");
        assertTrue(lindes.stream().anyMatch(l -> LINDE_ADMIN_EMAIL.equals(l.email())));
        refusedAsNotFound(() -> as(LINDE_ADMIN_EMAIL, linde, () -> { people.changeRoles(samens, Set.of(Role.ADMIN)); return null; }));
        refusedAsNotFound(() -> as(LINDE_ADMIN_EMAIL, linde, () -> people.deactivate(samens)));
        refusedAsNotFound(() -> as(LINDE_ADMIN_EMAIL, linde, () -> { people.resetAccess(samens); return null; }));
        // Working in Samen Verder is not theirs: no role there, so no list and no invitation into it.
        refusedAsDenied(() -> as(LINDE_ADMIN_EMAIL, samen, () -> people.people()));
        refusedAsDenied(() -> as(LINDE_ADMIN_EMAIL, samen, () -> people.invite("X", freshEmail("x"), Set.of(Role.ADVISOR))));
        Account untouched = accounts.find(samens).orElseThrow();
        assertEquals(Set.of(Role.ADVISOR), untouched.rolesIn(samen));
        assertTrue(untouched.isActive());
    }

    @Test
    void aCoordinatorManagesNobody() {
        long advisor = newPerson(freshEmail("adviseur"), linde, Role.ADVISOR);
        refusedAsDenied(() -> as(LINDE_COORDINATOR, linde, () -> people.people()));
        refusedAsDenied(() -> as(LINDE_COORDINATOR, linde, () -> people.invite("X", freshEmail("x"), Set.of(Role.ADVISOR))));
        refusedAsDenied(() -> as(LINDE_COORDINATOR, linde, () -> { people.changeRoles(advisor, Set.of(Role.ADMIN)); return null; }));
        refusedAsDenied(() -> as(LINDE_COORDINATOR, linde, () -> people.deactivate(advisor)));
        refusedAsDenied(() -> as(LINDE_COORDINATOR, linde, () -> { people.resetAccess(advisor); return null; }));
        assertEquals(Set.of(Role.ADVISOR), accounts.find(advisor).orElseThrow().rolesIn(linde));
    }

    @Test
    void anInvitationIsMailedWithoutShowingItsLinkAndWorksOnce() {
        String email = freshEmail("nieuw");
        StaffInvitation invitation = as(LINDE_ADMIN_EMAIL, linde, () -> people.invite("Nieuwe Collega", email, Set.of(Role.ADVISOR)));
        assertTrue(as(LINDE_ADMIN_EMAIL, linde, () -> people.people()).stream()
                .anyMatch(l -> email.equals(l.email()) && invitation.getId().equals(l.invitationId())));
        String token = tokenMailedTo(email);
        OutboxMail shown = mailsTo(LINDE_ADMIN_EMAIL, linde, email).get(0);
        assertTrue(shown.isConfidential());
        assertTrue(shown.bodyForReaders().isEmpty(), "the outbox shows no body of a confidential mail");
        assertFalse(shown.getSubject().contains(token));

        assertTrue(links.details(token).orElseThrow().choosesPassword());
        PasswordRefused weak = assertThrows(PasswordRefused.class, () -> links.use(token, "welkom123", "welkom123"));
        assertEquals("chosen", weak.field());
        assertTrue(links.details(token).isPresent(), "a refused password does not use the link up");
        links.use(token, GOOD_PASSWORD, GOOD_PASSWORD);
        Account joined = accounts.findActiveByEmail(email).orElseThrow();
        assertEquals(Set.of(Role.ADVISOR), joined.rolesIn(linde));
        assertTrue(passwords.matches(GOOD_PASSWORD, joined.getPasswordHash()));

        assertTrue(links.details(token).isEmpty(), "used");
        assertThrows(LinkNotUsable.class, () -> links.use(token, GOOD_PASSWORD, GOOD_PASSWORD));
    }

    @Test
    void someoneWithAnAccountElsewhereJoinsWithTheirOwnPassword() {
        String email = freshEmail("beide");
        long id = newPerson(email, samen, Role.COORDINATOR);
        String before = accounts.find(id).orElseThrow().getPasswordHash();
        as(LINDE_ADMIN_EMAIL, linde, () -> people.invite("Twee Werkgevers", email, Set.of(Role.ADVISOR)));
        String token = tokenMailedTo(email);
        assertFalse(links.details(token).orElseThrow().choosesPassword());
        links.use(token, null, null);
        Account both = accounts.find(id).orElseThrow();
        assertEquals(Set.of(Role.ADVISOR), both.rolesIn(linde));
        assertEquals(Set.of(Role.COORDINATOR), both.rolesIn(samen));
        assertEquals(before, both.getPasswordHash());

        as(LINDE_ADMIN_EMAIL, linde, () -> people.deactivate(id));
        Account left = accounts.find(id).orElseThrow();
        assertTrue(left.isActive(), "still works for Samen Verder");
        assertFalse(left.worksFor(linde));
        assertEquals(Set.of(Role.COORDINATOR), left.rolesIn(samen));
    }

    @Test
    void expiredUnknownWithdrawnAndForeignLinksAreRefused() {
        String expiredToken = ManageTokens.next();
        transactions.inNewTransaction(() -> invitations.add(StaffInvitation.invite(linde.value(), freshEmail("oud"), "Oud",
                Set.of(Role.ADVISOR), ManageTokens.hash(expiredToken), 1, clock.instant().minus(Duration.ofDays(8)))));
        assertTrue(links.details(expiredToken).isEmpty());
        assertThrows(LinkNotUsable.class, () -> links.use(expiredToken, GOOD_PASSWORD, GOOD_PASSWORD));
        assertThrows(LinkNotUsable.class, () -> links.use(ManageTokens.next(), GOOD_PASSWORD, GOOD_PASSWORD));
        assertThrows(LinkNotUsable.class, () -> links.use("../../etc", GOOD_PASSWORD, GOOD_PASSWORD));

        String email = freshEmail("opnieuw");
        StaffInvitation first = as(LINDE_ADMIN_EMAIL, linde, () -> people.invite("Opnieuw", email, Set.of(Role.ADVISOR)));
        String firstToken = tokenMailedTo(email);
        // Samen Verder's admin cannot withdraw nor resend De Linde's invitation by its id.
        refusedAsNotFound(() -> as(SAMEN_ADMIN, samen, () -> { people.withdraw(first.getId()); return null; }));
        refusedAsNotFound(() -> as(SAMEN_ADMIN, samen, () -> people.resend(first.getId())));
        assertTrue(links.details(firstToken).isPresent(), "still pending");

        StaffInvitation second = as(LINDE_ADMIN_EMAIL, linde, () -> people.resend(first.getId()));
        assertNotEquals(first.getId(), second.getId());
        assertTrue(links.details(firstToken).isEmpty(), "the old link stopped");
        as(LINDE_ADMIN_EMAIL, linde, () -> { people.withdraw(second.getId()); return null; });
        assertTrue(as(LINDE_ADMIN_EMAIL, linde, () -> people.people()).stream().noneMatch(l -> email.equals(l.email())));
    }

    @Test
    void aLeaversOpenCasesGoBackToTheCoordinatorAndTheyCannotLogIn() {
        String email = freshEmail("vertrekt");
        long leaver = newPerson(email, linde, Role.ADVISOR);
        lindeAdvisorProfile(email, LocalDate.now().minusMonths(1));
        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.PREPARE_INTERVIEW);
        request.setGivenName("Gerda");
        request.setSurname("Vertrek" + UUID.randomUUID().toString().substring(0, 8));
        request.setDateOfBirth(LocalDate.of(1944, 5, 2));
        request.setPhone("06-" + (10000000 + (int) (Math.random() * 8999999)));
        request.setMunicipality("zeist");
        request.setQuestion("Mevrouw wil hulp bij het keukentafelgesprek.");
        IntakeRequest entered = as(LINDE_COORDINATOR, linde, () -> intake.enter(request));
        as(LINDE_COORDINATOR, linde, () -> intake.registerClient(entered.getPublicId(), true));
        as(LINDE_COORDINATOR, linde, () -> intake.offer(entered.getPublicId(), List.of(leaver)));
        SupportCase theirs = as(email, linde, () -> intake.accept(entered.getPublicId()));

        int handedBack = as(LINDE_ADMIN_EMAIL, linde, () -> people.deactivate(leaver));
        assertEquals(1, handedBack);
        SupportCase seen = as(LINDE_COORDINATOR, linde, () -> cases.find(theirs.getPublicId())).orElseThrow();
        assertTrue(as(LINDE_COORDINATOR, linde, () -> cases.advisorsOf(seen)).isEmpty(), "no advisor on it any more");
        assertTrue(as(LINDE_COORDINATOR, linde, () -> intake.queue(new PageRequest(0, 500))).stream()
                .anyMatch(r -> r.getSupportCase() != null && r.getSupportCase().getPublicId().equals(theirs.getPublicId())),
                "back in the coordinator's queue of requests");
        assertTrue(accounts.findActiveByEmail(email).isEmpty(), "their only organisation: the account is off");
        // Invited back later: a new password, the same account, and the profile still says they left.
        as(LINDE_ADMIN_EMAIL, linde, () -> people.invite("Terug", email, Set.of(Role.ADVISOR)));
        String token = tokenMailedTo(email);
        assertTrue(links.details(token).orElseThrow().choosesPassword(), "the old account is off: a new password");
        links.use(token, GOOD_PASSWORD, GOOD_PASSWORD);
        assertEquals(leaver, accounts.findActiveByEmail(email).orElseThrow().getId());
        assertEquals(AdvisorStatus.LEFT,
                as(LINDE_COORDINATOR, linde, () -> advisorProfiles.profileOf(leaver)).profile().getStatus());
    }

    @Test
    void aRoleTakenAwayCountsAtTheNextRequest() {
        String email = freshEmail("rol");
        long id = newPerson(email, linde, Role.ADVISOR);
        assertTrue(as(email, linde, () -> user.isPermitted(Permission.PROFILE_OWN)));
        assertFalse(as(email, linde, () -> user.isPermitted(Permission.CASE_ASSIGN)));
        as(LINDE_ADMIN_EMAIL, linde, () -> { people.changeRoles(id, Set.of(Role.COORDINATOR)); return null; });
        assertFalse(as(email, linde, () -> user.isPermitted(Permission.PROFILE_OWN)));
        assertTrue(as(email, linde, () -> user.isPermitted(Permission.CASE_ASSIGN)));
        PeopleRefused none = assertThrows(PeopleRefused.class,
                () -> as(LINDE_ADMIN_EMAIL, linde, () -> { people.changeRoles(id, Set.of()); return null; }));
        assertEquals("rolesRequired", none.key());
    }

    @Test
    void theAdminCannotDeactivateOrDemoteThemselves() {
        long self = accounts.findActiveByEmail(LINDE_ADMIN_EMAIL).orElseThrow().getId();
        PeopleRefused leave = assertThrows(PeopleRefused.class, () -> as(LINDE_ADMIN_EMAIL, linde, () -> people.deactivate(self)));
        assertEquals("notYourself", leave.key());
        PeopleRefused demote = assertThrows(PeopleRefused.class,
                () -> as(LINDE_ADMIN_EMAIL, linde, () -> { people.changeRoles(self, Set.of(Role.COORDINATOR)); return null; }));
        assertEquals("notYourself", demote.key());
        assertTrue(accounts.find(self).orElseThrow().rolesIn(linde).contains(Role.ADMIN));
    }

    @Test
    void anAccessResetStopsTheOldPasswordAndSendsASingleUseLink() {
        String email = freshEmail("reset");
        long id = newPerson(email, linde, Role.ADVISOR);
        String oldHash = accounts.find(id).orElseThrow().getPasswordHash();
        java.time.Instant loggedInBefore = clock.instant().minusSeconds(60);
        assertTrue(accounts.sessionStillValid(id, loggedInBefore));
        as(LINDE_ADMIN_EMAIL, linde, () -> { people.resetAccess(id); return null; });
        assertFalse(accounts.sessionStillValid(id, loggedInBefore), "a session from before the reset ends");
        assertTrue(accounts.sessionStillValid(id, clock.instant().plusSeconds(1)), "a new login works");
        Account reset = accounts.find(id).orElseThrow();
        assertNotEquals(oldHash, reset.getPasswordHash());
        assertFalse(reset.usesTwoFactor());
        String token = tokenMailedTo(email);
        links.use(token, GOOD_PASSWORD, GOOD_PASSWORD);
        assertTrue(passwords.matches(GOOD_PASSWORD, accounts.find(id).orElseThrow().getPasswordHash()));
        assertThrows(LinkNotUsable.class, () -> links.use(token, GOOD_PASSWORD, GOOD_PASSWORD));
    }
}
