package nl.tafelgenoot.domain.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch postcode such as {@code 1234 AB}; empty is allowed (use NotBlank to require one). */
@Constraint(validatedBy = DutchPostcode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DutchPostcode {

    String message() default "{tafelgenoot.postcode.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DutchPostcode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Postcodes.isValid(value);
        }
    }
}
