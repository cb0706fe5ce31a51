package com.keepwise.scoring.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A criterion's weight: 0 to 100, where 0 leaves it out. Its message is {@code
 * keepwise.constraint.Weight.message} in {@code ValidationMessages.properties}.
 */
@Documented
@DecimalMin("0")
@DecimalMax("100")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({
  ElementType.METHOD,
  ElementType.FIELD,
  ElementType.ANNOTATION_TYPE,
  ElementType.CONSTRUCTOR,
  ElementType.PARAMETER,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Weight {

  String message() default "{keepwise.constraint.Weight.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
