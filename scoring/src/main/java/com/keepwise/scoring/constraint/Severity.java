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
 * A severity from 0.01 to 1 (0 would make every criterion a problem). Its message is {@code
 * keepwise.constraint.Severity.message} in {@code ValidationMessages.properties}.
 */
@Documented
@DecimalMin("0.01")
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
public @interface Severity {

  String message() default "{keepwise.constraint.Severity.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
