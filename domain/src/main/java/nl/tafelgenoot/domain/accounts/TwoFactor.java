package nl.tafelgenoot.domain.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The rules of two-factor login with an authenticator app (RFC 6238 as every app speaks it:
 * HMAC-SHA1, six digits, 30 seconds): a 160-bit secret shown once as Base32, a code accepted
 * one step early or late for clocks that drift, and never the same step twice. Recovery codes
 * are ten random codes for when the phone is lost, each stored as a hash and good once.
 */
public final class TwoFactor {

    public static final int RECOVERY_CODES = 10;
    static final Duration STEP = Duration.ofSeconds(30);
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private TwoFactor() {
    }

    /** A new secret in Base32, as authenticator apps take it when typed. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code. */
    public static String setupUri(String issuer, String email, String secret) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The six-digit code for the moment (for tests and for the set-up check). */
    public static String codeAt(String secret, Instant moment) {
        try {
            return TOTP.generateOneTimePasswordString(key(secret), moment, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a Base32 secret always makes an HMAC key", e);
        }
    }

    /**
     * The time step the code belongs to, when it is the code of the step before, of, or after now
     * and later than {@code lastStep} (a code is used once).
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, long lastStep) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep && MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII),
                    codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Ten new recovery codes, written {@code XXXX-XXXX-XX} (50 random bits each). */
    public static List<String> newRecoveryCodes() {
        return IntStream.range(0, RECOVERY_CODES).mapToObj(i -> {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 4 || c == 8) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            return code.toString();
        }).toList();
    }

    /** How a recovery code is kept: SHA-256 of the code without dashes or blanks, in capitals. */
    public static String recoveryHash(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
