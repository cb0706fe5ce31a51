package com.keepwise.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A mistake in a user's file, located: {@code file:line:column: what is wrong (what was expected)}.
 *
 * <p>Lines and columns start at 1; for CSV files the column is the field's position in the header.
 */
public record Problem(String file, long line, int column, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingLong(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    // One line whatever the message quotes: problems are printed in CI logs.
    return OneLine.of(file) + ":" + line + ":" + column + ": " + OneLine.of(message);
  }
}
