package nl.tafelgenoot.domain.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text must not contain a citizen service number (BSN): organisations outside government
 * may not process it, whatever the client consents to. See {@link Bsn} for the detection.
 */
@Constraint(validatedBy = NoBsn.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoBsn {

    String message() default "{tafelgenoot.bsn.refused}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoBsn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Bsn.occursIn(value);
        }
    }
}
