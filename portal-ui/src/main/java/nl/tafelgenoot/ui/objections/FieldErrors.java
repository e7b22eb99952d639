package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.tafelgenoot.domain.objections.InvalidInput;

/**
 * Puts the server's refusal of one field next to that field, in the user's language, and
 * clears the old messages before the next try. Fields are registered by the property name the
 * domain uses in {@link InvalidInput#field()}.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    <T extends HasValidation> T register(String property, T field) {
        fields.put(property, field);
        return field;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Shows the refusal at its field; false when no field of this form has that name. */
    boolean show(InvalidInput refusal, Component translator) {
        HasValidation field = fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(translator.getTranslation("objections.invalid." + refusal.reason()));
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    /**
     * Shows Bean Validation refusals (a citizen service number in a text, a text too long) at
     * their fields, named by the violated constraint; false when none could be placed.
     */
    boolean show(jakarta.validation.ConstraintViolationException refusal, Component translator) {
        boolean shown = false;
        for (var violation : refusal.getConstraintViolations()) {
            HasValidation field = fields.get(violation.getPropertyPath().toString());
            if (field != null) {
                String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                field.setErrorMessage(translator.getTranslation("objections.invalid." + constraint));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    /** Whether the field of this property shows a refusal now. */
    boolean isShowing(String property) {
        HasValidation field = fields.get(property);
        return field != null && field.isInvalid();
    }

    /** Marks the fields a step still needs. */
    void markMissing(Iterable<String> properties, Component translator) {
        for (String property : properties) {
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(translator.getTranslation("objections.invalid.required"));
                field.setInvalid(true);
            }
        }
    }
}
