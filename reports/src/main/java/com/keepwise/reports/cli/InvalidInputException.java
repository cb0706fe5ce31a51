package com.keepwise.reports.cli;

import com.keepwise.domain.Problem;
import java.util.List;

/**
 * The user's input has problems: each is printed on a line of its own, located, and the command
 * exits with {@link ExitCodes#INVALID_INPUT}. Never a stack trace.
 */
public final class InvalidInputException extends RuntimeException {

  private final List<String> lines;

  public InvalidInputException(List<String> lines) {
    super(lines.isEmpty() ? "invalid input" : lines.get(0), null, false, false);
    this.lines = List.copyOf(lines);
  }

  public static InvalidInputException of(List<Problem> problems, long total) {
    List<String> lines =
        new java.util.ArrayList<>(problems.stream().map(Problem::toString).toList());
    if (total > problems.size()) {
      lines.add("… and " + (total - problems.size()) + " more problems");
    }
    return new InvalidInputException(lines);
  }

  public static InvalidInputException of(String message) {
    return new InvalidInputException(List.of(message));
  }

  /** The lines to print, one problem each. */
  public List<String> lines() {
    return lines;
  }
}
