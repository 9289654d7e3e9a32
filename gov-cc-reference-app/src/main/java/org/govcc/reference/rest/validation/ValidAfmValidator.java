package org.govcc.reference.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.govcc.api.citizen.Afm;

/** Checks {@link ValidAfm} with the API's {@link Afm#problemWith}. Stateless. */
public class ValidAfmValidator implements ConstraintValidator<ValidAfm, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = Afm.problemWith(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Messages.literal(problem.get())).addConstraintViolation();
        return false;
    }
}
