package nl.tafelgenoot.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox's rules on one mail: when it may be claimed, what a failure or a success does to it. */
class OutboxMailTest {

    private static final Instant QUEUED = Instant.parse("2026-04-07T04:00:00Z");

    private static OutboxMail reminder() {
        return new OutboxMail("reminder:2026-0042:A1:2026-04-14:7d",
                Recipient.account(7, "anna.visser@delinde.example", "Anna Visser"),
                "Herinnering: bezwaartermijn", "Over 7 dagen verloopt de bezwaartermijn.", QUEUED);
    }

    @Test
    void aNewMailIsPendingAndClaimableAtOnce() {
        OutboxMail mail = reminder();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.isClaimable(QUEUED)).isTrue();
        assertThat(mail.isClaimable(QUEUED.minusSeconds(1))).as("not before it was queued").isFalse();
        assertThat(mail.getAccountId()).isEqualTo(7L);
    }

    @Test
    void aRunningClaimKeepsOtherSendersAwayUntilItExpires() {
        OutboxMail mail = reminder();
        mail.claim("node-a", QUEUED.plus(RetryPolicy.CLAIM));
        assertThat(mail.isClaimedBy("node-a")).isTrue();
        assertThat(mail.isClaimedBy("node-b")).isFalse();
        assertThat(mail.isClaimable(QUEUED.plusSeconds(10))).isFalse();
        assertThat(mail.isClaimable(QUEUED.plus(RetryPolicy.CLAIM))).as("still running at its last instant").isFalse();
        assertThat(mail.isClaimable(QUEUED.plus(RetryPolicy.CLAIM).plusMillis(1))).as("a dead node's claim is taken over")
                .isTrue();
    }

    @Test
    void aFailureIsCountedReleasesTheClaimAndWaitsLongerEachTime() {
        OutboxMail mail = reminder();
        Instant at = QUEUED;
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8)};
        for (int attempt = 1; attempt <= 7; attempt++) {
            mail.claim("node-a", at.plus(RetryPolicy.CLAIM));
            mail.recordFailure("MailConnectException: Couldn't connect to host\n\tat com.sun.mail...", at);
            assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.getAttempts()).isEqualTo(attempt);
            assertThat(mail.getClaimedBy()).isNull();
            assertThat(mail.getClaimedUntil()).isNull();
            assertThat(mail.getLastError()).isEqualTo("MailConnectException: Couldn't connect to host");
            assertThat(mail.getNextAttemptAt()).isEqualTo(at.plus(expected[attempt - 1]));
            assertThat(mail.isClaimable(mail.getNextAttemptAt().minusMillis(1))).as("not before the wait").isFalse();
            assertThat(mail.isClaimable(mail.getNextAttemptAt())).isTrue();
            at = mail.getNextAttemptAt();
        }
        mail.recordFailure("still down", at);
        assertThat(mail.getAttempts()).isEqualTo(RetryPolicy.MAX_ATTEMPTS);
        assertThat(mail.getStatus()).as("given up after the eighth attempt").isEqualTo(MailStatus.FAILED);
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThat(mail.isClaimable(at.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void sendingRecordsTheMomentAndReleasesTheClaim() {
        OutboxMail mail = reminder();
        mail.claim("node-a", QUEUED.plus(RetryPolicy.CLAIM));
        Instant sent = QUEUED.plusSeconds(3);
        mail.markSent(sent);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(sent);
        assertThat(mail.getClaimedBy()).isNull();
        assertThat(mail.isClaimable(sent.plus(Duration.ofDays(1)))).isFalse();
        mail.recordFailure("late failure report", sent);
        assertThat(mail.getStatus()).as("a sent mail stays sent").isEqualTo(MailStatus.SENT);
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void errorsAreKeptShortAndWithoutStackTraces() {
        assertThat(OutboxMail.shortError(null)).isEqualTo("unknown error");
        assertThat(OutboxMail.shortError("x".repeat(2000))).hasSize(OutboxMail.MAX_ERROR).endsWith("…");
        assertThat(OutboxMail.shortError("  first line  \nsecond line")).isEqualTo("first line");
    }

    @Test
    void lineBreaksInSubjectOrNameCannotAddMailHeaders() {
        OutboxMail mail = new OutboxMail("k", Recipient.of("a@example.nl", "Anna\r\nBcc: x@evil.example"),
                "Herinnering\r\nBcc: x@evil.example", "tekst", QUEUED);
        assertThat(mail.getSubject()).isEqualTo("Herinnering Bcc: x@evil.example");
        assertThat(mail.getRecipientName()).isEqualTo("Anna Bcc: x@evil.example");
    }

    @Test
    void aMailNeedsKeyAddressSubjectAndBody() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(reminder())).isEmpty();
        OutboxMail bad = new OutboxMail(" ", Recipient.of("geen adres", null), " ", "", QUEUED);
        assertThat(validator.validate(bad)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("dedupKey", "recipientAddress", "subject", "body");
    }
}
