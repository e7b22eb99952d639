package nl.tafelgenoot.domain.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcodes: four digits not starting with 0, then two letters; SA, SD and SS are never issued. */
public final class Postcodes {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");

    private Postcodes() {
    }

    /** Empty counts as valid: whether a postcode is required is another rule. */
    public static boolean isValid(String postcode) {
        return postcode == null || postcode.isBlank()
                || FORMAT.matcher(postcode.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** {@code 1234ab} becomes {@code 1234 AB}; text that is no postcode comes back stripped only. */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        String upper = postcode.strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || !FORMAT.matcher(upper).matches()) {
            return postcode.strip();
        }
        String compact = upper.replace(" ", "");
        return compact.substring(0, 4) + " " + compact.substring(4);
    }
}
