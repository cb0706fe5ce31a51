package com.keepwise.scoring.properties;

import org.instancio.junit.GivenProvider;

/** The test's own seeded random, for choices a property makes beside the generated portfolio. */
public final class SeededRandom implements GivenProvider {

  @Override
  public Object provide(ElementContext context) {
    return context.random();
  }
}
