package nl.tafelgenoot.domain.accounts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A chosen password that is not accepted: the reason ({@code password.refused.<key>} on screen),
 * the field it belongs to, and the strength estimator's own hints in the reader's language.
 */
public class PasswordRefused extends RuntimeException {

    private final String key;
    private final String field;
    private final transient Function<Locale, List<String>> hints;

    public PasswordRefused(String key, String field) {
        this(key, field, locale -> List.of());
    }

    PasswordRefused(String key, String field, Function<Locale, List<String>> hints) {
        super(key);
        this.key = key;
        this.field = field;
        this.hints = hints;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }

    /** What would make the password better (zxcvbn's warning and suggestions), in Dutch or English. */
    public List<String> hints(Locale locale) {
        return hints.apply(locale);
    }
}
