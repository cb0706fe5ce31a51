package com.keepwise.scoring.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.keepwise.scoring.policy.PolicySchema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Each composed constraint refuses exactly the values outside its range, with its message from
 * {@code ValidationMessages.properties} naming the value and the range.
 */
class ConstraintMessagesTest {

  record Values(
      @Score Double score,
      @Weight Double weight,
      @Share Double share,
      @Share(min = "0.01") Double atLeastAPercent,
      @Severity Double severity,
      @AtLeast(2) Integer atLeastTwo,
      Optional<@Between(min = 1, max = 120) Integer> months) {}

  static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .buildValidatorFactory()
          .getValidator();

  static List<String> problems(Values values) {
    return VALIDATOR.validate(values).stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .toList();
  }

  @Test
  void valuesAtTheBoundsAreValid() {
    assertEquals(List.of(), problems(new Values(0.0, 100.0, 1.0, 0.01, 0.01, 2, Optional.of(120))));
    assertEquals(List.of(), problems(new Values(100.0, 0.0, 0.0, 1.0, 1.0, 99, Optional.of(1))));
  }

  @Test
  void valuesOutsideSayWhatTheyAreAndWhatWasExpected() {
    assertEquals(
        List.of(
            "is -1.0 (expected a weight from 0 to 100)",
            "is 0.0 (expected a severity from 0.01 to 1)",
            "is 0.0 (expected a share from 0.01 to 1)",
            "is 1 (expected 2 or more)",
            "is 1.5 (expected a share from 0 to 1)",
            "is 100.5 (expected a score from 0 to 100)",
            "is 121 (expected 1 to 120)"),
        problems(new Values(100.5, -1.0, 1.5, 0.0, 0.0, 1, Optional.of(121))));
  }

  @Test
  void thePolicySchemaKeepsTheRanges() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(PolicySchema.json());
    JsonNode weight = schema.at("/properties/criteria/properties/pays_late/properties/weight");
    assertEquals(0, weight.path("minimum").asInt(-1), weight.toString());
    assertEquals(100, weight.path("maximum").asInt(-1), weight.toString());
    JsonNode score = schema.at("/properties/bands/properties/risk_high");
    assertEquals(100, score.path("maximum").asInt(-1), score.toString());
    JsonNode share = schema.at("/properties/full_risk_share");
    assertEquals(0.01, share.path("minimum").asDouble(-1), share.toString());
    assertEquals(1, share.path("maximum").asInt(-1), share.toString());
  }
}
