package com.keepwise.scoring.criteria;

/**
 * Whether a criterion's facts may be said to the customer. A letter cites only behaviour the
 * customer will recognise (their invoices, calls, requests, meetings, incidents), never how we
 * assess them (margin, cost to serve, norms against other customers, potential, profile fit).
 */
public enum Citeability {
  /** Behaviour the customer will recognise: may be cited to them, with its dated rows. */
  CUSTOMER_BEHAVIOUR,
  /** Our internal assessment: it weighs in the decision but is never said to the customer. */
  OUR_ASSESSMENT;

  /** Whether a letter to the customer may cite these facts. */
  public boolean citeable() {
    return this == CUSTOMER_BEHAVIOUR;
  }
}
