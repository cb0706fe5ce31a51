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
 * A risk or value score: 0 to 100. Its message is {@code keepwise.constraint.Score.message} in
 * {@code ValidationMessages.properties}.
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
public @interface Score {

  String message() default "{keepwise.constraint.Score.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
