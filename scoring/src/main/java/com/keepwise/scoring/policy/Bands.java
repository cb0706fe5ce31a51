package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.scoring.constraint.Score;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Where the bands of the risk and value scores start (each band runs up to the next). */
public record Bands(
    @NotNull(message = "is required (expected the risk score where medium risk starts)")
        @Score
        @JsonPropertyDescription("Risk score from which risk is medium.")
        Double riskMedium,
    @NotNull(message = "is required (expected the risk score where high risk starts)")
        @Score
        @JsonPropertyDescription("Risk score from which risk is high.")
        Double riskHigh,
    @NotNull(message = "is required (expected the risk score where critical risk starts)")
        @Score
        @JsonPropertyDescription("Risk score from which risk is critical.")
        Double riskCritical,
    @NotNull(message = "is required (expected the value score where medium value starts)")
        @Score
        @JsonPropertyDescription("Value score from which value is medium.")
        Double valueMedium,
    @NotNull(message = "is required (expected the value score where high value starts)")
        @Score
        @JsonPropertyDescription("Value score from which value is high.")
        Double valueHigh) {

  @JsonIgnore
  @AssertTrue(
      message =
          "do not rise (expected risk_medium < risk_high < risk_critical and value_medium < value_high)")
  public boolean isAscending() {
    if (riskMedium == null
        || riskHigh == null
        || riskCritical == null
        || valueMedium == null
        || valueHigh == null) {
      return true;
    }
    return riskMedium < riskHigh && riskHigh < riskCritical && valueMedium < valueHigh;
  }

  public RiskBand risk(double score) {
    if (score >= riskCritical) {
      return RiskBand.CRITICAL;
    }
    if (score >= riskHigh) {
      return RiskBand.HIGH;
    }
    return score >= riskMedium ? RiskBand.MEDIUM : RiskBand.LOW;
  }

  public ValueBand value(double score) {
    if (score >= valueHigh) {
      return ValueBand.HIGH;
    }
    return score >= valueMedium ? ValueBand.MEDIUM : ValueBand.LOW;
  }
}
