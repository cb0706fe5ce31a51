package com.keepwise.scoring.yaml;

import com.keepwise.domain.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A document bound to a type, and every problem found. The value may be present despite problems
 * (some keys were wrong, the rest bound), so that checks made after binding can report their
 * problems in the same run; only a value without problems is fit for use ({@link #valid()}).
 *
 * @param locations where each key and value of the document is, for checks made after binding
 */
public record Bound<T>(Optional<T> value, List<Problem> problems, Locations locations) {

  public Bound {
    problems = List.copyOf(problems);
  }

  /** The value, if it bound without a single problem. */
  public Optional<T> valid() {
    return problems.isEmpty() ? value : Optional.empty();
  }

  static <T> Bound<T> failed(List<Problem> problems) {
    return new Bound<>(Optional.empty(), problems, new Locations());
  }

  static <T> Bound<T> failed(Problem problem) {
    return failed(List.of(problem));
  }
}
