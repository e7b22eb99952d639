package nl.tafelgenoot.domain.shared;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Random identifiers for use in URLs. They say nothing about how many records exist and cannot
 * be guessed, so a deep link never reveals another organisation's data or its size.
 * Crockford's base-32 alphabet avoids letters that are easily confused (I, L, O, U).
 */
public final class PublicIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    public static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Whether the text could be an id at all; lets callers skip the database for junk. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
