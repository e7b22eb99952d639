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
 * A Dutch telephone number as people write it: {@code 020-123 4567}, {@code 06 12345678},
 * {@code +31 6 12345678} or {@code 0031 ...}. Blanks, dashes, dots and brackets are ignored;
 * what remains must be ten digits starting with 0 (or 31 plus nine digits). Empty is allowed.
 */
@Constraint(validatedBy = DutchPhoneNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DutchPhoneNumber {

    String message() default "{tafelgenoot.phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DutchPhoneNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PhoneNumbers.isValid(value);
        }
    }
}
