package nl.tafelgenoot.domain.mail;

import jakarta.mail.MessagingException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the bound organisation's due mail, once only, also when several nodes run this at the
 * same moment.
 *
 * <p><b>Once only.</b> Each mail is claimed just before it is sent: a conditional JPQL update
 * ({@code ... set claimedBy = :node, claimedUntil = :until where id = :id and status = PENDING
 * and due and (claimedUntil is null or claimedUntil < :now)}) in a transaction of its own,
 * committed before the mail server is contacted. The database serialises the two updates on the
 * row: the second sees the first's claim and changes no row, so its node skips the mail. After
 * sending, the outcome (sent, or failed and when to try again) is committed in another
 * transaction, which also releases the claim. A claim runs out after {@link RetryPolicy#CLAIM}:
 * the mail of a node that died holding it is taken over. A node that dies after the mail server
 * took the mail but before recording it makes the mail go out a second time after the claim runs
 * out; the alternative would be losing mail, which is worse for a reminder of a legal deadline.
 *
 * <p><b>Why not {@code SELECT ... FOR UPDATE SKIP LOCKED}.</b> It would need native SQL (refused
 * for tenant isolation; see ArchitectureTest) or a provider-specific lock hint, and it holds a row
 * lock, and so a transaction and a connection, for as long as the mail server takes. The claim
 * needs neither: it is plain, tenant-filtered JPQL, and no transaction stays open while mail is
 * sent.
 *
 * <p>Not a CDI bean: the job builds it from the settings, tests build it on their own database
 * and SMTP server. Mail is claimed one at a time, so a claim is held only while its own mail is
 * being sent.
 */
public class OutboxSender {

    /** At most this many mails per organisation per pass; the rest go at the next pass. */
    public static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    private final OutboxRepository outbox;
    private final OwnTransactions transactions;
    private final SmtpMailer mailer;
    private final Clock clock;
    private final String node;

    /** What one pass did: sent, failed for now (tried again later), given up, and skipped (claimed elsewhere). */
    public record Run(int sent, int retryLater, int givenUp, int claimedElsewhere) {

        public Run plus(Run other) {
            return new Run(sent + other.sent, retryLater + other.retryLater, givenUp + other.givenUp,
                    claimedElsewhere + other.claimedElsewhere);
        }

        public boolean isEmpty() {
            return sent + retryLater + givenUp + claimedElsewhere == 0;
        }
    }

    public OutboxSender(OutboxRepository outbox, OwnTransactions transactions, SmtpMailer mailer, Clock clock,
                        String node) {
        this.outbox = Objects.requireNonNull(outbox);
        this.transactions = Objects.requireNonNull(transactions);
        this.mailer = Objects.requireNonNull(mailer);
        this.clock = Objects.requireNonNull(clock);
        if (node == null || node.isBlank() || node.length() > 100) {
            throw new IllegalArgumentException("node name of 1 to 100 characters expected");
        }
        this.node = node;
    }

    /** A name for this JVM, different for every start: host, process id and a random part. */
    public static String thisNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String process = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        String name = host + "/" + process + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    public String node() {
        return node;
    }

    /** One pass over the bound organisation's due mail. Call outside any transaction. */
    public Run sendDue() {
        Instant now = clock.instant();
        List<Long> due = transactions.commit(() -> outbox.claimableIds(now, BATCH));
        Run run = new Run(0, 0, 0, 0);
        for (long id : due) {
            run = run.plus(sendOne(id));
        }
        return run;
    }

    private Run sendOne(long id) {
        Optional<OutboxMail> claimed = transactions.commit(() -> claim(id));
        if (claimed.isEmpty()) {
            return new Run(0, 0, 0, 1);
        }
        try {
            mailer.send(claimed.get());
        } catch (MessagingException | RuntimeException failure) {
            String error = describe(failure);
            LOG.log(Level.WARNING, "Mail {0} not sent: {1}", new Object[] {id, error});
            MailStatus after = transactions.commit(() -> outbox.find(id)
                    .filter(mail -> mail.isClaimedBy(node))
                    .map(mail -> {
                        mail.recordFailure(error, clock.instant());
                        outbox.flush();
                        return mail.getStatus();
                    })
                    .orElse(MailStatus.PENDING));
            return after == MailStatus.FAILED ? new Run(0, 0, 1, 0) : new Run(0, 1, 0, 0);
        }
        transactions.commit(() -> {
            outbox.find(id).ifPresent(mail -> mail.markSent(clock.instant()));
            outbox.flush();
            return null;
        });
        return new Run(1, 0, 0, 0);
    }

    private Optional<OutboxMail> claim(long id) {
        Instant now = clock.instant();
        if (!outbox.claim(id, node, now, now.plus(RetryPolicy.CLAIM))) {
            return Optional.empty();
        }
        return outbox.find(id);
    }

    /** The failure and its first cause in one line, e.g. "MailConnectException: Couldn't connect ... (Connection refused)". */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure.getMessage() != null) {
            text.append(": ").append(failure.getMessage());
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && cause.getMessage() != null
                && (failure.getMessage() == null || !failure.getMessage().contains(cause.getMessage()))) {
            text.append(" (").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }
}
