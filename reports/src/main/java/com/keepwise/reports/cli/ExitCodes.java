package com.keepwise.reports.cli;

/**
 * The exit codes of {@code keepwise}, in one place. Listed in {@code --help}; never derived from an
 * enum's ordinal.
 */
public final class ExitCodes {

  /** Done, and everything checked out. */
  public static final int SUCCESS = 0;

  /** The input (dataset, policy, site or case file) has problems; each was reported. */
  public static final int INVALID_INPUT = 1;

  /** The command line itself is wrong (picocli's own code). */
  public static final int USAGE = 2;

  /** The input is valid, but checks or policy tests failed, or decisions changed beyond a limit. */
  public static final int CHECKS_FAILED = 3;

  /**
   * The Java heap was too small for the dataset: not the input's fault nor a bug; run again with a
   * larger heap ({@code java -Xmx4g -jar keepwise.jar ...}).
   */
  public static final int OUT_OF_MEMORY = 4;

  /** A bug in Keepwise: please report it. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {}
}
