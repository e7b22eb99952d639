package nl.tafelgenoot.domain.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The organisation's outbox: other services queue mail here, inside their own transaction, and
 * {@link OutboxSender} sends it later (or, without a mail server, it stays here for the admin to
 * read). Queuing needs no permission of its own: it is called by services that checked theirs,
 * and by background jobs, which have a bound tenant but no user. Reading the outbox is for the
 * organisation's admins ({@link Permission#MAIL_READ}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Outbox {

    @Inject
    OutboxRepository outbox;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /**
     * Queues a mail once per key: when the organisation's outbox already holds a mail with this
     * {@code dedupKey} (whatever its status), nothing is added and the answer is {@code false}.
     * Joins the caller's transaction, so the mail is queued only if the caller's work commits.
     * Keys name what the mail is about, e.g. {@code reminder:2026-0042:A1:2026-04-14:7d}.
     *
     * <p>Two transactions queuing the same key at the same moment (two nodes running the same job)
     * both pass the check; the database's unique key then refuses the second insert, which fails
     * that caller's transaction. Jobs retry at their next run and then find the key.
     *
     * @throws jakarta.validation.ConstraintViolationException for a blank key, subject or body, or
     *         an invalid address
     */
    public boolean queue(String dedupKey, Recipient to, String subject, String body) {
        return queue(dedupKey, to, subject, body, null);
    }

    /**
     * {@link #queue(String, Recipient, String, String)} with an iCalendar attachment (null: none),
     * e.g. an appointment's invitation from {@code AppointmentCalendar}. An update or cancellation
     * of the same appointment needs a key of its own (e.g. with the SEQUENCE in it), else it is
     * taken for the mail queued before.
     */
    public boolean queue(String dedupKey, Recipient to, String subject, String body, CalendarAttachment calendar) {
        return queue(dedupKey, to, subject, body, calendar, false);
    }

    /**
     * {@link #queue(String, Recipient, String, String)} for a mail whose body holds a secret link
     * (invitation, access reset): sent like any other, but its body is never shown in the outbox
     * ({@link OutboxMail#bodyForReaders()}).
     */
    public boolean queueConfidential(String dedupKey, Recipient to, String subject, String body) {
        return queue(dedupKey, to, subject, body, null, true);
    }

    private boolean queue(String dedupKey, Recipient to, String subject, String body, CalendarAttachment calendar,
                          boolean confidential) {
        if (dedupKey != null && outbox.existsWithKey(dedupKey.strip())) {
            return false;
        }
        OutboxMail mail = new OutboxMail(dedupKey, to, subject, body, calendar, clock.instant());
        if (confidential) {
            mail.markConfidential();
        }
        Validity.require(validator, mail);
        outbox.add(mail);
        return true;
    }

    /** The admin's list: newest first, only those with the status when one is given. */
    public List<OutboxMail> list(MailStatus status, PageRequest page) {
        user.require(Permission.MAIL_READ);
        return outbox.list(status, page);
    }

    public long count(MailStatus status) {
        user.require(Permission.MAIL_READ);
        return outbox.count(status);
    }
}
