package com.keepwise.domain.decision;

import com.keepwise.domain.ContractCode;

/**
 * What to do with a customer, from the most to the least investment.
 *
 * <p>{@link #rank()} orders them by how far they move away from the customer; protections cap the
 * rank ("at most WATCH") and the several-problems rule raises it.
 */
public enum Action implements ContractCode {
  /** A best customer: invest, ask for referrals, protect the relationship. */
  NURTURE(0),
  /** Healthy enough: a good, fair standard service. */
  KEEP(1),
  /** Problems, but reasons to expect change: review again soon. */
  WATCH(2),
  /** Keep, but on our terms: the real conversation, new tier or price, one contact process. */
  RESET_TERMS(3),
  /** Part ways gracefully and help them move to a better-suited provider. */
  REFER_ELSEWHERE(4),
  /** End the relationship promptly, still courteously. */
  EXIT_NOW(5);

  private final int rank;

  Action(int rank) {
    this.rank = rank;
  }

  /** 0 for {@link #NURTURE} up to 5 for {@link #EXIT_NOW}. */
  public int rank() {
    return rank;
  }

  /** The action further from the customer of the two. */
  public Action atLeast(Action floor) {
    return floor.rank > rank ? floor : this;
  }

  /** The action closer to the customer of the two. */
  public Action atMost(Action ceiling) {
    return ceiling.rank < rank ? ceiling : this;
  }

  @Override
  public String code() {
    return name();
  }
}
