package nl.tafelgenoot.ui.forgotten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Passwords;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.people.ForgottenPasswords;
import nl.tafelgenoot.domain.people.InvitationPurpose;
import nl.tafelgenoot.domain.people.InvitationRepository;
import nl.tafelgenoot.domain.people.InvitationService;
import nl.tafelgenoot.domain.people.LinkNotUsable;
import nl.tafelgenoot.domain.people.StaffInvitation;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.testing.InContainerTest;
import nl.tafelgenoot.ui.testing.Poll;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: a forgotten-password request answers the same for a known and an unknown
 * address and only the known one gets a mail, whose link the outbox does not show; the link works
 * once and not after its hour; using it ends older sessions and leaves two-step login on; the
 * requests are limited per address typed and per client.
 */
@ExtendWith(ArquillianExtension.class)
class ForgottenPasswordIT extends InContainerTest {

    private static final String GOOD_PASSWORD = "paarse olifant danst op zolder 42";

    @Inject
    ForgottenPasswords forgotten;

    @Inject
    InvitationService links;

    @Inject
    InvitationRepository invitations;

    @Inject
    AccountRepository accountRepository;

    @Inject
    Passwords passwords;

    @Inject
    DemoTransactions transactions;

    @Inject
    Clock clock;

    private static String client() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    private long newPerson(String email, TenantId tenant, boolean twoStep) {
        long id = newPerson(email, "Test Vergeten", tenant, Role.ADVISOR);
        if (twoStep) {
            transactions.inNewTransaction(() -> {
                Account account = accountRepository.find(id).orElseThrow();
                account.startTwoFactor("JBSWY3DPEHPK3PXP");
                account.enableTwoFactor(1, clock.instant(), List.of());
                return null;
            });
        }
        return id;
    }

    /** Waits until every request taken so far has been handled (its mail queued, or nothing). */
    private void handled() {
        Poll.until("the forgotten-password requests handled", Duration.ofSeconds(20), () -> forgotten.inProgress() == 0);
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerButOnlyTheKnownOneAMail() {
        String known = freshEmail("bekend");
        long id = newPerson(known, linde, true);
        String unknown = freshEmail("onbekend");
        String before = accounts.find(id).orElseThrow().getPasswordHash();
        // Both return normally: nothing tells them apart.
        forgotten.request(unknown, client());
        forgotten.request(" " + known.toUpperCase() + " ", client());
        handled();

        assertTrue(mailsTo(LINDE_ADMIN, linde, unknown).isEmpty());
        assertTrue(mailsTo(SAMEN_ADMIN, samen, unknown).isEmpty());
        List<OutboxMail> mails = mailsTo(LINDE_ADMIN, linde, known);
        assertEquals(1, mails.size());
        OutboxMail mail = mails.get(0);
        String token = linkTokenIn(mail);
        assertTrue(mail.isConfidential());
        assertTrue(mail.bodyForReaders().isEmpty(), "the outbox shows no body of this mail");
        assertFalse(mail.getSubject().contains(token));
        assertEquals(before, accounts.find(id).orElseThrow().getPasswordHash(), "asking changes nothing yet");

        assertEquals(InvitationPurpose.FORGOTTEN, links.details(token).orElseThrow().purpose());
        Instant loggedInBefore = clock.instant().minusSeconds(60);
        assertTrue(accounts.sessionStillValid(id, loggedInBefore));
        links.use(token, GOOD_PASSWORD, GOOD_PASSWORD);
        Account after = accounts.find(id).orElseThrow();
        assertTrue(passwords.matches(GOOD_PASSWORD, after.getPasswordHash()));
        assertTrue(after.usesTwoFactor(), "two-step login stays on");
        assertFalse(accounts.sessionStillValid(id, loggedInBefore), "older sessions end");
        assertTrue(accounts.sessionStillValid(id, clock.instant().plusSeconds(1)), "a new login works");

        assertTrue(links.details(token).isEmpty(), "used");
        assertThrows(LinkNotUsable.class, () -> links.use(token, GOOD_PASSWORD, GOOD_PASSWORD));
    }

    @Test
    void aNewRequestStopsTheEarlierLink() {
        String email = freshEmail("tweemaal");
        newPerson(email, linde, false);
        forgotten.request(email, client());
        handled();
        String first = linkTokenIn(mailsTo(LINDE_ADMIN, linde, email).get(0));
        forgotten.request(email, client());
        handled();
        List<OutboxMail> mails = mailsTo(LINDE_ADMIN, linde, email);
        assertEquals(2, mails.size());
        assertTrue(links.details(first).isEmpty(), "the first link stopped");
        assertEquals(1, mails.stream().filter(m -> links.details(linkTokenIn(m)).isPresent()).count());
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = freshEmail("verlopen");
        long id = newPerson(email, linde, false);
        String token = ManageTokens.next();
        transactions.inNewTransaction(() -> invitations.add(StaffInvitation.forgotten(linde.value(),
                accountRepository.find(id).orElseThrow(), ManageTokens.hash(token),
                clock.instant().minus(Duration.ofMinutes(61)))));
        assertTrue(links.details(token).isEmpty());
        assertThrows(LinkNotUsable.class, () -> links.use(token, GOOD_PASSWORD, GOOD_PASSWORD));
        assertFalse(passwords.matches(GOOD_PASSWORD, accounts.find(id).orElseThrow().getPasswordHash()));
    }

    @Test
    void noMailForAnAccountWithoutAnOrganisation() {
        String nowhere = freshEmail("nergens");
        newPerson(nowhere, null, false);
        forgotten.request(nowhere, client());
        handled();
        assertTrue(mailsTo(LINDE_ADMIN, linde, nowhere).isEmpty());
        assertTrue(mailsTo(SAMEN_ADMIN, samen, nowhere).isEmpty());
    }

    @Test
    void requestsAreLimitedPerAddressTypedAndPerClient() {
        String email = freshEmail("vaak");
        for (int i = 0; i < 5; i++) {
            forgotten.request(email, client() + "-" + i);
        }
        assertThrows(RateLimited.class, () -> forgotten.request(email, "192.0.2.77"));
        assertThrows(RateLimited.class, () -> forgotten.request(email.toUpperCase(), "192.0.2.78"));

        String oneClient = "203.0.113.9";
        for (int i = 0; i < 20; i++) {
            forgotten.request(freshEmail("klant" + i), oneClient);
        }
        assertThrows(RateLimited.class, () -> forgotten.request(freshEmail("nog een"), oneClient));
        handled();
    }
}
