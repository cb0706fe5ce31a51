package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A criterion's catalog entry (id, reason code, side, whether its facts may be cited to the
 * customer, sources, description, facts), so that each criterion class only says what it is and how
 * it measures.
 */
abstract class DefinedCriterion implements Criterion {

  private final String id;
  private final ReasonCode reason;
  private final Side side;
  private final Citeability citeability;
  private final String sources;
  private final String description;
  private final List<Fact> facts;
  private final Map<Fact, Integer> indexOf = new IdentityHashMap<>();

  DefinedCriterion(
      String id,
      ReasonCode reason,
      Side side,
      Citeability citeability,
      String sources,
      String description,
      Fact... facts) {
    this.id = id;
    this.reason = reason;
    this.side = side;
    this.citeability = citeability;
    this.sources = sources;
    this.description = description;
    this.facts = List.of(facts);
    for (int i = 0; i < facts.length; i++) {
      indexOf.put(facts[i], i);
    }
  }

  @Override
  public final int indexOf(Fact fact) {
    Integer index = indexOf.get(fact);
    return index == null ? -1 : index;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final ReasonCode reason() {
    return reason;
  }

  @Override
  public final Side side() {
    return side;
  }

  @Override
  public final Citeability citeability() {
    return citeability;
  }

  @Override
  public final String sources() {
    return sources;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<Fact> facts() {
    return facts;
  }

  @Override
  public String toString() {
    return id;
  }
}
