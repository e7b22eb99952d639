package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.tafelgenoot.domain.advisors.ProfileRefused;

/**
 * Puts the server's refusal of a profile field next to that field in the user's language, and
 * clears old messages before the next try. Nothing typed is touched.
 */
final class ProfileErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    <T extends HasValidation> T register(String property, T field) {
        fields.put(property, field);
        return field;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Shows the refusal at its field; false when no field of this form has that name. */
    boolean show(ProfileRefused refusal, Component translator) {
        HasValidation field = fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(translator.getTranslation("advisors.invalid." + refusal.reason()));
        field.setInvalid(true);
        return true;
    }
}
