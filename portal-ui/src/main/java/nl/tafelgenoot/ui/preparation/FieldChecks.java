package nl.tafelgenoot.ui.preparation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * The domain's Bean Validation rules (no BSN, maximum length) applied to one field on the screen,
 * with the message next to it in the user's language. The server checks the same rules again.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /** A labelled, full-width text area whose validity the form decides (see {@link #valid}). */
    static TextArea area(String id, String label, int maxLength) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(maxLength);
        area.setManualValidation(true);
        return area;
    }

    /**
     * Checks the field's value against the rules of a property; an empty value means "nothing
     * recorded" and always passes.
     */
    static <F extends Component & HasValue<?, String> & HasValidation> boolean valid(F field, Class<?> bean,
                                                                                     String property) {
        String value = field.getValue();
        if (value == null || value.isBlank()) {
            field.setInvalid(false);
            return true;
        }
        var result = new BeanValidator(bean, property).apply(value, new ValueContext(field));
        field.setErrorMessage(result.isError() ? result.getErrorMessage() : null);
        field.setInvalid(result.isError());
        return !result.isError();
    }
}
