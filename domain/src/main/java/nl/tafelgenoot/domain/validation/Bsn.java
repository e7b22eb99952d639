package nl.tafelgenoot.domain.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a citizen service number (burgerservicenummer) in free text: nine digits, possibly
 * grouped with blanks, dots or dashes ({@code 123.456.782}), that pass the "elfproef"
 * (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, and not all zeros).
 */
public final class Bsn {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])[0-9](?:[ .\\-]?[0-9]){8}(?![0-9])");

    private Bsn() {
    }

    public static boolean occursIn(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (passesElevenTest(m.group().replaceAll("[^0-9]", ""))) {
                return true;
            }
        }
        return false;
    }

    static boolean passesElevenTest(String nineDigits) {
        if (nineDigits.length() != 9 || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
