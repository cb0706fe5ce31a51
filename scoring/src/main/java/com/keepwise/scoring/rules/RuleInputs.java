package com.keepwise.scoring.rules;

import com.keepwise.domain.customer.Customer;
import com.keepwise.scoring.criteria.Measurement;
import com.keepwise.scoring.signals.Trend;
import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One customer as rule conditions see it. A value is computed only when a condition asks for its
 * name, so a policy whose rules read five names pays for five, not for all of {@link RuleNames}.
 *
 * @param measured every criterion's measurement, in catalog order
 * @param severity every criterion's severity in the customer's segment, in catalog order
 * @param longStanding flagged long-standing, or a customer for the policy's long-standing years
 */
public record RuleInputs(
    Customer customer,
    LocalDate asOf,
    Measurement[] measured,
    double[] severity,
    double riskScore,
    String riskBand,
    double valueScore,
    String valueBand,
    Trend trend,
    boolean improving,
    boolean longStanding)
    implements CelVariableResolver {

  @Override
  public Optional<Object> find(String name) {
    RuleNames.Name known = RuleNames.get().name(name);
    return known == null ? Optional.empty() : Optional.of(known.valueFor(this));
  }
}
