package nl.tafelgenoot.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Screen texts from {@code i18n/*.properties}: Dutch first (the default for any browser
 * that does not ask for English), English second. A missing key shows as {@code !key} and is logged,
 * so it is found in testing rather than hidden.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    /**
     * One bundle per feature, so features add texts without touching each other's files. A key is
     * looked up in each in turn; keys start with their feature's name, so they do not collide.
     */
    private static final List<String> BUNDLES = List.of(
            "i18n.messages", "i18n.consent", "i18n.notes", "i18n.preparation", "i18n.work", "i18n.objections",
            "i18n.mail", "i18n.deadlines", "i18n.letters", "i18n.advisors", "i18n.overview", "i18n.intake",
            "i18n.statistics", "i18n.account", "i18n.audit", "i18n.settings", "i18n.agenda", "i18n.booking",
            "i18n.privacy", "i18n.people", "i18n.platform", "i18n.forgotten");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, wanted, Translations.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, wanted).format(params);
            }
        }
        LOG.warning(() -> "Missing translation " + key + " for " + wanted);
        return "!" + key;
    }
}
