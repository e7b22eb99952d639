package nl.tafelgenoot.ui.testing;

import java.security.SecureRandom;

/**
 * A unique marker for free text a test types. Letters only: a random UUID now and then holds
 * nine digits that pass the eleven-test, and the portal rightly refuses such a text as a BSN.
 */
public final class UniqueText {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UniqueText() {
    }

    /** Sixteen random lower-case letters. */
    public static String letters() {
        StringBuilder marker = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            marker.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return marker.toString();
    }
}
