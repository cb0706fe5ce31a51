package com.keepwise.scoring.criteria;

import java.util.Objects;

/**
 * A number a criterion measures about a customer, such as {@code late_invoices}. Policies set
 * thresholds on facts, and rules name them as {@code criterion.fact}.
 */
public record Fact(String name, Unit unit, String description) {

  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a fact is named in snake_case: " + name);
    }
  }
}
