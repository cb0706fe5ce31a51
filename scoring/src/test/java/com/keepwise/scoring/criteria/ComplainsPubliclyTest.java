package com.keepwise.scoring.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.keepwise.domain.signal.ReviewChannel;
import com.keepwise.scoring.scenario.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/** complains_publicly: negative public reviews, posts and articles. */
class ComplainsPubliclyTest {

  static final Criterion CRITERION = new ComplainsPublicly();

  @Test
  void countsNegativeReviewsAndThePress() {
    ScenarioBuilder s =
        Measure.portfolio()
            .customer("X")
            .and()
            .negativeReviews("X", 2, ReviewChannel.SOCIAL)
            .negativeReviews("X", 1, ReviewChannel.PRESS);
    Measurement m = Measure.of(CRITERION, s, "X");
    assertEquals(3, m.value("negative_reviews"));
    assertEquals(1, m.value("in_press"));
  }

  @Test
  void silenceIsNothing() {
    assertEquals(
        0,
        Measure.of(CRITERION, Measure.portfolio().customer("X").and(), "X")
            .value("negative_reviews"));
  }
}
