package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;

/**
 * Complains in public to anyone who listens. Seed 004 cites Moz: one negative result costs about
 * 22% of prospects, three about 59%, four or more about 70% — the default policy's curve.
 */
public final class ComplainsPublicly extends DefinedCriterion {

  static final Fact NEGATIVE_REVIEWS =
      new Fact("negative_reviews", Unit.COUNT, "negative reviews, posts and articles");
  static final Fact IN_PRESS = new Fact("in_press", Unit.COUNT, "of which in the press");

  public ComplainsPublicly() {
    super(
        "complains_publicly",
        ReasonCode.COMPLAINS_PUBLICLY,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "001, 004 #9",
        "Complains in public to anyone who listens: every negative result turns prospects away.",
        NEGATIVE_REVIEWS,
        IN_PRESS);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int negative = signals.reviews().negative();
    return Measurement.of(this)
        .fact(NEGATIVE_REVIEWS, negative)
        .fact(IN_PRESS, signals.reviews().inPress())
        .evidence(signals.reviews()::negativeRows)
        .says("complains_publicly", (long) negative, (long) signals.reviews().inPress());
  }
}
