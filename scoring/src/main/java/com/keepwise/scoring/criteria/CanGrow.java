package com.keepwise.scoring.criteria;

import com.keepwise.domain.customer.GrowthPotential;
import com.keepwise.domain.decision.Phrase;
import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.Optional;

/** Value: realistic potential for more business. Unknown potential is not measured. */
public final class CanGrow extends DefinedCriterion {

  static final Fact GROWTH_LEVEL =
      new Fact("growth_level", Unit.LEVEL, "growth potential: none 0, low 1, medium 2, high 3");

  public CanGrow() {
    super(
        "growth",
        ReasonCode.GROWTH_POTENTIAL,
        Side.VALUE,
        Citeability.OUR_ASSESSMENT,
        "000, 002 #3",
        "Potential for more business: a customer who may become a star customer.",
        GROWTH_LEVEL);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    Optional<GrowthPotential> potential = signals.customer().growthPotential();
    if (potential.isEmpty()) {
      return Measurement.notMeasured(this, Phrase.of("has_no_growth_potential.unknown"));
    }
    return Measurement.of(this)
        .fact(GROWTH_LEVEL, potential.get().ordinal())
        .says("growth_potential." + potential.get().code());
  }
}
