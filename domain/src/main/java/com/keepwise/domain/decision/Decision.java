package com.keepwise.domain.decision;

import com.keepwise.domain.customer.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one decision per customer.
 *
 * @param rule the id of the hard rule that decided the action, if one did
 * @param reasons the reasons behind the action, strongest first
 */
public record Decision(
    CustomerId customerId,
    Action action,
    Score risk,
    Score value,
    Optional<String> rule,
    List<Reason> reasons) {

  public Decision {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    reasons = List.copyOf(reasons);
  }

  /** The reason codes, strongest first. */
  public List<ReasonCode> reasonCodes() {
    return reasons.stream().map(Reason::code).toList();
  }
}
