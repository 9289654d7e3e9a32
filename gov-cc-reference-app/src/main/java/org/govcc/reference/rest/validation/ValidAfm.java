package org.govcc.reference.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text, when present, is a valid AFM: checked by {@link org.govcc.api.citizen.Afm#problemWith}, whose
 * reason is the violation's message. Null is valid (add {@code @NotNull} where the AFM is required).
 */
@Documented
@Constraint(validatedBy = ValidAfmValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidAfm {

    /** The message when no reason is given (the validator always gives one). */
    String message() default "not a valid AFM";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
