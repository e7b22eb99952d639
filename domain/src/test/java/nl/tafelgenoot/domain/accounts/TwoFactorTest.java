package nl.tafelgenoot.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoFactorTest {

    /** RFC 6238's SHA-1 secret "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant AT_59 = Instant.ofEpochSecond(59);

    @Test
    void codesAreTheRfc6238TestVectorsInSixDigits() {
        assertThat(TwoFactor.codeAt(RFC_SECRET, AT_59)).isEqualTo("287082");
        assertThat(TwoFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(TwoFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeOneStepEarlyOrLateIsAcceptedTwoStepsIsNot() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = 60_000_000L;
        assertThat(TwoFactor.matchingStep(RFC_SECRET, TwoFactor.codeAt(RFC_SECRET, now), now, Long.MIN_VALUE))
                .hasValue(step);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, TwoFactor.codeAt(RFC_SECRET, now.minusSeconds(30)), now,
                Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, TwoFactor.codeAt(RFC_SECRET, now.plusSeconds(30)), now,
                Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, TwoFactor.codeAt(RFC_SECRET, now.minusSeconds(60)), now,
                Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeWorksOnceAndOnlyAsSixDigits() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        String code = TwoFactor.codeAt(RFC_SECRET, now);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, code, now, 60_000_000L)).as("used already").isEmpty();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, 0))
                .as("typed with a space as apps show it").isPresent();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "12345a", now, 0)).isEmpty();
        assertThat(TwoFactor.matchingStep(null, code, now, 0)).isEmpty();
    }

    @Test
    void aNewSecretIs160BitsOfBase32AndTheSetupAddressNamesIssuerAndPerson() {
        String secret = TwoFactor.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TwoFactor.newSecret());
        assertThat(TwoFactor.setupUri("Tafelgenoot (De Linde)", "anna.visser@delinde.example", secret))
                .isEqualTo("otpauth://totp/Tafelgenoot%20%28De%20Linde%29:anna.visser%40delinde.example?secret="
                        + secret + "&issuer=Tafelgenoot%20%28De%20Linde%29&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenDistinctAndWorkOnceHoweverTyped() {
        List<String> codes = TwoFactor.newRecoveryCodes();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}"));
        assertThat(new HashSet<>(codes)).hasSize(10);

        Account account = new Account("anna@example.nl", "Anna", "-");
        account.startTwoFactor(RFC_SECRET);
        account.enableTwoFactor(1, Instant.EPOCH, codes.stream().map(TwoFactor::recoveryHash).toList());
        String typed = codes.get(3).replace("-", "").toLowerCase();
        assertThat(account.useRecoveryCode(TwoFactor.recoveryHash(typed), Instant.EPOCH)).isTrue();
        assertThat(account.useRecoveryCode(TwoFactor.recoveryHash(codes.get(3)), Instant.EPOCH)).isFalse();
        assertThat(account.recoveryCodesLeft()).isEqualTo(9);
        assertThat(account.useRecoveryCode(TwoFactor.recoveryHash("AAAA-AAAA-AA"), Instant.EPOCH)).isFalse();
    }
}
