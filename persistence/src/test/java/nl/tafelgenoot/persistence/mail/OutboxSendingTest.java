package nl.tafelgenoot.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.tafelgenoot.domain.booking.AppointmentCalendar;
import nl.tafelgenoot.domain.booking.CalendarEntry;
import nl.tafelgenoot.domain.booking.Invitation;
import nl.tafelgenoot.domain.mail.CalendarAttachment;
import nl.tafelgenoot.domain.mail.MailSettings;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.OutboxSender;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.mail.RetryPolicy;
import nl.tafelgenoot.domain.mail.SmtpMailer;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import nl.tafelgenoot.persistence.testing.MovableClock;
import nl.tafelgenoot.persistence.testing.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox's sender on a real MariaDB and a real SMTP server (GreenMail): two senders racing
 * deliver every mail exactly once; a mail server that is down means a later attempt, not a lost
 * mail; a dead node's claim is taken over when it runs out; after the last attempt a mail is given
 * up; the claim, like every query, stays inside the organisation; and a mail with a calendar
 * arrives as an invitation beside its text, one without as plain text.
 */
class OutboxSendingTest extends DatabaseTest {

    private static final Instant START = Instant.parse("2026-04-07T04:00:00Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private final MovableClock clock = new MovableClock(START);
    private final List<EntityManager> entityManagers = new ArrayList<>();
    private TenantId tenant;
    private int keys;

    @BeforeEach
    void freshOrganisation() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        clock.set(START);
        tenant = newOrganisation("mail-" + System.nanoTime());
    }

    @AfterEach
    void closeEntityManagers() {
        entityManagers.forEach(EntityManager::close);
        entityManagers.clear();
    }

    @Test
    void twoSendersRunningAtTheSameTimeDeliverEveryMailExactlyOnce() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            subjects.add(queue(tenant, "Herinnering " + i + ": bezwaartermijn verloopt over 7 dagen").getSubject());
        }
        OutboxSender nodeA = sender(tenant, smtpAt(SMTP.getSmtp().getPort()), "node-a");
        OutboxSender nodeB = sender(tenant, smtpAt(SMTP.getSmtp().getPort()), "node-b");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<OutboxSender.Run> a = threads.submit(() -> {
                go.await();
                return nodeA.sendDue();
            });
            Future<OutboxSender.Run> b = threads.submit(() -> {
                go.await();
                return nodeB.sendDue();
            });
            go.countDown();
            OutboxSender.Run runA = a.get(60, TimeUnit.SECONDS);
            OutboxSender.Run runB = b.get(60, TimeUnit.SECONDS);
            assertThat(runA.sent() + runB.sent()).as(runA + " / " + runB).isEqualTo(25);
            assertThat(runA.retryLater() + runB.retryLater() + runA.givenUp() + runB.givenUp()).isZero();
        } finally {
            threads.shutdownNow();
        }

        assertThat(receivedSubjects()).as("each reminder arrived once").containsExactlyInAnyOrderElementsOf(subjects);
        List<OutboxMail> rows = all(tenant);
        assertThat(rows).hasSize(25).allSatisfy(mail -> {
            assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(mail.getSentAt()).isEqualTo(START);
            assertThat(mail.getClaimedBy()).isNull();
            assertThat(mail.getAttempts()).isZero();
        });

        assertThat(nodeA.sendDue().isEmpty()).as("a later pass finds nothing to send").isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(25);
    }

    @Test
    void aMailServerThatIsDownMeansALaterAttemptNotALostMail() throws Exception {
        int port = freePort();
        OutboxMail queued = queue(tenant, "Herinnering: termijn verloopt vandaag");
        OutboxSender sender = sender(tenant, smtpAt(port), "node-a");

        OutboxSender.Run failed = sender.sendDue();
        assertThat(failed.retryLater()).isEqualTo(1);
        OutboxMail afterFailure = reread(queued);
        assertThat(afterFailure.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(afterFailure.getAttempts()).isEqualTo(1);
        assertThat(afterFailure.getLastError()).containsIgnoringCase("connect").doesNotContain("\n");
        assertThat(afterFailure.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(afterFailure.getClaimedBy()).as("claim released").isNull();

        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue().isEmpty()).as("not tried again before the wait is over").isTrue();

        GreenMail back = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        back.start();
        try {
            clock.advance(Duration.ofSeconds(31));
            assertThat(sender.sendDue().sent()).isEqualTo(1);
            assertThat(back.getReceivedMessages()).extracting(MimeMessage::getSubject)
                    .containsExactly("Herinnering: termijn verloopt vandaag");
            MimeMessage received = back.getReceivedMessages()[0];
            assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("Anna Visser <anna.visser@delinde.example>");
            assertThat(received.getContent().toString().replace("\r\n", "\n").strip()).isEqualTo(queued.getBody().strip());
        } finally {
            back.stop();
        }
        OutboxMail sent = reread(queued);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getSentAt()).isEqualTo(START.plusSeconds(61));
        assertThat(sent.getAttempts()).as("the failed attempt stays counted").isEqualTo(1);
    }

    @Test
    void theClaimOfANodeThatDiedIsTakenOverWhenItRunsOut() throws Exception {
        OutboxMail queued = queue(tenant, "Herinnering: hoorzitting");
        boolean claimed = asTenant(tenant, em -> new JpaOutboxRepository(em)
                .claim(queued.getId(), "dead-node", START, START.plus(RetryPolicy.CLAIM)));
        assertThat(claimed).isTrue();
        boolean again = asTenant(tenant, em -> new JpaOutboxRepository(em)
                .claim(queued.getId(), "other-node", START, START.plus(RetryPolicy.CLAIM)));
        assertThat(again).as("a running claim is not claimed twice").isFalse();

        OutboxSender sender = sender(tenant, smtpAt(SMTP.getSmtp().getPort()), "node-b");
        clock.set(START.plus(RetryPolicy.CLAIM));
        assertThat(sender.sendDue().isEmpty()).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue().sent()).isEqualTo(1);
        assertThat(receivedSubjects()).containsExactly("Herinnering: hoorzitting");
        assertThat(reread(queued).getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void afterTheLastAttemptTheMailIsGivenUpAndKept() throws Exception {
        OutboxMail queued = queue(tenant, "Herinnering: beroepstermijn");
        OutboxSender sender = sender(tenant, smtpAt(freePort()), "node-a");
        for (int attempt = 1; attempt < RetryPolicy.MAX_ATTEMPTS; attempt++) {
            assertThat(sender.sendDue().retryLater()).isEqualTo(1);
            clock.set(reread(queued).getNextAttemptAt());
        }
        assertThat(sender.sendDue().givenUp()).isEqualTo(1);
        OutboxMail failed = reread(queued);
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(RetryPolicy.MAX_ATTEMPTS);
        assertThat(failed.getLastError()).isNotBlank();
        clock.advance(Duration.ofDays(2));
        assertThat(sender.sendDue().isEmpty()).isTrue();
        long failedCount = asTenant(tenant, em -> new JpaOutboxRepository(em).count(MailStatus.FAILED));
        assertThat(failedCount).isEqualTo(1);
    }

    @Test
    void aKeyIsQueuedOncePerOrganisationAndClaimsStayInsideTheOrganisation() {
        TenantId other = newOrganisation("mail-other-" + System.nanoTime());
        OutboxMail ours = asTenant(tenant, em -> new JpaOutboxRepository(em).add(mail("same-key", "Van ons")));
        OutboxMail theirs = asTenant(other, em -> new JpaOutboxRepository(em).add(mail("same-key", "Van hen")));
        assertThat(theirs.getId()).isNotEqualTo(ours.getId());
        boolean known = asTenant(tenant, em -> new JpaOutboxRepository(em).existsWithKey("same-key"));
        boolean unknown = asTenant(tenant, em -> new JpaOutboxRepository(em).existsWithKey("other-key"));
        assertThat(known).isTrue();
        assertThat(unknown).isFalse();
        assertThatThrownBy(() -> asTenant(tenant, em -> new JpaOutboxRepository(em).add(mail("same-key", "Nog eens"))))
                .as("the database refuses a second mail with the key").isInstanceOf(RuntimeException.class);

        Instant later = START.plusSeconds(1);
        List<Long> theirsDue = asTenant(other, em -> new JpaOutboxRepository(em).claimableIds(later, 100));
        assertThat(theirsDue).containsExactly(theirs.getId());
        boolean crossClaim = asTenant(other, em -> new JpaOutboxRepository(em)
                .claim(ours.getId(), "theirs", later, later.plusSeconds(60)));
        assertThat(crossClaim).as("another organisation cannot claim our mail").isFalse();
        List<OutboxMail> oursListed = asTenant(tenant, em -> new JpaOutboxRepository(em).list(null, new PageRequest(0, 10)));
        assertThat(oursListed).extracting(OutboxMail::getSubject).containsExactly("Van ons");
        assertThat(reread(ours).getClaimedBy()).isNull();
    }

    @Test
    void theListIsNewestFirstAndFiltersByStatus() {
        OutboxMail first = queue(tenant, "Eerste");
        clock.advance(Duration.ofMinutes(1));
        OutboxMail second = queue(tenant, "Tweede");
        asTenant(tenant, em -> {
            em.find(OutboxMail.class, first.getId()).markSent(START.plusSeconds(5));
            return null;
        });
        JpaOutboxRepository read = new JpaOutboxRepository(entityManager(tenant));
        assertThat(read.list(null, new PageRequest(0, 10))).extracting(OutboxMail::getSubject).containsExactly("Tweede", "Eerste");
        assertThat(read.list(MailStatus.PENDING, new PageRequest(0, 10))).extracting(OutboxMail::getId)
                .containsExactly(second.getId());
        assertThat(read.count(MailStatus.SENT)).isEqualTo(1);
        assertThat(read.count(null)).isEqualTo(2);
    }

    @Test
    void aMailWithACalendarArrivesAsAnInvitationBesideItsText() throws Exception {
        Instant appointment = Instant.parse("2026-10-26T08:00:00Z"); // Monday 09:00 in Amsterdam, winter time
        CalendarEntry entry = new CalendarEntry("afspraak-17@delinde.example", 0, appointment,
                appointment.plusSeconds(3600), "Gesprek met Eva, schuldhulp; café", "Dorpsstraat 1, Zeist", null);
        String ics = AppointmentCalendar.request(new Invitation(entry, "De Linde", "noreply@delinde.example",
                "Anna Visser", "anna.visser@delinde.example"), START);
        OutboxMail queued = asTenant(tenant, em -> new JpaOutboxRepository(em).add(new OutboxMail("booking:17:0",
                Recipient.of("anna.visser@delinde.example", "Anna Visser"), "Uw afspraak op maandag 26 oktober",
                "Beste Anna,\n\nUw afspraak staat vast: maandag 26 oktober om 09:00. Tot dan, é!\n",
                new CalendarAttachment("REQUEST", ics), clock.instant())));
        assertThat(reread(queued).getCalendar()).as("kept in the outbox").map(CalendarAttachment::ics).contains(ics);

        assertThat(sender(tenant, smtpAt(SMTP.getSmtp().getPort()), "node-a").sendDue().sent()).isEqualTo(1);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(new ContentType(text.getContentType()).getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(text.getContent().toString().replace("\r\n", "\n")).isEqualTo(queued.getBody());

        BodyPart invitation = parts.getBodyPart(1);
        ContentType type = new ContentType(invitation.getContentType());
        assertThat(type.getBaseType()).isEqualToIgnoringCase("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(invitation.getFileName()).isEqualTo("afspraak.ics");
        assertThat(invitation.getDisposition()).isEqualTo(Part.ATTACHMENT);
        String content;
        try (InputStream in = invitation.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(content).isEqualTo(ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(content));
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(appointment);
        assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue)).contains("Gesprek met Eva, schuldhulp; café");
    }

    @Test
    void aMailWithoutACalendarIsStillOnePlainText() throws Exception {
        OutboxMail queued = queue(tenant, "Herinnering: termijn");
        assertThat(reread(queued).getCalendar()).isEmpty();

        assertThat(sender(tenant, smtpAt(SMTP.getSmtp().getPort()), "node-a").sendDue().sent()).isEqualTo(1);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        ContentType type = new ContentType(received.getContentType());
        assertThat(type.getBaseType()).isEqualToIgnoringCase("text/plain");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(received.getContent()).isInstanceOf(String.class);
        assertThat(received.getContent().toString().replace("\r\n", "\n").strip()).isEqualTo(queued.getBody().strip());
    }

    private OutboxMail mail(String key, String subject) {
        return new OutboxMail(key, Recipient.account(7, "anna.visser@delinde.example", "Anna Visser"), subject,
                "Beste Anna,\n\nDe bezwaartermijn van casus 2026-0042 verloopt op dinsdag 14 april 2026.\n", clock.instant());
    }

    private OutboxMail queue(TenantId owner, String subject) {
        String key = "reminder:2026-0042:A1:2026-04-14:" + (++keys);
        return asTenant(owner, em -> new JpaOutboxRepository(em).add(mail(key, subject)));
    }

    private OutboxMail reread(OutboxMail mail) {
        return asTenant(tenant, em -> em.find(OutboxMail.class, mail.getId()));
    }

    private List<OutboxMail> all(TenantId owner) {
        return asTenant(owner, em -> new JpaOutboxRepository(em).list(null, new PageRequest(0, 500)));
    }

    private EntityManager entityManager(TenantId owner) {
        EntityManager em = TestPersistence.forTenant(emf, owner);
        entityManagers.add(em);
        return em;
    }

    /** A sender of its own, as on a node of its own: own EntityManager, transactions and claim name. */
    private OutboxSender sender(TenantId owner, MailSettings settings, String node) {
        EntityManager em = entityManager(owner);
        return new OutboxSender(new JpaOutboxRepository(em), new LocalTransactions(em), new SmtpMailer(settings, clock),
                clock, node);
    }

    private static MailSettings smtpAt(int port) {
        return new MailSettings("127.0.0.1", port, null, null, "Tafelgenoot <noreply@tafelgenoot.example>", false);
    }

    private static List<String> receivedSubjects() throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    /** A port nobody listens on (yet): the mail server that is down. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
