package com.keepwise.scoring.decide;

import com.keepwise.domain.customer.Customer;
import com.keepwise.domain.decision.Decision;
import com.keepwise.scoring.policy.RiskBand;
import com.keepwise.scoring.policy.ValueBand;
import com.keepwise.scoring.signals.Trend;
import java.util.List;

/**
 * A customer's decision with its whole explanation: every criterion's facts, severity, weight and
 * points, the bands, the trend, and the steps that led to the action.
 *
 * @param improving whether the customer counts as improving under the policy's trend rule
 * @param riskScale risk points per unit of severity × weight in the customer's segment (100 ÷
 *     (full_risk_share × all risk weight)), so that the points can be shown as computed
 * @param valueScale value points per unit of strength × weight (100 ÷ the weight of the value
 *     factors measured)
 */
public record Assessment(
    Customer customer,
    Decision decision,
    List<WeighedCriterion> risk,
    List<WeighedCriterion> value,
    RiskBand riskBand,
    ValueBand valueBand,
    Trend trend,
    boolean improving,
    double riskScale,
    double valueScale,
    List<Step> steps) {

  public Assessment {
    risk = List.copyOf(risk);
    value = List.copyOf(value);
    steps = List.copyOf(steps);
  }
}
