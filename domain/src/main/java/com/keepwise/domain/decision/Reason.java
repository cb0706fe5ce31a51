package com.keepwise.domain.decision;

import java.util.List;
import java.util.Objects;

/**
 * One reason behind a decision.
 *
 * @param points what it adds to its score (risk for risk reasons, value for value reasons); zero
 *     for protections
 * @param fact the measured facts in words
 * @param evidence the rows behind it, most telling first, bounded
 */
public record Reason(ReasonCode code, double points, Phrase fact, List<EvidenceRef> evidence) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fact, "fact");
    evidence = List.copyOf(evidence);
    if (!(points >= 0)) {
      throw new IllegalArgumentException("points are never negative: " + points);
    }
  }
}
