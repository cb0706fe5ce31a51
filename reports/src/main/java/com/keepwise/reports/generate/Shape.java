package com.keepwise.reports.generate;

/** How a generated dataset's files are laid out; the customers and events are the same in both. */
public enum Shape {
  /**
   * As billing, helpdesk and telephony systems export: each event file in time order with customers
   * interleaved, columns in the system's own order, timestamps to the second, free-text notes that
   * run over several lines with commas and quotes. What Keepwise meets in a client's exports.
   */
  EXPORT,
  /** Each customer's rows together, columns in the contract's order: tidy, and faster to read. */
  GROUPED
}
