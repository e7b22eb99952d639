package nl.tafelgenoot.ui.booking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import nl.tafelgenoot.domain.intake.IntakeRequest;

/**
 * One screen of the booking page: its answers, its server-side checks with the message next to
 * each field, and the fields the desk may name in a refusal. Answers stay in the components while
 * the member moves between screens, so nothing typed is lost.
 */
abstract class BookingStep extends Div {

    private final String headingKey;

    BookingStep(String id, String headingKey) {
        setId(id);
        this.headingKey = headingKey;
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
        setVisible(false);
    }

    String heading() {
        return getTranslation(headingKey);
    }

    /** Checks the answers; false, with messages at the fields, when the member must look again. */
    abstract boolean check();

    /** Called when the step is shown. */
    void entered() {
    }

    /** The field the desk means by this name, if it is on this step, ready to show a refusal. */
    Optional<HasValidation> field(String name) {
        return Optional.empty();
    }

    /** Marks the field with the message and gives it the focus; always false, to chain the checks of a step. */
    static boolean refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    static void focus(HasValidation field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Checks one answer against the rules the request itself is stored under (the same Bean
     * Validation the desk applies when booking), so the member hears of it at this step.
     */
    static boolean valid(Validator validator, HasValidation field, String property, String value) {
        var violations = validator.validateValue(IntakeRequest.class, property, value);
        return violations.isEmpty() || refuse(field, text((Component) field, violations.iterator().next()));
    }

    /** The member's text for a broken rule, by the rule's name ({@code booking.invalid.<Constraint>}). */
    static String text(Component translator, ConstraintViolation<?> violation) {
        String key = "booking.invalid." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return translator.getTranslation(hasText(translator, key) ? key : "booking.invalid.other");
    }

    static boolean hasText(Component translator, String key) {
        return !translator.getTranslation(key).startsWith("!");
    }

    boolean required(TextField field) {
        return !field.getValue().isBlank() || refuse(field, getTranslation("booking.required"));
    }

    static TextField text(Component translator, String id, String label, boolean required, int max) {
        TextField field = new TextField(translator.getTranslation(label));
        field.setId(id);
        field.setRequiredIndicatorVisible(required);
        field.setManualValidation(true);
        field.setMaxLength(max);
        field.setWidthFull();
        field.getStyle().set("max-width", "24em");
        field.addValueChangeListener(e -> field.setInvalid(false));
        return field;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
