package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Choosing languages by their name in the user's language ("Turks"); the value is the set of
 * ISO 639-1 codes the profile stores.
 */
class LanguageField extends MultiSelectComboBox<String> {

    LanguageField(String id, String label) {
        super(label);
        setId(id);
        Locale locale = getLocale();
        Collator collator = Collator.getInstance(locale);
        setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(code -> name(code, locale), collator)).toList());
        setItemLabelGenerator(code -> name(code, locale));
        setWidthFull();
    }

    static String name(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }
}
