package com.keepwise.scoring.rules;

import dev.cel.runtime.CelVariableResolver;
import java.util.Arrays;
import java.util.Optional;

/**
 * One customer's values for every {@link RuleNames name}, as a rule condition sees them. Filled by
 * the scorer, then read by every condition of the policy.
 */
public final class RuleFacts implements CelVariableResolver {

  private final RuleNames names = RuleNames.get();
  private final Object[] values = new Object[names.size()];

  public RuleFacts set(String name, double value) {
    return put(name, value);
  }

  public RuleFacts set(String name, long value) {
    return put(name, value);
  }

  public RuleFacts set(String name, boolean value) {
    return put(name, value);
  }

  public RuleFacts set(String name, String value) {
    return put(name, value);
  }

  private RuleFacts put(String name, Object value) {
    int slot = names.slot(name);
    if (slot < 0) {
      throw new IllegalArgumentException("not a rule name: " + name);
    }
    values[slot] = value;
    return this;
  }

  /** Forgets every value, for the next customer. */
  public void clear() {
    Arrays.fill(values, null);
  }

  @Override
  public Optional<Object> find(String name) {
    int slot = names.slot(name);
    return slot < 0 ? Optional.empty() : Optional.ofNullable(values[slot]);
  }
}
