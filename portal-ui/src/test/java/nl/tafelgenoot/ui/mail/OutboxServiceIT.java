package nl.tafelgenoot.ui.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.tafelgenoot.domain.mail.MailSettings;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.OutboxRepository;
import nl.tafelgenoot.domain.mail.OutboxSender;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.mail.SmtpMailer;
import nl.tafelgenoot.domain.mail.TenantTransactions;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: a background job (tenant, no user) queues mail once per key and
 * organisation, inside the caller's transaction; only an organisation's admin reads its outbox,
 * never another organisation's; without a mail server the job sends nothing; a sender whose mail
 * server is down records the failure for a later attempt (Payara's own Jakarta Mail, the
 * container's transactions).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String SAMEN_ADMIN = "beheerder@samenverder.example";
    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_LIMIT);

    @Inject
    Outbox outbox;

    @Inject
    TenantRunner tenants;

    @Inject
    TenantTransactions transactions;

    @Inject
    OutboxRepository repository;

    @Inject
    OutboxSendJob job;

    @Inject
    Clock clock;

    private boolean queue(TenantId tenant, String key, String subject) {
        return tenants.runAs(tenant, () -> outbox.queue(key,
                Recipient.account(1, "anna.visser@delinde.example", "Anna Visser"), subject,
                "Beste Anna,\n\nDe bezwaartermijn verloopt over 7 dagen.\n"));
    }

    private static List<String> subjects(List<OutboxMail> mails) {
        return mails.stream().map(OutboxMail::getSubject).toList();
    }

    private OutboxMail mailOf(TenantId tenant, String subject) {
        return as(tenant.equals(linde) ? LINDE_ADMIN : SAMEN_ADMIN, tenant, () -> outbox.list(null, ALL)).stream()
                .filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    private static void assertRefused(Runnable attempt) {
        RuntimeException refused = assertThrows(RuntimeException.class, attempt::run);
        assertTrue(Failures.causedBy(refused, AccessDeniedException.class), refused.toString());
    }

    @Test
    void aKeyQueuesOncePerOrganisationAndOnlyThatOrganisationsAdminReadsIt() {
        String key = "reminder:it:" + UUID.randomUUID();
        String lindeSubject = "Herinnering De Linde " + key;
        String samenSubject = "Herinnering Samen Verder " + key;

        assertTrue(queue(linde, key, lindeSubject));
        assertFalse(queue(linde, key, "Nog eens " + key), "the same key twice queues once");
        assertTrue(queue(samen, key, samenSubject), "another organisation's key is its own");

        List<String> lindes = subjects(as(LINDE_ADMIN, linde, () -> outbox.list(null, ALL)));
        assertEquals(1, lindes.stream().filter(s -> s.endsWith(key)).count(), lindes.toString());
        assertTrue(lindes.contains(lindeSubject));
        List<String> samens = subjects(as(SAMEN_ADMIN, samen, () -> outbox.list(null, ALL)));
        assertTrue(samens.contains(samenSubject));
        assertFalse(samens.contains(lindeSubject), "never another organisation's mail");
        assertTrue(as(LINDE_ADMIN, linde, () -> outbox.count(MailStatus.PENDING)) >= 1);
        assertTrue(subjects(as(LINDE_ADMIN, linde, () -> outbox.list(MailStatus.SENT, ALL))).stream()
                .noneMatch(s -> s.endsWith(key)), "the filter by status");

        assertRefused(() -> as(ANNA, linde, () -> outbox.list(null, ALL)));
        assertRefused(() -> as(ANNA, linde, () -> outbox.count(null)));
        assertRefused(() -> as(LINDE_COORDINATOR, linde, () -> outbox.list(null, ALL)));
    }

    @Test
    void mailIsQueuedOnlyWhenTheCallersTransactionCommits() {
        String key = "reminder:it:rollback:" + UUID.randomUUID();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> tenants.runAs(linde,
                () -> transactions.commit(() -> {
                    outbox.queue(key, Recipient.of("anna.visser@delinde.example", null), "Teruggedraaid " + key, "Tekst");
                    throw new IllegalStateException("the caller's work failed");
                })));
        assertTrue(Failures.causedBy(failure, IllegalStateException.class), failure.toString());
        assertTrue(subjects(as(LINDE_ADMIN, linde, () -> outbox.list(null, ALL))).stream().noneMatch(s -> s.endsWith(key)));
        assertTrue(queue(linde, key, "Nu wel " + key), "the key is still free");
    }

    @Test
    void withoutAMailServerNothingIsSentAndASenderWhoseServerIsDownTriesAgainLater() throws IOException {
        String key = "reminder:it:down:" + UUID.randomUUID();
        String subject = "Herinnering bij een mailserver die uit staat " + key;
        queue(linde, key, subject);

        assertTrue(job.sendEveryOrganisation().isEmpty(), "no TAFELGENOOT_SMTP_HOST in the tests: nothing is sent");
        assertEquals(MailStatus.PENDING, mailOf(linde, subject).getStatus());
        assertEquals(0, mailOf(linde, subject).getAttempts());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailSettings down = new MailSettings("127.0.0.1", closedPort, null, null, "noreply@tafelgenoot.example", false);
        OutboxSender sender = new OutboxSender(repository, transactions, new SmtpMailer(down, clock), clock, "it-node");
        OutboxSender.Run run = tenants.runAs(linde, sender::sendDue);
        assertTrue(run.retryLater() >= 1, run.toString());

        OutboxMail failed = mailOf(linde, subject);
        assertEquals(MailStatus.PENDING, failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertNotNull(failed.getLastError());
        assertTrue(failed.getLastError().toLowerCase().contains("connect"), failed.getLastError());
        assertNull(failed.getClaimedBy(), "claim released");
        assertTrue(failed.getNextAttemptAt().isAfter(failed.getQueuedAt()));
        assertTrue(tenants.runAs(linde, sender::sendDue).isEmpty(), "not again before the wait is over");
    }
}
