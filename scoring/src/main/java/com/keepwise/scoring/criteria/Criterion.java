package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.scoring.signals.CustomerSignals;
import java.util.List;

/**
 * One criterion of the catalog: it measures facts about a customer from their signals and says them
 * in words, with the rows behind them. It never judges: how facts become a severity, and how much a
 * severity weighs, is the policy's business.
 *
 * <p>Named as a yes/no question about the customer ({@code pays_late}, {@code bullies_staff}).
 */
public interface Criterion {

  /** The criterion's key in the policy, in snake_case. */
  String id();

  /** The reason code a decision gives when this criterion weighs in it. */
  ReasonCode reason();

  Side side();

  /**
   * Whether its facts are behaviour the customer will recognise (a letter may cite them) or our
   * internal assessment (never said to the customer).
   */
  Citeability citeability();

  /** Whether a letter to the customer may cite this criterion's facts and rows. */
  default boolean citeable() {
    return citeability().citeable();
  }

  /** The facts it measures, in a fixed order. */
  List<Fact> facts();

  /** What the criterion is about, in a sentence, for the policy page and the schema. */
  String description();

  /** Which of the articles it comes from, e.g. "001, 004 #1". */
  String sources();

  Measurement measure(CustomerSignals signals, MeasureContext context);

  /** The position of one of this criterion's facts in {@link #facts()}, or -1. */
  default int indexOf(Fact fact) {
    return facts().indexOf(fact);
  }

  /** The fact named {@code name}, if this criterion measures it. */
  default int factIndex(String name) {
    List<Fact> facts = facts();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
