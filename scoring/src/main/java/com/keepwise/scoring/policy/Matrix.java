package com.keepwise.scoring.policy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.keepwise.domain.decision.Action;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The decision matrix: for each risk band, the action for each value band. */
public record Matrix(
    @NotNull(message = "is required (expected actions for low, medium and high value)")
        @Valid
        @JsonPropertyDescription("Actions for customers with low risk.")
        Row lowRisk,
    @NotNull(message = "is required (expected actions for low, medium and high value)")
        @Valid
        @JsonPropertyDescription("Actions for customers with medium risk.")
        Row mediumRisk,
    @NotNull(message = "is required (expected actions for low, medium and high value)")
        @Valid
        @JsonPropertyDescription("Actions for customers with high risk.")
        Row highRisk,
    @NotNull(message = "is required (expected actions for low, medium and high value)")
        @Valid
        @JsonPropertyDescription("Actions for customers with critical risk.")
        Row criticalRisk) {

  /** One risk band's actions, by value band. */
  public record Row(
      @NotNull(message = "is required (expected an action)")
          @JsonPropertyDescription("Action for low value.")
          Action lowValue,
      @NotNull(message = "is required (expected an action)")
          @JsonPropertyDescription("Action for medium value.")
          Action mediumValue,
      @NotNull(message = "is required (expected an action)")
          @JsonPropertyDescription("Action for high value.")
          Action highValue) {

    public Action action(ValueBand value) {
      return switch (value) {
        case LOW -> lowValue;
        case MEDIUM -> mediumValue;
        case HIGH -> highValue;
      };
    }
  }

  public Row row(RiskBand risk) {
    return switch (risk) {
      case LOW -> lowRisk;
      case MEDIUM -> mediumRisk;
      case HIGH -> highRisk;
      case CRITICAL -> criticalRisk;
    };
  }

  public Action action(RiskBand risk, ValueBand value) {
    return row(risk).action(value);
  }
}
