package com.keepwise.scoring.signals;

/**
 * How a customer's problem events moved: the earlier part of the review window against the recent
 * part, the earlier count scaled to the recent part's length.
 *
 * @param earlier problem events in the earlier part
 * @param recent problem events in the recent part
 * @param earlierToRecentLength how many times longer the earlier part is
 */
public record Trend(int earlier, int recent, double earlierToRecentLength) {

  /** Problem events per recent-part length in the earlier part. */
  public double earlierRate() {
    return earlier / earlierToRecentLength;
  }

  /**
   * Whether the recent part is quiet enough to speak of improving: at most {@code maxRecent}
   * problem events. Deliberately blind to the earlier count, so that more problems, recent or old,
   * can never earn it.
   */
  public boolean isQuiet(int maxRecent) {
    return recent <= maxRecent;
  }

  /** Worsening: more problems recently than before, at the same rate of time. */
  public boolean isWorsening() {
    return recent > earlierRate() && recent > 0;
  }
}
