package nl.tafelgenoot.ui.objections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.tafelgenoot.domain.objections.InvalidInput;
import nl.tafelgenoot.domain.objections.ObjectionStepRefused;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * Runs a save of the decision or objection forms and explains a refusal where the user looks,
 * keeping everything typed: at the field it concerns, or above the save button. Anything that is
 * not the user's to fix is thrown on to the error page.
 */
final class Refusals {

    private Refusals() {
    }

    static void handle(Component form, FieldErrors errors, HasText problem, Runnable save) {
        try {
            save.run();
        } catch (RuntimeException refusal) {
            var invalid = Failures.find(refusal, InvalidInput.class);
            var violations = Failures.find(refusal, ConstraintViolationException.class);
            if (invalid.isPresent()) {
                if (!errors.show(invalid.get(), form)) {
                    problem.setText(form.getTranslation("objections.invalid." + invalid.get().field() + "."
                            + invalid.get().reason()));
                    return;
                }
                problem.setText(form.getTranslation("form.invalid"));
            } else if (violations.isPresent()) {
                errors.show(violations.get(), form);
                problem.setText(form.getTranslation("form.invalid"));
            } else if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                problem.setText(form.getTranslation("objections.conflict"));
            } else if (Failures.find(refusal, ObjectionStepRefused.class).isPresent()) {
                problem.setText(form.getTranslation("objection.step.refused"));
            } else {
                throw refusal;
            }
        }
    }
}
