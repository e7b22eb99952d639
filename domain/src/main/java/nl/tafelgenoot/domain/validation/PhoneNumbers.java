package nl.tafelgenoot.domain.validation;

import java.util.regex.Pattern;

/**
 * Dutch telephone numbers as people write them: {@code 020-123 4567}, {@code 06 12345678},
 * {@code +31 6 12345678} or {@code 0031 ...}. Blanks, dashes, dots, slashes and brackets are
 * ignored; what remains must be ten digits starting with 0, or 31 and nine digits.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("(\\+|00)31[1-9][0-9]{8}");

    private PhoneNumbers() {
    }

    /** Empty counts as valid: whether a number is required is another rule. */
    public static boolean isValid(String phone) {
        if (phone == null || phone.isBlank()) {
            return true;
        }
        String digits = SEPARATORS.matcher(phone.strip()).replaceAll("");
        return NATIONAL.matcher(digits).matches() || INTERNATIONAL.matcher(digits).matches();
    }

    /**
     * The number in one form whatever way it was typed ({@code 0612345678} for
     * {@code +31 6 1234 5678}), to find a client by phone; null when there is no valid number.
     */
    public static String key(String phone) {
        if (phone == null || phone.isBlank() || !isValid(phone)) {
            return null;
        }
        String digits = SEPARATORS.matcher(phone.strip()).replaceAll("").replace("+", "");
        if (digits.startsWith("0031")) {
            return "0" + digits.substring(4);
        }
        if (digits.startsWith("31")) {
            return "0" + digits.substring(2);
        }
        return digits;
    }
}
