package com.keepwise.domain;

/**
 * The words of the data contract's rules, shared by the Bean Validation constraints on the model
 * and by the dataset reader's fast path, so that both say the same thing.
 */
public final class ContractMessages {

  public static final String REQUIRED = "is required";
  public static final String ID_LENGTH = "must be 1 to 128 characters";
  public static final String MORE_THAN_ZERO = "must be more than zero";
  public static final String ZERO_OR_MORE = "must be zero or more";
  public static final String SEVERITY_RANGE = "must be between 1 and 5";
  public static final String RATING_RANGE = "must be between 1 and 5";
  public static final String DUE_BEFORE_ISSUED = "must be on or after issued";

  private ContractMessages() {}
}
