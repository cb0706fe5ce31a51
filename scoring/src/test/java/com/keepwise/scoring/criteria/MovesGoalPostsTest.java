package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** moves_goal_posts: scope changes and renegotiations outside the contract. */
class MovesGoalPostsTest {

  static final Criterion CRITERION = new MovesGoalPosts();

  @Test
  void countsScopeChangesAndRenegotiations() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .requests("X", 2, RequestKind.SCOPE_CHANGE, false, 0)
            .requests("X", 1, RequestKind.RENEGOTIATION, false, 0)
            .requests("X", 2, RequestKind.DISCOUNT, false, 0);
    assertEquals(3, Measure.of(CRITERION, s, "X").value("scope_changes"));
  }
}
