package com.keepwise.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.keepwise.scoring.criteria.Catalog;
import com.keepwise.scoring.criteria.Criterion;
import com.keepwise.scoring.criteria.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultPolicyTest {

  @Test
  void loadsWithoutProblems() {
    PolicyLoader.Result result =
        new PolicyLoader().load("default-policy.yaml", PolicyLoader.defaultPolicyText());
    assertEquals(List.of(), result.problems());
    assertTrue(result.policy().isPresent());
  }

  @Test
  void weighsEveryCriterionOfTheCatalog() {
    Policy policy = PolicyLoader.defaultPolicy().policy();
    for (Criterion criterion : Catalog.of(Side.RISK)) {
      assertTrue(policy.criteria().containsKey(criterion.id()), criterion.id() + " is missing");
      assertTrue(
          policy.criteria().get(criterion.id()).weight() > 0, criterion.id() + " weighs nothing");
    }
    for (Criterion criterion : Catalog.of(Side.VALUE)) {
      assertTrue(policy.value().containsKey(criterion.id()), criterion.id() + " is missing");
    }
  }
}
