package com.keepwise.domain.money;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The amount is zero or more. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NonNegative.OnMoney.class)
public @interface NonNegative {
  String message() default "must be zero or more";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Validates a plain amount. */
  final class OnMoney implements ConstraintValidator<NonNegative, Money> {
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
      return value == null || !value.isNegative();
    }
  }
}
