package com.keepwise.scoring.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
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
 * A part of a whole: {@link #min()} (0 unless said) to 1. Its message is {@code
 * keepwise.constraint.Share.message} in {@code ValidationMessages.properties}.
 */
@Documented
@DecimalMin("0")
@DecimalMax("1")
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
public @interface Share {
  /** The smallest share allowed, as a decimal. */
  @OverridesAttribute(constraint = DecimalMin.class, name = "value")
  String min() default "0";

  String message() default "{keepwise.constraint.Share.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
