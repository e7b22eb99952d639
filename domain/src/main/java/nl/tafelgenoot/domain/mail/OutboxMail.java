package nl.tafelgenoot.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail of an organisation, kept in the database from the moment it is queued: waiting,
 * sent or given up. The outbox is the record of what the portal mailed and to whom, also when no
 * mail server is configured (then everything stays {@link MailStatus#PENDING} and the admin reads
 * it in the portal).
 *
 * <p>A mail is queued under a key ({@code dedupKey}, unique per organisation), so queuing the same
 * reminder twice queues it once. A sender claims a mail ({@code claimedBy}, {@code claimedUntil})
 * before handing it to the mail server, so that of two nodes only one sends it; the claim itself is
 * a conditional update in the repository ({@link OutboxRepository#claim}), which mirrors
 * {@link #isClaimable(Instant)}.
 *
 * <p>A mail may carry one iCalendar attachment ({@link CalendarAttachment}), e.g. the invitation
 * to a booked appointment; {@link SmtpMailer} then sends it as a calendar part beside the text.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int MAX_BODY = 20_000;
    public static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{mail.dedupKey.required}")
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "dedup_key", nullable = false, length = 200, updatable = false)
    private String dedupKey;

    @NotBlank(message = "{mail.recipient.required}")
    @Email(message = "{tafelgenoot.email.invalid}")
    @Size(max = 254, message = "{tafelgenoot.size.max}")
    @Column(name = "recipient_address", nullable = false, length = 254, updatable = false)
    private String recipientAddress;

    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "recipient_name", length = 200, updatable = false)
    private String recipientName;

    /** The portal user the mail is for, when it is one. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @NotBlank(message = "{mail.subject.required}")
    @Size(max = 250, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 250, updatable = false)
    private String subject;

    @NotBlank(message = "{mail.body.required}")
    @Size(max = MAX_BODY, message = "{tafelgenoot.size.max}")
    @Column(name = "body_text", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    /** Failed attempts so far. */
    @Column(nullable = false)
    private int attempts;

    /** Not before this moment; null once sent or given up. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** Why the last attempt failed, in one short line. */
    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** With {@link #calendarIcs}: the iCalendar attachment's method, or null for a mail without one. */
    @Column(name = "calendar_method", length = 10, updatable = false)
    private String calendarMethod;

    @Column(name = "calendar_ics", updatable = false)
    private String calendarIcs;

    /**
     * The body holds a secret (an invitation or access-reset link): it is sent, but never shown to
     * whoever reads the outbox, or an admin could use someone else's link.
     */
    @Column(nullable = false, updatable = false)
    private boolean confidential;

    protected OutboxMail() {
    }

    /** A new mail, due at once. Line breaks in the subject and name are flattened (no header injection). */
    public OutboxMail(String dedupKey, Recipient to, String subject, String body, Instant queuedAt) {
        this(dedupKey, to, subject, body, null, queuedAt);
    }

    /** A new mail with an iCalendar attachment ({@code calendar} may be null: none), due at once. */
    public OutboxMail(String dedupKey, Recipient to, String subject, String body, CalendarAttachment calendar,
                      Instant queuedAt) {
        Objects.requireNonNull(to);
        this.dedupKey = dedupKey == null ? null : dedupKey.strip();
        this.recipientAddress = to.address() == null ? null : to.address().strip();
        this.recipientName = oneLine(to.name());
        this.accountId = to.accountId();
        this.subject = oneLine(subject);
        this.body = body;
        if (calendar != null) {
            this.calendarMethod = calendar.method();
            this.calendarIcs = calendar.ics();
        }
        this.queuedAt = Objects.requireNonNull(queuedAt);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = queuedAt;
    }

    /**
     * Whether a sender may claim the mail now: waiting, due, and not claimed by a sender whose
     * claim still runs (an expired claim is a sender that died; its mail is taken over).
     */
    public boolean isClaimable(Instant now) {
        return status == MailStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /** What a successful claim writes; the repository does the same in one conditional update. */
    public void claim(String node, Instant until) {
        this.claimedBy = Objects.requireNonNull(node);
        this.claimedUntil = Objects.requireNonNull(until);
    }

    public boolean isClaimedBy(String node) {
        return claimedBy != null && claimedBy.equals(node);
    }

    /** The mail server took it. Recorded whoever claims it now: it has gone out. */
    public void markSent(Instant at) {
        if (status != MailStatus.PENDING) {
            return;
        }
        status = MailStatus.SENT;
        sentAt = Objects.requireNonNull(at);
        nextAttemptAt = null;
        release();
    }

    /**
     * An attempt failed: counted, the reason kept (short), the claim released and the next attempt
     * set by the {@link RetryPolicy}, or the mail given up after the last attempt.
     */
    public void recordFailure(String error, Instant at) {
        if (status != MailStatus.PENDING) {
            return;
        }
        attempts++;
        lastError = shortError(error);
        release();
        if (RetryPolicy.givesUpAfter(attempts)) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(RetryPolicy.waitAfter(attempts));
        }
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** The first line of an error, at most {@link #MAX_ERROR} characters: no stack traces in the outbox. */
    static String shortError(String error) {
        if (error == null || error.isBlank()) {
            return "unknown error";
        }
        String line = error.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR - 1) + "…";
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Before it is queued: the body holds a secret link and is kept from the outbox's readers. */
    public void markConfidential() {
        this.confidential = true;
    }

    public boolean isConfidential() {
        return confidential;
    }

    /** The body as the outbox may show it: none for a {@link #isConfidential() confidential} mail. */
    public Optional<String> bodyForReaders() {
        return confidential ? Optional.empty() : Optional.ofNullable(body);
    }

    /** The iCalendar attachment, when the mail has one. */
    public Optional<CalendarAttachment> getCalendar() {
        return calendarIcs == null ? Optional.empty() : Optional.of(new CalendarAttachment(calendarMethod, calendarIcs));
    }
}
