package com.keepwise.scoring.criteria;

/** Which score a criterion feeds. */
public enum Side {
  /** What the customer costs the business: money, time, staff, reputation. */
  RISK,
  /** What the customer is worth to the business. */
  VALUE
}
