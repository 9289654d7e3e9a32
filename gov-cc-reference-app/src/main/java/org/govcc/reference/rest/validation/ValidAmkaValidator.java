package org.govcc.reference.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.govcc.api.citizen.Amka;

/** Checks {@link ValidAmka} with the API's {@link Amka#problemWith}. Stateless. */
public class ValidAmkaValidator implements ConstraintValidator<ValidAmka, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = Amka.problemWith(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Messages.literal(problem.get())).addConstraintViolation();
        return false;
    }
}
