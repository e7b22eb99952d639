package nl.tafelgenoot.domain.mail;

import java.time.Duration;
import java.util.List;

/**
 * When a mail that could not be sent is tried again, when the outbox gives up, and how long a
 * sender may hold a claim on a mail. The waits grow (1, 5, 15 minutes, then 1, 2, 4 and 8 hours),
 * so a mail server that is down for a night is caught up with in the morning without hammering
 * it; after {@link #MAX_ATTEMPTS} failures (about 15 hours) the mail is marked failed and stays
 * for the admin to read.
 *
 * <p>The claim lasts {@link #CLAIM}: far longer than one delivery can take with the sender's
 * time-outs ({@link SmtpMailer}), and short enough that the mail of a node that died while holding
 * it goes out a few minutes later from another.
 */
public final class RetryPolicy {

    public static final int MAX_ATTEMPTS = 8;
    public static final Duration CLAIM = Duration.ofMinutes(5);

    /** Wait after the 1st, 2nd, ... failure; the last one repeats. */
    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8));

    private RetryPolicy() {
    }

    /** How long to wait before the next attempt, after this many failed attempts (at least 1). */
    public static Duration waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no failed attempt yet");
        }
        return WAITS.get(Math.min(failedAttempts, WAITS.size()) - 1);
    }

    /** Whether the outbox stops trying after this many failed attempts. */
    public static boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= MAX_ATTEMPTS;
    }
}
