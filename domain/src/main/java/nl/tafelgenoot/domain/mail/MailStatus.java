package nl.tafelgenoot.domain.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent, or to be tried again after a failure. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after {@link RetryPolicy#MAX_ATTEMPTS} failed attempts; stays for the admin to read. */
    FAILED
}
