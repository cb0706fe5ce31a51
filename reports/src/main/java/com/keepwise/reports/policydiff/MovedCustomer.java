package com.keepwise.reports.policydiff;

import com.keepwise.domain.decision.Action;
import com.keepwise.domain.decision.Score;
import java.math.BigDecimal;

/**
 * A customer whose action a policy change moves, and what moved it.
 *
 * @param revenue the customer's annual revenue
 * @param why what moved the decision, in words: the rule or step that now decides, and the
 *     criterion whose points changed most
 */
public record MovedCustomer(
    String customerId,
    String name,
    String segment,
    BigDecimal revenue,
    Action from,
    Action to,
    Score riskBefore,
    Score riskAfter,
    Score valueBefore,
    Score valueAfter,
    String why) {

  /** Whether the move is away from the customer (towards parting ways). */
  public boolean towardsExit() {
    return to.rank() > from.rank();
  }
}
