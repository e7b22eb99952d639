package nl.tafelgenoot.domain.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Server-side validation for services: the same Bean Validation rules the screens show next to
 * their fields, checked again before anything is stored, whatever the screen did.
 */
public final class Validity {

    private Validity() {
    }

    public static <T> T require(Validator validator, T bean) {
        var violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return bean;
    }
}
