package com.keepwise.domain.money;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The amount is more than zero. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Positive.OnMoney.class)
public @interface Positive {
  String message() default "must be more than zero";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Validates a plain amount. */
  final class OnMoney implements ConstraintValidator<Positive, Money> {
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
      return value == null || value.isPositive();
    }
  }
}
