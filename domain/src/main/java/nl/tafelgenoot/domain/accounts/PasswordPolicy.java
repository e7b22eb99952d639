package nl.tafelgenoot.domain.accounts;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.DictionaryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a password a person chooses must be: long enough to be a short sentence, not on a list of
 * common passwords (zxcvbn's lists plus Dutch favourites like "wachtwoord" and "welkom") and not
 * built from the person's own name or e-mail address. The estimate is zxcvbn's, and only its top
 * score (4: more than 10^10 guesses) passes, because a name and a year ("annavisser1950") still
 * scores 3; a sentence of three or four ordinary words passes with room to spare.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 4;
    private static final Zxcvbn ESTIMATOR = estimator();

    private PasswordPolicy() {
    }

    /**
     * Refuses the chosen password, naming the field to show it at: {@code chosen} for the password
     * itself, {@code repeat} when the two do not match.
     */
    public static void require(String chosen, String repeat, Collection<String> personal) {
        if (chosen == null || chosen.isEmpty()) {
            throw new PasswordRefused("required", "chosen");
        }
        if (chosen.length() < MIN_LENGTH) {
            throw new PasswordRefused("tooShort", "chosen");
        }
        if (chosen.length() > MAX_LENGTH) {
            throw new PasswordRefused("tooLong", "chosen");
        }
        Strength strength = ESTIMATOR.measure(chosen, personalWords(personal));
        if (strength.getScore() < MIN_SCORE) {
            Feedback feedback = strength.getFeedback();
            throw new PasswordRefused("tooEasy", "chosen", locale -> hints(feedback, locale));
        }
        if (!chosen.equals(repeat)) {
            throw new PasswordRefused("repeatDiffers", "repeat");
        }
    }

    /** The person's name and address split into words, so "Anna" or "visser" make no password. */
    static List<String> personalWords(Collection<String> personal) {
        return personal.stream().filter(t -> t != null && !t.isBlank())
                .flatMap(t -> Stream.concat(Stream.of(t.toLowerCase(Locale.ROOT)),
                        Stream.of(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))))
                .filter(w -> w.length() >= 3).distinct().toList();
    }

    private static List<String> hints(Feedback feedback, Locale locale) {
        Locale wanted = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        List<String> hints = new ArrayList<>();
        String warning = feedback.getWarning(wanted);
        if (warning != null && !warning.isBlank()) {
            hints.add(warning);
        }
        hints.addAll(feedback.getSuggestions(wanted));
        return hints;
    }

    private static Zxcvbn estimator() {
        try {
            return new ZxcvbnBuilder()
                    .dictionaries(StandardDictionaries.loadAllDictionaries())
                    .dictionary(new DictionaryLoader("dutch_passwords",
                            () -> PasswordPolicy.class.getResourceAsStream("dutch-passwords.txt")).load())
                    .keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's word lists are part of its jar", e);
        }
    }
}
