package com.keepwise.scoring.criteria;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.Optional;

/** No potential for more business. Unknown potential is not measured, not held against them. */
public final class HasNoGrowthPotential extends DefinedCriterion {

  static final Fact GROWTH_GAP =
      new Fact(
          "growth_gap", Unit.LEVEL, "how little room to grow: none 1, low 0.5, medium 0.2, high 0");

  public HasNoGrowthPotential() {
    super(
        "has_no_growth_potential",
        ReasonCode.HAS_NO_GROWTH_POTENTIAL,
        Side.RISK,
        Citeability.OUR_ASSESSMENT,
        "002 #3",
        "Has no potential to give you more business.",
        GROWTH_GAP);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    Optional<GrowthPotential> potential = signals.customer().growthPotential();
    if (potential.isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("has_no_growth_potential.unknown"));
    }
    double gap =
        switch (potential.get()) {
          case NONE -> 1;
          case LOW -> 0.5;
          case MEDIUM -> 0.2;
          case HIGH -> 0;
        };
    return Measurement.of(this)
        .fact(GROWTH_GAP, gap)
        .says("growth_potential." + potential.get().code());
  }
}
