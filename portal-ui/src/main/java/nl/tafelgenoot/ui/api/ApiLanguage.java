package nl.tafelgenoot.ui.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import nl.tafelgenoot.ui.i18n.Translations;

/**
 * The language of the API's error messages: Dutch, unless the caller's most wanted language
 * (Accept-Language) is English, as on the screens.
 */
public final class ApiLanguage {

    private static final Translations TEXTS = new Translations();

    private ApiLanguage() {
    }

    public static String text(HttpHeaders headers, String key, Object... params) {
        return TEXTS.getTranslation(key, of(headers), params);
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !wanted.isEmpty() && "en".equals(wanted.get(0).getLanguage()) ? Translations.ENGLISH : Translations.DUTCH;
    }
}
