package com.keepwise.scoring.rules;

/**
 * A rule condition that type-checked when the policy loaded failed on a customer's data: a problem
 * of the policy, located in it and naming the customer, not a bug of Keepwise.
 */
public final class RuleFailure extends RuntimeException {

  RuleFailure(String message) {
    super(message, null, false, false);
  }
}
