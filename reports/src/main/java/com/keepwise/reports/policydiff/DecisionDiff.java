package com.keepwise.reports.policydiff;

import com.keepwise.domain.decision.Action;
import com.keepwise.reports.review.PortfolioReview;
import com.keepwise.scoring.decide.Assessment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which decisions a policy change moves, over a whole dataset: every customer assessed under both
 * policies, side by side.
 *
 * @param customers how many customers were assessed
 * @param counts customers by action under the base policy (row) and the new one (column), indexed
 *     by {@link Action#rank()}
 * @param moved the customers whose action changes, the most revenue first (then by customer_id)
 * @param totalRevenue all customers' annual revenue
 */
public record DecisionDiff(
    long customers, long[][] counts, List<MovedCustomer> moved, BigDecimal totalRevenue) {

  public DecisionDiff {
    moved = List.copyOf(moved);
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /** Assesses every customer of {@code base}'s dataset under both reviews' policies. */
  public static DecisionDiff of(PortfolioReview base, PortfolioReview changed) {
    int actions = Action.values().length;
    long[][] counts = new long[actions][actions];
    List<MovedCustomer> moved = new ArrayList<>();
    BigDecimal[] total = {BigDecimal.ZERO};
    base.forEachInOrder(
        i -> pair(base.assess(i), changed.assess(i)),
        pair -> {
          Assessment before = pair.get(0);
          Assessment after = pair.get(1);
          Action from = before.decision().action();
          Action to = after.decision().action();
          counts[from.rank()][to.rank()]++;
          BigDecimal revenue = before.customer().annualRevenue().toBigDecimal();
          total[0] = total[0].add(revenue);
          if (from != to) {
            moved.add(
                new MovedCustomer(
                    before.customer().id().value(),
                    before.customer().name(),
                    before.customer().segment(),
                    revenue,
                    from,
                    to,
                    before.decision().risk(),
                    after.decision().risk(),
                    before.decision().value(),
                    after.decision().value(),
                    Movement.why(before, after)));
          }
        });
    moved.sort(
        Comparator.comparing(MovedCustomer::revenue)
            .reversed()
            .thenComparing(MovedCustomer::customerId));
    return new DecisionDiff(base.size(), counts, moved, total[0]);
  }

  private static List<Assessment> pair(Assessment before, Assessment after) {
    if (!before.customer().id().equals(after.customer().id())) {
      throw new IllegalStateException("the reviews are of different datasets");
    }
    return List.of(before, after);
  }

  /** How many customers move from one action to another. */
  public long count(Action from, Action to) {
    return counts[from.rank()][to.rank()];
  }

  public BigDecimal movedRevenue() {
    return moved.stream().map(MovedCustomer::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The revenue of the customers moved towards parting ways. */
  public BigDecimal revenueTowardsExit() {
    return moved.stream()
        .filter(MovedCustomer::towardsExit)
        .map(MovedCustomer::revenue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long movedTowardsExit() {
    return moved.stream().filter(MovedCustomer::towardsExit).count();
  }
}
