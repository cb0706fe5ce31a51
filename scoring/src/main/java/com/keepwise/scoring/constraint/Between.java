package com.keepwise.scoring.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number from {@link #min()} to {@link #max()}, both included. Its message is {@code
 * keepwise.constraint.Between.message} in {@code ValidationMessages.properties}.
 */
@Documented
@Min(0)
@Max(0)
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
public @interface Between {
  @OverridesAttribute(constraint = Min.class, name = "value")
  long min();

  @OverridesAttribute(constraint = Max.class, name = "value")
  long max();

  String message() default "{keepwise.constraint.Between.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
