package com.keepwise.scoring.criteria;

import com.keepwise.domain.decision.ReasonCode;
import com.keepwise.domain.signal.RequestKind;
import com.keepwise.scoring.signals.CustomerSignals;

/** Moves the goal posts: unclear or changing demands, renegotiating what was agreed. */
public final class MovesGoalPosts extends DefinedCriterion {

  static final Fact SCOPE_CHANGES =
      new Fact(
          "scope_changes",
          Unit.COUNT,
          "scope changes and renegotiations asked for, outside the contract");

  public MovesGoalPosts() {
    super(
        "moves_goal_posts",
        ReasonCode.MOVES_GOAL_POSTS,
        Side.RISK,
        Citeability.CUSTOMER_BEHAVIOUR,
        "000 #3, 001, 004 #3",
        "Moves the goal posts: demands that are unclear or keep changing, and terms reopened again and again.",
        SCOPE_CHANGES);
  }

  @Override
  public Measurement measure(CustomerSignals signals, MeasureContext context) {
    int changes = signals.requests().count(RequestKind.SCOPE_CHANGE, RequestKind.RENEGOTIATION);
    return Measurement.of(this)
        .fact(SCOPE_CHANGES, changes)
        .evidence(signals.requests()::goalPostRows)
        .says("moves_goal_posts", (long) changes);
  }
}
