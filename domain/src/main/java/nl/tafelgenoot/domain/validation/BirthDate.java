package nl.tafelgenoot.domain.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import nl.tafelgenoot.domain.shared.Clocks;

/** A date of birth that can be true: not in the future and not before 1900. Empty is allowed. */
@Constraint(validatedBy = BirthDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthDate {

    String message() default "{tafelgenoot.birthDate.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    class Validator implements ConstraintValidator<BirthDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null
                    || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now(Clocks.AMSTERDAM)));
        }
    }
}
