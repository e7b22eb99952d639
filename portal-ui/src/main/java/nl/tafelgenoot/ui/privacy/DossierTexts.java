package nl.tafelgenoot.ui.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Map;

/**
 * Dutch (or English) words for the dossier's sections, fields and coded values, shared by the PDF:
 * a field without a text of its own keeps its technical name rather than showing a missing key,
 * and known codes (phase, audit action, relation, ...) read as on the screens.
 */
final class DossierTexts {

    /** Fields whose values are codes with texts elsewhere in the portal, by their key prefix. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("phase", "phase."), Map.entry("closedFrom", "phase."), Map.entry("action", "audit.action."),
            Map.entry("relation", "network.relation."), Map.entry("lifeDomain", "lifeDomain."),
            Map.entry("helpFrequency", "helpFrequency."), Map.entry("canContinue", "network.canContinue."),
            Map.entry("question", "interviewQuestion."));

    private final I18NProvider texts;
    private final Locale language;

    DossierTexts(I18NProvider texts, Locale language) {
        this.texts = texts;
        this.language = language;
    }

    String text(String key, Object... params) {
        return texts.getTranslation(key, language, params);
    }

    String section(String key) {
        return orElse("privacy.section." + key, key);
    }

    String field(String name) {
        return orElse("privacy.field." + name, name);
    }

    String value(String field, String value) {
        if ("true".equals(value)) {
            return text("privacy.yes");
        }
        if ("false".equals(value)) {
            return text("privacy.no");
        }
        String prefix = CODES.get(field);
        if (prefix != null && value.matches("[A-Z_]+")) {
            return orElse(prefix + value, value);
        }
        return value;
    }

    private String orElse(String key, String fallback) {
        String text = texts.getTranslation(key, language);
        return text.startsWith("!") ? fallback : text;
    }
}
